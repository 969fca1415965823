"""`python -m decision_tree`: walk, list, explain, export and check the tree from a terminal.

Every command renders the same views the site and the widget render (`views`, `render`).
Bad input (an unknown answer, a malformed ANSWERS string, an unknown language) prints
what is wrong and the valid choices on stderr and exits 2, never with a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from .checks import validate
from .core.engine import Path, PathError
from .core.fragment import format_path, parse_path, read_path
from .core.text import LANGS, Lang, check_lang
from .render.dot import GraphvizMissing
from .render.formats import EXPORTS
from .render.json import render_paths_json
from .render.record import render_record
from .render.text import render_explanation, render_path_lines, render_question
from .views.labels import LABELS
from .views.path import state
from .views.paths import path_items
from .views.urls import DECISION_TREE, language_root, page_href

JSON = dict[str, Any]

DEFAULT_SITE_URL = "https://should-i-fine-tune.github.io/"


def _t(key: str, lang: Lang) -> str:
    return LABELS[key][lang]


def _plan_pick(outcome: dict[str, Any], given: str) -> Path | None:
    """The path a typed plan answer ID leads to on this card (its view says which), or None."""
    for q in outcome["plan"]:
        for a in q["answers"]:
            if given == a["id"]:
                return parse_path(a["path"])
    return None


class UsageError(Exception):
    """Bad input from the user: printed without a traceback, exit status 2."""


# --- commands -----------------------------------------------------------------


def _resolve_answer(question: JSON, given: str) -> str | None:
    answers: list[str] = [str(a["id"]) for a in question["answers"]]
    if given.isdigit() and 1 <= int(given) <= len(answers):
        return answers[int(given) - 1]
    return given if given in answers else None


def cmd_walk(lang: Lang, stdin: TextIO, out: TextIO) -> int:
    """Interactive walk; also drivable by piping answers, one per line. The path is all the state."""
    path: Path = ()
    shown: Path | None = None  # the path whose question or card is on screen: shown once, not after every command
    print(_t("walk_intro", lang), file=out)
    while True:
        view = state(path, lang)
        question = view["question"]
        if shown != path:
            if question is not None:
                print("\n" + render_question(question, len(path) + 1, lang), file=out)
            else:
                print("\n" + render_explanation(path, lang) + "\n\n" + _t("walk_finished", lang), file=out)
            shown = path
        print(_t("walk_prompt", lang), end="", file=out, flush=True)
        line = stdin.readline()
        if not line:  # end of input
            print("\n" + _t("walk_bye", lang), file=out)
            return 0
        given = line.strip()
        if given in ("q", "quit", "exit"):
            print(_t("walk_bye", lang), file=out)
            return 0
        if given in ("b", "back"):
            if not path:
                print(_t("walk_at_root", lang), file=out)
            path = path[:-1]
            continue
        if given in ("r", "restart"):
            path, shown = (), None
            continue
        if question is None:
            picked = _plan_pick(view["outcome"], given)
            if picked is not None:  # a plan answer: the same card, its steps fitted (or the answer cleared)
                path = picked
                continue
            if given in ("m", "record"):
                root = language_root(DEFAULT_SITE_URL, lang)
                print("\n" + render_record(path, lang, root + page_href(DECISION_TREE), root), file=out)
            print(_t("walk_finished", lang), file=out)
            continue
        answer = _resolve_answer(question, given)
        if answer is None:
            choices = ", ".join(f"{i} {a['id']}" for i, a in enumerate(question["answers"], 1))
            print(_t("walk_invalid", lang).format(given=given, choices=choices), file=out)
            shown = None  # show the question again under the list of choices
            continue
        path = (*path, answer)


def cmd_paths(as_json: bool, lang: Lang, out: TextIO) -> int:
    out.write(render_paths_json() if as_json else render_path_lines(lang) + "\n")
    return 0


def _notes(given: Sequence[str]) -> dict[str, str]:
    """`--note QUESTION=TEXT` pairs, checked against nothing but their shape (the record escapes the text)."""
    notes: dict[str, str] = {}
    for item in given:
        question, sep, text = item.partition("=")
        if not sep or not question.strip():
            raise UsageError(
                f"--note takes QUESTION=TEXT, e.g. prompting='fails the schema 1 time in 12'; got {item!r}"
            )
        notes[question.strip()] = text
    return notes


def cmd_explain(answers: str, lang: Lang, record: bool, site_url: str, out: TextIO, notes: Sequence[str] = ()) -> int:
    try:
        reading = read_path(answers)
    except PathError as error:
        raise UsageError(str(error)) from None
    path = reading.path
    if reading.older is not None:
        # The same note the widget shows; beside a record it goes to stderr, so the record stays pasteable.
        note = LABELS["older_link"][lang].format(old=format_path(reading.older), today=format_path(path))
        print(note, file=sys.stderr if record else out)
    if record:
        if state(path, lang)["outcome"] is None:
            raise UsageError("a decision record needs a finished path; " + render_explanation(path, lang))
        root = language_root(site_url, lang)
        page = root + page_href(DECISION_TREE)
        print(render_record(path, lang, page, root, notes=_notes(notes)), file=out, end="")
    else:
        print(render_explanation(path, lang), file=out)
    return 0


def cmd_export(fmt: str, lang: Lang | None, out: TextIO) -> int:
    try:
        text = EXPORTS[fmt](lang)
    except GraphvizMissing as error:
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
    n_paths = len(path_items())
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
    ps.add_argument("--lang", type=_lang, default="en", help=lang_help + " (outcome titles; --json is language-free)")

    ex = sub.add_parser(
        "explain", help="explain a path given as answer IDs, e.g. format-style/nothing-else/narrow/tried-failed/good"
    )
    ex.add_argument("answers", metavar="ANSWERS", help="answer IDs separated by '/' (or ',')")
    ex.add_argument("--lang", type=_lang, default="en", help=lang_help)
    ex.add_argument("--record", action="store_true", help="print the Markdown decision record instead")
    ex.add_argument("--site-url", default=DEFAULT_SITE_URL, help="site root used for the links of --record")
    ex.add_argument(
        "--note",
        action="append",
        default=[],
        metavar="QUESTION=TEXT",
        help="with --record: the team's note on the answer to QUESTION (repeatable)",
    )

    exp = sub.add_parser("export", help="export the tree as JSON, Graphviz DOT or SVG, or the palette as CSS")
    exp.add_argument("--format", required=True, choices=tuple(EXPORTS))
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
            "explain": lambda: cmd_explain(args.answers, args.lang, args.record, args.site_url, out, args.note),
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
