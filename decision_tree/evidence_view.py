"""Evidence as plain JSON-ready views in one language, for the site's macros, the widget and the CLI.

Like `decision_tree.view`, every renderer reads these dicts instead of the registry, so the
evidence box, the references page, the widget's readiness checks and the decision record
say the same thing in the same words. Links are relative to the language site's root
(`references/#src-ovadia-2024`); the caller prefixes them.

Every function takes an optional registry (the real one, looked up at call time, when
None), so tests can show that swapping the evidence never changes an outcome.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from . import evidence as _evidence
from .evidence import STANCES, Registry, Source, Stance, Statement
from .text import Lang, Text

JSON = dict[str, Any]

EVIDENCE_UI: dict[str, Text] = {
    "evidence": Text(zh="{rule} 的证据", en="Evidence for {rule}"),
    "checked": Text(zh="{date}核查", en="checked {date}"),
    "supports": Text(zh="支持", en="Supports"),
    "qualifies": Text(zh="有所限定", en="Qualifies"),
    "disagrees": Text(zh="持不同意见", en="Disagrees"),
    "beyond_guide": Text(zh="超出原指南", en="Beyond the guide"),
    "uncovered": Text(zh="来自原指南，暂无独立来源。", en="From the guide; no independent source yet."),
    "unsourced": Text(zh="我们的建议，暂无独立来源", en="our advice; no independent source yet"),
    "readiness": Text(zh="训练前后的检查", en="Checks before and after training"),
    "key_sources": Text(zh="主要来源", en="Key sources"),
    "research": Text(zh="研究", en="Research"),
    "vendor": Text(zh="厂商指南", en="Vendor guidance"),
    "context_title": Text(zh="截至 {date}的微调服务", en="Fine-tuning services as of {date}"),
    "what_changed": Text(zh="发生了什么变化", en="What changed"),
    "what_it_means": Text(zh="如果结论是微调，这意味着什么", en="What it means if the tree says fine-tune"),
    "cited_for": Text(zh="引用于", en="Cited for"),
    "context_ref": Text(zh="微调服务现状", en="the fine-tuning services context"),
    "readiness_ref": Text(zh="微调结论的训练前后检查", en="the readiness checks of fine-tune outcomes"),
    "note": Text(zh="我们的解读", en="Our reading"),
    "facts_checked": Text(zh="事实于 {date}核查", en="Facts checked {date}"),
    "in_references": Text(zh="见参考资料", en="see the references"),
}

# How a key-sources line says what a source does for the rules it is cited for.
_STANCE_PHRASE: dict[Stance, Text] = {
    "supports": Text(zh="支持 {ids}", en="supports {ids}"),
    "qualifies": Text(zh="对 {ids} 有所限定", en="qualifies {ids}"),
    "disagrees": Text(zh="对 {ids} 持不同意见", en="disagrees with {ids}"),
}

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# Punctuation by language, as named escapes: the Chinese copy linter sees these templates
# without the Chinese text they will hold, and would otherwise make them half-width.
_OPEN = Text(zh="\N{FULLWIDTH LEFT PARENTHESIS}", en=" (")
_CLOSE = Text(zh="\N{FULLWIDTH RIGHT PARENTHESIS}", en=")")
_COLON = Text(zh="\N{FULLWIDTH COLON}", en=":")
_LIST = Text(zh="\N{IDEOGRAPHIC COMMA}", en=", ")
_SEMICOLON = Text(zh="\N{FULLWIDTH SEMICOLON}", en="; ")
_YEAR = Text(zh="\N{FULLWIDTH COMMA}", en=", ")


def paren(text: str, lang: Lang) -> str:
    """Text in the brackets that follow a phrase: full-width in Chinese, ' (…)' in English."""
    return f"{_OPEN[lang]}{text}{_CLOSE[lang]}"


def join(items: Iterable[str], lang: Lang, *, strong: bool = False) -> str:
    """A list in running text, with each language's comma; `strong` separates longer items (semicolons)."""
    return (_SEMICOLON if strong else _LIST)[lang].join(items)


def lead(label: str, lang: Lang) -> str:
    """A bold lead-in label with its colon, e.g. '**Label:** '."""
    return f"**{label}{_COLON[lang]}**" + ("" if lang == "zh" else " ")


