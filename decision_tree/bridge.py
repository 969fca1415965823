"""The widget's one entry point into the engine: a JSON request in, a JSON answer out.

The Web Worker passes each request string to `handle` through Pyodide and posts the
answer string back to the page unchanged, so the whole contract between JavaScript and
Python is this module (tested in CPython like the rest of the package). A path the
reader cannot follow (a bad shared link) is an expected answer with a message in the
reader's language, never an exception and never text copied from the URL.

Requests (`lang` is "zh" or "en"):
- `{"op": "state", "path": [answer IDs], "lang": …}` — the view of a path (`views.path.state`,
  with the ids of the path in the diagram as `highlight`);
- `{"op": "open", "fragment": "#path=…", "lang": …}` — the same for a URL fragment;
- `{"op": "record", "path": […], "lang": …, "page_url": …, "site_root": …, "notes": {question ID: text},
  "date": "YYYY-MM-DD"}` — the decision record's Markdown (`render.record`); notes and date optional.

An `open` of a link made with an earlier version of the tree answers with the state of its
reading today and `state.older` saying so (`views.path.reading_state`).

Answers: `{"ok": true, "state": {…}}`, `{"ok": true, "record": "…"}`, or
`{"ok": false, "error": {"kind": "bad-path" | "bad-request", "message": …, "step": n}}`; a bad
link (`open`) also carries `"prefix"`: `{"path", "fragment", "label"}` of its longest start that
opens (`views.path.prefix_offer`), or null.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from .core.engine import Path, PathError
from .core.fragment import parse_path, read_fragment, valid_prefix
from .core.text import Lang, check_lang
from .render.record import render_record
from .views.labels import LABELS
from .views.path import bad_path_message, prefix_offer, reading_state, state

JSON = dict[str, Any]

_PERCENT_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


def unquote(text: str) -> str:
    """Undo the browser's percent-encoding of a fragment (`%3Cimg` -> `<img`).

    Not `urllib.parse.unquote`: importing urllib.parse costs Pyodide more than 100 ms at
    start-up, a tenth of the time the engine may add to a bare Pyodide load.
    """
    return _PERCENT_ESCAPES.sub(lambda m: bytes.fromhex(m.group().replace("%", "")).decode("utf-8", "replace"), text)


class BadRequest(ValueError):
    """A request the widget should never send; the message names the field."""


MAX_REQUEST_CHARS = 100_000
"""Far above any request the widget sends (a record with a 1,000-character note per answer)."""
MAX_NESTING = 8
"""The widget's requests nest 2 deep (a record's notes); `json.loads` of thousands of `[`
overflows the WebAssembly stack in Pyodide, a fatal error of the whole engine instead of a
`RecursionError`: such a request is refused before it is parsed."""

_JSON_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(r"[\[\]{}]")


def _check_size(request: str) -> None:
    """Refuse what `json.loads` should not be given: far too long, or nested too deep."""
    if len(request) > MAX_REQUEST_CHARS:
        raise BadRequest(f"a request has at most {MAX_REQUEST_CHARS} characters, not {len(request)}")
    depth = 0
    for bracket in _BRACKETS.findall(_JSON_STRINGS.sub("", request)):
        depth += 1 if bracket in "[{" else -1
        if depth > MAX_NESTING:
            raise BadRequest(f"a request nests at most {MAX_NESTING} deep")


def handle(request: str) -> str:
    """Answer one widget request; always returns JSON, whatever the request holds."""
    lang: Lang = "en"
    try:
        _check_size(request)
        message = json.loads(request)
        if not isinstance(message, dict):
            raise BadRequest("a request is a JSON object")
        lang = check_lang(str(message.get("lang")))
        return json.dumps(_dispatch(message, lang), ensure_ascii=False)
    except PathError as error:
        return json.dumps(_bad_path(error, lang), ensure_ascii=False)
    except (BadRequest, ValueError, KeyError, TypeError) as error:
        # A widget bug, not a reader's mistake: say so plainly, keep the detail for the console.
        return _error("bad-request", LABELS["engine_error"][lang], detail=str(error))


def _dispatch(message: JSON, lang: Lang) -> JSON:
    op = message.get("op")
    if op == "state":
        return {"ok": True, "state": state(_path(message.get("path")), lang)}
    if op == "open":
        fragment = message.get("fragment")
        if not isinstance(fragment, str):
            raise BadRequest("'open' needs a 'fragment' string")
        text = unquote(fragment)
        try:
            return {"ok": True, "state": reading_state(read_fragment(text), lang)}
        except PathError as error:
            # A broken link: also offer the part of it that still opens (never its text).
            reply = _bad_path(error, lang)
            reply["error"]["prefix"] = prefix_offer(valid_prefix(text), lang)
            return reply
    if op == "record":
        page_url, site_root = message.get("page_url"), message.get("site_root")
        if not isinstance(page_url, str) or not isinstance(site_root, str):
            raise BadRequest("'record' needs 'page_url' and 'site_root' strings")
        return {
            "ok": True,
            "record": render_record(
                _path(message.get("path")), lang, page_url, site_root, today=_date(message), notes=_notes(message)
            ),
        }
    raise BadRequest(f"unknown op {op!r}; expected 'state', 'open' or 'record'")


def _path(value: object) -> Path:
    if not isinstance(value, list) or not all(isinstance(part, str) for part in value):
        raise BadRequest("'path' is a list of answer IDs")
    return parse_path("/".join(value))


def _notes(message: JSON) -> dict[str, str]:
    """The reader's notes by question ID: text typed into the page, escaped by the record."""
    notes = message.get("notes", {})
    if not isinstance(notes, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in notes.items()):
        raise BadRequest("'notes' maps question IDs to strings")
    return notes


def _date(message: JSON) -> date | None:
    """The reader's local date (the record is dated where it is made, not in UTC)."""
    value = message.get("date")
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise BadRequest("'date' is YYYY-MM-DD")
    return date.fromisoformat(value)


def _bad_path(error: PathError, lang: Lang) -> JSON:
    message = bad_path_message(error, lang)
    return {"ok": False, "error": {"kind": "bad-path", "message": message, "step": error.position + 1}}


def _error(kind: str, message: str, **extra: object) -> str:
    return json.dumps({"ok": False, "error": {"kind": kind, "message": message, **extra}}, ensure_ascii=False)
