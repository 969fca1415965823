"""The evidence markup in a real browser: axe-core finds nothing serious in light or dark mode.

Evidence boxes, source entries and the dated context are generated Markdown inside the
theme's admonitions; this checks what a reader with a screen reader or in dark mode gets
(link names, contrast, list structure), on every page that carries evidence.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from decision_tree import LANGS

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
PAGES = ["", "when-to-fine-tune/", "when-not-to-fine-tune/", "best-practices/", "references/"]
EVIDENCE = ".dt-evidence, .dt-source, .dt-context, .dt-readiness"


def _violations(page: Page) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(AXE))
    result: list[dict[str, Any]] = page.evaluate(
        """async (selector) => {
            const include = [...document.querySelectorAll(selector)].map((el) => el);
            const { violations } = await axe.run({ include }, { resultTypes: ["violations"] });
            return violations
                .filter((v) => v.impact === "serious" || v.impact === "critical")
                .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
        }""",
        EVIDENCE,
    )
    return result


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_evidence_markup_has_no_serious_accessibility_problem(browser: Browser, base_url: str, scheme: str) -> None:
    assert AXE.is_file(), "axe-core is missing: run `npm ci` (make build does)"
    context = browser.new_context(base_url=base_url, color_scheme=scheme)  # type: ignore[arg-type]
    try:
        page = context.new_page()
        for lang in LANGS:
            for slug in PAGES:
                page.goto(("/en/" if lang == "en" else "/") + slug)
                assert page.locator(EVIDENCE).count() > 0, f"{lang}/{slug}: no evidence markup to audit"
                assert _violations(page) == [], f"{lang}/{slug} ({scheme})"
    finally:
        context.close()