def _registry(evidence: Registry | None) -> Registry:
    return _evidence.REGISTRY if evidence is None else evidence


def checked_date(checked: str, lang: Lang) -> str:
    """'2026-11' or '2026-11-29' as a reader says it: '2026 年 11 月 29 日' or '29 November 2026'."""
    year, month, *day = (int(part) for part in checked.split("-")[:3])
    if lang == "zh":
        return f"{year} 年 {month} 月" + (f" {day[0]} 日" if day else "")
    return " ".join([*(str(d) for d in day), _MONTHS[month - 1], str(year)])


def source_label(s: Source, lang: Lang) -> str:
    """The short form a citation uses: 'Ovadia et al., 2024', 'Ovadia 等，2024', 'OpenAI · Deprecations'.

    Author and year are separated by a comma rather than brackets, so a citation inside
    brackets never nests them ('（Ovadia 等，2024）', not '（Ovadia 等（2024））').
    """
    who = s.authors
    if s.kind == "research":
        first = s.authors.split(",")[0].removesuffix(" et al.").strip()
        several = "," in s.authors or s.authors.endswith(" et al.")
        who = (f"{first} 等" if lang == "zh" else f"{first} et al.") if several else first
    if s.kind == "vendor":
        return f"{who} · {s.title}"
    if s.year is None:
        return who
    return f"{who}{_YEAR[lang]}{s.year}"


def source_view(source_id: str, lang: Lang, evidence: Registry | None = None) -> JSON:
    s = _registry(evidence).source(source_id)
    return {
        "id": s.id,
        "anchor": s.anchor,
        "label": source_label(s, lang),
        "authors": s.authors,
        "title": s.title,
        "venue": s.venue,
        "year": s.year,
        "url": s.url,
        "kind": s.kind,
        "kind_label": EVIDENCE_UI[s.kind][lang],
        "checked": checked_date(s.checked, lang),
        "href": f"references/#{s.anchor}",
    }


def evidence_view(rule_id: str, lang: Lang, evidence: Registry | None = None) -> JSON:
    """A rule's evidence box: claims grouped by stance, our notes on any dissent, when it was checked."""
    reg = _registry(evidence)
    claims = reg.claims_for(rule_id)
    groups = []
    for stance in STANCES:
        members = [c for c in claims if c.stance == stance]
        if members:
            groups.append(
                {
                    "stance": stance,
                    "label": EVIDENCE_UI[stance][lang],
                    "claims": [
                        {
                            "finding": c.finding[lang],
                            "beyond_guide": c.beyond_guide,
                            "source": source_view(c.source, lang, reg),
                        }
                        for c in members
                    ],
                }
            )
    return {
        "rule": rule_id,
        "title": EVIDENCE_UI["evidence"][lang].format(rule=rule_id),
        "checked": EVIDENCE_UI["checked"][lang].format(date=checked_date(reg.checked, lang)),
        "uncovered": rule_id in reg.uncovered,
        "uncovered_text": EVIDENCE_UI["uncovered"][lang],
        "beyond_guide_label": EVIDENCE_UI["beyond_guide"][lang],
        "groups": groups,
        "note_label": beyond_guide_label(EVIDENCE_UI["note"][lang], lang),
        "notes": [
            {"text": n.text[lang], "sources": [source_view(s, lang, reg) for s in n.sources]}
            for n in reg.notes_for(rule_id)
        ],
    }


def statement_view(st: Statement, lang: Lang, evidence: Registry | None = None) -> JSON:
    reg = _registry(evidence)
    return {
        "id": st.id,
        "text": st.text[lang],
        "sources": [source_view(s, lang, reg) for s in st.sources],
        "unsourced": None if st.sources else EVIDENCE_UI["unsourced"][lang],
        "checked": EVIDENCE_UI["checked"][lang].format(date=checked_date(st.checked, lang)) if st.checked else None,
    }


def readiness_view(lang: Lang, evidence: Registry | None = None) -> list[JSON]:
    """The checks every fine-tune outcome shows before and after training (beyond the guide)."""
    reg = _registry(evidence)
    return [statement_view(st, lang, reg) for st in reg.readiness]


