"""Views of a path in one language, as plain JSON-ready dicts.

One view model serves every renderer: the widget's JS (which only renders what this
returns, via Pyodide), the pre-rendered first question, the `/paths/` page and the CLI.
Links are relative to the language site's root (`when-to-fine-tune/#ft-1`); the caller
prefixes them with the right base.
"""

from __future__ import annotations

from typing import Any

from .engine import Explanation, Path, explain
from .evidence import Registry
from .evidence_view import EVIDENCE_UI, beyond_guide_label, readiness_view, record_evidence
from .evidence_view import context_view as context_view  # re-exported: evidence views sit beside the others
from .evidence_view import evidence_view as evidence_view
from .evidence_view import source_view as source_view
from .fragment import to_fragment
from .model import Action, Outcome, Question, Tree
from .rules import Rule, rule
from .text import Lang, Text
from .tree import TREE

JSON = dict[str, Any]

UI = {
    "beyond_guide": EVIDENCE_UI["beyond_guide"],
    "decision_record": Text(zh="决策记录", en="Decision record"),
    "question": Text(zh="问题", en="Question"),
    "answer": Text(zh="回答", en="Answer"),
    "why": Text(zh="理由", en="Why"),
    "outcome": Text(zh="结论", en="Outcome"),
    "cited_rules": Text(zh="引用的规则", en="Cited rules"),
    "checklist": Text(zh="动手前的最佳实践清单", en="Best-practice checklist before you train"),
    "link": Text(zh="本路径的链接", en="Link to this path"),
    "source": Text(
        zh="来自《该不该微调？》决策树",
        en="From the “Should I fine-tune?” decision tree",
    ),
}


def rule_href(r: Rule) -> str:
    """A rule's home section, relative to the language site's root."""
    return f"{r.home}/#{r.anchor}" if r.home else f"#{r.anchor}"


def rule_view(rule_id: str, lang: Lang) -> JSON:
    r = rule(rule_id)
    return {
        "id": r.id,
        "title": r.title[lang],
        "statement": r.statement[lang],
        "href": rule_href(r),
    }


def question_view(q: Question, lang: Lang) -> JSON:
    return {
        "id": q.id,
        "text": q.text[lang],
        "hint": q.hint[lang],
        "answers": [{"id": a.id, "label": a.label[lang]} for a in q.answers],
    }


def outcome_view(o: Outcome, cites: tuple[str, ...], lang: Lang, evidence: Registry | None = None) -> JSON:
    """The outcome card. A fine-tune outcome also carries readiness checks (beyond the guide, sourced)."""
    fine_tunes = Action.FINE_TUNE in o.actions
    return {
        "id": o.id,
        "kind": o.kind.value,
        "title": o.title[lang],
        "summary": o.summary[lang],
        "beyond_guide": o.beyond_guide[lang] if o.beyond_guide else None,
        "beyond_guide_label": UI["beyond_guide"][lang],
        "rules": [rule_view(c, lang) for c in cites],
        "checklist": [rule_view(c, lang) for c in o.checklist],
        "readiness": readiness_view(lang, evidence) if fine_tunes else [],
        "readiness_label": beyond_guide_label(EVIDENCE_UI["readiness"][lang], lang),
    }


def steps_view(e: Explanation, lang: Lang) -> list[JSON]:
    return [
        {
            "question": s.question.id,
            "question_text": s.question.text[lang],
            "answer": s.answer.id,
            "answer_text": s.answer.label[lang],
            "reason": s.answer.reason[lang],
        }
        for s in e.steps
    ]


def state(path: Path, lang: Lang, tree: Tree = TREE, evidence: Registry | None = None) -> JSON:
    """Everything the widget shows for a path: steps so far, then a question or an outcome."""
    e = explain(path, tree)
    return {
        "lang": lang,
        "path": list(e.path),
        "fragment": to_fragment(e.path),
        "steps": steps_view(e, lang),
        "question": question_view(e.question, lang) if e.question else None,
        "outcome": outcome_view(e.outcome, e.cites, lang, evidence) if e.outcome else None,
        "cites": list(e.cites),
    }


def decision_record(
    path: Path, lang: Lang, page_url: str, site_root: str, tree: Tree = TREE, evidence: Registry | None = None
) -> str:
    """Markdown a reviewer pastes into a design review: the path, the outcome, its rules, their sources.

    `page_url` is the absolute URL of the widget page and `site_root` that of the
    language site's root, so every link in the record works outside the site.
    """
    e = explain(path, tree)
    if e.outcome is None:
        raise ValueError("the path is unfinished: answer every question before copying a decision record")
    t = {k: v[lang] for k, v in UI.items()}
    # Bold labels keep the colon outside: CommonMark does not close `**…：**` before a CJK character.
    colon, stop = ("：", "。") if lang == "zh" else (": ", ". ")
    root = site_root if site_root.endswith("/") else site_root + "/"
    lines = [
        f"### {t['decision_record']}{colon}{e.outcome.title[lang]}",
        "",
        f"{t['source']} · [{t['link']}]({page_url}#{to_fragment(e.path)})",
        "",
    ]
    for n, s in enumerate(e.steps, 1):
        lines.append(f"{n}. **{s.question.text[lang]}** {s.answer.label[lang]}  ")
        lines.append(f"   {t['why']}{colon}{s.answer.reason[lang]}")
    lines += ["", f"**{t['outcome']}**{colon}{e.outcome.title[lang]}{stop}{e.outcome.summary[lang]}"]
    if e.outcome.beyond_guide:
        lines += ["", f"*{t['beyond_guide']}*{colon}{e.outcome.beyond_guide[lang]}"]
    lines += ["", f"**{t['cited_rules']}{colon.strip()}**", ""]
    lines += [f"- [{r['id']} · {r['title']}]({root}{r['href']})" for r in (rule_view(c, lang) for c in e.cites)]
    if e.outcome.checklist:
        lines += ["", f"**{t['checklist']}{colon.strip()}**", ""]
        lines += [
            f"- [ ] [{r['id']} · {r['title']}]({root}{r['href']}){colon}{r['statement']}"
            for r in (rule_view(c, lang) for c in e.outcome.checklist)
        ]
    lines += record_evidence(e.cites, Action.FINE_TUNE in e.outcome.actions, lang, evidence)
    return "\n".join(lines) + "\n"
