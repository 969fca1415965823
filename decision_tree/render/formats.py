"""The export formats, by name: `python -m decision_tree export --format NAME` offers exactly these.

A format is one function from a language (or None: every language, where the format
allows it) to text, registered with `@export("name")`. Adding an output format is adding
its renderer file and one registered function here; the CLI's choices come from `EXPORTS`.
"""

from __future__ import annotations

from collections.abc import Callable

from decision_tree.core.text import Lang

Exporter = Callable[[Lang | None], str]
EXPORTS: dict[str, Exporter] = {}


def export(name: str) -> Callable[[Exporter], Exporter]:
    def register(function: Exporter) -> Exporter:
        EXPORTS[name] = function
        return function

    return register


@export("json")
def _json(lang: Lang | None) -> str:
    """The tree and its rules; bilingual without a language."""
    from .json import render_tree_json

    return render_tree_json(lang)


@export("dot")
def _dot(lang: Lang | None) -> str:
    """Graphviz source of the diagram (default language: zh)."""
    from .dot import to_dot

    return to_dot(lang or "zh")


@export("svg")
def _svg(lang: Lang | None) -> str:
    """The diagram drawn by Graphviz (default language: zh)."""
    from .dot import to_svg

    return to_svg(lang or "zh")


@export("css")
def _css(lang: Lang | None) -> str:
    """The palette's custom properties (`overrides/assets/stylesheets/palette.css`; language-free)."""
    from .css import to_css

    return to_css()
