"""The SVG Graphviz draws: well-formed, the labels as real text, stable ids, links, tooltips."""

from __future__ import annotations

import os
import subprocess
import sys
from functools import cache

import pytest

from decision_tree import LANGS, TREE, Lang
from decision_tree.render.dot import STYLE, to_dot, to_svg
from decision_tree.render.wrap import wrap
from decision_tree.views.diagram import (
    LEGEND_IDS,
    answer_dom_id,
    outcome_dom_id,
    primary_rule,
    question_dom_id,
    rule_link_href,
)
from decision_tree.views.labels import LABELS
from tests.diagram.drawing import SVG, XLINK_TITLE, groups_by_id, hrefs, parse_svg, text_lines


@cache
def svg(lang: Lang) -> str:
    return to_svg(lang)


@pytest.mark.parametrize("lang", LANGS)
def test_the_svg_is_well_formed_xml_named_by_its_caption(lang: Lang) -> None:
    root = parse_svg(svg(lang))
    assert root.tag == f"{SVG}svg"
    graph = root.find(f"{SVG}g")
    assert graph is not None
    assert graph.get("id") == "dt-graph"
    assert graph.findtext(f"{SVG}title") == LABELS["diagram_title"][lang]


@pytest.mark.parametrize("lang", LANGS)
def test_every_question_answer_and_outcome_has_its_stable_id(lang: Lang) -> None:
    groups = groups_by_id(parse_svg(svg(lang)))
    for q in TREE.questions:
        assert groups[question_dom_id(q.id)].get("class") == "node dt-question"
        for a in q.answers:
            assert groups[answer_dom_id(q.id, a.id)].get("class") == "edge dt-answer"
    for o in TREE.outcomes:
        assert groups[outcome_dom_id(o.id)].get("class") == f"node dt-outcome dt-kind-{o.kind.value}"
    tree_ids = {question_dom_id(q.id) for q in TREE.questions} | {outcome_dom_id(o.id) for o in TREE.outcomes}
    tree_ids |= {answer_dom_id(q.id, a.id) for q in TREE.questions for a in q.answers}
    assert set(groups) == tree_ids | set(LEGEND_IDS) | {"legend"}, "invisible legend edges are not drawn"


def test_the_chinese_diagram_has_every_chinese_label_as_text() -> None:
    root = parse_svg(svg("zh"))
    groups = groups_by_id(root)
    for q in TREE.questions:
        assert text_lines(groups[question_dom_id(q.id)]) == wrap(q.text.zh, STYLE.question_width)
        for a in q.answers:
            lines = text_lines(groups[answer_dom_id(q.id, a.id)])
            # The edge shows the short label where there is one; its tooltip keeps the full label.
            assert lines[: len(lines) - len(a.cites)] == wrap((a.short or a.label).zh, STYLE.answer_width)
    for o in TREE.outcomes:
        lines = text_lines(groups[outcome_dom_id(o.id)])
        assert lines == [*wrap(o.title.zh, STYLE.outcome_width), *o.cites]
    assert "图例" in text_lines(root)


def test_the_english_diagram_is_in_english() -> None:
    root = parse_svg(svg("en"))
    lines = text_lines(root)
    assert "Legend" in lines
    assert not any("\u4e00" <= ch <= "\u9fff" for line in lines for ch in line)


@pytest.mark.parametrize("lang", LANGS)
def test_every_text_is_set_in_the_cjk_font(lang: Lang) -> None:
    texts = list(parse_svg(svg(lang)).iter(f"{SVG}text"))
    assert texts
    assert {t.get("font-family") for t in texts} == {STYLE.font}


@pytest.mark.parametrize("lang", LANGS)
def test_each_outcome_links_exactly_the_rules_it_cites(lang: Lang) -> None:
    groups = groups_by_id(parse_svg(svg(lang)))
    for o in TREE.outcomes:
        links = hrefs(groups[outcome_dom_id(o.id)])
        assert links == [rule_link_href(primary_rule(o)), *(rule_link_href(c) for c in o.cites)]


@pytest.mark.parametrize("lang", LANGS)
def test_links_are_never_nested_so_each_rule_is_its_own_link(lang: Lang) -> None:
    root = parse_svg(svg(lang))
    for a in root.iter(f"{SVG}a"):
        assert len(list(a.iter(f"{SVG}a"))) == 1, "an <a> inside another <a>"


@pytest.mark.parametrize("lang", LANGS)
def test_every_link_is_relative_to_the_decision_tree_page(lang: Lang) -> None:
    for link in hrefs(parse_svg(svg(lang))):
        assert link.startswith("../"), link
        assert "#" in link, link
        assert "//" not in link, link


@pytest.mark.parametrize("lang", LANGS)
def test_tooltips_give_the_full_question_and_outcome(lang: Lang) -> None:
    root = parse_svg(svg(lang))
    groups = groups_by_id(root)
    tooltips = [a.get(XLINK_TITLE, "") for a in root.iter(f"{SVG}a")]
    for q in TREE.questions:
        assert f"{q.text[lang]}\n{q.hint[lang]}" in tooltips
        assert groups[question_dom_id(q.id)].findtext(f"{SVG}title") == q.text[lang]
    for o in TREE.outcomes:
        assert any(t.startswith(o.title[lang]) and t.endswith(o.summary[lang]) for t in tooltips), o.id
        assert groups[outcome_dom_id(o.id)].findtext(f"{SVG}title") == o.title[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_no_element_is_titled_by_its_internal_name(lang: Lang) -> None:
    """Browsers show `<title>` on hover and screen readers read it: never `q-goal` or `a->b`."""
    for title in parse_svg(svg(lang)).iter(f"{SVG}title"):
        text = title.text or ""
        assert "->" not in text, text
        assert not text.startswith(("q-", "o-", "a-", "legend-", "cluster")), text


@pytest.mark.parametrize("lang", LANGS)
def test_two_compilations_give_identical_bytes(lang: Lang) -> None:
    assert to_dot(lang).encode() == to_dot(lang).encode()
    assert to_svg(lang).encode() == to_svg(lang).encode()


@pytest.mark.parametrize("lang", LANGS)
def test_a_fresh_interpreter_with_another_hash_seed_draws_the_same_bytes(lang: Lang) -> None:
    """Set and dict ordering must not leak into the drawing: compile in two other processes."""
    code = (
        "import sys; from decision_tree.render.dot import to_dot, to_svg; "
        f"sys.stdout.buffer.write(to_dot({lang!r}).encode() + b'\\0' + to_svg({lang!r}).encode())"
    )
    for seed in ("1", "2"):
        env = os.environ | {"PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, check=True, timeout=60).stdout
        assert out == to_dot(lang).encode() + b"\0" + svg(lang).encode()
