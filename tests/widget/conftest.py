"""Helpers for driving the widget through its DOM contract (design.md), and nothing else.

Every browser test here goes through the hooks other checks rely on too: the root's
`data-dt-widget`/`data-engine`, `data-question`, `data-answer`, `data-outcome`,
`data-rule`, and the `dt:engine-ready` performance mark.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page

from decision_tree import Path, explain
from decision_tree.core.text import LANGS, Lang
from tests.conftest import PageWatch

WIDGET = "[data-dt-widget]"
READY = '[data-dt-widget][data-engine="ready"]'
FAILED = '[data-dt-widget][data-engine="failed"]'
MARK_TIMES = "() => Object.fromEntries(performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime]))"
"""The page's performance marks (`dt:engine-ready`, `dt:snapshot-start`, ...), by name: when each came."""
ENGINE_TIMEOUT_MS = 60_000  # a cold Pyodide start on a loaded CI machine, with room to spare

LANG_PREFIX: dict[Lang, str] = {"zh": "", "en": "en/"}


def widget_url(lang: Lang, fragment: str = "") -> str:
    """The widget page of a language, relative to the site root (the page fixture's base_url)."""
    return f"{LANG_PREFIX[lang]}decision-tree/{fragment}"


def open_widget(page: Page, lang: Lang, fragment: str = "") -> None:
    """Load the widget page and wait until Python in the worker answers."""
    page.goto(widget_url(lang, fragment))
    page.wait_for_selector(READY, timeout=ENGINE_TIMEOUT_MS)


def answer_button(page: Page, question: str, answer: str) -> Locator:
    return page.locator(f'[data-question="{question}"] [data-answer="{answer}"]')


def walk(page: Page, path: Path) -> None:
    """Click a path's answers one by one, each on the question the engine says comes next."""
    for step in explain(path).steps:
        answer_button(page, step.question.id, step.answer.id).click()


def restart(page: Page) -> None:
    """Start over, and wait until history has landed too (it follows the view by a few ms)."""
    button = page.locator("[data-dt-controls] [data-dt-restart]")
    if button.is_enabled():
        button.click()
    page.locator('[data-question="goal"]').wait_for()
    page.wait_for_url(lambda url: "#path=" not in url)


def shown_outcome(page: Page) -> tuple[str | None, list[str]]:
    """The outcome card's ID and the IDs of the rules it cites, in the order shown."""
    card = page.locator("[data-outcome]")
    card.wait_for()
    rules = card.locator("a[data-rule]").evaluate_all("links => links.map(a => a.dataset.rule)")
    return card.get_attribute("data-outcome"), rules


@pytest.fixture(params=LANGS)
def lang(request: pytest.FixtureRequest) -> Lang:
    value: Lang = request.param
    return value


@pytest.fixture
def widget(page: Page, lang: Lang) -> Callable[[str], Page]:
    """Open the widget in `lang` (optionally at a fragment) and return the ready page."""

    def opener(fragment: str = "") -> Page:
        open_widget(page, lang, fragment)
        return page

    return opener


def watch_of(page: Page) -> PageWatch:
    """What the page did that a test may object to (console errors, requests to other hosts)."""
    recorded = page.watch  # type: ignore[attr-defined]
    assert isinstance(recorded, PageWatch)
    return recorded
