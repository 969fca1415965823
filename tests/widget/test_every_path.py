"""Every path of the tree, clicked through the widget in both languages, ends where the engine says.

The widget's JavaScript only renders what Python returns, so this is the proof that what a
reader sees in the browser is the engine's answer: the same outcome and the same cited
rules, in the same order, for all paths, in Chinese and in English.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from decision_tree import explain, paths
from decision_tree.core.text import Lang

from .conftest import open_widget, restart, shown_outcome, walk, watch_of

pytestmark = pytest.mark.browser


def engine_answer(path: tuple[str, ...]) -> tuple[str | None, list[str]]:
    e = explain(path)
    return (e.outcome.id if e.outcome else None, list(e.cites))


def test_every_path_clicked_shows_the_engines_outcome_and_rules(page: Page, lang: Lang) -> None:
    open_widget(page, lang)
    seen: dict[str, tuple[str | None, list[str]]] = {}
    for path in paths():
        restart(page)
        walk(page, path)
        seen["/".join(path)] = shown_outcome(page)
    expected = {"/".join(path): engine_answer(path) for path in paths()}
    assert seen == expected
    assert len(seen) == len(paths())
    assert watch_of(page).page_errors == []
    assert watch_of(page).console_errors == []
    assert watch_of(page).foreign_requests == []


def test_checklist_links_are_not_counted_as_cited_rules(page: Page, lang: Lang) -> None:
    """A fine-tune outcome lists BP-1…BP-7 to check before training; only the cited rules carry data-rule."""
    path = ("format-style", "nothing-else", "narrow", "tried-failed", "good")
    e = explain(path)
    assert e.outcome is not None
    open_widget(page, lang)
    walk(page, path)
    outcome, rules = shown_outcome(page)
    checklist = page.locator("[data-outcome] [data-checklist-rule]").evaluate_all(
        "links => links.map(a => a.dataset.checklistRule)"
    )
    assert outcome == e.outcome.id
    assert rules == list(e.cites)
    assert checklist == list(e.outcome.checklist)