def context_view(lang: Lang, evidence: Registry | None = None) -> JSON:
    """The dated context on hosted fine-tuning: what changed and what it means, each sentence sourced."""
    reg = _registry(evidence)
    date = checked_date(reg.checked, lang)
    return {
        "title": EVIDENCE_UI["context_title"][lang].format(date=date),
        "checked": EVIDENCE_UI["facts_checked"][lang].format(date=date),
        "beyond_guide_label": EVIDENCE_UI["beyond_guide"][lang],
        "changed_label": EVIDENCE_UI["what_changed"][lang],
        "meaning_label": EVIDENCE_UI["what_it_means"][lang],
        "changes": [statement_view(st, lang, reg) for st in reg.changes],
        "meaning": [statement_view(st, lang, reg) for st in reg.meaning],
    }


def key_sources(
    cites: Iterable[str], lang: Lang, *, readiness: bool, evidence: Registry | None = None
) -> tuple[list[JSON], list[str]]:
    """The sources behind these rules (and the readiness checks, if shown), in registry order.

    Each item is a source view plus `uses`: what it does for which rule, in words. The
    second list holds the cited rules no source covers, so the record can say so.
    """
    reg = _registry(evidence)
    cited = list(dict.fromkeys(cites))
    readiness_sources = {s for st in reg.readiness for s in st.sources} if readiness else set()
    items: list[JSON] = []
    for s in reg.sources:
        uses: list[str] = []
        for stance in STANCES:
            claims = [c for c in reg.claims if c.source == s.id and c.stance == stance and c.rule in cited]
            if claims:
                ids = join(sorted({c.rule for c in claims}, key=cited.index), lang)
                phrase = _STANCE_PHRASE[stance][lang].format(ids=ids)
                if any(c.beyond_guide for c in claims):
                    beyond = EVIDENCE_UI["beyond_guide"][lang]
                    phrase += paren(beyond if lang == "zh" else beyond.lower(), lang)
                uses.append(phrase)
        if s.id in readiness_sources:
            uses.append(EVIDENCE_UI["readiness"][lang] if lang == "zh" else EVIDENCE_UI["readiness"][lang].lower())
        if uses:
            items.append({**source_view(s.id, lang, reg), "uses": join(uses, lang, strong=True)})
    uncovered = [r for r in cited if r in reg.uncovered]
    return items, uncovered


def beyond_guide_label(text: str, lang: Lang) -> str:
    """'Checks before and after training (beyond the guide)', with each language's brackets."""
    beyond = EVIDENCE_UI["beyond_guide"][lang]
    return text + paren(beyond if lang == "zh" else beyond.lower(), lang)


def record_evidence(cites: Iterable[str], fine_tunes: bool, lang: Lang, evidence: Registry | None = None) -> list[str]:
    """The decision record's last Markdown lines: readiness checks (fine-tune only), then key sources.

    Links point at the sources themselves, so a record pasted into a review works anywhere.
    """
    reg = _registry(evidence)
    lines: list[str] = []
    if fine_tunes and reg.readiness:
        lines += ["", lead(beyond_guide_label(EVIDENCE_UI["readiness"][lang], lang), lang).rstrip(), ""]
        for check in readiness_view(lang, reg):
            cited = join((f"[{s['label']}]({s['url']})" for s in check["sources"]), lang) or check["unsourced"]
            lines.append(f"- [ ] {check['text']}{paren(cited, lang)}")
    items, uncovered = key_sources(cites, lang, readiness=fine_tunes, evidence=reg)
    if not items and not uncovered:
        return lines
    checked = EVIDENCE_UI["checked"][lang].format(date=checked_date(reg.checked, lang))
    title = EVIDENCE_UI["key_sources"][lang]
    lines += ["", f"**{title}**{paren(checked, lang)}{_COLON[lang]}", ""]
    for s in items:
        published = " ".join(str(part) for part in (s["venue"], s["year"]) if part)
        lines.append(f"- [{s['title']}]({s['url']}) · {s['authors']} · {published} · {s['uses']}")
    if uncovered:
        lines.append(
            f"- {join(uncovered, lang)}{_COLON[lang]}{'' if lang == 'zh' else ' '}{EVIDENCE_UI['uncovered'][lang]}"
        )
    return lines
