"""The whole decision tree as a diagram on /decision-tree/: `{{ decision_tree_diagram() }}`.

The SVG is compiled from `decision_tree.TREE` by Graphviz when the site is built, not
committed: Graphviz places every label using the fonts installed where it runs, so a
committed SVG would be stale or differ on every machine with other fonts or another
Graphviz, and a byte-for-byte staleness test would fail for reasons that have nothing to
do with the tree. Built here, the picture always matches the tree the widget runs, and
`tests/diagram` checks it is byte-identical from one compilation to the next.

If Graphviz is missing, the build stops at start-up with one line saying what to install
(a `PluginError`, which MkDocs reports without a traceback; an error inside a macro call
would be printed by mkdocs-macros with its full traceback).

Markup (styled by `overrides/assets/stylesheets/diagram.css`):

- `<figure id="dt-diagram" class="dt-diagram">` holds a scrollable, focusable region
  (`.dt-diagram__scroll`, so keyboard users can scroll it too) with the inline SVG, and a
  `<figcaption>` that names the figure for assistive technology;
- SVG ids `q-<question>`, `a-<question>-<answer>`, `o-<outcome>` (see
  `decision_tree.export.dot`). The widget marks the current path by adding the class
  `dt-on-path` to those groups; once the path holds an answer, the rest of the diagram is
  dimmed (CSS `:has()`), so the path stands out without any extra class;
- the same SVG is written to `decision-tree/diagram.svg` of each language site and linked
  from the caption, for a full-size view: its links are relative to `/decision-tree/`,
  so they work there too.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

from decision_tree.export.dot import CAPTION, TITLE_SEPARATOR, GraphvizMissing, to_svg
from decision_tree.text import Lang, Text, check_lang
from decision_tree.tree import TREE

FIGURE_ID = "dt-diagram"
CAPTION_ID = "dt-diagram-caption"
STANDALONE = "decision-tree/diagram.svg"
"""Where the full-size SVG goes in each language site (next to the page, so its links work)."""

_N_ANSWERS = sum(len(q.answers) for q in TREE.questions)
LABELS: dict[str, Text] = {
    "caption": Text(
        zh=(
            f"全部 {len(TREE.questions)} 个问题、{_N_ANSWERS} 个回答和 {len(TREE.outcomes)} 个结论。"
            "结论的颜色表示它的类型（见图例）；点结论标题或规则编号，可打开该规则所在的章节。"
        ),
        en=(
            f"all {len(TREE.questions)} questions, {_N_ANSWERS} answers and {len(TREE.outcomes)} outcomes. "
            "An outcome's colour shows its kind (see the legend); its title and rule IDs link to the rules' sections."
        ),
    ),
    "scroll": Text(zh="决策树全图，可滚动", en="The whole decision tree, scrollable"),
    "hint": Text(
        zh="图比版面宽时，可以左右滚动查看，在手机上也可以双指缩放。",
        en="Where the diagram is wider than the page, scroll sideways; on a phone you can also pinch to zoom.",
    ),
    "open": Text(zh="在新标签页中打开大图（SVG）", en="Open the full-size diagram (SVG) in a new tab"),
}

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


def figure_html(lang: Lang, svg: str) -> str:
    """The figure: scroll region with the inline SVG, then the caption with the full-size link."""
    t = {key: text[lang] for key, text in LABELS.items()}
    gap = "" if lang == "zh" else " "  # Chinese sentences follow each other without a space
    caption = gap.join(
        (
            f"<strong>{escape(CAPTION[lang])}</strong>{escape(TITLE_SEPARATOR[lang])}{escape(t['caption'])}",
            f'<span class="dt-diagram__hint">{escape(t["hint"])}</span>',
            f'<a href="diagram.svg" target="_blank" rel="noopener">{escape(t["open"])}</a>',
        )
    )
    return (
        f'<figure id="{FIGURE_ID}" class="dt-diagram" data-search-exclude>\n'
        f'<div class="dt-diagram__scroll" tabindex="0" role="region" aria-label="{escape(t["scroll"])}">\n'
        f"{inline_svg(svg)}\n"
        "</div>\n"
        f'<figcaption id="{CAPTION_ID}">{caption}</figcaption>\n'
        "</figure>"
    )


def compile_svg(lang: Lang) -> str:
    """The SVG for the build language, or a build error with one line naming what to install."""
    try:
        return to_svg(lang)
    except GraphvizMissing as error:
        raise PluginError(str(error)) from None


def register(env: Any) -> None:
    lang = check_lang(str(env.conf["theme"]["language"]))
    svg = compile_svg(lang)  # at start-up: a missing Graphviz stops the build before any page
    html = figure_html(lang, svg)

    def decision_tree_diagram() -> str:
        """The diagram figure (see the module docstring)."""
        return html

    def write_standalone(env: Any) -> None:
        target = Path(env.conf["site_dir"]) / STANDALONE
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(svg, encoding="utf-8")

    env.macro(decision_tree_diagram)
    env.post_build_functions.append(write_standalone)
