"""The palette as CSS custom properties (`overrides/assets/stylesheets/palette.css`).

Generated, committed, and held equal to `views.palette` by `tests/diagram/test_palette.py`
(`python -m decision_tree export --format css > overrides/assets/stylesheets/palette.css`).
Each class a node or a card carries (`dt-question`, `dt-kind-<kind>`) sets `--dt-fill` and
`--dt-border`; `diagram.css` and `widget.css` only ever say `var(--dt-fill)` and
`var(--dt-border)`, so a colour exists once.
"""

from __future__ import annotations

from decision_tree.views.palette import KINDS, QUESTION, Colours, Swatch

HEADER = (
    "/* The palette of questions and outcome kinds, light and dark: generated from\n"
    " * decision_tree/views/palette.py by `python -m decision_tree export --format css`;\n"
    " * edit the Python, not this file (tests/diagram/test_palette.py compares them). */\n"
)
DARK = '[data-md-color-scheme="slate"]'


def _rule(selector: str, swatch: Swatch) -> str:
    return f"{selector} {{\n  --dt-fill: {swatch.fill};\n  --dt-border: {swatch.border};\n}}\n"


def _selectors() -> list[tuple[str, Colours]]:
    return [(".dt-question", QUESTION), *((f".dt-kind-{kind.value}", colours) for kind, colours in KINDS.items())]


def to_css() -> str:
    """Light rules first, then the same selectors under Material's dark (slate) scheme."""
    light = "".join(_rule(selector, colours.light) for selector, colours in _selectors())
    dark = "".join(_rule(f"{DARK} {selector}", colours.dark) for selector, colours in _selectors())
    return HEADER + "\n" + light + "\n" + dark
