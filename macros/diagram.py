"""The whole decision tree as a diagram on /decision-tree/: `{{ decision_tree_diagram() }}`.

The SVG is compiled from the diagram model (`decision_tree.views.diagram`) by Graphviz
when the site is built, not committed: Graphviz places every label using the fonts
installed where it runs, so a committed SVG would be stale or differ on every machine with
other fonts or another Graphviz. Built here, the picture always matches the tree the widget
runs, and `tests/diagram` checks it is byte-identical from one compilation to the next.
The full-size SVG beside the page (`decision-tree/diagram.svg`) is written by the build
(`mk/site.mk`, `python -m decision_tree export --format svg`), not by a post-build hook.

If Graphviz is missing, the build stops at start-up with one line saying what to install
(a `PluginError`, which MkDocs reports without a traceback).

Markup (styled by `overrides/assets/stylesheets/diagram.css`):

- `<figure id="dt-diagram" class="dt-diagram">` holds a scrollable, focusable region
  (`.dt-diagram__scroll`, so keyboard users can scroll it too) with the inline SVG, and a
  `<figcaption>` that names the figure for assistive technology;
- SVG ids `q-<question>`, `a-<question>-<answer>`, `o-<outcome>` (`views.diagram`). The
  widget marks the current path by adding the class `dt-on-path` to the ids its view
  lists in `highlight`; once the path holds an answer, the rest is dimmed (CSS `:has()`).
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

from mkdocs.exceptions import PluginError

from decision_tree.core.text import Lang
from decision_tree.render.dot import GraphvizMissing, render_svg
from decision_tree.views.diagram import Diagram, diagram
from decision_tree.views.labels import LABELS, sentences
from decision_tree.views.urls import DIAGRAM_FIGURE, DIAGRAM_FILE
from macros import page

CAPTION_ID = "dt-diagram-caption"

_PROLOG = re.compile(r"\A.*?(?=<svg\b)", re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->\n?", re.DOTALL)
_SVG_TAG = re.compile(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"')


def inline_svg(svg: str) -> str:
    """The standalone SVG made fit for an HTML page.

    Drops the XML declaration, the DOCTYPE and Graphviz's comments (invalid or useless
    inside HTML), names the drawing by the figure's caption, and hands its natural width
    to the CSS (`--dt-width`, in points), which never draws it smaller than that.
    """
    body = _COMMENT.sub("", _PROLOG.sub("", svg, count=1))
    match = _SVG_TAG.search(body)
    if match is None:
        raise ValueError(
            "Graphviz's SVG does not start with <svg width=…pt height=…pt>; has its output format changed?"
        )
    width = match.group(1)
    return _SVG_TAG.sub(
        f'<svg class="dt-diagram__svg" aria-labelledby="{CAPTION_ID}" style="--dt-width: {width}"'
        f' width="{width}pt" height="{match.group(2)}pt"',
        body,
        count=1,
    ).strip()


def figure_html(model: Diagram, svg: str) -> str:
    """The figure: scroll region with the inline SVG, then the caption with the full-size link."""
    lang: Lang = model.lang
    t = {key: text[lang] for key, text in LABELS.items()}
    counts = t["diagram_counts"].format(
        questions=len(model.questions), answers=model.answers, outcomes=len(model.outcomes)
    )
    caption = sentences(
        (
            f"<strong>{escape(model.title)}</strong>{escape(model.title_separator)}"
            + escape(sentences((counts, t["diagram_reading"]), lang)),
            f'<span class="dt-diagram__hint">{escape(t["diagram_scroll_hint"])}</span>',
            f'<a href="{DIAGRAM_FILE}" target="_blank" rel="noopener">{escape(t["diagram_open"])}</a>',
        ),
        lang,
    )
    return (
        f'<figure id="{DIAGRAM_FIGURE}" class="dt-diagram" data-search-exclude>\n'
        f'<div class="dt-diagram__scroll" tabindex="0" role="region" aria-label="{escape(t["diagram_region"])}">\n'
        f"{inline_svg(svg)}\n"
        "</div>\n"
        f'<figcaption id="{CAPTION_ID}">{caption}</figcaption>\n'
        "</figure>"
    )


def compile_svg(model: Diagram) -> str:
    """The SVG for the build language, or a build error with one line naming what to install."""
    try:
        return render_svg(model)
    except GraphvizMissing as error:
        raise PluginError(str(error)) from None


def register(env: Any) -> None:
    model = diagram(page.lang(env))
    html = figure_html(model, compile_svg(model))  # at start-up: a missing Graphviz stops the build first

    def decision_tree_diagram() -> str:
        """The diagram figure (see the module docstring)."""
        return html

    env.macro(decision_tree_diagram)
