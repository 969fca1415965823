"""The widget mount on /decision-tree/: `{{ decision_tree_widget() }}`.

The widget is one feature in three places, each where its tool needs it:
- this macro (the markup, pre-rendered from the views);
- `overrides/assets/widget/`: its browser side, served by both language builds as theme
  assets: `dt-loader.mjs` (on every page; imports the rest only where a widget is),
  `dt-boot.mjs`, `dt-engine.mjs`, `dt-worker.mjs` (Pyodide in a Web Worker),
  `dt-widget.mjs`, `dt-render.mjs`, `dt-offline.mjs` (registers the site's service worker
  once the engine is ready) and `widget.css`;
- `decision_tree/bridge.py`: the one entry point the worker calls, in Python;
and `mk/widget.mk` builds the wheel and the trimmed standard library
(`scripts/widget-stdlib.mjs`), copies them with the Pyodide core into the site and writes the
service worker (`scripts/offline.py`: the site and its engine offline, once a reader has used
the widget).

The served HTML already holds the first question and its answer buttons (rendered here
from `decision_tree.views.path.state((), lang)`, in the same markup the widget's JavaScript
renders), so the reader sees and can click it before Pyodide has arrived. Everything the
JavaScript needs travels as data attributes: where the worker, the Pyodide core, our
wheel and the trimmed standard library are, relative to the page; the language root for
rule links; the widget's strings in the page language. An inline script in <head>
(`head_script`, through the page's meta and overrides/main.html; the CSP allows it by its
hash) starts the engine's worker before the body is parsed, and the one script tag in the
markup loads `dt-boot.mjs`, which starts it on pages reached by instant navigation (no new
<head>).

Pyodide and the wheel are copied once into the whole site's `assets/pyodide/` (mk/widget.mk),
not once per language: both language sites then share one browser cache entry for the
~12 MB core, so switching language with the switcher keeps the engine download.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from html import escape
from pathlib import Path
from typing import Any

from mkdocs.utils import get_relative_url

from decision_tree.core.text import Lang
from decision_tree.views.document import VERSION
from decision_tree.views.labels import FULL_STOP, LABELS, sentences, widget_labels
from decision_tree.views.path import PATH_FRAGMENT_PREFIX, state
from decision_tree.views.urls import DIAGRAM_FIGURE, LANGUAGE_PREFIX, PATHS, page_href
from macros import page

_ROOT = Path(__file__).resolve().parent.parent

PYODIDE_DIR = "assets/pyodide/"
"""The Pyodide core and our wheel, below the whole site's root (mk/widget.mk copies them)."""

JAVASCRIPTS = "assets/widget/"
"""The widget's modules, worker and stylesheet, below each language site's root (theme assets of both builds)."""

WORKER = JAVASCRIPTS + "dt-worker.mjs"

BOOT = "dt-boot.mjs"
"""An async module script in the widget's markup: starts the engine where <head> did not (instant navigation)."""

START_SCRIPT = "\n".join(
    line
    for line in (Path(__file__).with_name("dt_start.js")).read_text(encoding="utf-8").splitlines()
    if not line.lstrip().startswith("//")
)
"""The inline script of `head_script`, without its comments (macros/dt_start.js explains it)."""

HEAD_META = "dt_head"
"""The page meta key through which the macro hands `head_script` to the theme (overrides/main.html)."""

MODULES = ("dt-widget.mjs", "dt-engine.mjs", "dt-render.mjs")
"""The widget's own modules, preloaded on its page only, so the loader's import does not wait on a waterfall."""

SERVICE_WORKER = "dt-sw.js"
"""The site's service worker, at the whole site's root (scripts/offline.py writes it after the build),
so that its scope covers both languages; the widget registers it once its engine is ready (dt-offline.mjs)."""

PYODIDE_CORE = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
"""The files of the npm `pyodide` package mk/widget.mk copies (the same list): the engine's, and
the full stdlib, which the widget loads only where the trimmed one was not built."""

FULL_STDLIB = "python_stdlib.zip"

STDLIB = "python_stdlib-widget.zip"
"""The stdlib trimmed to what Pyodide and the engine import (mk/widget.mk builds it into build/stdlib/).

Pyodide's own zip is 2.5 MB; this one is about a quarter of it, which more than pays for our
wheel on a first visit."""


