"""The widget's trimmed standard library (scripts/widget-stdlib.mjs) is enough for the engine.

The worker loads a python_stdlib.zip holding only what Pyodide's start-up and the engine were
seen to import. A module missing from it would break the widget for every reader, perhaps only
on a path or an error nobody clicked while testing. So Pyodide is run in Node with *only* the
trimmed zip and the wheel, plainly and restored from a snapshot as the worker does, and
`bridge.handle` must answer every request of scripts/widget_requests.py (every op on every
start of a cover of the paths, in both languages, old links, bad requests and links) exactly as CPython's
`decision_tree.bridge.handle` does, byte for byte; exceptions that reach JavaScript must
still show each frame's source line. The same check, given a copy of the zip with one
member deleted, must fail: the oracle bites.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from decision_tree.bridge import handle
from macros.widget import STDLIB, stdlib_file
from scripts.widget_requests import FAILURES, requests

pytestmark = pytest.mark.site

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "widget-stdlib.mjs"
FULL = ROOT / "node_modules" / "pyodide" / "python_stdlib.zip"
NODE_TIMEOUT_S = 600  # two Pyodide starts and a few thousand requests, on a busy machine
FRAME = re.compile(r'^  File "([^"]+)", line \d+, in ')


def _built(path: Path) -> Path:
    if not path.is_file():
        pytest.fail(f"no {path.relative_to(ROOT)}: run `make build` (make test does it for you)")
    return path


def wheel() -> Path:
    wheels = sorted((ROOT / "build" / "wheel").glob("*.whl"))
    return _built(wheels[-1] if wheels else ROOT / "build" / "wheel" / "decision_tree.whl")


def trimmed() -> Path:
    return _built(stdlib_file())


@cache
def expected() -> tuple[list[str], list[str]]:
    """The requests and CPython's answers to them: the oracle."""
    asked = requests()
    return asked, [handle(request) for request in asked]


def pyodide_answers(stdlib: Path, tmp_path: Path) -> dict[str, Any]:
    """What Pyodide, run in Node with only `stdlib` and the wheel, answers (scripts/widget-stdlib.mjs answer)."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed to run Pyodide (on Debian: apt-get install nodejs)")
    asked = tmp_path / "requests.json"
    asked.write_text(json.dumps(expected()[0]), encoding="utf-8")
    result = subprocess.run(
        [node, str(SCRIPT), "answer", str(wheel()), str(stdlib), str(asked)],
        capture_output=True,
        text=True,
        check=False,
        timeout=NODE_TIMEOUT_S,
    )
    # Pyodide prints its whole generated module with some errors: the end says what went wrong.
    assert result.returncode == 0, f"Pyodide with {stdlib.name} did not answer:\n{result.stderr[-3000:]}"
    answers: dict[str, Any] = json.loads(result.stdout)
    return answers


def assert_answers_like_cpython(stdlib: Path, tmp_path: Path) -> None:
    """The check: Pyodide with only this stdlib answers exactly as CPython, and shows its tracebacks."""
    got = pyodide_answers(stdlib, tmp_path)
    assert got["stdlib_bytes"] == stdlib.stat().st_size, "Pyodide ran from this zip, not its own"
    asked, answers = expected()
    for start in ("plain", "restored"):
        differ = [(q, a, b) for q, a, b in zip(asked, answers, got[start]["answers"], strict=True) if a != b]
        assert not differ, f"{start}: {len(differ)} answers differ from CPython's, first: {differ[0]}"
        tracebacks = got[start]["tracebacks"]
        assert len(tracebacks) == len(FAILURES)
        for code, text in zip(FAILURES, tracebacks, strict=True):
            assert text is not None, f"{code!r} was meant to raise"
            assert text.startswith("Traceback (most recent call last):"), text
            lines = text.splitlines()
            frames = [(n, m.group(1)) for n, line in enumerate(lines) if (m := FRAME.match(line))]
            assert any(path.endswith("decision_tree/bridge.py") or ".zip/" in path for _, path in frames), text
            # Each frame of a file shows its source line: the traceback could read the file.
            unread = [path for n, path in frames if path != "<exec>" and not lines[n + 1].startswith("    ")]
            assert not unread, f"{start}: no source line for {unread} in:\n{text}"


def test_pyodide_with_only_the_trimmed_stdlib_answers_every_request_as_cpython_does(tmp_path: Path) -> None:
    assert_answers_like_cpython(trimmed(), tmp_path)


def copy_of_trimmed(into: Path, member: str, edit: tuple[bytes, bytes] | None = None) -> Path:
    """A copy of the trimmed zip with `member` deleted, or with one text replaced in it."""
    with zipfile.ZipFile(trimmed()) as source:
        assert member in source.namelist(), f"{member} is needed, so the trimmed zip keeps it"
        copy = into / STDLIB
        with zipfile.ZipFile(copy, "w") as target:
            for info in source.infolist():
                data = source.read(info)
                if info.filename == member:
                    if edit is None:
                        continue
                    assert edit[0] in data
                    data = data.replace(*edit)
                target.writestr(info, data)
    return copy


@pytest.mark.parametrize(
    ("member", "error"),
    [
        ("datetime.py", "No module named 'datetime'"),  # the engine's decision record dates itself
        ("encodings/cp437.py", "unknown encoding: cp437"),  # only unpacking the wheel needs it
    ],
)
def test_the_check_fails_when_the_zip_lacks_a_module_the_engine_needs(tmp_path: Path, member: str, error: str) -> None:
    with pytest.raises(AssertionError, match=re.escape(error)):
        assert_answers_like_cpython(copy_of_trimmed(tmp_path, member), tmp_path)


def test_the_check_fails_when_a_module_answers_differently(tmp_path: Path) -> None:
    """Not only a module that will not import: any answer that differs from CPython's by one byte."""
    changed = copy_of_trimmed(tmp_path, "json/encoder.py", (b"item_separator = ', '", b"item_separator = ',  '"))
    with pytest.raises(AssertionError, match="answers differ from CPython's"):
        assert_answers_like_cpython(changed, tmp_path)


def test_the_trimmed_zip_is_the_full_ones_members_unchanged_sorted_and_dated_alike() -> None:
    with zipfile.ZipFile(trimmed()) as small, zipfile.ZipFile(_built(FULL)) as full:
        infos = small.infolist()
        names = [info.filename for info in infos]
        assert names == sorted(names)
        assert len(names) < len(full.namelist()) / 2, "most of the stdlib is left out"
        for info in infos:
            original = full.getinfo(info.filename)
            assert info.date_time == (1980, 1, 1, 0, 0, 0), "fixed timestamps: the build is reproducible"
            assert (info.compress_type, info.external_attr) == (original.compress_type, original.external_attr)
            assert small.read(info) == full.read(original), info.filename
        for name in names:  # a module's packages come with it
            parts = name.rstrip("/").split("/")[:-1]
            for depth in range(1, len(parts) + 1):
                package = "/".join(parts[:depth])
                if f"{package}/__init__.py" in full.namelist():
                    assert f"{package}/__init__.py" in names, name


def test_building_the_trimmed_zip_again_gives_the_same_bytes(tmp_path: Path) -> None:
    """Reproducible, and build/stdlib/ is current: the same wheel and Pyodide give the same zip."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed to run Pyodide (on Debian: apt-get install nodejs)")
    again = tmp_path / STDLIB
    result = subprocess.run(
        [node, str(SCRIPT), "build", str(wheel()), str(again)],
        capture_output=True,
        text=True,
        check=False,
        timeout=NODE_TIMEOUT_S,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert again.read_bytes() == trimmed().read_bytes()
