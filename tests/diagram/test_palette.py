"""One palette for questions and outcome kinds: the diagram and the widget colour a kind alike.

`views/palette.py` is the definition; `palette.css` is generated from it and committed, the
stylesheets only refer to its custom properties, and the standalone SVG carries its light
colours. Contrast of text on these fills is tested with the diagram (test_browser_diagram).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from decision_tree.core.vocabulary import OutcomeKind
from decision_tree.render.css import to_css
from decision_tree.render.dot import to_dot
from decision_tree.views import palette

STYLES = Path(__file__).resolve().parents[2] / "overrides" / "assets"
PALETTE_CSS = STYLES / "stylesheets" / "palette.css"
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def test_the_committed_palette_css_is_generated_from_the_palette() -> None:
    assert PALETTE_CSS.read_text(encoding="utf-8") == to_css(), (
        "palette.css is stale: python -m decision_tree export --format css > overrides/assets/stylesheets/palette.css"
    )


def test_every_outcome_kind_has_colours_in_both_schemes() -> None:
    assert set(palette.KINDS) == set(OutcomeKind)
    css = to_css()
    for kind, colours in palette.KINDS.items():
        for swatch in (colours.light, colours.dark):
            assert swatch.fill in css, kind
            assert swatch.border in css, kind


@pytest.mark.parametrize("stylesheet", ["stylesheets/diagram.css", "widget/widget.css"])
def test_stylesheets_colour_kinds_only_through_the_palette(stylesheet: str) -> None:
    """No stylesheet restates a colour of the palette: it uses var(--dt-fill) / var(--dt-border)."""
    css = (STYLES / stylesheet).read_text(encoding="utf-8")
    palette_colours = {c.lower() for c in HEX.findall(to_css())}
    restated = sorted({c.lower() for c in HEX.findall(css)} & palette_colours)
    assert restated == [], f"{stylesheet} restates palette colours {restated}"
    assert not re.search(r"dtw-outcome--[a-z-]+\s*\{", css), "the widget's outcome card takes its colour from dt-kind-*"


def test_the_standalone_diagram_uses_the_light_palette() -> None:
    dot = to_dot("en")
    for kind, colours in palette.KINDS.items():
        assert f'fillcolor="{colours.light.fill}"' in dot, kind
        assert f'color="{colours.light.border}"' in dot, kind
