"""The README's screenshot of the widget is made by this test, from the real built site.

Every run writes `test-results/readme-widget-<lang>.png`; `make readme-screenshot` sets
DT_UPDATE_README=1 so the run also refreshes the committed copy in `.github/readme/`.
"""

from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PATH = ("format-style", "nothing-else", "narrow", "tried-failed", "good")


def _png_size(png: Path) -> tuple[int, int]:
    header = png.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{png} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.parametrize("lang_root", ["", "en/"], ids=["zh", "en"])
def test_widget_screenshot_for_the_readme(page: Any, lang_root: str) -> None:
    lang = "en" if lang_root else "zh"
    page.set_viewport_size({"width": 1100, "height": 900})
    page.goto(f"{lang_root}decision-tree/#path={'/'.join(PATH)}")
    page.locator("[data-dt-widget][data-engine='ready']").wait_for(timeout=60_000)
    page.locator("[data-outcome='fine-tune']").wait_for()
    out = ROOT / "test-results" / f"readme-widget-{lang}.png"
    out.parent.mkdir(exist_ok=True)
    page.add_style_tag(content=".md-header { visibility: hidden; }")  # it would cover the widget's top
    box = page.locator("[data-dt-widget]").bounding_box()
    assert box is not None
    clip = {"x": box["x"], "y": box["y"], "width": box["width"], "height": min(box["height"], 1000)}
    page.screenshot(path=str(out), clip=clip, full_page=True)
    width, height = _png_size(out)
    assert width >= 500
    assert height >= 300
    if os.environ.get("DT_UPDATE_README") == "1":
        shutil.copyfile(out, ROOT / ".github" / "readme" / out.name)


def test_readme_shows_a_committed_widget_screenshot() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for lang in ("zh", "en"):
        image = f".github/readme/readme-widget-{lang}.png"
        assert image in readme
        assert _png_size(ROOT / image)[0] >= 500
