"""The site says the guide in its own words: no Chinese text copies a run of the source.

The site rewrites @karminski-牙医's guide (`shared/seed/`); it quotes only the guide's
title and section headings, marked as quotations. This test fails when any Chinese text
of the site (the zh pages, the zh side of every `Text` in the package, the theme's
templates and the zh config) shares a run of 12 or more consecutive Han characters with
the source. Text inside “…” or 《…》 is set aside only when it is one of the guide's own
headings (or its title), so a quotation cannot hide a copied sentence.

The package's texts are collected by walking every module of `decision_tree` and every
value reachable from its globals (dataclasses, tuples, lists, sets and mappings), so the
test does not depend on where modules live or what their constants are called.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import ModuleType

import pytest

import decision_tree
from decision_tree import RULES, TREE, Text

ROOT = Path(__file__).resolve().parents[2]
SEED_DIR = ROOT.parent / "shared" / "seed"
RUN = 12
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
QUOTED = re.compile(r"“([^”]*)”|《([^》]*)》")
# The guide's own headings: Markdown headings, bold item titles, and its first line (the title).
HEADING = re.compile(r"^\s*(?:#+\s*(.+?)\s*$|\d*\.?\s*\*\*(.+?)\*\*)")


def _seed_files() -> list[Path]:
    files = sorted(SEED_DIR.glob("*.txt"))
    if not files:
        pytest.fail(f"no source guide in {SEED_DIR}: the copy test needs shared/seed/ beside the repository")
    return files


def _han(text: str) -> str:
    return "".join(HAN.findall(text))


def _source_runs() -> set[str]:
    """Every run of RUN consecutive Han characters in the source (punctuation and Latin break a run)."""
    runs: set[str] = set()
    for path in _seed_files():
        for han in HAN.findall(path.read_text(encoding="utf-8")):
            runs.update(han[i : i + RUN] for i in range(len(han) - RUN + 1))
    return runs


def _source_headings() -> list[str]:
    headings: list[str] = []
    for path in _seed_files():
        lines = path.read_text(encoding="utf-8").splitlines()
        headings.append(_han(lines[0]))
        for line in lines:
            match = HEADING.match(line)
            if match:
                headings.append(_han(match.group(1) or match.group(2)))
    return [h for h in headings if h]


SOURCE_RUNS = _source_runs()
HEADINGS = _source_headings()


def _is_heading_quote(quoted: str) -> bool:
    han = _han(quoted)
    return bool(han) and any(han in heading for heading in HEADINGS)


def _without_heading_quotes(text: str) -> str:
    def drop(match: re.Match[str]) -> str:
        quoted = match.group(1) if match.group(1) is not None else match.group(2)
        return "　" if _is_heading_quote(quoted) else match.group(0)

    return QUOTED.sub(drop, text)


def copied_runs(text: str) -> list[str]:
    """The runs of Han characters in `text` that share RUN or more consecutive characters with the source."""
    found = []
    for han in HAN.findall(_without_heading_quotes(text)):
        for i in range(len(han) - RUN + 1):
            if han[i : i + RUN] in SOURCE_RUNS:
                found.append(han)
                break
    return found


# --- what the site says in Chinese -------------------------------------------------------------


def _modules(package: ModuleType) -> Iterator[ModuleType]:
    yield package
    for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}."):
        if info.name.rsplit(".", 1)[-1] != "__main__":  # importing it would run the CLI
            yield importlib.import_module(info.name)


def _texts_in(value: object, seen: set[int]) -> Iterator[Text]:
    if id(value) in seen or isinstance(value, (str, bytes, int, float, bool, type(None))):
        return
    seen.add(id(value))
    if isinstance(value, Text):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _texts_in(getattr(value, field.name), seen)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _texts_in(key, seen)
            yield from _texts_in(item, seen)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _texts_in(item, seen)


def package_texts() -> dict[str, str]:
    """The zh side of every `Text` reachable from any module of the package, keyed by where it was found."""
    seen: set[int] = set()
    found: dict[str, str] = {}
    for module in _modules(decision_tree):
        for name, value in vars(module).items():
            for text in _texts_in(value, seen):
                found.setdefault(text.zh, f"{module.__name__}.{name}")
    return found


def page_texts() -> dict[str, str]:
    """Each line of the zh pages, the theme's templates and the zh config, keyed by file:line."""
    files = [
        *sorted((ROOT / "docs" / "zh").rglob("*.md")),
        *sorted((ROOT / "overrides").rglob("*.html")),
        ROOT / "mkdocs.yml",
    ]
    found: dict[str, str] = {}
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if HAN.search(line):
                found[f"{path.relative_to(ROOT)}:{n}"] = line
    return found


# --- the tests ----------------------------------------------------------------------------------


def test_the_collector_reaches_every_kind_of_text() -> None:
    texts = package_texts()
    assert len(texts) > 200
    for rule in RULES:
        assert rule.statement.zh in texts, rule.id
        assert rule.check.zh in texts, rule.id
    for question in TREE.questions:
        assert question.text.zh in texts, question.id
        for answer in question.answers:
            assert answer.reason.zh in texts, answer.id
    for outcome in TREE.outcomes:
        assert outcome.summary.zh in texts, outcome.id
    from decision_tree.core.evidence import REGISTRY  # the registry, wherever its module lives, is reachable

    assert all(claim.finding.zh in texts for claim in REGISTRY.claims)


def test_the_check_catches_a_copied_sentence_and_spares_quoted_headings() -> None:
    copied = "微调调整的是模型的顶层参数，使其能够识别和复制特定的文本模式。"
    assert copied_runs(copied), "a sentence copied from the guide must be caught"
    assert not copied_runs("原指南“什么时候不应该（或者优先不考虑）微调？”一节第 1 条")
    assert not copied_runs("《什么时候应该微调，什么时候不应该微调？》")
    assert copied_runs(f"“{copied}”"), "quoting a copied sentence does not make it a heading"


@pytest.mark.parametrize("where", ["package", "pages"])
def test_no_chinese_text_shares_12_han_characters_with_the_source(where: str) -> None:
    texts = package_texts() if where == "package" else {line: key for key, line in page_texts().items()}
    copies = {key: runs for text, key in texts.items() if (runs := copied_runs(text))}
    assert not copies, "restate these in our own words (12+ Han characters copied from the guide): " + "; ".join(
        f"{key}: {runs}" for key, runs in sorted(copies.items())
    )
