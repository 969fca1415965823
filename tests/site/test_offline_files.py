"""The service worker the build writes (scripts/offline.py): its id and the files it keeps offline.

Browser behaviour is in tests/widget/test_offline.py; here, what the build decides: the worker
sits at the whole site's root, is current for the built site, lists every page of both
languages and everything they and the widget load, each with the integrity of its bytes, and
its id changes with any file of the site, so a new deployment always installs a new worker.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
import shutil
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from macros.widget import FULL_STDLIB, PYODIDE_CORE, SERVICE_WORKER, STDLIB, wheel_name
from scripts.offline import build_id, file_of, offline_files, render, write

pytestmark = pytest.mark.site

_FILES = re.compile(r"^const FILES = (.*);$", re.M)
_BUILD = re.compile(r'^const BUILD = "([0-9a-f]+)";$', re.M)


def _worker(site_dir: Path) -> str:
    return (site_dir / SERVICE_WORKER).read_text(encoding="utf-8")


def _build(source: str) -> str:
    match = _BUILD.search(source)
    assert match is not None
    return match.group(1)


def test_the_built_site_has_a_current_service_worker_at_its_root(site_dir: Path) -> None:
    assert not (site_dir / "en" / SERVICE_WORKER).exists(), "one worker, for both languages"
    source = _worker(site_dir)
    assert source == render(build_id(site_dir), offline_files(site_dir)), "run make build: dt-sw.js is stale"
    assert _build(source) == build_id(site_dir)


def test_it_keeps_every_page_of_both_languages_and_the_engine(site_dir: Path) -> None:
    urls = [url for url, _ in offline_files(site_dir)]
    assert len(urls) == len(set(urls))
    pages = {page.relative_to(site_dir).as_posix().removesuffix("index.html") for page in site_dir.rglob("*.html")}
    assert pages <= set(urls)
    assert {"", "en/", "decision-tree/", "en/decision-tree/", "404.html"} <= set(urls)
    engine = [f"assets/pyodide/{name}" for name in PYODIDE_CORE if name != FULL_STDLIB]
    assert set(engine) <= set(urls)
    assert f"assets/pyodide/{FULL_STDLIB}" not in urls, "the widget never loads Pyodide's full stdlib"
    [wheel] = [url for url in urls if url.startswith(f"assets/pyodide/{wheel_name()}?v=")]
    [stdlib] = [url for url in urls if url.startswith(f"assets/pyodide/{STDLIB}?v=")]
    page = (site_dir / "decision-tree" / "index.html").read_text(encoding="utf-8")
    assert f'data-wheel="../{wheel}"' in page, "the wheel is kept under the URL the page asks for"
    assert f'data-stdlib="../{stdlib}"' in page, "so is the trimmed stdlib"
    for root in ("", "en/"):
        widget = {f"{root}assets/widget/{f.name}" for f in (site_dir / root / "assets" / "widget").iterdir()}
        assert widget <= set(urls), "every module of the widget, the worker and dt-offline.mjs included"
        assert {f"{root}sitemap.xml", f"{root}search/search_index.json", f"{root}decision-tree/diagram.svg"} <= set(
            urls
        )
    assert SERVICE_WORKER not in urls
    assert not [url for url in urls if url.endswith(".map")]
    # The widget's page and its engine come first: a partly filled copy has those.
    assert urls[0] == "decision-tree/"
    assert urls.index("assets/pyodide/pyodide.asm.wasm") < urls.index("paths/")


def test_every_page_reference_is_kept(site_dir: Path) -> None:
    """Every stylesheet, script, icon and image a page loads from the site (Material's included)."""
    urls = {url.split("?")[0] for url, _ in offline_files(site_dir)}
    reference = re.compile(r'<(?:link|script|img)\b[^>]*?\b(?:href|src)="([^"]+)"')
    for page in site_dir.rglob("*.html"):
        page_url = "http://site.invalid/" + page.relative_to(site_dir).as_posix()
        for found in reference.findall(page.read_text(encoding="utf-8")):
            target = urlsplit(urljoin(page_url, html.unescape(found)))
            if target.netloc != "site.invalid" or target.path.endswith("/"):
                continue  # another host, or a page (prev, next, alternate): every page is kept anyway
            assert target.path.lstrip("/") in urls, f"{page}: {found}"


def test_each_file_is_kept_with_the_integrity_of_its_bytes(site_dir: Path) -> None:
    match = _FILES.search(_worker(site_dir))
    assert match is not None
    for url, integrity in json.loads(match.group(1)):
        file = file_of(site_dir, url)
        assert file is not None, url
        digest = base64.b64encode(hashlib.sha256(file.read_bytes()).digest()).decode()
        assert integrity == f"sha256-{digest}", url


def test_any_change_to_the_site_changes_the_worker(site_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy, ignore=shutil.ignore_patterns("pyodide.asm.wasm", "python_stdlib.zip"))
    for name in ("pyodide.asm.wasm", "python_stdlib.zip"):
        (copy / "assets" / "pyodide" / name).write_bytes(b"stand-in")
    write(copy)
    before = _worker(copy)
    for changed in ("assets/pyodide/pyodide.asm.wasm", "en/rules/index.html", "assets/stylesheets/site.css"):
        file = copy / changed
        file.write_bytes(file.read_bytes() + b"\n")
        write(copy)
        after = _worker(copy)
        assert _build(after) != _build(before), f"a change to {changed} makes a new worker"
        before = after


def test_a_missing_file_stops_the_build(site_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy, copy_function=os.link, ignore=shutil.ignore_patterns("*.whl", SERVICE_WORKER))
    with pytest.raises(FileNotFoundError, match=r"assets/pyodide/should_i_fine_tune-.*\.whl\?v="):
        write(copy)
