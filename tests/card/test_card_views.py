"""The outcome card says what a review needs: every blocker the reader reported, whether each
cited fine-tune rule counts for or against, what would change the decision, and next steps.

Checked against the tree through the engine only where the card is derived from it; the
expectations about blockers and stances are the guide's (a known data problem must reach the
card whatever the order of the questions), not the card's own code.
"""

from __future__ import annotations

import pytest

from decision_tree import explain, paths
from decision_tree.core.vocabulary import Action
from decision_tree.views.guidance import steps_for
from decision_tree.views.path import state

ALL = [explain(p) for p in paths()]


def _card(path: tuple[str, ...], lang: str = "en") -> dict:  # type: ignore[type-arg]
    outcome = state(path, lang)["outcome"]  # type: ignore[arg-type]
    assert outcome is not None
    return outcome  # type: ignore[no-any-return]


BLOCKERS = {
    "clustered": "data-clustered",
    "small-or-flawed": "data-small-or-flawed",
    "no-data": "data-none",
    "not-checked": "data-unchecked",
}


@pytest.mark.parametrize(("data", "part"), sorted(BLOCKERS.items()))
def test_a_data_problem_reported_while_prompting_comes_first_reaches_the_card(data: str, part: str) -> None:
    """'Try prompting first; and before any later fine-tune, fix the data' — NFT-3 cited either way."""
    for main in (("format-style", "nothing-else"), ("mapping", "also-facts"), ("specialised-task", "also-reasoning")):
        e = explain((*main, "narrow", "not-tried", data))
        assert e.outcome is not None
        assert Action.TRY_PROMPTING_FIRST in e.outcome.actions
        data_parts = [a.id for a in e.addenda if a.id.startswith("data-")]
        assert data_parts == [part]
        assert Action.FIX_DATA in e.record().actions
        assert "NFT-3" in e.cites
        assert part in [p["id"] for p in _card(e.path)["parts"]]


def test_sound_data_adds_no_blocker_and_missing_edge_cases_add_exactly_bp_4() -> None:
    assert explain(("mapping", "nothing-else", "narrow", "not-tried", "good")).addenda == ()
    e = explain(("mapping", "nothing-else", "narrow", "tried-failed", "no-edge-cases"))
    assert e.outcome is not None
    assert e.outcome.id == "fine-tune"
    assert [a.id for a in e.addenda] == ["data-edge-cases-missing"]
    assert Action.ADD_EDGE_CASES in e.record().actions
    assert "BP-4" in e.cites


def test_every_reported_blocker_is_on_every_card_of_its_paths() -> None:
    """Whatever the order: a path that set a blocking data fact shows that blocker's part."""
    for e in ALL:
        shown = {p["id"] for p in _card(e.path)["parts"]}
        data = e.facts.get("data")
        expected = {
            "small_or_flawed": "data-small-or-flawed",
            "clustered": "data-clustered",
            "none": "data-none",
            "unchecked": "data-unchecked",
            "edge_cases_missing": "data-edge-cases-missing",
        }.get(data or "")
        if expected:
            assert expected in shown, e.path
        else:
            assert not shown & set(BLOCKERS.values()), e.path


def test_reasoning_as_a_further_need_is_answered_on_pattern_outcomes() -> None:
    e = explain(("format-style", "also-reasoning", "narrow", "tried-failed", "good"))
    assert e.outcome is not None
    assert e.outcome.id == "fine-tune"
    assert [a.id for a in e.addenda] == ["reasoning-part"]
    assert {Action.FINE_TUNE, Action.REASONING_ALTERNATIVES} <= e.record().actions
    assert "NFT-2" in e.cites
    e = explain(("format-style", "also-facts-and-reasoning", "narrow", "works"))
    assert e.outcome is not None
    assert e.outcome.id == "rag-plus-prompting"
    assert {Action.RETRIEVAL, Action.PROMPT_ENGINEERING, Action.REASONING_ALTERNATIVES} <= e.record().actions


