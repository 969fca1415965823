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

- `<figure id="dt-diagram" class="dt-diagram" data-dt-root="q-…">` holds a bar with the
  legend (a compact HTML list: the page's SVG is drawn without Graphviz's legend, which
  made it a sixth wider and scrolled out of view on phones) and the fit-to-width and
  full-size buttons (`overrides/assets/javascripts/dt-diagram.js` shows them, picks the
  size that suits the frame and opens a wide drawing on the root question or on the
  widget's current node); then a scrollable, focusable region (`.dt-diagram__scroll`, so
  keyboard users can scroll it too) with the inline SVG, and a `<figcaption>` that names
  the figure for assistive technology;
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
from decision_tree.render.dot import PAGE_STYLE, GraphvizMissing, render_svg
from decision_tree.views.diagram import Diagram, diagram
from decision_tree.views.labels import LABELS, sentences
from decision_tree.views.urls import DIAGRAM_FIGURE, DIAGRAM_FILE
from macros import page

CAPTION_ID = "dt-diagram-caption"
LEGEND_ID = "dt-diagram-legend"

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


def legend_html(model: Diagram) -> str:
    """The legend as a compact list above the frame: a swatch per node kind, then the rule-link sample.

    Swatches take their colours from the same classes as the nodes (`palette.css`).
    """
    items = []
    for entry in model.legend:
        if entry.node_kind is None:
            sample = '<span class="dt-diagram__legend-link" aria-hidden="true">FT-1</span>'
        else:
            kind = "dt-question" if entry.outcome_kind is None else f"dt-kind-{entry.outcome_kind.value}"
            sample = f'<span class="dt-diagram__swatch {kind}" aria-hidden="true"></span>'
        items.append(f'<li data-legend="{entry.dom_id}">{sample}{escape(entry.label)}</li>')
    return (
        f'<div class="dt-diagram__legend"><span class="dt-diagram__legend-title" id="{LEGEND_ID}">'
        f"{escape(model.legend_title)}</span>"
        f'<ul aria-labelledby="{LEGEND_ID}">{"".join(items)}</ul></div>'
    )


def tools_html(model: Diagram) -> str:
    """Fit-to-width and full-size buttons; hidden until `dt-diagram.js` runs (they need it)."""
    t = {key: text[model.lang] for key, text in LABELS.items()}
    buttons = "".join(
        f'<button type="button" class="dt-diagram__zoom" data-dt-zoom="{zoom}" aria-pressed="false">'
        f"{escape(t[label])}</button>"
        for zoom, label in (("fit", "diagram_fit"), ("full", "diagram_full_size"))
    )
    return (
        f'<div class="dt-diagram__tools" role="group" aria-label="{escape(t["diagram_size"])}" hidden>{buttons}</div>'
    )


def figure_html(model: Diagram, svg: str) -> str:
    """The figure: legend and size buttons, the scroll region with the inline SVG, then the caption."""
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
        f'<figure id="{DIAGRAM_FIGURE}" class="dt-diagram" data-dt-root="{model.root}" data-search-exclude>\n'
        f'<div class="dt-diagram__bar">{legend_html(model)}{tools_html(model)}</div>\n'
        f'<div class="dt-diagram__scroll" tabindex="0" role="region" aria-label="{escape(t["diagram_region"])}">\n'
        f"{inline_svg(svg)}\n"
        "</div>\n"
        f'<figcaption id="{CAPTION_ID}">{caption}</figcaption>\n'
        "</figure>"
    )


def compile_svg(model: Diagram) -> str:
    """The page's SVG for the build language (legend in HTML instead), or a build error naming what to install."""
    try:
        return render_svg(model, PAGE_STYLE)
    except GraphvizMissing as error:
        raise PluginError(str(error)) from None


def register(env: Any) -> None:
    model = diagram(page.lang(env))
    html = figure_html(model, compile_svg(model))  # at start-up: a missing Graphviz stops the build first

    def decision_tree_diagram() -> str:
        """The diagram figure (see the module docstring)."""
        return html

    env.macro(decision_tree_diagram)
