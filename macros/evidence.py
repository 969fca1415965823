"""Evidence macros: the box under each rule, the sources on /references/, the dated context.

Thin glue over `decision_tree.evidence_view`: the words come from there, this module only
lays them out as Markdown that Material renders (admonitions inside `md_in_html` blocks).
Every link into the site is a relative link to a `.md` file, so MkDocs checks each one
(and its anchor) at build time; links to sources are absolute https URLs.

Pages call:
- `{{ evidence_box("NFT-1") }}` right after the rule's prose, on its home page;
- `{{ sources_list() }}` on `references` (headings at level 3 unless told otherwise);
- `{{ hosted_fine_tuning_context() }}` on `index` and `references`;
- `{{ readiness_checks() }}` wherever a page lists the checks every fine-tune outcome shows
  (the widget and the decision record show the same list), so it is never written twice.
"""

from __future__ import annotations

import posixpath
from typing import Any

from decision_tree.evidence import KINDS, REGISTRY, STANCES
from decision_tree.evidence_view import (
    EVIDENCE_UI,
    beyond_guide_label,
    context_view,
    evidence_view,
    join,
    lead,
    paren,
    readiness_view,
    source_view,
)
from decision_tree.rules import RULES, rule
from decision_tree.text import Lang, Text, check_lang

JSON = dict[str, Any]

_COMMA = Text(zh="\N{FULLWIDTH COMMA}", en=", ")
_STOP = Text(zh="\N{IDEOGRAPHIC FULL STOP}", en=". ")

CONTEXT_ANCHOR = "hosted-fine-tuning"
"""The dated context's anchor, on every page that shows it (index and references)."""


def _link(target_md: str, page_src_uri: str, anchor: str = "") -> str:
    """A relative link from the page being built to another page's Markdown source."""
    start = posixpath.dirname(page_src_uri) or "."
    path = posixpath.relpath(target_md, start)
    return f"{path}#{anchor}" if anchor else path


def _rule_link(rule_id: str, page_src_uri: str) -> str:
    r = rule(rule_id)
    return _link(f"{r.home or 'index'}.md", page_src_uri, r.anchor)


def _indent(lines: list[str]) -> list[str]:
    """Admonition bodies are indented by four spaces; blank lines stay blank."""
    return [f"    {line}" if line else "" for line in lines]


def _cite(source: JSON, lang: Lang, page_src_uri: str) -> str:
    """A claim's source: its label linked to the source itself, then its entry on /references/."""
    entry = _link("references.md", page_src_uri, source["anchor"])
    return f"[{source['label']}]({source['url']}){_COMMA[lang]}[{EVIDENCE_UI['in_references'][lang]}]({entry})"


def render_evidence_box(rule_id: str, lang: Lang, page_src_uri: str) -> str:
    """The evidence box for one rule's home section, grouped by stance; dissent labelled beyond the guide."""
    view = evidence_view(rule_id, lang)
    beyond = view["beyond_guide_label"]
    dash = "——" if lang == "zh" else " — "
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
            body.append(f"- {prefix}{claim['finding']}{dash}{_cite(claim['source'], lang, page_src_uri)}")
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


def _cited_for(source_id: str, lang: Lang, page_src_uri: str) -> list[str]:
    """Where a source is used: each rule (linked to its home section) with the stances taken on it."""
    uses: list[str] = []
    for r in RULES:
        stances = [
            s for s in STANCES if any(c.source == source_id and c.stance == s for c in REGISTRY.claims_for(r.id))
        ]
        if stances:
            words = join((EVIDENCE_UI[s][lang].lower() for s in stances), lang)
            uses.append(f"[{r.id}]({_rule_link(r.id, page_src_uri)}){paren(words, lang)}")
    if any(source_id in st.sources for st in (*REGISTRY.changes, *REGISTRY.meaning)):
        uses.append(f"[{EVIDENCE_UI['context_ref'][lang]}]({_link('references.md', page_src_uri, CONTEXT_ANCHOR)})")
    if any(source_id in st.sources for st in REGISTRY.readiness):
        uses.append(EVIDENCE_UI["readiness_ref"][lang])
    return uses


def render_sources_list(lang: Lang, page_src_uri: str, heading_level: int = 3) -> str:
    """Every source once, grouped by kind, each with an anchor and the rules that cite it, linked back."""
    hashes = "#" * heading_level
    out: list[str] = []
    for kind in KINDS:
        out += [f"{hashes} {EVIDENCE_UI[kind][lang]} {{ #sources-{kind} }}", ""]
        for s in (s for s in REGISTRY.sources if s.kind == kind):
            view = source_view(s.id, lang)
            published = " ".join(str(part) for part in (view["venue"], view["year"]) if part)
            checked = EVIDENCE_UI["checked"][lang].format(date=view["checked"])
            uses = join(_cited_for(s.id, lang, page_src_uri), lang)
            out += [
                f'<div class="dt-source" id="{view["anchor"]}" data-source="{s.id}" markdown>',
                "",
                f"**[{view['title']}]({view['url']})**  ",
                f"{view['authors']} · {published} · {checked}  ",
                f"{lead(EVIDENCE_UI['cited_for'][lang], lang)}{uses}",
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
        f"*{view['beyond_guide_label']}{_STOP[lang]}{view['checked']}{_STOP[lang].strip()}*",
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


def render_readiness(lang: Lang, page_src_uri: str) -> str:
    """The readiness checks of fine-tune outcomes as an admonition labelled beyond the guide, each sourced."""
    lines = []
    for check in readiness_view(lang):
        cites = join((_cite(s, lang, page_src_uri) for s in check["sources"]), lang, strong=True)
        lines.append(f"- {check['text']}{paren(cites or check['unsourced'], lang)}")
    title = beyond_guide_label(EVIDENCE_UI["readiness"][lang], lang)
    return "\n".join(
        ['<div class="dt-readiness" markdown>', "", f'!!! note "{title}"', "", *_indent(lines), "", "</div>", ""]
    )


def _lang(env: Any) -> Lang:
    return check_lang(str(env.conf["theme"]["language"]))


def _src_uri(env: Any) -> str:
    return str(env.page.file.src_uri)


def register(env: Any) -> None:
    """Define the evidence macros; the language comes from the build's theme config."""

    def evidence_box(rule_id: str) -> str:
        rule(rule_id)  # an unknown ID fails the build, naming the valid ones
        return render_evidence_box(rule_id, _lang(env), _src_uri(env))

    def sources_list(heading_level: int = 3) -> str:
        return render_sources_list(_lang(env), _src_uri(env), heading_level)

    def hosted_fine_tuning_context() -> str:
        return render_context(_lang(env))

    def readiness_checks() -> str:
        return render_readiness(_lang(env), _src_uri(env))

    env.macro(evidence_box)
    env.macro(readiness_checks)
    env.macro(sources_list)
    env.macro(hosted_fine_tuning_context)


__all__ = ["register", "render_context", "render_evidence_box", "render_readiness", "render_sources_list"]
