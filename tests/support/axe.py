"""axe-core in a real page, once for every accessibility test (widget, evidence markup).

The pinned axe-core comes from the npm registry with the Pyodide core (`npm ci`, which
`make build` runs); it is injected into the page under test, never loaded from a CDN.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"

_RUN = """async (selector) => {
    const include = [...document.querySelectorAll(selector)];
    if (include.length === 0) throw new Error(`axe: nothing on the page matches ${selector}`);
    const { violations } = await axe.run({ include }, { resultTypes: ["violations"] });
    return violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                       nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
}"""


def serious_violations(page: Page, selector: str) -> list[dict[str, Any]]:
    """Serious and critical axe-core findings inside every element matching `selector`.

    Each finding names the rule, its impact, what it asks for and up to five offending
    elements, so a failing assertion says what to fix.
    """
    if not AXE.is_file():
        pytest.fail(f"axe-core is missing from {AXE.parent}: run `npm ci` (make build does)")
    # Evaluated through DevTools, not added as an inline <script>: every page carries a
    # Content-Security-Policy (a <meta> tag) that blocks inline scripts, as it should.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result: list[dict[str, Any]] = page.evaluate(_RUN, selector)
    return result
