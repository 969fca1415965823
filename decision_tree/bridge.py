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
- `{"op": "record", "path": […], "lang": …, "page_url": …, "site_root": …}` — the
  decision record's Markdown (`render.record`).

Answers: `{"ok": true, "state": {…}}`, `{"ok": true, "record": "…"}`, or
`{"ok": false, "error": {"kind": "bad-path" | "bad-request", "message": …, "step": n}}`; a bad
link (`open`) also carries `"prefix"`: `{"path", "fragment", "label"}` of its longest start that
opens (`views.path.prefix_offer`), or null.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .core.engine import Path, PathError
from .core.fragment import parse_fragment, parse_path, valid_prefix
from .core.text import Lang, check_lang
from .render.record import render_record
from .views.labels import LABELS
from .views.path import bad_path_message, prefix_offer, state

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


def handle(request: str) -> str:
    """Answer one widget request; always returns JSON, whatever the request holds."""
    lang: Lang = "en"
    try:
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
            return {"ok": True, "state": state(parse_fragment(text), lang)}
        except PathError as error:
            # A broken link: also offer the part of it that still opens (never its text).
            reply = _bad_path(error, lang)
            reply["error"]["prefix"] = prefix_offer(valid_prefix(text), lang)
            return reply
    if op == "record":
        page_url, site_root = message.get("page_url"), message.get("site_root")
        if not isinstance(page_url, str) or not isinstance(site_root, str):
            raise BadRequest("'record' needs 'page_url' and 'site_root' strings")
        return {"ok": True, "record": render_record(_path(message.get("path")), lang, page_url, site_root)}
    raise BadRequest(f"unknown op {op!r}; expected 'state', 'open' or 'record'")


def _path(value: object) -> Path:
    if not isinstance(value, list) or not all(isinstance(part, str) for part in value):
        raise BadRequest("'path' is a list of answer IDs")
    return parse_path("/".join(value))


def _bad_path(error: PathError, lang: Lang) -> JSON:
    message = bad_path_message(error, lang)
    return {"ok": False, "error": {"kind": "bad-path", "message": message, "step": error.position + 1}}


def _error(kind: str, message: str, **extra: object) -> str:
    return json.dumps({"ok": False, "error": {"kind": kind, "message": message, **extra}}, ensure_ascii=False)
