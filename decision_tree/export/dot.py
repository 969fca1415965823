"""The decision tree as a Graphviz diagram (DOT and SVG), one per language.

Built with `graphviz.Digraph` from the same `Tree` the engine walks, so the picture
cannot drift from the advice. The SVG is embedded inline on `/decision-tree/` in both
language sites; everything a page or the widget relies on is stable:

- element ids from tree IDs: `q-<question>` (question node), `a-<question>-<answer>`
  (answer edge; answer IDs repeat across questions, hence the prefix) and `o-<outcome>`
  (outcome node). The widget highlights the current path by adding the CSS class
  `dt-on-path` to those groups (see `overrides/assets/stylesheets/diagram.css`);
- CSS classes: `dt-question`, `dt-answer`, `dt-outcome` plus `dt-kind-<OutcomeKind>` on
  outcomes and legend swatches, `dt-legend` on legend nodes. Graphviz writes light-palette
  colours as presentation attributes (right for a standalone SVG); the site's CSS
  overrides them for Material's light and dark palettes;
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
time instead of committing it (see `macros/diagram.py`).
"""

from __future__ import annotations

import re
from html import escape as html_escape
from html import unescape
from itertools import pairwise
from xml.sax.saxutils import escape as xml_escape

from decision_tree.model import Answer, Outcome, OutcomeKind, Question, Tree
from decision_tree.rules import rule
from decision_tree.text import Lang, Text
from decision_tree.tree import TREE
from decision_tree.view import rule_href

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

# Noto Sans CJK covers Chinese and Latin, so both languages get the same metrics (Debian: fonts-noto-cjk).
FONT = "Noto Sans CJK SC"
# How far a label may run before wrapping, in columns (a Chinese character counts as two).
QUESTION_WIDTH = 24
ANSWER_WIDTH = 20
OUTCOME_WIDTH = 22
RULES_PER_ROW = 4

PAGE = "../"  # from /decision-tree/ up to the language site's root

CAPTION = Text(zh="该不该微调？决策树", en="Should I fine-tune? The decision tree")
TITLE_SEPARATOR = Text(zh="：", en=": ")
LEGEND_TITLE = Text(zh="图例", en="Legend")
LEGEND_QUESTION = Text(zh="问题", en="Question")
LEGEND_RULE = Text(zh="规则编号（链接）", en="Rule ID (a link)")
KIND_NAMES: dict[OutcomeKind, Text] = {
    OutcomeKind.FINE_TUNE: Text(zh="微调", en="Fine-tune"),
    OutcomeKind.RAG_FINE_TUNE: Text(zh="RAG + 微调", en="RAG + fine-tuning"),
    OutcomeKind.RAG: Text(zh="检索增强生成（RAG）", en="Retrieval (RAG)"),
    OutcomeKind.PROMPTING: Text(zh="提示工程", en="Prompt engineering"),
    OutcomeKind.FIX_DATA: Text(zh="先修好数据", en="Fix the data first"),
    OutcomeKind.NARROW_SCOPE: Text(zh="先缩小范围", en="Narrow the scope first"),
    OutcomeKind.DO_NOT_FINE_TUNE: Text(zh="不要微调", en="Do not fine-tune"),
}

# Light-palette colours (fill, border) for a standalone SVG; the site's CSS replaces them.
QUESTION_COLOURS = ("#eef0fb", "#3f51b5")
KIND_COLOURS: dict[OutcomeKind, tuple[str, str]] = {
    OutcomeKind.FINE_TUNE: ("#e2f3df", "#2e7d32"),
    OutcomeKind.RAG_FINE_TUNE: ("#d9f0ec", "#00796b"),
    OutcomeKind.RAG: ("#e0ebfa", "#1565c0"),
    OutcomeKind.PROMPTING: ("#efe4f6", "#6a1b9a"),
    OutcomeKind.FIX_DATA: ("#fcead5", "#b45309"),
    OutcomeKind.NARROW_SCOPE: ("#f8f0cc", "#856a00"),
    OutcomeKind.DO_NOT_FINE_TUNE: ("#fae2e2", "#c62828"),
}
EDGE_COLOUR = "#5f6368"
TEXT_COLOUR = "#1f2328"
LINK_COLOUR = "#283593"

