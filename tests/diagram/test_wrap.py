"""Label wrapping: compact nodes without breaking Chinese typesetting or Latin words."""

from __future__ import annotations

import re

import pytest

from decision_tree import TREE
from decision_tree.render.wrap import display_width, wrap


def _labels() -> list[str]:
    texts = [t for q in TREE.questions for t in (q.text, *(a.label for a in q.answers))]
    texts += [o.title for o in TREE.outcomes]
    return [text[lang] for text in texts for lang in ("zh", "en")]


@pytest.mark.parametrize("width", [12, 20, 24])
def test_wrapping_keeps_every_character(width: int) -> None:
    for label in _labels():
        assert re.sub(r"\s", "", "".join(wrap(label, width))) == re.sub(r"\s", "", label)


@pytest.mark.parametrize("width", [12, 20, 24])
def test_no_line_is_wider_than_asked_unless_one_word_is(width: int) -> None:
    for label in _labels():
        for line in wrap(label, width):
            assert display_width(line) <= width or (line.isascii() and " " not in line), (label, line)


def test_no_chinese_line_starts_with_closing_or_ends_with_opening_punctuation() -> None:
    for label in _labels():
        for line in wrap(label, 12):
            assert line[0] not in "，。、；：？！）》」』”’", (label, line)
            assert line[-1] not in "（《「『“‘", (label, line)


def test_latin_words_inside_chinese_are_never_split() -> None:
    for label in _labels():
        words = re.findall(r"[A-Za-z0-9][A-Za-z0-9+\-]*", label)
        lines = wrap(label, 12)
        for word in words:
            assert any(word in line for line in lines), (label, word, lines)


def test_a_chinese_character_counts_as_two_columns() -> None:
    assert display_width("微调") == 4
    assert display_width("RAG") == 3
    assert display_width("知识用 RAG，") == 12


def test_lines_are_balanced_instead_of_leaving_one_character_behind() -> None:
    assert wrap("一个定义明确的专门任务", 20) == ["一个定义明确", "的专门任务"]
    assert wrap("Narrow the scope to one task first", 26) == ["Narrow the scope", "to one task first"]


def test_a_short_label_stays_on_one_line() -> None:
    assert wrap("可以微调", 20) == ["可以微调"]
    assert wrap("  Fine-tune ", 20) == ["Fine-tune"]
