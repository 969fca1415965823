"""A rule's one home section on the site: heading with its stable anchor, statement, card, citation.

Markdown with a little HTML (Material renders both). The anchor is the lower-case rule ID
in both languages (design.md): readers cite it in design reviews, so it never changes.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from decision_tree.core.text import Lang
from decision_tree.views.labels import LABELS
from decision_tree.views.path import rule_card_view

from .paths_table import md_text


def citation(rule_id: str, lang: Lang, page_url: str) -> str:
    """The Markdown a reviewer pastes: `[NFT-1 · <title>](<page URL>#nft-1)`."""
    r = rule_card_view(rule_id, lang)
    return f"[{r['id']} · {md_text(r['title'])}]({quote(page_url, safe=':/?=&%~')}#{r['anchor']})"


def render_rule_section(rule_id: str, lang: Lang, page_url: str) -> str:
    """Heading with anchor, statement, then the card: what the tests check, the source, permalink and copy."""
    r = rule_card_view(rule_id, lang)
    anchor = r["anchor"]
    t = {key: escape(text[lang]) for key, text in LABELS.items()}
    cite = escape(citation(rule_id, lang, page_url))

    def labelled(name: str, label: str, text: str) -> str:
        return f'<p class="dt-rule__{name}"><span class="dt-rule__label">{label}</span> {escape(text)}</p>'

    return "\n".join(
        [
            f"## {r['id']} · {r['title']} {{ #{anchor} .dt-rule-heading }}",
            "",
            f'<p class="dt-rule__statement">{escape(r["statement"])}</p>',
            "",
            f'<div class="dt-rule" data-dt-rule="{r["id"]}">',
            labelled("check", t["rule_check"], r["check"]),
            labelled("source", t["rule_source"], r["source"]),
            '<div class="dt-rule__actions" data-search-exclude>',
            f'<a class="dt-rule__permalink" href="#{anchor}">{t["permalink"]} #{anchor}</a>',
            f'<button type="button" class="md-button dt-rule__copy" data-dt-cite="{cite}" '
            f'data-dt-copied="{t["citation_copied"]}" data-dt-manual="{t["copy_manually"]}" hidden>'
            f"{t['copy_citation']}</button>",
            '<span class="dt-rule__status" role="status" aria-live="polite"></span>',
            f'<input class="dt-rule__fallback" type="text" readonly hidden aria-label="{t["citation_markdown"]}">',
            "</div>",
            "</div>",
            "",
        ]
    )
