"""The one palette for questions and outcome kinds, in Material's light and dark schemes.

The diagram (Graphviz's standalone SVG and the site's CSS over the inline one) and the
widget's outcome card colour the same kinds on the same page, so the colours are defined
here once: `render/dot.py` writes the light ones into the standalone SVG, and
`render/css.py` turns all of them into `palette.css`, the custom properties both
stylesheets use (`tests/diagram` holds every text to 4.5:1 on these fills, light and dark).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from decision_tree.core.vocabulary import OutcomeKind


@dataclass(frozen=True, slots=True)
class Swatch:
    """A node's fill and border in one scheme."""

    fill: str
    border: str


@dataclass(frozen=True, slots=True)
class Colours:
    light: Swatch
    dark: Swatch


QUESTION = Colours(Swatch("#eef0fb", "#3f51b5"), Swatch("#262b4a", "#8c9eff"))

KINDS: Mapping[OutcomeKind, Colours] = MappingProxyType(
    {
        OutcomeKind.FINE_TUNE: Colours(Swatch("#e2f3df", "#2e7d32"), Swatch("#1d3621", "#6fbf73")),
        OutcomeKind.RAG_FINE_TUNE: Colours(Swatch("#d9f0ec", "#00796b"), Swatch("#12352f", "#4db6ac")),
        OutcomeKind.RAG: Colours(Swatch("#e0ebfa", "#1565c0"), Swatch("#172c47", "#64b5f6")),
        OutcomeKind.PROMPTING: Colours(Swatch("#efe4f6", "#6a1b9a"), Swatch("#2f1f3b", "#ce93d8")),
        OutcomeKind.FIX_DATA: Colours(Swatch("#fcead5", "#b45309"), Swatch("#3a2813", "#ffb74d")),
        OutcomeKind.NARROW_SCOPE: Colours(Swatch("#f8f0cc", "#856a00"), Swatch("#35300f", "#e0c341")),
        OutcomeKind.DO_NOT_FINE_TUNE: Colours(Swatch("#fae2e2", "#c62828"), Swatch("#3d1b1b", "#ef7070")),
        OutcomeKind.TROUBLESHOOT: Colours(Swatch("#e4eef2", "#37596b"), Swatch("#1b2a32", "#7fb3cc")),
    }
)

EDGE = "#5f6368"
"""Edges and the legend's frame in the standalone SVG (the site's CSS uses Material's own)."""
TEXT = "#1f2328"
LINK = "#283593"
"""Rule-ID links in the standalone SVG (light): 4.5:1 or better on every light fill."""
