"""The decision record: Markdown a reviewer pastes into a design review.

It renders the path's view (`views.path.state`) and the evidence behind its rules
(`views.evidence.key_sources`), so it says what the widget and the terminal say. Every
link is absolute (`site_root` + the view's relative links), so a pasted record works
anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from decision_tree.core.engine import Path
from decision_tree.core.evidence import Registry
from decision_tree.core.fragment import to_fragment
from decision_tree.core.text import Lang
from decision_tree.views.document import tree_version
from decision_tree.views.evidence import key_sources, sources_checked
from decision_tree.views.labels import (
    COLON,
    FULL_STOP,
    LABELS,
    bold_then_colon,
    join,
    lead,
    paren,
    with_colon,
)
from decision_tree.views.path import state

JSON = dict[str, Any]


NOTE_LIMIT = 1000
"""Characters kept of one answer's note: a review note, not a document."""

_MARKUP = re.compile(r"([\\`*_{}\[\]<>()#+!|&~-])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def plain_note(text: str) -> str:
    """A reader's note as plain text in Markdown: every markup character escaped, one line.

    Notes are typed into the page and pasted into reviews; escaping means `<img onerror=…>`
    or `[x](javascript:…)` stays visible text wherever the record is rendered, never HTML
    or a link.
    """
    one_line = " ".join(_CONTROL.sub(" ", text).split())[:NOTE_LIMIT]
    return _MARKUP.sub(r"\\\1", one_line)


def render_record(
    path: Path,
    lang: Lang,
    page_url: str,
    site_root: str,
    evidence: Registry | None = None,
    today: date | None = None,
    notes: Mapping[str, str] | None = None,
) -> str:
    """The record of a finished path. `page_url` is the widget page's absolute URL, `site_root` the language site's.

    The record is dated (`today`, the reader's local date by default) and names the tree
    version that produced it, so a record read months later says what it was based on.
    `notes` holds the team's evidence per answer, by question ID ("on 400 checked inputs
    the best prompt fails the schema 1 time in 12"); each is written as escaped plain text.
    """
    view = state(path, lang, evidence=evidence)
    outcome = view["outcome"]
    if outcome is None:
        raise ValueError("the path is unfinished: answer every question before copying a decision record")
    t = {key: text[lang] for key, text in LABELS.items()}
    root = site_root if site_root.endswith("/") else site_root + "/"
    lines = [
        f"### {with_colon(t['decision_record'], lang)}{outcome['title']}",
        "",
        f"{t['record_source']} · [{t['record_link']}]({page_url}#{view['fragment']})",
        "",
        f"- {lead(t['record_date'], lang)}{(today or date.today()).isoformat()}",
        f"- {lead(t['record_tree_version'], lang)}`{tree_version()}`",
        "",
    ]
    # Each reason is a sub-item of its step: list structure survives editors that strip the
    # trailing spaces of a Markdown line break.
    for n, s in enumerate(view["steps"], 1):
        marker = f"{n}. "
        lines.append(f"{marker}**{s['question_text']}** {s['answer_text']}")
        lines.append(f"{' ' * len(marker)}- {with_colon(t['why'], lang)}{s['reason']}")
        note = plain_note((notes or {}).get(s["question"], ""))
        if note:
            lines.append(f"{' ' * len(marker)}- {with_colon(t['team_note'], lang)}{note}")
    lines += ["", f"{bold_then_colon(t['outcome'], lang)}{outcome['title']}{FULL_STOP[lang]}{outcome['summary']}"]
    if outcome["beyond_guide"]:
        lines += ["", f"*{t['beyond_guide']}*{COLON[lang]}{outcome['beyond_guide']}"]
    if outcome["parts"]:
        lines += ["", lead(outcome["parts_label"], lang).rstrip(), ""]
        for part in outcome["parts"]:
            label = f"*{t['beyond_guide']}* " if part["beyond_guide"] else ""
            cited = join((f"[{r['id']}]({root}{r['href']})" for r in part["rules"]), lang)
            lines.append(f"- {label}**{part['title']}**{COLON[lang]}{part['text']}{paren(cited, lang)}")
            lines += [f"  - {_step_line(step, lang)}" for step in part["steps"]]
    lines += ["", lead(outcome["next_steps_label"], lang).rstrip(), ""]
    lines += [f"{n}. {_step_line(step, lang)}" for n, step in enumerate(outcome["next_steps"], 1)]
    lines += _route_lines(outcome, lang)
    lines += ["", lead(t["cited_rules"], lang).rstrip(), ""]
    lines += [f"- [{r['id']} · {r['title']}]({root}{r['href']})" for r in outcome["rules"]]
    if outcome["stances"]:
        lines += ["", lead(outcome["stances_label"], lang).rstrip(), ""]
        lines += [
            f"- [{r['id']} · {r['title']}]({root}{r['href']}){COLON[lang]}{r['label']}" for r in outcome["stances"]
        ]
    if outcome["checklist"]:
        lines += ["", lead(t["checklist"], lang).rstrip(), ""]
        lines += [
            f"- [ ] [{r['id']} · {r['title']}]({root}{r['href']}){COLON[lang]}{r['statement']}"
            for r in outcome["checklist"]
        ]
    lines += _change_lines(outcome, lang, page_url)
    lines += _evidence_lines(view, lang, evidence)
    return "\n".join(lines) + "\n"


def _step_line(step: JSON, lang: Lang) -> str:
    """One next step: its text, its tag when only some steps are beyond the guide, its sources as links."""
    tag = f"*{step['tag']}* " if step["tag"] else ""
    sources = join((f"[{s['label']}]({s['url']})" for s in step["sources"]), lang)
    return f"{tag}{step['text']}{paren(sources, lang) if sources else ''}"


def _route_lines(outcome: JSON, lang: Lang) -> list[str]:
    """The route comparison as a Markdown table; the recommended routes are marked."""
    t = outcome["routes_labels"]
    lines = ["", lead(t["title"], lang).rstrip(), ""]
    lines += [f"| {t['name']} | {t['cost']} | {t['effort']} | {t['time']} |", "| --- | --- | --- | --- |"]
    for r in outcome["routes"]:
        name = f"**{r['name']}**{paren(t['recommended'], lang)}" if r["recommended"] else r["name"]
        lines.append(f"| {name} | {r['cost']} | {r['effort']} | {r['time']} |")
    return lines


def _change_lines(outcome: JSON, lang: Lang, page_url: str) -> list[str]:
    """What would change the decision: per question, each other answer and where it leads (a link)."""
    if not outcome["changes"]:
        return []
    lines = ["", lead(outcome["changes_label"], lang).rstrip(), ""]
    for change in outcome["changes"]:
        lines.append(f"- {change['question_text']}")
        for alt in change["alternatives"]:
            link = f"{page_url}#{to_fragment(tuple(alt['path']))}"
            lines.append(
                f"  - {with_colon(LABELS['change_if'][lang].format(answer=alt['answer_text']), lang)}"
                f"[{alt['leads_to']}]({link})"
            )
    return lines


def _evidence_lines(view: JSON, lang: Lang, evidence: Registry | None) -> list[str]:
    """The key sources, with what each does for which rule."""
    lines: list[str] = []
    items, uncovered = key_sources(view["cites"], lang, evidence=evidence)
    if not items and not uncovered:
        return lines
    checked = sources_checked(lang, evidence)
    lines += ["", f"**{LABELS['key_sources'][lang]}**{paren(checked, lang)}{COLON[lang].rstrip()}", ""]
    for s in items:
        published = " ".join(str(part) for part in (s["venue"], s["year"]) if part)
        lines.append(f"- [{s['title']}]({s['url']}) · {s['authors']} · {published} · {s['uses']}")
    if uncovered:
        lines.append(f"- {with_colon(join(uncovered, lang), lang)}{LABELS['uncovered'][lang]}")
    return lines
