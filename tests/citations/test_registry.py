"""Citation stability: every public citation target in citations.json still exists.

Readers cite rules, pages and widget paths in design reviews; a link in a review must
keep working. Adding targets is allowed (add them to citations.json); removing or moving
one fails here until CHANGELOG.md records why and the registry is changed on purpose.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from decision_tree import RULES_BY_ID, TREE, explain, paths, to_fragment
from decision_tree.core.fragment import read_fragment
from tests.citations.pins import PINS, current_paths_also_legacy, legacy_fragment, pin_problems, unpinned_paths
from tests.site_html import element_ids

ROOT = Path(__file__).resolve().parents[2]
REGISTRY = json.loads((ROOT / "citations.json").read_text(encoding="utf-8"))
LANG_ROOTS: dict[str, str] = REGISTRY["languages"]


@pytest.mark.parametrize("rule_id", sorted(REGISTRY["rules"]))
def test_registered_rule_keeps_its_id_page_and_anchor(rule_id: str) -> None:
    target = REGISTRY["rules"][rule_id]
    assert rule_id in RULES_BY_ID, f"rule {rule_id} was removed or renamed; rule IDs are never renamed or reused"
    rule = RULES_BY_ID[rule_id]
    assert (rule.home + "/" if rule.home else "") == target["page"], f"{rule_id} moved to another page"
    assert rule.anchor == target["anchor"]


def test_every_rule_is_registered() -> None:
    """New rules become citable, so they belong in the registry too."""
    assert set(RULES_BY_ID) <= set(REGISTRY["rules"]), "add the new rule IDs to citations.json"


@pytest.mark.parametrize("fragment", REGISTRY["path_fragments"])
def test_a_shared_widget_link_still_opens(fragment: str) -> None:
    """A current path opens as it is; an older one (tree v1) opens as its reading today, marked older."""
    reading = read_fragment("#" + fragment)  # raises, naming the step, if an answer ID vanished
    e = explain(reading.path)
    assert e.path == reading.path
    assert e.finished, f"{fragment} opens a path that stops before an outcome"


@pytest.mark.parametrize("fragment", REGISTRY["path_fragments"])
def test_a_shared_widget_link_opens_the_outcome_it_is_pinned_to(fragment: str) -> None:
    assert fragment in PINS, f"pin {fragment} to its outcome in path_outcomes"
    assert pin_problems(TREE, {fragment: PINS[fragment]}) == {}


def test_the_pins_are_exactly_the_registered_fragments() -> None:
    assert list(PINS) == REGISTRY["path_fragments"], (
        "path_fragments and path_outcomes list the same fragments, in order"
    )
    assert len(set(REGISTRY["path_fragments"])) == len(REGISTRY["path_fragments"]), "a fragment is registered twice"


# The 26 links of tree v1 and the outcome each opened then (from the v1 tree itself). They are a
# public contract: the registry may grow, but these stay registered, pinned to the same advice.
V1_OUTCOMES: dict[str, str] = {
    "path=knowledge": "use-rag",
    "path=reasoning": "do-not-fine-tune-for-reasoning",
    "path=format-style/works": "use-prompting",
    "path=format-style/tried-failed/good/narrow": "fine-tune",
    "path=format-style/tried-failed/good/broad": "narrow-scope-first",
    "path=format-style/tried-failed/small-or-flawed": "fix-data-first",
    "path=format-style/tried-failed/clustered": "fix-data-first",
    "path=format-style/untried": "try-prompting-first",
    "path=mapping/works": "use-prompting",
    "path=mapping/tried-failed/good/narrow": "fine-tune",
    "path=mapping/tried-failed/good/broad": "narrow-scope-first",
    "path=mapping/tried-failed/small-or-flawed": "fix-data-first",
    "path=mapping/tried-failed/clustered": "fix-data-first",
    "path=mapping/untried": "try-prompting-first",
    "path=specialised-task/works": "use-prompting",
    "path=specialised-task/tried-failed/good/narrow": "fine-tune",
    "path=specialised-task/tried-failed/good/broad": "narrow-scope-first",
    "path=specialised-task/tried-failed/small-or-flawed": "fix-data-first",
    "path=specialised-task/tried-failed/clustered": "fix-data-first",
    "path=specialised-task/untried": "try-prompting-first",
    "path=knowledge-and-pattern/works": "rag-plus-prompting",
    "path=knowledge-and-pattern/tried-failed/good/narrow": "rag-plus-fine-tune",
    "path=knowledge-and-pattern/tried-failed/good/broad": "rag-and-narrow-scope",
    "path=knowledge-and-pattern/tried-failed/small-or-flawed": "rag-and-fix-data",
    "path=knowledge-and-pattern/tried-failed/clustered": "rag-and-fix-data",
    "path=knowledge-and-pattern/untried": "rag-then-try-prompting",
}


def test_the_first_tree_s_links_stay_registered_with_their_advice() -> None:
    assert REGISTRY["path_fragments"][: len(V1_OUTCOMES)] == list(V1_OUTCOMES)
    assert {f: PINS[f]["outcome"] for f in V1_OUTCOMES} == V1_OUTCOMES


def test_older_links_read_as_the_tree_s_legacy_reading_and_are_marked_older() -> None:
    current = {to_fragment(p) for p in paths()}
    older = [f for f in REGISTRY["path_fragments"] if f not in current]
    assert older, "tree v1 links whose answers were split are registered"
    for fragment in older:
        reading = read_fragment("#" + fragment)
        assert reading.older is not None, f"{fragment} is not a current path, so it must be read as an older link"
        assert legacy_fragment(reading.older) == fragment
        assert TREE.legacy[reading.older] == reading.path
        assert PINS[fragment].get("reads_as") == to_fragment(TREE.legacy[reading.older]), fragment
    for fragment in current:
        assert "reads_as" not in PINS[fragment], f"{fragment} is a current path; it reads as itself"


def test_every_legacy_reading_of_the_tree_is_registered_and_pinned() -> None:
    """An old link the tree knows how to read was shared once, so it belongs in the registry."""
    for older, today in TREE.legacy.items():
        fragment = legacy_fragment(older)
        assert fragment in PINS, f"{fragment} is read by Tree.legacy but not pinned in citations.json"
        assert PINS[fragment]["reads_as"] == to_fragment(today)


def test_a_current_path_is_never_a_legacy_link() -> None:
    assert current_paths_also_legacy(TREE) == []


def test_every_current_path_is_registered() -> None:
    missing = {to_fragment(p) for p in paths()} - set(REGISTRY["path_fragments"])
    assert not missing, f"add these new paths to citations.json: {sorted(missing)}"
    assert unpinned_paths(TREE) == [], "pin every current path to its outcome in path_outcomes"


@pytest.mark.parametrize("lang", sorted(LANG_ROOTS))
@pytest.mark.parametrize("page", REGISTRY["pages"])
def test_registered_page_exists_in_the_built_site(site_dir: Path, lang: str, page: str) -> None:
    assert (site_dir / LANG_ROOTS[lang] / page / "index.html").is_file(), f"/{LANG_ROOTS[lang]}{page} is gone"


@pytest.mark.parametrize("lang", sorted(LANG_ROOTS))
@pytest.mark.parametrize("rule_id", sorted(REGISTRY["rules"]))
def test_registered_anchor_exists_on_its_page(site_dir: Path, lang: str, rule_id: str) -> None:
    target = REGISTRY["rules"][rule_id]
    html = site_dir / LANG_ROOTS[lang] / target["page"] / "index.html"
    assert target["anchor"] in element_ids(html), (
        f"#{target['anchor']} missing from /{LANG_ROOTS[lang]}{target['page']}"
    )