def test_non_fine_tune_cards_say_for_or_against_for_each_cited_fine_tune_rule() -> None:
    prompting = _card(("format-style", "nothing-else", "narrow", "works"))
    assert {s["id"]: s["favours"] for s in prompting["stances"]} == {"FT-1": True, "FT-3": True}
    untried = _card(("specialised-task", "nothing-else", "narrow", "not-tried", "good"))
    assert {s["id"]: s["favours"] for s in untried["stances"]} == {"FT-4": False, "FT-3": True}
    broad = _card(("mapping", "nothing-else", "broad"))
    assert {s["id"]: s["favours"] for s in broad["stances"]} == {"FT-3": False, "FT-2": True}
    clustered = _card(("mapping", "nothing-else", "narrow", "tried-failed", "clustered"))
    assert {s["id"]: s["favours"] for s in clustered["stances"]} == {"FT-4": True, "FT-2": True, "FT-3": True}


def test_fine_tune_cards_need_no_stances_and_every_cited_ft_rule_has_one_elsewhere() -> None:
    for e in ALL:
        card = _card(e.path)
        cited_ft = [c for c in e.cites if c.startswith("FT-")]
        if Action.FINE_TUNE in e.record().actions:
            assert card["stances"] == []
        else:
            assert [s["id"] for s in card["stances"]] == cited_ft, e.path


def test_what_would_change_the_decision_opens_another_outcome_for_each_listed_answer() -> None:
    for e in ALL:
        assert e.outcome is not None
        for change in _card(e.path)["changes"]:
            for alt in change["alternatives"]:
                other = explain(tuple(alt["path"]))
                assert other.outcome is not None
                assert other.outcome.id == alt["outcome"] != e.outcome.id


def test_the_answers_that_would_lead_to_fine_tuning_are_named() -> None:
    path = ("format-style", "nothing-else", "narrow", "tried-failed", "clustered")
    changes = {c["question"]: c["alternatives"] for c in _card(path)["changes"]}
    assert {a["answer"]: a["outcome"] for a in changes["data"]} == {
        "good": "fine-tune",
        "no-edge-cases": "fine-tune",
        "preferences": "fine-tune",
        "grader": "fine-tune",
    }
    # Later answers are kept while questions with the same answers follow: "not tried" keeps
    # the clustered data and so reaches "try prompting first" with the data blocker on it.
    assert {a["answer"]: a["outcome"] for a in changes["prompting"]} == {
        "works": "use-prompting",
        "not-tried": "try-prompting-first",
        "works-on-larger": "distil-into-smaller",
    }
    assert {a["answer"]: a["outcome"] for a in changes["scope"]} == {"broad": "narrow-scope-first"}
    # "Also reasoning" keeps the outcome (the card adds a part): not listed as a change.
    assert {a["answer"]: a["outcome"] for a in changes["pattern-also"]} == {
        "also-facts": "rag-and-fix-data",
        "also-facts-and-reasoning": "rag-and-fix-data",
    }


def test_every_card_has_three_to_six_next_steps_and_a_route_comparison() -> None:
    for e in ALL:
        card = _card(e.path, "zh")
        assert 3 <= len(card["next_steps"]) <= 6, e.path
        recommended = [r["route"] for r in card["routes"] if r["recommended"]]
        assert {r["route"] for r in card["routes"]} >= {"prompting", "fine-tune"}
        if Action.FINE_TUNE in e.record().actions:
            assert "fine-tune" in recommended
        if Action.RETRIEVAL in e.record().actions:
            assert "rag" in recommended
        for part in card["parts"]:
            assert len(part["steps"]) == len(steps_for(part["id"], e.facts))


def test_the_beyond_the_guide_label_is_never_said_twice_in_a_row() -> None:
    for e in ALL:
        for lang in ("zh", "en"):
            card = _card(e.path, lang)
            label = "超出原指南" if lang == "zh" else "beyond the guide"
            heading = card["next_steps_label"]
            if label.lower() in heading.lower():
                assert all(step["tag"] is None for step in card["next_steps"])
            if card["beyond_guide"]:
                assert label.lower() not in card["beyond_guide"].lower()
