"""The widget macro's markup: hooks of the DOM contract, asset URLs for both language sites."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

import pytest

from decision_tree.core.text import LANGS, Lang
from decision_tree.views.path import state
from macros import widget
from macros.widget import STDLIB, head_script, render_widget, source_digest, stdlib_file, wheel_name


@pytest.mark.parametrize("lang", LANGS)
def test_the_root_carries_the_contract_hooks_and_the_first_question(lang: Lang) -> None:
    html = render_widget(lang, "decision-tree/")
    assert '<div class="dtw-widget" data-dt-widget data-engine="loading"' in html
    first = state((), lang)["question"]
    assert f'data-question="{first["id"]}"' in html
    assert re.findall(r'data-answer="([^"]+)"', html) == [a["id"] for a in first["answers"]]
    assert re.findall(r"<script[^>]*>", html) == ['<script type="module" async src="../assets/widget/dt-boot.mjs">'], (
        "one external module script starts the engine; no inline script"
    )


@pytest.mark.parametrize(("lang", "site_root"), [("zh", "/"), ("en", "/en/")])
def test_asset_urls_resolve_from_each_language_page(lang: Lang, site_root: str) -> None:
    """zh lives at /, en at /en/; the Pyodide core sits once at the whole site's /assets/pyodide/."""
    html = render_widget(lang, "decision-tree/")
    page = site_root + "decision-tree/"
    attrs = dict(re.findall(r'(data-(?:worker|pyodide|wheel|stdlib|site-root))="([^"]*)"', html))

    def resolve(href: str) -> str:
        return urljoin("https://site.test" + page, href).removeprefix("https://site.test")

    assert resolve(attrs["data-pyodide"]) == "/assets/pyodide/"
    assert resolve(attrs["data-worker"]) == site_root + "assets/widget/dt-worker.mjs"
    assert resolve(attrs["data-site-root"]) == site_root
    assert attrs["data-wheel"] == f"{attrs['data-pyodide']}{wheel_name()}?v={source_digest()}"
    if stdlib_file().is_file():  # built by `make build`; without it Pyodide loads its own stdlib
        assert re.fullmatch(re.escape(attrs["data-pyodide"] + STDLIB) + r"\?v=[0-9a-f]{12}", attrs["data-stdlib"])
    else:
        assert "data-stdlib" not in attrs


def test_the_wheel_url_changes_with_the_engine_sources() -> None:
    assert re.fullmatch(r"[0-9a-f]{12}", source_digest())
    assert re.fullmatch(r"should_i_fine_tune-\d+\.\d+\.\d+-py3-none-any\.whl", wheel_name())


def test_the_head_script_is_one_text_for_every_page_and_carries_the_widget_urls() -> None:
    """One text everywhere, so the CSP allows it by one hash; the URLs are the widget root's."""
    bodies = set()
    for lang in LANGS:
        head = head_script(lang, "decision-tree/")
        match = re.fullmatch(r"<script data-dt-engine ([^>]*)>(.*)</script>", head, re.S)
        assert match, head
        bodies.add(match.group(2))
        root = render_widget(lang, "decision-tree/")
        for name in ("data-worker", "data-pyodide", "data-wheel", "data-stdlib"):
            value = re.search(rf'{name}="([^"]*)"', match.group(1))
            assert value, name
            assert f'{name}="{value.group(1)}"' in root, name
    assert len(bodies) == 1
    (body,) = bodies
    assert "new Worker(" in body
    assert not body.lstrip().startswith("//"), "the code, without its comment block"
    assert "</script" not in body


def test_the_stdlib_url_changes_with_its_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A browser never pairs a cached trimmed stdlib with an engine that needs another one."""
    trimmed = tmp_path / STDLIB
    monkeypatch.setattr(widget, "stdlib_file", lambda: trimmed)
    assert widget.stdlib_url("p/") is None, "not built: the widget leaves the stdlib to Pyodide"
    trimmed.write_bytes(b"one")
    first = widget.stdlib_url("p/")
    trimmed.write_bytes(b"two")
    assert first is not None
    assert first.startswith(f"p/{STDLIB}?v=")
    assert widget.stdlib_url("p/") != first
