"""Every path of the tree ends in the browser where the engine says, in both languages.

The widget's JavaScript only renders what Python returns, so this is the proof that what a
reader sees in the browser is the engine's answer: the same outcome and the same cited
rules, in the same order, for all paths, in Chinese and in English.

Clicking every path would grow with the tree (tree v3 has twice v2's paths), so the proof
comes in two parts whose cost does not follow the path count:
- a *cover* of paths, clicked answer by answer, that presses every answer of every question,
  reaches every outcome and shows every addendum at least once (the same cover the widget's
  stdlib is checked on, scripts/widget_requests.py): the clicks themselves are proven;
- every path, opened by its `#path=` link in one already loaded page per language, its card
  compared with the engine's view: the rendering of each path is proven.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from decision_tree import TREE, explain, paths
from decision_tree.core.fragment import to_fragment
from decision_tree.core.text import Lang
from scripts.widget_requests import cover

from .conftest import open_widget, restart, shown_outcome, walk, watch_of

pytestmark = pytest.mark.browser


def engine_answer(path: tuple[str, ...]) -> tuple[str | None, list[str]]:
    e = explain(path)
    return (e.outcome.id if e.outcome else None, list(e.cites))


def test_the_cover_presses_every_answer_and_reaches_every_outcome() -> None:
    """The cover is the one the widget's stdlib is checked on too (scripts/widget_requests.py)."""
    chosen = cover()
    pressed = {(s.question.id, s.answer.id) for p in chosen for s in explain(p).steps}
    reached = {explain(p).outcome.id for p in chosen}  # type: ignore[union-attr]
    shown = {a.id for p in chosen for a in explain(p).addenda}
    assert pressed == {(q.id, a.id) for q in TREE.questions for a in q.answers}
    assert reached == {o.id for o in TREE.outcomes}
    assert shown == {a.id for a in TREE.addenda}
    assert len(chosen) < len(paths()) / 3, "the cover should stay far smaller than the tree"


def test_every_answer_clicked_reaches_the_engines_outcome_and_rules(page: Page, lang: Lang) -> None:
    open_widget(page, lang)
    chosen = cover()
    seen: dict[str, tuple[str | None, list[str]]] = {}
    for path in chosen:
        restart(page)
        walk(page, path)
        seen["/".join(path)] = shown_outcome(page)
    assert seen == {"/".join(path): engine_answer(path) for path in chosen}
    assert watch_of(page).page_errors == []
    assert watch_of(page).console_errors == []
    assert watch_of(page).foreign_requests == []


_OPEN_AND_READ_ALL = """async ([fragments, timeoutMs]) => {
  const card = () => document.querySelector("[data-dt-widget] [data-outcome]");
  const until = async (test, fragment) => {
    const end = performance.now() + timeoutMs;
    while (!test()) {
      if (performance.now() > end) throw new Error("timed out opening #" + fragment);
      await new Promise((r) => requestAnimationFrame(r));
    }
  };
  const seen = [];
  for (const fragment of fragments) {
    // The next link's card is a new element: wait for it rather than reading the previous card.
    const before = card();
    location.hash = "#" + fragment;
    await until(() => card() && card() !== before, fragment);
    const c = card();
    seen.push([c.dataset.outcome, [...c.querySelectorAll("a[data-rule]")].map((a) => a.dataset.rule)]);
  }
  return seen;
}"""


def test_every_path_opened_by_its_link_shows_the_engines_outcome_and_rules(page: Page, lang: Lang) -> None:
    """All links opened in one call inside the page: the cost is the widget's rendering, not round trips."""
    open_widget(page, lang)
    all_paths = paths()
    shown = page.evaluate(_OPEN_AND_READ_ALL, [[to_fragment(path) for path in all_paths], 10_000])
    seen = {"/".join(path): (outcome, rules) for path, (outcome, rules) in zip(all_paths, shown, strict=True)}
    expected = {"/".join(path): engine_answer(path) for path in all_paths}
    assert seen == expected
    assert len(seen) == len(all_paths)
    assert watch_of(page).page_errors == []
    assert watch_of(page).console_errors == []


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
