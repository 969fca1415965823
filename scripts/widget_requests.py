"""Every kind of request the widget's worker hands the engine, for checking its trimmed stdlib.

The widget's Pyodide loads a standard library cut down to the modules the engine was seen
importing (`scripts/widget-stdlib.mjs`), so "seen" must cover everything the engine can do:
each op (`state`, `open`, `record`) on every start of a cover of the paths (every answer,
outcome and addendum) in both languages, links of
earlier versions of the tree, and the bad requests and bad links whose error paths import
modules of their own. The build runs these requests inside Pyodide to record the imports and
to check the trimmed zip answers them exactly like the full one; `tests/widget/test_stdlib.py`
compares the answers with CPython's `decision_tree.bridge.handle`.

Runs in CPython and in Pyodide (the build reads this file's source into it), so it imports
only the package and the standard library.
"""

from __future__ import annotations

import json
from typing import Any

from decision_tree import LANGS, TREE, explain, paths, to_fragment

PAGE_URL = "https://x.test/decision-tree/"
SITE_ROOT = "https://x.test/"
DATE = "2025-03-04"
"""Records carry the reader's date, as the widget sends it: an answer that does not depend on today."""

BAD_FRAGMENTS = (
    "#path=facts/nothing-else/mapping",  # past the end of a path
    "#path=format-style/maybe",  # an answer that is not there
    "#path=%3Cimg%20src=x%20onerror=alert(1)%3E",  # not answer IDs, percent-encoded
    "#path=mapping/works%3Cscript%3E",
    "#path=" + "/".join(["facts"] * 40),  # too many steps
    "#path=%E4%B8%AD%ZZ%",  # a broken escape among good ones
    "#path=",
    "#nft-1",  # a heading anchor, not a path
)

FAILURES = (
    'from decision_tree.bridge import _dispatch\n_dispatch({"op": "fly"}, "en")',
    'from decision_tree import parse_path\nparse_path("facts/no-such-answer")',
    'import json\njson.loads("{")',
)
"""Python that raises into JavaScript, where Pyodide formats the traceback with each frame's
source line: in our package and in the stdlib zip (what the worker logs when `handle` fails)."""


def _request(**fields: Any) -> str:
    return json.dumps(fields, ensure_ascii=False)


def cover() -> list[tuple[str, ...]]:
    """Paths that, together, press every answer, reach every outcome and show every addendum.

    What the engine imports follows the kind of view it builds (a question, each outcome, each
    addendum, a record), not which of the tree's many paths leads there; so these paths see
    every import that all paths would, at a cost that does not grow with the number of paths.
    """
    seen: set[object] = set()
    chosen: list[tuple[str, ...]] = []
    for path in sorted(paths()):
        e = explain(path)
        marks = {(s.question.id, s.answer.id) for s in e.steps} | {("outcome", e.outcome.id if e.outcome else "")}
        marks |= {("addendum", a.id) for a in e.addenda}
        if not marks <= seen:
            chosen.append(path)
            seen |= marks
    return chosen


def requests() -> list[str]:
    """The request strings, in a fixed order: every op on every start of the cover's paths, then the bad ones."""
    finished = cover()
    starts = sorted({path[:depth] for path in finished for depth in range(len(path) + 1)})
    out: list[str] = []
    for lang in LANGS:
        for start in starts:
            out.append(_request(op="state", path=list(start), lang=lang))
            out.append(_request(op="open", fragment="#" + to_fragment(start), lang=lang))
        for older in sorted(TREE.legacy):
            out.append(_request(op="open", fragment="#path=" + "/".join(older), lang=lang))
        page = {"page_url": PAGE_URL, "site_root": SITE_ROOT}
        for number, path in enumerate(finished):
            notes = {TREE.root: f"<b>note</b> & “{number}”"} if number % 2 else {}
            out.append(_request(op="record", path=list(path), lang=lang, **page, notes=notes, date=DATE))
        out += [_request(op="open", fragment=fragment, lang=lang) for fragment in BAD_FRAGMENTS]
        out += [
            _request(op="state", path=["facts", "no-such-answer"], lang=lang),
            _request(op="state", path=["facts", "nothing-else", "mapping"], lang=lang),
            _request(op="state", path="facts", lang=lang),
            _request(op="open", fragment=None, lang=lang),
            _request(op="record", path=list(finished[0]), lang=lang),
            _request(op="record", path=list(finished[0]), lang=lang, **page, notes=[]),
            _request(op="record", path=list(finished[0]), lang=lang, **page, date="3/4"),
            _request(op="record", path=["facts"], lang=lang, **page, date=DATE),
            _request(op="fly", lang=lang),
        ]
    out += ["not json", "[]", "{", '"a string"']
    out += [_request(op="state", path=[], lang="fr"), _request(op="state", path=[])]
    return out
