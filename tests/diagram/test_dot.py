"""The DOT source: the tree, the whole tree and nothing but the tree (plus its legend)."""

from __future__ import annotations

import re
import subprocess
from collections import Counter

import pytest

from decision_tree import LANGS, RULES, TREE, Lang, rule
from decision_tree.render.dot import LEGEND_EDGE_IDS, STYLE, to_dot
from decision_tree.render.wrap import display_width
from decision_tree.views.diagram import (
    LEGEND_IDS,
    answer_dom_id,
    outcome_dom_id,
    primary_rule,
    question_dom_id,
    rule_link_href,
)
from tests.diagram.drawing import expected_edges, expected_nodes, statements

# The graph itself and the legend's cluster also carry an id; nothing else may.
FRAME_IDS = {"dt-graph", "legend"}


@pytest.mark.parametrize("lang", LANGS)
def test_every_question_and_outcome_is_defined_exactly_once_and_nothing_else(lang: Lang) -> None:
    names = statements(to_dot(lang)).node_names()
    assert {n: c for n, c in names.items() if c != 1} == {}, "a node defined twice"
    assert set(names) == expected_nodes(TREE) | set(LEGEND_IDS)


def test_tree_nodes_are_named_again_only_to_pin_the_legend_beside_them() -> None:
    """The legend's two rows share a rank with a tree node each (`rank=same`); nothing else repeats a node."""
    dot = to_dot("en")
    references = statements(dot).references
    assert sorted(r for r in references if r in LEGEND_IDS) == sorted(LEGEND_IDS)
    anchors = [r for r in references if r not in LEGEND_IDS]
    assert len(anchors) == 2
    assert set(anchors) <= expected_nodes(TREE)
    assert dot.count("rank=same") == 2


@pytest.mark.parametrize("lang", LANGS)
def test_every_answer_is_exactly_one_edge_from_its_question_to_where_it_leads(lang: Lang) -> None:
    edges = statements(to_dot(lang)).edges
    tree_edges = Counter((tail, head, attrs["id"]) for tail, head, attrs in edges if attrs["id"] not in LEGEND_EDGE_IDS)
    assert tree_edges == expected_edges(TREE)
    legend_edges = [attrs for _, _, attrs in edges if attrs["id"] in LEGEND_EDGE_IDS]
    assert [e["id"] for e in legend_edges] == list(LEGEND_EDGE_IDS)
    assert all(e["style"] == "invis" for e in legend_edges), "legend edges only order the legend"


@pytest.mark.parametrize("lang", LANGS)
def test_every_element_id_appears_exactly_once(lang: Lang) -> None:
    """The ids the widget highlights: `q-`, `a-`, `o-`, each set once in the whole source."""
    ids = Counter(re.findall(r'\bid="?([\w-]+)', to_dot(lang)))
    expected = (
        {question_dom_id(q.id) for q in TREE.questions}
        | {answer_dom_id(q.id, a.id) for q in TREE.questions for a in q.answers}
        | {outcome_dom_id(o.id) for o in TREE.outcomes}
    )
    assert {i: c for i, c in ids.items() if c != 1} == {}
    assert set(ids) == expected | set(LEGEND_IDS) | set(LEGEND_EDGE_IDS) | FRAME_IDS


@pytest.mark.parametrize("lang", LANGS)
def test_questions_carry_their_full_text_wrapped_and_the_hint_as_tooltip(lang: Lang) -> None:
    dot = statements(to_dot(lang))
    for q in TREE.questions:
        attrs = dot.node(question_dom_id(q.id))
        lines = attrs["label"].split(r"\n")
        assert re.sub(r"\s", "", "".join(lines)) == re.sub(r"\s", "", q.text[lang])
        assert all(display_width(line) <= STYLE.question_width for line in lines), lines
        assert attrs["tooltip"] == rf"{q.text[lang]}\n{q.hint[lang]}"
        assert attrs["class"] == "dt-question"


@pytest.mark.parametrize("lang", LANGS)
def test_answer_labels_are_wrapped_and_their_tooltip_gives_the_reason(lang: Lang) -> None:
    dot = statements(to_dot(lang))
    for q in TREE.questions:
        for a in q.answers:
            _, _, attrs = dot.edge(answer_dom_id(q.id, a.id))
            assert a.reason[lang] in attrs["tooltip"]
            assert a.label[lang] in attrs["tooltip"].replace(r"\n", "\n"), "a short edge label keeps the full one here"
            assert attrs["labeltooltip"] == attrs["tooltip"]
            if not a.cites:
                lines = attrs["label"].split(r"\n")
                assert all(display_width(line) <= STYLE.answer_width for line in lines), lines
                assert "URL" not in attrs


