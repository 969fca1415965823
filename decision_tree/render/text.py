"""The terminal's text: a question to answer, a path explained, the list of every path.

Renders the same path view as the widget (`views.path.state`), laid out for a terminal:
numbered answers with their IDs, so a reader can type either.
"""

from __future__ import annotations

from typing import Any

from decision_tree.core.engine import Path
from decision_tree.core.text import Lang
from decision_tree.views.evidence import key_sources, sources_checked
from decision_tree.views.labels import LABELS, join, paren, with_colon
from decision_tree.views.path import state
from decision_tree.views.paths import path_lines

JSON = dict[str, Any]


def render_question(question: JSON, number: int, lang: Lang) -> str:
    lines = [f"Q{number}. {question['text']}", f"    {with_colon(LABELS['hint'][lang], lang)}{question['hint']}"]
    lines += [f"  {i}) {a['label']}  [{a['id']}]" for i, a in enumerate(question["answers"], 1)]
    return "\n".join(lines)


def _plan_lines(outcome: JSON, lang: Lang) -> list[str]:
    """The plan questions, each answer with the path that picks it: the terminal's way to answer them."""
    if not outcome["plan"]:
        return []
    lines = ["", with_colon(outcome["plan_label"], lang).rstrip(), f"  {LABELS['plan_note_terminal'][lang]}"]
    for q in outcome["plan"]:
        lines.append(f"  {q['text']}")
        for a in q["answers"]:
            if a["selected"]:  # its path clears it: say so, or it reads as the path that picks it
                lines.append(f"    * {a['label']}  [{LABELS['plan_clear'][lang]}{a['path']}]")
            else:
                lines.append(f"    - {a['label']}  [{a['path']}]")
    return lines


def render_explanation(path: Path, lang: Lang) -> str:
    view = state(path, lang)
    t = {key: text[lang] for key, text in LABELS.items()}
    lines = [with_colon(t["your_answers"], lang).rstrip()]
    for n, s in enumerate(view["steps"], 1):
        lines.append(f"  {n}. {s['question_text']} -> {s['answer_text']}  [{s['answer']}]")
        lines.append(f"     {s['reason']}")
    outcome = view["outcome"]
    if outcome is None:
        lines += ["", t["unfinished"], render_question(view["question"], len(view["steps"]) + 1, lang)]
        return "\n".join(lines)
    lines += ["", f"{with_colon(t['outcome'], lang)}{outcome['title']}  [{outcome['id']}]", f"  {outcome['summary']}"]
    if outcome["beyond_guide"]:
        lines.append(f"  {with_colon(t['beyond_guide'], lang)}{outcome['beyond_guide']}")
    if outcome["parts"]:
        lines += ["", with_colon(outcome["parts_label"], lang).rstrip()]
        for part in outcome["parts"]:
            label = with_colon(t["beyond_guide"], lang) if part["beyond_guide"] else ""
            cited = join((r["id"] for r in part["rules"]), lang)
            lines.append(f"  - {with_colon(part['title'], lang)}{label}{part['text']}{paren(cited, lang)}")
            lines += [f"      * {_step_text(step, lang)}" for step in part["steps"]]
    lines += ["", with_colon(outcome["next_steps_label"], lang).rstrip()]
    lines += [f"  {n}. {_step_text(step, lang)}" for n, step in enumerate(outcome["next_steps"], 1)]
    lines += _plan_lines(outcome, lang)
    routes = outcome["routes_labels"]
    lines += ["", with_colon(routes["title"], lang).rstrip()]
    for r in outcome["routes"]:
        mark = paren(routes["recommended"], lang) if r["recommended"] else ""
        lines.append(f"  - {r['name']}{mark}")
        lines += [f"      {with_colon(routes[key], lang)}{r[key]}" for key in ("cost", "effort", "time")]
    lines += ["", with_colon(t["cited_rules"], lang).rstrip()]
    lines += [f"  {r['id']:6} {r['title']}" for r in outcome["rules"]]
    if outcome["stances"]:
        lines += ["", with_colon(outcome["stances_label"], lang).rstrip()]
        lines += [f"  {r['id']:6} {r['label']}" for r in outcome["stances"]]
    if outcome["checklist"]:
        lines += ["", with_colon(t["checklist"], lang).rstrip()]
        lines += [f"  [ ] {r['id']:6} {r['title']}" for r in outcome["checklist"]]
    if outcome["changes"]:
        lines += ["", with_colon(outcome["changes_label"], lang).rstrip()]
        for change in outcome["changes"]:
            lines.append(f"  {change['question_text']}")
            for alt in change["alternatives"]:
                lines.append(
                    f"    - {with_colon(t['change_if'].format(answer=alt['answer_text']), lang)}{alt['leads_to']}"
                    f"  [{'/'.join(alt['path'])}]"
                )
    sources, uncovered = key_sources(view["cites"], lang)
    checked = sources_checked(lang)
    lines += ["", with_colon(t["key_sources"] + paren(checked, lang), lang).rstrip()]
    lines += [f"  - {s['title']} ({s['year'] or s['venue']}) {s['url']}" for s in sources]
    if uncovered:
        lines.append(f"  - {with_colon(join(uncovered, lang), lang)}{t['uncovered']}")
    return "\n".join(lines)


def _step_text(step: JSON, lang: Lang) -> str:
    tag = with_colon(step["tag"], lang) if step["tag"] else ""
    sources = join((s["label"] for s in step["sources"]), lang)
    return f"{tag}{step['text']}{paren(sources, lang) if sources else ''}"


def render_path_lines(lang: Lang) -> str:
    """Every path on one line: answers as in a link, then the outcome's ID and title, then the rules."""
    return "\n".join(
        f"{line['path']:55} -> {line['outcome']:32} {' '.join(line['cites'])}  {line['title']}"
        for line in path_lines(lang)
    )