def wheel_name() -> str:
    """Our wheel's file name as `python -m build` names it: `should_i_fine_tune-<version>-py3-none-any.whl`."""
    project = tomllib.loads((_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return f"{project['name'].replace('-', '_')}-{VERSION}-py3-none-any.whl"


def source_digest() -> str:
    """A digest of the package's sources: the wheel URL changes whenever the engine does.

    The version number stays put between releases, so without this a browser could keep
    a cached wheel whose tree no longer matches the page's diagram.
    """
    digest = hashlib.sha256()
    for path in sorted((_ROOT / "decision_tree").rglob("*.py")):
        digest.update(path.relative_to(_ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def stdlib_file() -> Path:
    """The trimmed stdlib as `make build` leaves it (missing after a bare `mkdocs build`)."""
    return _ROOT / "build" / "stdlib" / STDLIB


def stdlib_url(pyodide: str) -> str | None:
    """The trimmed stdlib's URL, versioned by its bytes; None without it (Pyodide then loads its own).

    Its bytes change with the engine's imports or Pyodide's version, and a browser must never
    pair a cached old zip with a new engine: a missing module would break the engine.
    """
    path = stdlib_file()
    if not path.is_file():
        return None
    return f"{pyodide}{STDLIB}?v={hashlib.sha256(path.read_bytes()).hexdigest()[:12]}"


def engine_bytes() -> int | None:
    """The uncompressed size of everything the worker downloads, for an honest progress bar.

    `make build` installs the npm packages and builds the wheel and the trimmed stdlib before
    MkDocs runs, so the sizes are known here; without them (a bare `mkdocs build`) the widget
    falls back to the sizes the server announces.
    """
    files = [_ROOT / "node_modules" / "pyodide" / name for name in PYODIDE_CORE if name != FULL_STDLIB]
    files += [_ROOT / "build" / "wheel" / wheel_name(), stdlib_file()]
    if not all(f.is_file() for f in files):
        return None
    return sum(f.stat().st_size for f in files)


def _attr(value: str) -> str:
    return escape(value, quote=True)


def render_question(question: dict[str, Any], number: int, ui: dict[str, str], language_root: str) -> str:
    """The question markup, identical to `questionElement` in dt-render.mjs.

    The answers are submit buttons of a form whose targets are their rows on `/paths/`
    (`formaction`): without JavaScript each answer opens the paths it starts; with it, the
    widget cancels the submission and answers instead.
    """
    buttons = "".join(
        f'<button type="submit" class="dtw-answer" data-answer="{_attr(a["id"])}" '
        f'formaction="{_attr(language_root + a["paths_href"])}">{escape(a["label"])}</button>'
        for a in question["answers"]
    )
    hint = f'<p class="dtw-hint">{escape(question["hint"])}</p>' if question["hint"] else ""
    return (
        f'<section class="dtw-question" data-question="{_attr(question["id"])}" aria-labelledby="dtw-heading">'
        f'<p class="dtw-counter">{escape(ui["question_n"].format(n=number))}</p>'
        f'<h2 class="dtw-heading" id="dtw-heading" tabindex="-1" elementtiming="dt-first-question">'
        f"{escape(question['text'])}</h2>"
        f"{hint}"
        f'<form class="dtw-answers" method="get" role="group" aria-label="{_attr(ui["answers"])}">{buttons}</form>'
        "</section>"
    )


def whole_site_root(lang: Lang, page_url: str) -> str:
    """The root of the whole site (both languages), relative to the page: `../` or `../../`."""
    return get_relative_url("./", page_url) + "../" * LANGUAGE_PREFIX[lang].count("/")


def engine_urls(lang: Lang, page_url: str) -> dict[str, str]:
    """Where the engine's worker, the Pyodide core, our wheel and the trimmed stdlib are, relative to the page."""
    language_root = get_relative_url("./", page_url)  # e.g. "../" from decision-tree/
    pyodide = whole_site_root(lang, page_url) + PYODIDE_DIR
    urls = {
        "data-worker": language_root + WORKER,
        "data-pyodide": pyodide,
        "data-wheel": f"{pyodide}{wheel_name()}?v={source_digest()}",
    }
    stdlib = stdlib_url(pyodide)
    return urls if stdlib is None else {**urls, "data-stdlib": stdlib}


def head_script(lang: Lang, page_url: str) -> str:
    """The inline script in the page's <head> that starts the engine's worker (macros/dt_start.js).

    Inline, because a script file would wait for its download and then behind the page's
    first layout and Material's bundle (see dt_start.js for the figures). Its text, comments
    left out, is the same on every page, so the CSP allows it by one hash (scripts/csp.py);
    the URLs, the same as the widget root's, travel as data attributes.
    """
    urls = " ".join(f'{name}="{_attr(value)}"' for name, value in engine_urls(lang, page_url).items())
    return f"<script data-dt-engine {urls}>{START_SCRIPT}</script>"


def render_widget(lang: Lang, page_url: str) -> str:
    """The widget root with the first question pre-rendered; `page_url` is the page's URL in its language site."""
    ui = widget_labels(lang)
    t = {key: text[lang] for key, text in LABELS.items()}
    view = state((), lang)
    language_root = get_relative_url("./", page_url)  # e.g. "../" from decision-tree/
    paths_href = language_root + page_href(PATHS)
    attributes: dict[str, str | None] = {
        "class": "dtw-widget",
        "data-dt-widget": "",
        "data-engine": "loading",
        "data-lang": lang,
        **engine_urls(lang, page_url),
        "data-site-root": language_root,
        "data-offline": whole_site_root(lang, page_url) + SERVICE_WORKER,
        "data-path-prefix": PATH_FRAGMENT_PREFIX,
        "data-dt-highlight": json.dumps(view["highlight"]),
        "data-engine-bytes": None if (size := engine_bytes()) is None else str(size),
        "data-dt-ui": json.dumps(ui, ensure_ascii=False, separators=(",", ":")),
        "data-search-exclude": "",
    }
    opening = " ".join(
        f'{name}="{_attr(value)}"' if value else name for name, value in attributes.items() if value is not None
    )
    paths_link = f'<a href="{_attr(paths_href)}">{escape(t["every_path"])}</a>'
    # The cause (browser, network or server) is filled in by the widget when the engine fails.
    failure = sentences(
        (
            '<span class="dtw-failure-cause" data-dt-failure-cause></span>',
            escape(t["failed_use"]),
            f'<a href="#{DIAGRAM_FIGURE}">{escape(t["failed_diagram"])}</a>',
            escape(t["or"]),
            paths_link + escape(FULL_STOP[lang].strip()),
        ),
        lang,
    )
    noscript = sentences((escape(t["noscript_before"]), paths_link, escape(t["noscript_after"])), lang)
    question = view["question"]
    preloads = "".join(
        f'<link rel="modulepreload" href="{_attr(language_root + JAVASCRIPTS + name)}">' for name in MODULES
    )
    boot = f'<script type="module" async src="{_attr(language_root + JAVASCRIPTS + BOOT)}"></script>'
    return "".join(
        [
            f"<div {opening}>",
            preloads,
            boot,
            # Without JavaScript the note comes first: it says what the answers below do then.
            f'<noscript><p class="dtw-noscript">{noscript}</p></noscript>',
            '<div class="dtw-status" data-dt-status hidden>',
            f'<progress class="dtw-progress" aria-label="{_attr(ui["loading"])}"></progress>',
            '<span class="dtw-status-text" data-dt-status-text></span>',
            '<span class="dtw-status-note" data-dt-status-note></span>',
            "</div>",
            '<div class="dtw-failure" data-dt-failure role="alert" hidden>',
            f"<p>{failure}</p>",
            '<button type="button" class="dtw-control dtw-control--primary" data-dt-retry>',
            f"{escape(t['retry'])}</button>",
            "</div>",
            f'<nav class="dtw-trail" data-dt-trail aria-label="{_attr(t["your_answers"])}" hidden><ol></ol></nav>',
            '<div class="dtw-message" data-dt-message hidden>',
            '<p class="dtw-message-text" data-dt-message-text role="alert"></p>',
            '<button type="button" class="dtw-control dtw-control--primary" data-dt-prefix hidden></button>',
            "</div>",
            f'<div class="dtw-stage" data-dt-stage>{render_question(question, 1, ui, language_root)}</div>',
            '<div class="dtw-controls" data-dt-controls>',
            f'<button type="button" class="dtw-control" data-dt-back disabled>{escape(t["back"])}</button>',
            f'<button type="button" class="dtw-control" data-dt-restart disabled>{escape(t["restart"])}</button>',
            "</div>",
            '<p class="dtw-sr-only" data-dt-live aria-live="polite"></p>',
            "</div>",
        ]
    )


def register(env: Any) -> None:
    def decision_tree_widget() -> str:
        """The interactive decision tree: pre-rendered first question, engine loaded on demand."""
        lang, url = page.lang(env), page.page_url(env)
        page.set_meta(env, HEAD_META, head_script(lang, url))
        return render_widget(lang, url)

    env.macro(decision_tree_widget)
