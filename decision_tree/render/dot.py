"""The decision tree as a Graphviz diagram (DOT and SVG), one per language.

Built with `graphviz.Digraph` from the diagram model (`views.diagram`), which is
extracted from the same `Tree` the engine walks, so the picture cannot drift from the
advice; this module only decides how the model looks. The SVG is embedded inline on `/decision-tree/` in both
language sites; everything a page or the widget relies on is stable:

- element ids come from the model (`views.diagram`: `q-…`, `a-…-…`, `o-…`); the widget
  receives the ids of the reader's path in its view and marks them `dt-on-path`;
- CSS classes: `dt-question`, `dt-answer`, `dt-outcome` plus `dt-kind-<OutcomeKind>` on
  outcomes and legend swatches, `dt-legend` on legend nodes. Graphviz writes the light
  colours of `views.palette` as presentation attributes (right for a standalone SVG);
  the site's CSS (`palette.css`, generated from the same palette) overrides them for
  Material's light and dark schemes;
- links are relative to the `/decision-tree/` page of a language site
  (`../when-not-to-fine-tune/#nft-1`), so one SVG per language works at `/decision-tree/`
  and `/en/decision-tree/` alike, under any deployment path.

Links: a Graphviz node carries one URL, but an outcome cites several rules. A node-level
URL would wrap the whole node in an `<a>` and nest every per-rule `<a>` inside it (invalid
SVG, and a screen reader hears one link for everything). So an outcome node has no URL of
its own: its label is a small table whose title cell links to the outcome's primary rule
(the first one cited other than `CORE`, which backs nearly every outcome) and whose second
row holds one linked cell per cited rule ID. Every link is a sibling `<a>`, each with its
own tooltip (the rule's title). Answers that bring a rule into play (`format-style` ->
`FT-1`) show its ID under their label and link their edge to it, so every rule a path can
cite is one click away.

Graphviz chooses positions from the fonts installed where it runs, so the SVG is
byte-identical for the same tree, Graphviz and fonts; the site generates it at build
time instead of committing it (see `macros/diagram.py` and `mk/site.mk`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from html import escape as html_escape
from html import unescape
from itertools import pairwise
from xml.sax.saxutils import escape as xml_escape

from decision_tree.core.text import Lang
from decision_tree.views import palette
from decision_tree.views.diagram import Diagram, Edge, LegendEntry, Node, NodeKind, diagram

from .wrap import wrap

try:
    import graphviz
except ImportError:  # the engine works without it; only diagrams need it
    graphviz = None


class GraphvizMissing(RuntimeError):
    """Graphviz (or the `graphviz` Python package) is not installed; the message says how to install it."""


MISSING_DOT = (
    "Graphviz's `dot` program was not found on PATH; install Graphviz "
    "(Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz)"
)
MISSING_PACKAGE = "the Python package `graphviz` is missing; install it with: pip install -e '.[export]'"


@dataclass(frozen=True, slots=True)
class DotStyle:
    """How the drawing looks: fonts, wrapping widths and spacing (colours come from `views.palette`).

    Noto Sans CJK covers Chinese and Latin, so both languages get the same metrics
    (Debian: fonts-noto-cjk). Widths are in columns, a Chinese character counting as two.
    """

    font: str = "Noto Sans CJK SC"
    question_width: int = 24
    answer_width: int = 20
    outcome_width: int = 22
    rules_per_row: int = 4
    legend_row: int = 5
    """Legend items in its first row; the rest go in the second."""
    legend: bool = True
    """Draw the legend inside the picture (the standalone SVG needs it; the page shows its own)."""


STYLE = DotStyle()

PAGE_STYLE = replace(STYLE, legend=False)
"""The drawing embedded on /decision-tree/: the page shows the legend above the frame, in
HTML (`macros/diagram.py`), where it wraps to any width and never scrolls out of view;
without it the drawing is a sixth narrower and fits a desktop column."""

LEGEND_EDGE_IDS: tuple[str, ...] = tuple(
    f"legend-order-{n}" for n in range(1, 2 + len(palette.KINDS)) if n != STYLE.legend_row
)
"""Invisible edges that keep each legend row in reading order."""


# --- labels ----------------------------------------------------------------------------


def _plain(text: str, width: int) -> str:
    """A plain Graphviz label: escaped lines joined by Graphviz's centred line break."""
    return r"\n".join(graphviz.escape(line) for line in wrap(text, width))


