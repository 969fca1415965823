"""Evidence as plain JSON-ready views in one language, for the site's macros, the widget and the CLI.

Like `views.path`, every renderer reads these dicts instead of the registry, so the
evidence box, the references page, the widget's readiness checks and the decision record
say the same thing in the same words. Links are relative to the language site's root
(`references/#src-ovadia-2024`); the caller prefixes them.

Every function takes an optional registry (the real one, looked up at call time, when
None), so tests can show that swapping the evidence never changes an outcome.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from decision_tree.core import evidence as _evidence
from decision_tree.core.evidence import KINDS, STANCES, Registry, Source, Stance, Statement, VenueForm
from decision_tree.core.rules import RULES
from decision_tree.core.text import Lang

from .labels import COMMA, LABELS, beyond_guide_label, checked_date, join, paren
from .urls import source_href

JSON = dict[str, Any]

_STANCE_PHRASE: dict[Stance, str] = {
    "supports": "supports_ids",
    "qualifies": "qualifies_ids",
    "disagrees": "disagrees_ids",
}
"""How a key-sources line says what a source does for the rules it is cited for (label keys)."""

_VENUE_LABEL: dict[VenueForm, str | None] = {"named": None, "docs": "venue_docs", "report": "venue_report"}
"""The label that wraps a venue's name, per form (label keys); a named venue needs none."""


def _registry(evidence: Registry | None) -> Registry:
    return _evidence.REGISTRY if evidence is None else evidence


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
    return f"{who}{COMMA[lang]}{s.year}"


def venue_label(s: Source, lang: Lang) -> str:
    """Where the source was published, in the page's language: 'ICLR', 'Mistral 文档（已标为弃用）'.

    The registry keeps only the venue's proper name; the words around it are labels.
    """
    label = _VENUE_LABEL[s.venue_form]
    name = s.venue if label is None else LABELS[label][lang].format(name=s.venue)
    return name + paren(LABELS["marked_deprecated"][lang], lang) if s.marked_deprecated else name


def source_view(source_id: str, lang: Lang, evidence: Registry | None = None) -> JSON:
    s = _registry(evidence).source(source_id)
    return {
        "id": s.id,
        "anchor": s.anchor,
        "label": source_label(s, lang),
        "authors": s.authors,
        "title": s.title,
        "venue": venue_label(s, lang),
        "year": s.year,
        "url": s.url,
        "kind": s.kind,
        "kind_label": LABELS[s.kind][lang],
        "checked": checked_date(s.checked, lang),
        "href": source_href(s.anchor),
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
                    "label": LABELS[stance][lang],
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
        "title": LABELS["evidence_title"][lang].format(rule=rule_id),
        "checked": LABELS["checked"][lang].format(date=checked_date(reg.checked, lang)),
        "uncovered": rule_id in reg.uncovered,
        "uncovered_text": LABELS["uncovered"][lang],
        "beyond_guide_label": LABELS["beyond_guide"][lang],
        "groups": groups,
        "note_label": beyond_guide_label(LABELS["note"][lang], lang),
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
        "unsourced": None if st.sources else LABELS["unsourced"][lang],
        "checked": LABELS["checked"][lang].format(date=checked_date(st.checked, lang)) if st.checked else None,
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
        "title": LABELS["context_title"][lang].format(date=date),
        "checked": LABELS["facts_checked"][lang].format(date=date),
        "beyond_guide_label": LABELS["beyond_guide"][lang],
        "changed_label": LABELS["what_changed"][lang],
        "meaning_label": LABELS["what_it_means"][lang],
        "changes": [statement_view(st, lang, reg) for st in reg.changes],
        "meaning": [statement_view(st, lang, reg) for st in reg.meaning],
    }


def sources_checked(lang: Lang, evidence: Registry | None = None) -> str:
    """When the registry's sources were last checked, as the key sources' label says it ('checked November 2026')."""
    return LABELS["checked"][lang].format(date=checked_date(_registry(evidence).checked, lang))


def key_sources(cites: Iterable[str], lang: Lang, evidence: Registry | None = None) -> tuple[list[JSON], list[str]]:
    """The sources behind these rules, in registry order (each next step names its own sources).

    Each item is a source view plus `uses`: what it does for which rule, in words. The
    second list holds the cited rules no source covers, so the record can say so.
    """
    reg = _registry(evidence)
    cited = list(dict.fromkeys(cites))
    items: list[JSON] = []
    for s in reg.sources:
        uses: list[str] = []
        for stance in STANCES:
            claims = [c for c in reg.claims if c.source == s.id and c.stance == stance and c.rule in cited]
            if claims:
                ids = join(sorted({c.rule for c in claims}, key=cited.index), lang)
                phrase = LABELS[_STANCE_PHRASE[stance]][lang].format(ids=ids)
                if any(c.beyond_guide for c in claims):
                    phrase = beyond_guide_label(phrase, lang)
                uses.append(phrase)
        if uses:
            items.append({**source_view(s.id, lang, reg), "uses": join(uses, lang, strong=True)})
    uncovered = [r for r in cited if r in reg.uncovered]
    return items, uncovered


def source_uses(source_id: str, lang: Lang, evidence: Registry | None = None) -> JSON:
    """Where a source is used, for its entry on /references/: rules with stances, the context, the checks."""
    reg = _registry(evidence)
    rules = []
    for r in RULES:
        stances = [s for s in STANCES if any(c.source == source_id and c.stance == s for c in reg.claims_for(r.id))]
        if stances:
            rules.append({"id": r.id, "stances": join((LABELS[s][lang].lower() for s in stances), lang)})
    return {
        "rules": rules,
        "context": any(source_id in st.sources for st in (*reg.changes, *reg.meaning)),
        "readiness": any(source_id in st.sources for st in reg.readiness),
    }


def sources_by_kind(lang: Lang, evidence: Registry | None = None) -> list[JSON]:
    """Every source once, grouped by kind (research, then vendor), each with where it is used."""
    reg = _registry(evidence)
    return [
        {
            "kind": kind,
            "label": LABELS[kind][lang],
            "sources": [
                {**source_view(s.id, lang, reg), "uses": source_uses(s.id, lang, reg)}
                for s in reg.sources
                if s.kind == kind
            ],
        }
        for kind in KINDS
    ]
