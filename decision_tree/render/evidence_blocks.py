"""Evidence on the site's pages: the box under each rule, the sources list, the dated context, the checks.

Markdown that Material renders (admonitions inside `md_in_html` blocks), drawn from the
evidence views only. Links into the site are relative `.md` links from the page being
built (`PageLinks`), so MkDocs checks each one and its anchor; links to sources are
absolute https URLs.
"""

from __future__ import annotations

from typing import Any

from decision_tree.core.text import Lang
from decision_tree.views.evidence import context_view, evidence_view, readiness_view, sources_by_kind
from decision_tree.views.labels import COMMA, DASH, FULL_STOP, LABELS, beyond_guide_label, join, lead, paren
from decision_tree.views.urls import CONTEXT_ANCHOR, REFERENCES, PageLinks

JSON = dict[str, Any]


def _indent(lines: list[str]) -> list[str]:
    """Admonition bodies are indented by four spaces; blank lines stay blank."""
    return [f"    {line}" if line else "" for line in lines]


def _cite(source: JSON, lang: Lang, links: PageLinks) -> str:
    """A claim's source: its label linked to the source itself, then its entry on /references/."""
    entry = links.markdown(REFERENCES, source["anchor"])
    return f"[{source['label']}]({source['url']}){COMMA[lang]}[{LABELS['in_references'][lang]}]({entry})"


def render_evidence_box(rule_id: str, lang: Lang, links: PageLinks) -> str:
    """The evidence box for one rule's home section, grouped by stance; dissent labelled beyond the guide."""
    view = evidence_view(rule_id, lang)
    beyond = view["beyond_guide_label"]
    body: list[str] = []
    if view["uncovered"]:
        body += [view["uncovered_text"], ""]
    for group in view["groups"]:
        label = group["label"]
        all_beyond = all(c["beyond_guide"] for c in group["claims"])
        if all_beyond:
            label = beyond_guide_label(label, lang)  # said once for the group, not on every line
        body += [f"**{label}**", ""]
        for claim in group["claims"]:
            prefix = lead(beyond, lang) if claim["beyond_guide"] and not all_beyond else ""
            body.append(f"- {prefix}{claim['finding']}{DASH[lang]}{_cite(claim['source'], lang, links)}")
        body.append("")
    for note in view["notes"]:
        cites = join((f"[{s['label']}]({s['url']})" for s in note["sources"]), lang, strong=True)
        body += [f"{lead(view['note_label'], lang)}{note['text']}{paren(cites, lang)}", ""]
    title = view["title"] + paren(view["checked"], lang)
    return "\n".join(
        [
            f'<div class="dt-evidence" data-evidence="{rule_id}" markdown>',
            "",
            f'!!! info "{title}"',
            "",
            *_indent(body),
            "</div>",
            "",
        ]
    )


def _cited_for(source: JSON, lang: Lang, links: PageLinks) -> list[str]:
    """Where a source is used: each rule (linked to its home section) with its stances, the context, the checks."""
    uses = [f"[{r['id']}]({links.rule(r['id'])}){paren(r['stances'], lang)}" for r in source["uses"]["rules"]]
    if source["uses"]["context"]:
        uses.append(f"[{LABELS['context_ref'][lang]}]({links.markdown(REFERENCES, CONTEXT_ANCHOR)})")
    if source["uses"]["readiness"]:
        uses.append(LABELS["readiness_ref"][lang])
    return uses


def render_sources_list(lang: Lang, links: PageLinks, heading_level: int = 3) -> str:
    """Every source once, grouped by kind, each with an anchor and the rules that cite it, linked back."""
    hashes = "#" * heading_level
    out: list[str] = []
    for group in sources_by_kind(lang):
        out += [f"{hashes} {group['label']} {{ #sources-{group['kind']} }}", ""]
        for view in group["sources"]:
            published = " ".join(str(part) for part in (view["venue"], view["year"]) if part)
            checked = LABELS["checked"][lang].format(date=view["checked"])
            uses = join(_cited_for(view, lang, links), lang)
            out += [
                f'<div class="dt-source" id="{view["anchor"]}" data-source="{view["id"]}" markdown>',
                "",
                f"**[{view['title']}]({view['url']})**  ",
                f"{view['authors']} · {published} · {checked}  ",
                f"{lead(LABELS['cited_for'][lang], lang)}{uses}",
                "",
                "</div>",
                "",
            ]
    return "\n".join(out)


def render_context(lang: Lang) -> str:
    """The dated context on hosted fine-tuning as an admonition, every sentence with its sources."""
    view = context_view(lang)

    def items(statements: list[JSON]) -> list[str]:
        lines = []
        for st in statements:
            links = join((f"[{s['label']}]({s['url']})" for s in st["sources"]), lang, strong=True)
            dated = join((links, st["checked"]), lang, strong=True) if st["checked"] else links
            lines.append(f"- {st['text']}{paren(dated, lang)}")
        return lines

    body = [
        f"*{view['beyond_guide_label']}{FULL_STOP[lang]}{view['checked']}{FULL_STOP[lang].strip()}*",
        "",
        f"**{view['changed_label']}**",
        "",
        *items(view["changes"]),
        "",
        f"**{view['meaning_label']}**",
        "",
        *items(view["meaning"]),
    ]
    return "\n".join(
        [
            f'<div class="dt-context" id="{CONTEXT_ANCHOR}" markdown>',
            "",
            f'!!! warning "{view["title"]}"',
            "",
            *_indent(body),
            "",
            "</div>",
            "",
        ]
    )


def render_readiness(lang: Lang, links: PageLinks) -> str:
    """The checks before and after training as an admonition labelled beyond the guide, each sourced."""
    lines = []
    for check in readiness_view(lang):
        cites = join((_cite(s, lang, links) for s in check["sources"]), lang, strong=True)
        lines.append(f"- {check['text']}{paren(cites or check['unsourced'], lang)}")
    title = beyond_guide_label(LABELS["readiness"][lang], lang)
    return "\n".join(
        ['<div class="dt-readiness" markdown>', "", f'!!! note "{title}"', "", *_indent(lines), "", "</div>", ""]
    )
