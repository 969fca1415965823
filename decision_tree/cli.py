"""`python -m decision_tree`: walk, list, explain, export and check the tree from a terminal.

Every command reads the same engine the site and the widget use. Bad input (an unknown
answer, a malformed ANSWERS string, an unknown language) prints what is wrong and the
valid choices on stderr and exits 2, never with a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from .engine import Path, PathError, back, explain, paths, step
from .evidence import CHECKED
from .evidence_view import checked_date, key_sources
from .fragment import format_path, parse_path
from .model import Action, Outcome, Question
from .rules import rule
from .text import LANGS, Lang, Text, check_lang
from .validate import validate
from .view import UI, decision_record

DEFAULT_SITE_URL = "https://should-i-fine-tune.github.io/"

_CLI = {
    "walk_intro": Text(
        zh="该不该微调？回答编号或答案 ID；b = 返回上一步，r = 重新开始，q = 退出。",
        en="Should I fine-tune? Answer with a number or an answer ID; b = back, r = restart, q = quit.",
    ),
    "prompt": Text(zh="你的回答> ", en="your answer> "),
    "invalid": Text(zh="无法识别“{given}”。可选：{choices}", en="Not an answer: {given!r}. Choose one of: {choices}"),
    "at_root": Text(zh="已经在第一个问题了。", en="Already at the first question."),
    "finished": Text(zh="b = 返回上一步，r = 重新开始，q = 退出", en="b = back, r = restart, q = quit"),
    "bye": Text(zh="再见。", en="Bye."),
    "hint": Text(zh="提示", en="Hint"),
    "steps": Text(zh="你的回答", en="Your answers"),
    # Shared with the widget's decision record, so one term reads the same everywhere.
    "outcome": UI["outcome"],
    "beyond": UI["beyond_guide"],
    "rules": UI["cited_rules"],
    "checklist": UI["checklist"],
    "sources": Text(zh="主要来源（{date}核查）", en="Key sources (checked {date})"),
    "uncovered": Text(zh="来自原指南，暂无独立来源", en="from the guide; no independent source yet"),
    "unfinished": Text(zh="这条路径还没走完，下一个问题：", en="The path is not finished; next question:"),
}


def _t(key: str, lang: Lang) -> str:
    return _CLI[key][lang]


def _label(key: str, lang: Lang) -> str:
    """A label followed by the colon each language uses."""
    return _t(key, lang) + ("：" if lang == "zh" else ": ")


class UsageError(Exception):
    """Bad input from the user: printed without a traceback, exit status 2."""


# --- rendering ----------------------------------------------------------------


def render_question(q: Question, number: int, lang: Lang) -> str:
    lines = [f"Q{number}. {q.text[lang]}", f"    {_label('hint', lang)}{q.hint[lang]}"]
    lines += [f"  {i}) {a.label[lang]}  [{a.id}]" for i, a in enumerate(q.answers, 1)]
    return "\n".join(lines)


def render_explanation(path: Path, lang: Lang) -> str:
    e = explain(path)
    lines = [_label("steps", lang).rstrip()]
    for n, s in enumerate(e.steps, 1):
        lines.append(f"  {n}. {s.question.text[lang]} -> {s.answer.label[lang]}  [{s.answer.id}]")
        lines.append(f"     {s.answer.reason[lang]}")
    if e.outcome is None:
        assert e.question is not None
        lines += ["", _t("unfinished", lang), render_question(e.question, len(e.steps) + 1, lang)]
        return "\n".join(lines)
    o: Outcome = e.outcome
    lines += ["", f"{_label('outcome', lang)}{o.title[lang]}  [{o.id}]", f"  {o.summary[lang]}"]
    if o.beyond_guide:
        lines.append(f"  ({_t('beyond', lang)}) {o.beyond_guide[lang]}")
    lines += ["", _label("rules", lang).rstrip()]
    lines += [f"  {r.id:6} {r.title[lang]}" for r in map(rule, e.cites)]
    if o.checklist:
        lines += ["", _label("checklist", lang).rstrip()]
        lines += [f"  [ ] {r.id:6} {r.title[lang]}" for r in map(rule, o.checklist)]
    sources, uncovered = key_sources(e.cites, lang, readiness=Action.FINE_TUNE in o.actions)
    lines += ["", _label("sources", lang).rstrip().format(date=checked_date(CHECKED, lang))]
    lines += [f"  - {s['title']} ({s['year'] or s['venue']}) {s['url']}" for s in sources]
    if uncovered:
        lines.append(f"  - {', '.join(uncovered)}: {_t('uncovered', lang)}")
    return "\n".join(lines)


# --- commands -----------------------------------------------------------------


def _resolve_answer(q: Question, given: str) -> str | None:
    if given.isdigit() and 1 <= int(given) <= len(q.answers):
        return q.answers[int(given) - 1].id
    return given if q.answer(given) else None


def cmd_walk(lang: Lang, stdin: TextIO, out: TextIO) -> int:
    """Interactive walk; also drivable by piping answers, one per line."""
    path: Path = ()
    print(_t("walk_intro", lang), file=out)
    while True:
        e = explain(path)
        if e.question is not None:
            print("\n" + render_question(e.question, len(path) + 1, lang), file=out)
        else:
            print("\n" + render_explanation(path, lang) + "\n\n" + _t("finished", lang), file=out)
        print(_t("prompt", lang), end="", file=out, flush=True)
        line = stdin.readline()
        if not line:  # end of input
            print("\n" + _t("bye", lang), file=out)
            return 0
        given = line.strip()
        if given in ("q", "quit", "exit"):
            print(_t("bye", lang), file=out)
            return 0
        if given in ("b", "back"):
            if not path:
                print(_t("at_root", lang), file=out)
            path = back(path)
            continue
        if given in ("r", "restart"):
            path = ()
            continue
        if e.question is None:
            print(_t("finished", lang), file=out)
            continue
        answer = _resolve_answer(e.question, given)
        if answer is None:
            choices = ", ".join(f"{i} {a.id}" for i, a in enumerate(e.question.answers, 1))
            print(_t("invalid", lang).format(given=given, choices=choices), file=out)
            continue
        path = step(path, answer)


def cmd_paths(as_json: bool, lang: Lang, out: TextIO) -> int:
    from .export.json_graph import path_items

    if as_json:
        print(json.dumps(path_items(), ensure_ascii=False, indent=2), file=out)
        return 0
    for p in paths():
        e = explain(p)
        assert e.outcome is not None
        print(f"{format_path(p):55} -> {e.outcome.id:32} {' '.join(e.cites)}", file=out)
    return 0


def cmd_explain(answers: str, lang: Lang, record: bool, site_url: str, out: TextIO) -> int:
    try:
        path = parse_path(answers)
    except PathError as error:
        raise UsageError(str(error)) from None
    if record:
        if explain(path).outcome is None:
            raise UsageError("a decision record needs a finished path; " + render_explanation(path, lang))
        root = site_url.rstrip("/") + "/" + ("en/" if lang == "en" else "")
        print(decision_record(path, lang, root + "decision-tree/", root), file=out, end="")
    else:
        print(render_explanation(path, lang), file=out)
    return 0


def cmd_export(fmt: str, lang: Lang | None, out: TextIO) -> int:
    if fmt == "json":
        from .export.json_graph import to_json

        out.write(to_json(lang))
        return 0
    from .export import dot

    try:
        text = dot.to_dot(lang or "zh") if fmt == "dot" else dot.to_svg(lang or "zh")
    except dot.GraphvizMissing as error:
        raise UsageError(str(error)) from None
    out.write(text if text.endswith("\n") else text + "\n")
    return 0


def cmd_check(out: TextIO, err: TextIO) -> int:
    problems = validate()
    for problem in problems:
        print(problem, file=err)
    if problems:
        print(f"{len(problems)} problem(s) found", file=err)
        return 1
    n_paths = len(paths())
    print(f"ok: the tree is valid ({n_paths} paths, every rule exercised and cited)", file=out)
    return 0


# --- entry point ----------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(message)


def _lang(value: str) -> Lang:
    try:
        return check_lang(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m decision_tree", description="Should I fine-tune? The guide's decision tree.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    lang_help = f"language of the output ({' or '.join(LANGS)})"

    walk = sub.add_parser("walk", help="answer the questions one by one in the terminal")
    walk.add_argument("--lang", type=_lang, default="zh", help=lang_help)

    ps = sub.add_parser("paths", help="list every path of the tree")
    ps.add_argument("--json", action="store_true", help="print the paths as JSON (steps, outcome, cites)")
    ps.add_argument("--lang", type=_lang, default="en", help=lang_help)

    ex = sub.add_parser(
        "explain", help="explain a path given as answer IDs, e.g. format-style/tried-failed/good/narrow"
    )
    ex.add_argument("answers", metavar="ANSWERS", help="answer IDs separated by '/' (or ',')")
    ex.add_argument("--lang", type=_lang, default="en", help=lang_help)
    ex.add_argument("--record", action="store_true", help="print the Markdown decision record instead")
    ex.add_argument("--site-url", default=DEFAULT_SITE_URL, help="site root used for the links of --record")

    exp = sub.add_parser("export", help="export the tree as JSON, Graphviz DOT or SVG")
    exp.add_argument("--format", required=True, choices=("dot", "json", "svg"))
    exp.add_argument("--lang", type=_lang, default=None, help=lang_help + "; JSON without --lang is bilingual")

    sub.add_parser("check", help="validate the tree against the rules")
    return parser


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, out: TextIO | None = None) -> int:
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    try:
        args = build_parser().parse_args(argv)
        commands: dict[str, Callable[[], int]] = {
            "walk": lambda: cmd_walk(args.lang, stdin, out),
            "paths": lambda: cmd_paths(args.json, args.lang, out),
            "explain": lambda: cmd_explain(args.answers, args.lang, args.record, args.site_url, out),
            "export": lambda: cmd_export(args.format, args.lang, out),
            "check": lambda: cmd_check(out, sys.stderr),
        }
        return commands[args.command]()
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
