"""The `/paths/` page and the `/rules/` index as Markdown tables, from the views of every path.

Both pages are generated, so they can never disagree with the tree: `/paths/` lists every
path grouped by outcome with its rules and a link that opens it in the widget; `/rules/`
lists every rule with the outcomes that cite it or present it on their checklist.
Links between pages are Markdown links to `.md` files (MkDocs checks them).
"""

from __future__ import annotations

from html import escape

from decision_tree.core.text import Lang
from decision_tree.views.labels import COLON, LABELS, LIST_SEPARATOR
from decision_tree.views.paths import paths_by_outcome, rule_uses
from decision_tree.views.urls import DECISION_TREE, PATHS, PageLinks, outcome_anchor, path_anchor


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell and as inline HTML."""
    return escape(text, quote=False).replace("|", "&#124;")


def md_text(text: str) -> str:
    """Text safe as Markdown link text."""
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _rule_link(links: PageLinks, rule_id: str, title: str) -> str:
    return f'[{rule_id}]({links.rule(rule_id)} "{cell(title).replace(chr(34), "&quot;")}")'


def _outcome_link(links: PageLinks, outcome_id: str, title: str) -> str:
    return f"[{md_text(cell(title))}]({links.markdown(PATHS, outcome_anchor(outcome_id))})"


def render_paths_table(lang: Lang, links: PageLinks) -> str:
    """Every path as answers in words, grouped by outcome (each group's anchor `#outcome-<id>`), with its rules."""
    t = {key: text[lang] for key, text in LABELS.items()}
    out: list[str] = []
    number = 0
    for group in paths_by_outcome(lang):
        outcome = group["outcome"]
        out += [f"## {outcome['title']} {{ #{outcome_anchor(outcome['id'])} }}", "", cell(outcome["summary"]), ""]
        out += [
            '<div class="dt-table dt-table--paths" markdown>',
            "",
            f"| # | {t['answers']} | {t['cited_rules']} | {t['widget_column']} |",
            "| --- | --- | --- | --- |",
        ]
        for view in group["paths"]:
            number += 1
            answers = " → ".join(cell(step["answer_text"]) for step in view["steps"])
            cites = LIST_SEPARATOR[lang].join(_rule_link(links, r["id"], r["title"]) for r in view["outcome"]["rules"])
            href = escape(links.html(DECISION_TREE, view["fragment"]))
            path = escape("/".join(view["path"]))
            out.append(
                f'| <span id="{path_anchor(tuple(view["path"]))}">{number}</span> | {answers} | {cites} | '
                f'<a href="{href}" data-dt-path="{path}">{t["open_in_tree"]}</a> |'
            )
        out += ["", "</div>", ""]
    return "\n".join(out)


def render_rules_index(lang: Lang, links: PageLinks) -> str:
    """Every rule, linked to its home section, with the outcomes that cite it (one per line)."""
    t = {key: text[lang] for key, text in LABELS.items()}
    rows = [
        '<div class="dt-table dt-table--rules" markdown>',
        "",
        f"| ID | {t['rule']} | {t['cited_by']} |",
        "| --- | --- | --- |",
    ]
    for use in rule_uses(lang):
        link = links.rule(use["rule"])
        body = f"**[{md_text(cell(use['title']))}]({link})**<br>{cell(use['statement'])}"
        uses = "<br>".join(_outcome_link(links, o["id"], o["title"]) for o in use["cited_by"]) or t["none"]
        if use["paths"]:
            count = t["path_count_one"] if use["paths"] == 1 else t["paths_count"].format(n=use["paths"])
            uses = f"{count}<br>{uses}"
        if use["checklist_of"]:
            listed = "<br>".join(_outcome_link(links, o["id"], o["title"]) for o in use["checklist_of"])
            uses += f"<br>**{t['checklist_of']}**{COLON[lang]}<br>{listed}"
        rows.append(f"| [{use['rule']}]({link}) | {body} | {uses} |")
    rows += ["", "</div>", ""]
    return "\n".join(rows)