LEGEND_IDS: tuple[str, ...] = (
    "legend-question",
    *(f"legend-{kind.value}" for kind in OutcomeKind),
    "legend-rule",
)
"""The nodes that belong to the legend and not to the tree (tests tell them apart by these)."""
LEGEND_ROW = 5  # legend items in the first row; the rest go in the second
LEGEND_EDGE_IDS: tuple[str, ...] = tuple(f"legend-order-{n}" for n in range(1, len(LEGEND_IDS)) if n != LEGEND_ROW)
"""Invisible edges that keep each legend row in reading order."""


# --- ids ---------------------------------------------------------------------------


def question_id(question: Question) -> str:
    return f"q-{question.id}"


def answer_id(question: Question, answer: Answer) -> str:
    return f"a-{question.id}-{answer.id}"


def outcome_id(outcome: Outcome) -> str:
    return f"o-{outcome.id}"


def node_id(tree: Tree, target: str) -> str:
    """The diagram id of the node an answer leads to (a question or an outcome)."""
    node = tree.node(target)
    if isinstance(node, Question):
        return question_id(node)
    if isinstance(node, Outcome):
        return outcome_id(node)
    raise KeyError(f"an answer leads to {target!r}, which is neither a question nor an outcome of the tree")


def rule_link(rule_id: str) -> str:
    """A rule's home section, relative to the `/decision-tree/` page of the same language."""
    return PAGE + rule_href(rule(rule_id))


def primary_rule(outcome: Outcome) -> str:
    """The rule the outcome's title links to: the first specific one, else CORE."""
    return next((c for c in outcome.cites if c != "CORE"), outcome.cites[0])


# --- labels --------------------------------------------------------------------------


def _plain(text: str, width: int) -> str:
    """A plain Graphviz label: escaped lines joined by Graphviz's centred line break."""
    return r"\n".join(graphviz.escape(line) for line in wrap(text, width))


def _tooltip(*parts: str) -> str:
    return r"\n".join(graphviz.escape(p) for p in parts if p)


def _outcome_label(outcome: Outcome, lang: Lang) -> str:
    """An HTML-like label: the title (linking to the primary rule), then one linked cell per cited rule."""
    title = "<BR/>".join(html_escape(line) for line in wrap(outcome.title[lang], OUTCOME_WIDTH))
    main = primary_rule(outcome)
    tip = html_escape(outcome.title[lang] + TITLE_SEPARATOR[lang] + outcome.summary[lang])
    rows = [outcome.cites[i : i + RULES_PER_ROW] for i in range(0, len(outcome.cites), RULES_PER_ROW)]
    columns = max(len(r) for r in rows)
    cells = [
        "<TR>"
        + "".join(
            f'<TD HREF="{html_escape(rule_link(c))}" TITLE="{html_escape(f"{c} · {rule(c).title[lang]}")}"'
            f' ID="r-{outcome.id}-{rule(c).anchor}"><FONT POINT-SIZE="10" COLOR="{LINK_COLOUR}"><U>{c}</U></FONT></TD>'
            for c in row
        )
        + "</TR>"
        for row in rows
    ]
    head = (
        f'<TR><TD COLSPAN="{columns}" HREF="{html_escape(rule_link(main))}" TITLE="{tip}"'
        f' ID="t-{outcome.id}"><B>{title}</B></TD></TR>'
    )
    return f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">{head}{"".join(cells)}</TABLE>>'


def _legend_rule_label(lang: Lang) -> str:
    return (
        '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1"><TR>'
        f'<TD><FONT POINT-SIZE="10" COLOR="{LINK_COLOUR}"><U>FT-1</U></FONT></TD>'
        f"<TD>{html_escape(LEGEND_RULE[lang])}</TD>"
        "</TR></TABLE>>"
    )


# --- the graph -----------------------------------------------------------------------


