"""Every root-to-outcome path, checked against every documented rule.

The rules (`decision_tree.core.rules`) are the guide written as predicates over facts and
advice; the tree is tested against them, one test per (path, rule) so a failure names both.
"""

from __future__ import annotations

import pytest

from decision_tree import RULES, Rule, explain, paths
from decision_tree.core.fragment import format_path

PATHS = paths()


@pytest.mark.parametrize("rule_", RULES, ids=lambda r: r.id)
@pytest.mark.parametrize("path", PATHS, ids=format_path)
def test_path_obeys_rule(path: tuple[str, ...], rule_: Rule) -> None:
    record = explain(path).record()
    assert not rule_.violated_by(record), (
        f"path {format_path(path)!r} breaks {rule_.id} ({rule_.title.en}): {rule_.check.en}\n"
        f"facts={dict(record.facts)} actions={sorted(record.actions)} cites={sorted(record.cites)}"
    )


def test_every_path_ends_in_an_outcome_and_is_listed_once() -> None:
    assert len(PATHS) == len(set(PATHS))
    for path in PATHS:
        assert explain(path).outcome is not None, format_path(path)


def test_there_are_502_paths() -> None:
    """A change in this number is a change of the tree: update the docs and this count together."""
    assert len(PATHS) == 502