def _tooltip(text: str) -> str:
    return r"\n".join(graphviz.escape(part) for part in text.split("\n"))


def _link_text(text: str, size: str) -> str:
    return f'<FONT POINT-SIZE="{size}" COLOR="{palette.LINK}"><U>{html_escape(text)}</U></FONT>'


def _outcome_label(node: Node, style: DotStyle) -> str:
    """An HTML-like label: the title (linking to the primary rule), then one linked cell per cited rule."""
    assert node.title_link is not None
    title = "<BR/>".join(html_escape(line) for line in wrap(node.label, style.outcome_width))
    per_row = style.rules_per_row
    rows = [node.rule_links[i : i + per_row] for i in range(0, len(node.rule_links), per_row)]
    columns = max(len(r) for r in rows)
    cells = [
        "<TR>"
        + "".join(
            f'<TD HREF="{html_escape(link.href)}" TITLE="{html_escape(link.title)}"'
            f' ID="{link.dom_id}">{_link_text(link.text, "10")}</TD>'
            for link in row
        )
        + "</TR>"
        for row in rows
    ]
    t = node.title_link
    head = (
        f'<TR><TD COLSPAN="{columns}" HREF="{html_escape(t.href)}" TITLE="{html_escape(t.title)}"'
        f' ID="{t.dom_id}"><B>{title}</B></TD></TR>'
    )
    return f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">{head}{"".join(cells)}</TABLE>>'


def _answer_label(edge: Edge, style: DotStyle) -> str:
    """The answer, wrapped; an answer that brings a rule into play shows its ID underneath, as a link.

    An edge carries one URL, so an answer may cite one rule (tests/diagram holds the tree to that).
    """
    if not edge.links:
        return _plain(edge.label, style.answer_width)
    lines = "<BR/>".join(html_escape(line) for line in wrap(edge.label, style.answer_width))
    ids = " ".join(_link_text(link.text, "9") for link in edge.links)
    return f"<{lines}<BR/>{ids}>"


def _legend_rule_label(entry: LegendEntry) -> str:
    return (
        '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1"><TR>'
        f"<TD>{_link_text('FT-1', '10')}</TD>"
        f"<TD>{html_escape(entry.label)}</TD>"
        "</TR></TABLE>>"
    )


# --- the graph ---------------------------------------------------------------------------


def _digraph(model: Diagram, style: DotStyle) -> graphviz.Digraph:
    if graphviz is None:
        raise GraphvizMissing(MISSING_PACKAGE)
    g = graphviz.Digraph(name=model.title, engine="dot")
    g.attr(
        "graph",
        id="dt-graph",
        newrank="true",
        rankdir="TB",
        bgcolor="transparent",
        nodesep="0.18",
        ranksep="0.32",
        fontname=style.font,
        fontsize="11",
        fontcolor=palette.TEXT,
    )
    g.attr(
        "node",
        shape="box",
        style="rounded,filled",
        fontname=style.font,
        fontsize="11",
        fontcolor=palette.TEXT,
        margin="0.1,0.05",
    )
    g.attr("edge", fontname=style.font, fontsize="9.5", fontcolor=palette.TEXT, color=palette.EDGE, arrowsize="0.6")
    return g


def _add_node(g: graphviz.Digraph, node: Node, style: DotStyle) -> None:
    if node.kind is NodeKind.QUESTION:
        colours, label = palette.QUESTION.light, _plain(node.label, style.question_width)
        attrs = {"class": "dt-question", "tooltip": _tooltip(node.tooltip), "penwidth": "1.4"}
    else:
        assert node.outcome_kind is not None
        colours, label = palette.KINDS[node.outcome_kind].light, _outcome_label(node, style)
        attrs = {"class": f"dt-outcome dt-kind-{node.outcome_kind.value}", "penwidth": "1.6"}
    g.node(node.dom_id, label=label, id=node.dom_id, fillcolor=colours.fill, color=colours.border, **attrs)


def _add_edge(g: graphviz.Digraph, edge: Edge, style: DotStyle) -> None:
    tip = _tooltip(edge.tooltip)
    links = {"URL": edge.links[0].href} if edge.links else {}
    g.edge(
        edge.tail,
        edge.head,
        label=_answer_label(edge, style),
        tooltip=tip,
        labeltooltip=tip,
        id=edge.dom_id,
        **{"class": "dt-answer"},
        **links,
    )