def _digraph(lang: Lang) -> graphviz.Digraph:
    if graphviz is None:
        raise GraphvizMissing(MISSING_PACKAGE)
    g = graphviz.Digraph(name=CAPTION[lang], engine="dot")
    g.attr(
        "graph",
        id="dt-graph",
        newrank="true",
        rankdir="TB",
        bgcolor="transparent",
        nodesep="0.18",
        ranksep="0.32",
        fontname=FONT,
        fontsize="11",
        fontcolor=TEXT_COLOUR,
    )
    g.attr(
        "node",
        shape="box",
        style="rounded,filled",
        fontname=FONT,
        fontsize="11",
        fontcolor=TEXT_COLOUR,
        margin="0.1,0.05",
    )
    g.attr("edge", fontname=FONT, fontsize="9.5", fontcolor=TEXT_COLOUR, color=EDGE_COLOUR, arrowsize="0.6")
    return g


def _add_question(g: graphviz.Digraph, q: Question, lang: Lang) -> None:
    fill, border = QUESTION_COLOURS
    g.node(
        question_id(q),
        label=_plain(q.text[lang], QUESTION_WIDTH),
        tooltip=_tooltip(q.text[lang], q.hint[lang]),
        id=question_id(q),
        **{"class": "dt-question"},
        fillcolor=fill,
        color=border,
        penwidth="1.4",
    )


def _answer_label(a: Answer, lang: Lang) -> str:
    """The answer, wrapped; an answer that brings a rule into play shows its ID underneath, as a link.

    An edge carries one URL, so an answer may cite one rule (tests/diagram holds the tree to that).
    """
    if not a.cites:
        return _plain(a.label[lang], ANSWER_WIDTH)
    lines = "<BR/>".join(html_escape(line) for line in wrap(a.label[lang], ANSWER_WIDTH))
    ids = " ".join(f'<FONT POINT-SIZE="9" COLOR="{LINK_COLOUR}"><U>{html_escape(c)}</U></FONT>' for c in a.cites)
    return f"<{lines}<BR/>{ids}>"


def _add_answer(g: graphviz.Digraph, tree: Tree, q: Question, a: Answer, lang: Lang) -> None:
    cited = [f"{c} · {rule(c).title[lang]}" for c in a.cites]
    tip = _tooltip(f"{q.text[lang]} → {a.label[lang]}", a.reason[lang], *cited)
    links = {"URL": rule_link(a.cites[0])} if a.cites else {}
    g.edge(
        question_id(q),
        node_id(tree, a.next),
        label=_answer_label(a, lang),
        tooltip=tip,
        labeltooltip=tip,
        id=answer_id(q, a),
        **{"class": "dt-answer"},
        **links,
    )


def _add_outcome(g: graphviz.Digraph, o: Outcome, lang: Lang) -> None:
    fill, border = KIND_COLOURS[o.kind]
    g.node(
        outcome_id(o),
        label=_outcome_label(o, lang),
        id=outcome_id(o),
        **{"class": f"dt-outcome dt-kind-{o.kind.value}"},
        fillcolor=fill,
        color=border,
        penwidth="1.6",
    )


def _legend_entries(lang: Lang) -> list[tuple[str, dict[str, str]]]:
    """The legend's nodes, in reading order: a question, each outcome kind, a rule link."""
    fill, border = QUESTION_COLOURS
    entries = [
        (
            "legend-question",
            {
                "label": graphviz.escape(LEGEND_QUESTION[lang]),
                "class": "dt-legend dt-question",
                "fillcolor": fill,
                "color": border,
            },
        )
    ]
    for kind in OutcomeKind:
        fill, border = KIND_COLOURS[kind]
        attrs = {"label": graphviz.escape(KIND_NAMES[kind][lang]), "class": f"dt-legend dt-kind-{kind.value}"}
        entries.append((f"legend-{kind.value}", attrs | {"fillcolor": fill, "color": border}))
    rule_attrs = {"label": _legend_rule_label(lang), "class": "dt-legend dt-legend-rule", "shape": "plain", "style": ""}
    entries.append(("legend-rule", rule_attrs))
    return entries


def _depths(tree: Tree) -> dict[str, int]:
    """Each node's rank in the drawing: the longest answer chain from the root to it."""
    depths = {tree.root: 0}
    for _ in range(len(tree.questions) + 1):  # relax edges until stable (the tree is a DAG)
        for q in tree.questions:
            if q.id in depths:
                for a in q.answers:
                    depths[a.next] = max(depths.get(a.next, 0), depths[q.id] + 1)
    return depths


