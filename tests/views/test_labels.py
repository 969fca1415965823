"""Every user-visible label has one home (`views/labels.py`): none written twice, none unused.

A label is used when its key appears as a string in the package or the macros (outside
the labels module), or, for the labels sent to the widget (`WIDGET_KEYS`), as `ui.<key>`
in the widget's JavaScript, which must use every label it is sent.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

from decision_tree.core.text import LANGS, Lang, Text
from decision_tree.views import labels
from decision_tree.views.labels import KIND_NAMES, LABELS, WIDGET_KEYS, widget_labels

ROOT = Path(__file__).resolve().parents[2]
PYTHON = [*sorted((ROOT / "decision_tree").rglob("*.py")), *sorted((ROOT / "macros").glob("*.py"))]
JAVASCRIPT = sorted((ROOT / "overrides" / "assets" / "widget").glob("dt-*"))
LABELS_FILE = Path(labels.__file__).resolve()


def python_strings(files: Iterable[Path]) -> set[str]:
    """Every string constant in these files (f-string parts included)."""
    found: set[str] = set()
    for file in files:
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def javascript_uses(files: Iterable[Path]) -> set[str]:
    return {m for f in files for m in re.findall(r"\bui\.(\w+)", f.read_text(encoding="utf-8"))}


def duplicates(texts: Mapping[str, Text]) -> list[str]:
    """Keys whose words, in some language, are already another key's."""
    seen: dict[tuple[Lang, str], str] = {}
    found = []
    for key, text in texts.items():
        for lang in LANGS:
            first = seen.setdefault((lang, text[lang]), key)
            if first != key:
                found.append(f"{key} repeats {first} ({lang}: {text[lang]!r})")
    return found


def unused(keys: Iterable[str], strings: set[str], js: set[str]) -> list[str]:
    return [k for k in keys if k not in strings and k not in js]


ALL_TEXTS: dict[str, Text] = {**LABELS, **{f"kind {k.value}": t for k, t in KIND_NAMES.items()}}


def test_no_label_is_written_twice() -> None:
    assert duplicates(ALL_TEXTS) == []


def test_every_label_is_used() -> None:
    strings = python_strings(f for f in PYTHON if f.resolve() != LABELS_FILE)
    js = {k for k in javascript_uses(JAVASCRIPT) if k in WIDGET_KEYS}
    assert unused(LABELS, strings, js) == []


def test_the_widget_uses_every_label_it_is_sent_and_is_sent_every_label_it_uses() -> None:
    used = javascript_uses(JAVASCRIPT)
    assert set(WIDGET_KEYS) <= used | python_strings(ROOT / "macros" / n for n in ("widget.py",))
    assert used <= set(WIDGET_KEYS), f"the widget shows labels it is not sent: {sorted(used - set(WIDGET_KEYS))}"


@pytest.mark.parametrize("lang", LANGS)
def test_the_widget_receives_its_labels_in_the_page_language(lang: Lang) -> None:
    assert widget_labels(lang) == {k: LABELS[k][lang] for k in WIDGET_KEYS}


def test_every_outcome_kind_has_a_name() -> None:
    from decision_tree.core.vocabulary import OutcomeKind

    assert set(KIND_NAMES) == set(OutcomeKind)


def test_the_checks_can_fail() -> None:
    """A repeated label and an unused one are both reported (the tests above are not vacuous)."""
    texts = {"a": Text(zh="一", en="One"), "b": Text(zh="二", en="One"), "c": Text(zh="三", en="Three")}
    assert duplicates(texts) == ["b repeats a (en: 'One')"]
    assert unused(texts, {"a"}, {"b"}) == ["c"]
