"""Fonts as Chromium really picks them: English prose in a Latin font, Chinese prose in a CJK one.

On a machine without the stack's first Latin fonts (a plain Linux desktop: DejaVu Sans and
Noto Sans CJK), English must not fall through to the CJK font, whose Latin letters and
full-width curly quotes read wide and uneven. Chromium reports the fonts it used for a
node's glyphs (DevTools `CSS.getPlatformFontsForNode`), so the test checks what was drawn,
not what the CSS asked for.
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page

from tests.site.built import LANG_DIRS

pytestmark = pytest.mark.browser

# Prose, a quotation with curly quotes and inline code: (page, CSS selector, text the node's own text holds).
SAMPLES = {
    "prose": ("", "article p", ""),
    "quotes": ("best-practices/", "article :is(p, li)", "“"),
    "code": ("references/", "article code", ""),
}

_MARK = """([selector, needle]) => {
  const own = (e) => [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join("");
  const found = [...document.querySelectorAll(selector)].find((e) => own(e).trim() && own(e).includes(needle));
  found?.setAttribute("data-font-sample", "");
  return Boolean(found);
}"""


def _fonts(page: Page, selector: str) -> list[dict[str, Any]]:
    """The platform fonts that drew the text of the first element matching `selector`, most glyphs first."""
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    node = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    assert node, f"nothing matches {selector}"
    text = session.send("DOM.describeNode", {"nodeId": node, "depth": 1})["node"]
    fonts: list[dict[str, Any]] = []
    # The glyphs of an element's own text node(s); inline children are asked for one by one.
    for child in text.get("children", []):
        if child["nodeType"] == 3:
            (child_id,) = session.send(
                "DOM.pushNodesByBackendIdsToFrontend", {"backendNodeIds": [child["backendNodeId"]]}
            )["nodeIds"]
            fonts += session.send("CSS.getPlatformFontsForNode", {"nodeId": child_id})["fonts"]
    if not fonts:
        fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    session.detach()
    return sorted(fonts, key=lambda f: -f["glyphCount"])


def _is_cjk(family: str) -> bool:
    return any(mark in family for mark in ("CJK", "PingFang", "Hiragino", "YaHei", "Han Sans", "WenQuanYi"))


@pytest.mark.parametrize("sample", SAMPLES)
def test_english_text_is_drawn_in_a_latin_font(page: Page, sample: str) -> None:
    slug, selector, needle = SAMPLES[sample]
    page.goto(LANG_DIRS["en"] + slug)
    assert page.evaluate(_MARK, [selector, needle]), f"no {selector} with {needle!r} on /en/{slug}"
    fonts = _fonts(page, "[data-font-sample]")
    assert fonts, selector
    cjk = [f["familyName"] for f in fonts if _is_cjk(f["familyName"])]
    assert cjk == [], f"{sample}: English text drawn in {fonts}"


def test_chinese_prose_is_drawn_in_a_cjk_font(page: Page) -> None:
    page.goto(LANG_DIRS["zh"])
    fonts = _fonts(page, "article p")
    assert _is_cjk(fonts[0]["familyName"]), fonts