def _legend_attrs(entry: LegendEntry) -> dict[str, str]:
    if entry.node_kind is None:
        return {"label": _legend_rule_label(entry), "class": "dt-legend dt-legend-rule", "shape": "plain", "style": ""}
    if entry.outcome_kind is None:
        colours, css = palette.QUESTION.light, "dt-legend dt-question"
    else:
        colours, css = palette.KINDS[entry.outcome_kind].light, f"dt-legend dt-kind-{entry.outcome_kind.value}"
    return {"label": graphviz.escape(entry.label), "class": css, "fillcolor": colours.fill, "color": colours.border}


def _add_legend(g: graphviz.Digraph, model: Diagram, style: DotStyle) -> None:
    """The legend as a cluster in two rows, pinned to the two deepest ranks.

    Left to itself, Graphviz packs a disconnected cluster beside the whole tree and
    makes the picture far wider; the two deepest ranks have room on the right, because
    the shallow branches end early. Invisible flat edges keep the items in reading order
    (ids `legend-order-<n>`, listed in `LEGEND_EDGE_IDS`).
    """
    entries = model.legend
    with g.subgraph(name="cluster_legend") as legend:
        legend.attr(
            label=model.legend_title, id="legend", style="rounded,dashed", color=palette.EDGE, **{"class": "dt-legend"}
        )
        legend.attr("node", fontsize="10", margin="0.08,0.03", height="0.2", penwidth="1.2")
        for entry in entries:
            legend.node(entry.dom_id, id=entry.dom_id, **_legend_attrs(entry))
        for n, (tail, head) in enumerate(pairwise(entries), 1):
            if n != style.legend_row:
                legend.edge(tail.dom_id, head.dom_id, id=f"legend-order-{n}", style="invis")
    deepest = max(model.ranks.values())
    anchors = [next(n for n, d in model.ranks.items() if d == depth) for depth in (max(deepest - 1, 0), deepest)]
    rows = (entries[: style.legend_row], entries[style.legend_row :])
    for anchor, row in zip(anchors, rows, strict=True):
        with g.subgraph() as same_rank:
            same_rank.attr(rank="same")
            same_rank.node(anchor)
            for entry in row:
                same_rank.node(entry.dom_id)


def build_graph(model: Diagram, style: DotStyle = STYLE) -> graphviz.Digraph:
    """The model as a `graphviz.Digraph`: nodes and edges in model order, then the legend (if drawn)."""
    g = _digraph(model, style)
    for node in model.nodes:
        _add_node(g, node, style)
    for edge in model.edges:
        _add_edge(g, edge, style)
    if style.legend:
        _add_legend(g, model, style)
    return g


def render_dot(model: Diagram, style: DotStyle = STYLE) -> str:
    """The diagram's DOT source."""
    return str(build_graph(model, style).source)


# --- SVG ---------------------------------------------------------------------------------


def _titles(model: Diagram) -> dict[str, str]:
    """What each element's SVG `<title>` should say: the text a reader or a screen reader needs.

    Graphviz titles every node and edge with its DOT name (`q-goal`, `q-data->o-fix-data-first`),
    which browsers show on hover and assistive technology reads out.
    """
    titles = {node.dom_id: node.label for node in model.nodes}
    titles |= {edge.dom_id: edge.tooltip.split("\n")[0] for edge in model.edges}
    titles |= {entry.dom_id: entry.label for entry in model.legend}
    titles["legend"] = model.legend_title
    return titles


_GROUP_TITLE = re.compile(r'(<g id="([^"]+)" class="[^"]*">\n<title>)[^<]*(</title>)')


def _human_titles(svg: str, titles: dict[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        title = titles.get(unescape(match.group(2)))
        return match.group(0) if title is None else f"{match.group(1)}{xml_escape(title)}{match.group(3)}"

    return _GROUP_TITLE.sub(replace, svg)


def render_svg(model: Diagram, style: DotStyle = STYLE) -> str:
    """The diagram rendered by Graphviz's `dot`, as a standalone SVG document."""
    graph = build_graph(model, style)
    try:
        svg = graph.pipe(format="svg", encoding="utf-8")
    except graphviz.ExecutableNotFound:
        raise GraphvizMissing(MISSING_DOT) from None
    return _human_titles(str(svg), _titles(model))


def to_dot(lang: Lang) -> str:
    """The DOT source of the site's diagram in one language (`export --format dot`)."""
    return render_dot(diagram(lang))


def to_svg(lang: Lang) -> str:
    """The SVG of the site's diagram in one language (`export --format svg`, the site build)."""
    return render_svg(diagram(lang))
