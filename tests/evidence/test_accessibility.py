"""The evidence markup in a real browser: axe-core finds nothing serious in light or dark mode.

Evidence boxes, source entries and the dated context are generated Markdown inside the
theme's admonitions; this checks what a reader with a screen reader or in dark mode gets
(link names, contrast, list structure), on every page that carries evidence.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from decision_tree import LANGS
from tests.support.axe import serious_violations

pytestmark = pytest.mark.browser

PAGES = ["", "when-to-fine-tune/", "when-not-to-fine-tune/", "best-practices/", "references/"]
EVIDENCE = ".dt-evidence, .dt-source, .dt-context, .dt-readiness"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_evidence_markup_has_no_serious_accessibility_problem(browser: Browser, base_url: str, scheme: str) -> None:
    context = browser.new_context(base_url=base_url, color_scheme=scheme)  # type: ignore[arg-type]
    try:
        page = context.new_page()
        for lang in LANGS:
            for slug in PAGES:
                page.goto(("/en/" if lang == "en" else "/") + slug)
                assert page.locator(EVIDENCE).count() > 0, f"{lang}/{slug}: no evidence markup to audit"
                assert serious_violations(page, EVIDENCE) == [], f"{lang}/{slug} ({scheme})"
    finally:
        context.close()
