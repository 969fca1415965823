"""The widget's one door into the engine (decision_tree.bridge), checked in CPython.

The worker hands `handle` a JSON string and posts back what it returns, so these tests see
exactly what the browser sees: the same views as `views.path.state`, reader-facing messages for
bad links in the reader's language, and never a word of the link's own text echoed back.
"""

from __future__ import annotations

import json
import urllib.parse
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from decision_tree import paths, to_fragment
from decision_tree.bridge import handle, unquote
from decision_tree.core.text import LANGS, Lang
from decision_tree.render.record import render_record as decision_record
from decision_tree.views.labels import LABELS
from decision_tree.views.path import state


def ask(**request: Any) -> dict[str, Any]:
    reply: dict[str, Any] = json.loads(handle(json.dumps(request)))
    return reply


@pytest.mark.parametrize("lang", LANGS)
def test_every_path_and_every_prefix_answers_with_the_engines_view(lang: Lang) -> None:
    for path in paths():
        for depth in range(len(path) + 1):
            prefix = path[:depth]
            expected = json.loads(json.dumps(state(prefix, lang)))
            assert ask(op="state", path=list(prefix), lang=lang) == {"ok": True, "state": expected}
            opened = {**expected, "older": None}  # a current path is no older link
            assert ask(op="open", fragment="#" + to_fragment(prefix), lang=lang) == {"ok": True, "state": opened}


@pytest.mark.parametrize("lang", LANGS)
def test_the_record_is_the_engines_decision_record(lang: Lang) -> None:
    path = paths()[3]
    reply = ask(
        op="record", path=list(path), lang=lang, page_url="https://x.test/decision-tree/", site_root="https://x.test/"
    )
    assert reply == {
        "ok": True,
        "record": decision_record(path, lang, "https://x.test/decision-tree/", "https://x.test/"),
    }


def test_brackets_and_quotes_in_a_note_are_its_text_not_nesting() -> None:
    """The depth check skips JSON strings: a note may hold any characters, up to the widget's 1,000."""
    path = paths()[3]
    note = '[{"\\' * 250
    reply = ask(
        op="record",
        path=list(path),
        lang="en",
        page_url="https://x.test/decision-tree/",
        site_root="https://x.test/",
        notes={state((), "en")["question"]["id"]: note},
    )
    assert reply["ok"] is True, reply
    assert "\\[\\{" in reply["record"], "the note is in the record, escaped"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("fragment", "kind", "step", "prefix"),
    [
        ("#path=facts/nothing-else/mapping", "finished", 3, ("facts", "nothing-else")),
        ("#path=format-style/maybe", "unknown", 2, ("format-style",)),
        (
            "#path=format-style/nothing-else/narrow/tried-failed/maybe/good",
            "unknown",
            5,
            ("format-style", "nothing-else", "narrow", "tried-failed"),
        ),
        ("#path=%3Cimg%20src=x%20onerror=alert(1)%3E", "malformed", 1, ()),
        ("#path=mapping/works%3Cscript%3E", "malformed", 2, ("mapping",)),
        ("#path=" + "/".join(["facts"] * 40), "malformed", 33, ("facts",)),
    ],
)
def test_a_bad_link_gets_the_readers_message_naming_the_step_and_the_part_that_opens(
    lang: Lang, fragment: str, kind: str, step: int, prefix: tuple[str, ...]
) -> None:
    reply = ask(op="open", fragment=fragment, lang=lang)
    label = LABELS["bad_path_prefix"][lang].format(n=len(prefix))
    offer = {"path": list(prefix), "fragment": to_fragment(prefix), "label": label} if prefix else None
    assert reply == {
        "ok": False,
        "error": {
            "kind": "bad-path",
            "message": LABELS[f"bad_path_{kind}"][lang].format(step=step),
            "step": step,
            "prefix": offer,
        },
    }
    assert "img" not in reply["error"]["message"]
    assert "script" not in json.dumps(reply)


def test_a_foreign_fragment_is_the_root_question() -> None:
    expected = {**json.loads(json.dumps(state((), "en"))), "older": None}
    assert ask(op="open", fragment="#nft-1", lang="en")["state"] == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "not json",
        "[]",
        json.dumps({"op": "fly", "lang": "zh"}),
        json.dumps({"op": "state", "path": "facts", "lang": "zh"}),
        # Nested deeper than any request: json.loads of these overflows Pyodide's stack (fatal).
        "[" * 100_000,
        '{"op": ' * 20_000,
        json.dumps({"op": "state", "path": [[[[[[[[["facts"]]]]]]]]], "lang": "en"}),
        json.dumps({"op": "state", "path": ["facts"], "lang": "en", "pad": "x" * 100_000}),
    ],
    ids=repr,
)
def test_a_request_the_widget_never_sends_is_an_error_not_a_crash(request_text: str) -> None:
    reply = json.loads(handle(request_text))
    assert reply["ok"] is False
    assert reply["error"]["kind"] == "bad-request"
    assert reply["error"]["message"] in {LABELS["engine_error"][lang] for lang in LANGS}
    assert reply["error"]["detail"]


@given(st.text())
def test_fragments_are_unquoted_like_the_standard_library_does(text: str) -> None:
    """The bridge's own percent-decoding (urllib.parse is too slow to import in Pyodide)."""
    assert unquote(text) == urllib.parse.unquote(text)
    assert unquote(urllib.parse.quote(text, safe="")) == text