def test_an_answer_edge_links_the_one_rule_its_answer_brings_into_play() -> None:
    """An edge carries one URL: an answer citing two rules could not link both, so none may."""
    dot = statements(to_dot("en"))
    for q in TREE.questions:
        for a in q.answers:
            assert len(a.cites) <= 1, f"answer {q.id}/{a.id} cites {a.cites}; its edge can link only one rule"
            _, _, attrs = dot.edge(answer_dom_id(q.id, a.id))
            if a.cites:
                assert attrs["URL"] == rule_link_href(a.cites[0])
                assert f"<U>{a.cites[0]}</U>" in attrs["label"]


@pytest.mark.parametrize("lang", LANGS)
def test_every_outcome_links_each_rule_it_cites_and_its_title_links_the_primary_rule(lang: Lang) -> None:
    dot = statements(to_dot(lang))
    for o in TREE.outcomes:
        label = dot.node(outcome_dom_id(o.id))["label"]
        links = re.findall(r'HREF="([^"]+)"', label)
        assert links[0] == rule_link_href(primary_rule(o)), "the title cell comes first"
        assert links[1:] == [rule_link_href(c) for c in o.cites], "then one cell per cited rule, in order"
        assert "URL" not in dot.node(outcome_dom_id(o.id)), "a node URL would nest every rule link inside it"


def test_the_primary_rule_is_the_first_specific_one_not_the_thesis() -> None:
    assert primary_rule(TREE.outcome("use-rag")) == "NFT-1"
    assert primary_rule(TREE.outcome("fine-tune")) == "FT-3"
    assert primary_rule(TREE.outcome("do-not-fine-tune-for-reasoning")) == "NFT-2"


def test_rule_links_are_relative_to_the_decision_tree_page() -> None:
    assert rule_link_href("NFT-1") == "../when-not-to-fine-tune/#nft-1"
    assert rule_link_href("CORE") == "../#core"
    assert rule_link_href("BP-7") == "../best-practices/#bp-7"


def test_every_rule_the_tree_cites_is_linked_somewhere_in_the_diagram() -> None:
    dot = to_dot("zh")
    cited = {c for o in TREE.outcomes for c in o.cites} | {
        c for q in TREE.questions for a in q.answers for c in a.cites
    }
    checklist_only = {r.id for r in RULES} - cited  # shown on the outcome card's checklist, not in the diagram
    assert checklist_only <= {"BP-1", "BP-2"}, checklist_only
    for rule_id in cited:
        assert f'"{rule_link_href(rule_id)}"' in dot, rule_id


@pytest.mark.parametrize("lang", LANGS)
def test_outcomes_and_legend_share_one_css_class_per_kind(lang: Lang) -> None:
    dot = statements(to_dot(lang))
    for o in TREE.outcomes:
        assert dot.node(outcome_dom_id(o.id))["class"] == f"dt-outcome dt-kind-{o.kind.value}"
    for kind in {o.kind for o in TREE.outcomes}:  # every kind in the tree is explained in the legend
        assert dot.node(f"legend-{kind.value}")["class"] == f"dt-legend dt-kind-{kind.value}"


def test_labels_are_in_the_page_language() -> None:
    zh, en = to_dot("zh"), to_dot("en")
    assert "图例" in zh
    assert "Legend" not in zh
    assert "Legend" in en
    assert "图例" not in en
    assert rule("FT-4").title.zh in zh
    assert rule("FT-4").title.en in en


@pytest.mark.parametrize("lang", LANGS)
def test_every_label_uses_the_cjk_font(lang: Lang) -> None:
    dot = to_dot(lang)
    assert dot.count(f'fontname="{STYLE.font}"') == 3, "graph, node and edge defaults"
    assert "fontname=" not in dot.replace(f'fontname="{STYLE.font}"', "")
    assert "FACE=" not in dot


@pytest.mark.parametrize("lang", LANGS)
def test_graphviz_accepts_every_attribute_without_a_warning(lang: Lang) -> None:
    result = subprocess.run(["dot", "-Tsvg"], input=to_dot(lang), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stderr == ""