def _add_legend(g: graphviz.Digraph, lang: Lang, tree: Tree) -> None:
    """The legend as a cluster in two rows, pinned to the two deepest ranks.

    Left to itself, Graphviz packs a disconnected cluster beside the whole tree and
    makes the picture far wider; the two deepest ranks have room on the right, because
    the shallow branches end early. Invisible flat edges keep the items in reading order
    (ids `legend-order-<n>`, listed in `LEGEND_EDGE_IDS`).
    """
    entries = _legend_entries(lang)
    with g.subgraph(name="cluster_legend") as legend:
        legend.attr(
            label=LEGEND_TITLE[lang], id="legend", style="rounded,dashed", color=EDGE_COLOUR, **{"class": "dt-legend"}
        )
        legend.attr("node", fontsize="10", margin="0.08,0.03", height="0.2", penwidth="1.2")
        for name, attrs in entries:
            legend.node(name, id=name, **attrs)
        for n, ((tail, _), (head, _)) in enumerate(pairwise(entries), 1):
            if n != LEGEND_ROW:
                legend.edge(tail, head, id=f"legend-order-{n}", style="invis")
    depths = _depths(tree)
    deepest = max(depths.values())
    anchors = [next(n for n, d in depths.items() if d == depth) for depth in (max(deepest - 1, 0), deepest)]
    for anchor, row in zip(anchors, (entries[:LEGEND_ROW], entries[LEGEND_ROW:]), strict=True):
        with g.subgraph() as same_rank:
            same_rank.attr(rank="same")
            same_rank.node(node_id(tree, anchor))
            for name, _ in row:
                same_rank.node(name)


def build_graph(lang: Lang, tree: Tree = TREE) -> graphviz.Digraph:
    """The diagram as a `graphviz.Digraph`: the tree's nodes and edges in tree order, then the legend."""
    g = _digraph(lang)
    for q in tree.questions:
        _add_question(g, q, lang)
    for o in tree.outcomes:
        _add_outcome(g, o, lang)
    for q in tree.questions:
        for a in q.answers:
            _add_answer(g, tree, q, a, lang)
    _add_legend(g, lang, tree)
    return g


def to_dot(lang: Lang, tree: Tree = TREE) -> str:
    """The diagram's DOT source for one language."""
    return str(build_graph(lang, tree).source)


# --- SVG -----------------------------------------------------------------------------


def _titles(lang: Lang, tree: Tree) -> dict[str, str]:
    """What each element's SVG `<title>` should say: the text a reader or a screen reader needs.

    Graphviz titles every node and edge with its DOT name (`q-goal`, `q-data->o-fix-data-first`),
    which browsers show on hover and assistive technology reads out.
    """
    titles = {question_id(q): q.text[lang] for q in tree.questions}
    titles |= {outcome_id(o): o.title[lang] for o in tree.outcomes}
    titles |= {answer_id(q, a): f"{q.text[lang]} → {a.label[lang]}" for q in tree.questions for a in q.answers}
    titles |= {f"legend-{k.value}": KIND_NAMES[k][lang] for k in OutcomeKind}
    titles |= {"legend": LEGEND_TITLE[lang], "legend-question": LEGEND_QUESTION[lang], "legend-rule": LEGEND_RULE[lang]}
    return titles


_GROUP_TITLE = re.compile(r'(<g id="([^"]+)" class="[^"]*">\n<title>)[^<]*(</title>)')


def _human_titles(svg: str, titles: dict[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        title = titles.get(unescape(match.group(2)))
        return match.group(0) if title is None else f"{match.group(1)}{xml_escape(title)}{match.group(3)}"

    return _GROUP_TITLE.sub(replace, svg)


def to_svg(lang: Lang, tree: Tree = TREE) -> str:
    """The diagram rendered by Graphviz's `dot`, as a standalone SVG document."""
    graph = build_graph(lang, tree)
    try:
        svg = graph.pipe(format="svg", encoding="utf-8")
    except graphviz.ExecutableNotFound:
        raise GraphvizMissing(MISSING_DOT) from None
    return _human_titles(str(svg), _titles(lang, tree))
