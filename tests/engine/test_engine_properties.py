"""Property-based tests of step/back/explain on random walks (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from decision_tree import (
    MalformedPath,
    Outcome,
    PathFinished,
    Question,
    UnknownAnswer,
    back,
    current,
    explain,
    parse_fragment,
    parse_path,
    paths,
    start,
    step,
    to_fragment,
)
from decision_tree.core.engine import Path

ALL_PATHS = set(paths())


@st.composite
def walks(draw: st.DrawFn) -> Path:
    """A random walk from the root that stops anywhere, possibly at an outcome."""
    path = start()
    while True:
        node = current(path)
        if isinstance(node, Outcome) or (draw(st.booleans()) and draw(st.booleans())):
            return path
        answer = draw(st.sampled_from([a.id for a in node.answers]))
        path = step(path, answer)


@given(walks())
def test_back_undoes_step(path: Path) -> None:
    node = current(path)
    if isinstance(node, Question):
        for a in node.answers:
            assert back(step(path, a.id)) == path


@given(walks())
def test_explain_is_deterministic_and_consistent_with_current(path: Path) -> None:
    e = explain(path)
    assert e == explain(path)
    assert len(e.steps) == len(path)
    node = current(path)
    assert (e.outcome if e.finished else e.question) is node


@given(walks())
def test_facts_accumulate_along_the_walk(path: Path) -> None:
    e = explain(path)
    if path:
        previous = explain(back(path))
        assert set(previous.facts.items()) <= set(e.facts.items())


@given(walks())
def test_a_finished_walk_is_one_of_the_enumerated_paths(path: Path) -> None:
    assert (path in ALL_PATHS) == explain(path).finished


@given(walks())
def test_fragment_round_trip(path: Path) -> None:
    assert parse_fragment("#" + to_fragment(path)) == path
    assert parse_path("/".join(path)) == path


@given(walks(), st.text(min_size=1, max_size=12))
def test_an_unknown_answer_is_refused_with_the_valid_choices(path: Path, junk: str) -> None:
    node = current(path)
    if isinstance(node, Question):
        if node.answer(junk) is None:
            with pytest.raises(UnknownAnswer) as info:
                step(path, junk)
            assert info.value.valid == tuple(a.id for a in node.answers)
    else:
        with pytest.raises(PathFinished):
            step(path, junk)


def _parse_or_error(text: str) -> Path | str:
    try:
        return parse_fragment("#path=" + text)
    except (MalformedPath, UnknownAnswer, PathFinished) as error:
        return str(error)


@settings(max_examples=200)
@given(st.text(max_size=60))
def test_any_fragment_text_parses_or_fails_with_a_message(text: str) -> None:
    result = _parse_or_error(text)
    if isinstance(result, str):
        assert result.startswith("step ") or "at most" in result
    else:
        assert explain(result).path == result


def test_back_at_the_root_stays_at_the_root() -> None:
    assert back(start()) == start()


def test_foreign_fragments_are_not_paths() -> None:
    assert parse_fragment("#ft-1") == ()
    assert parse_fragment("") == ()
