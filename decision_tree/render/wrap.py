"""Line wrapping for diagram labels that mix Chinese and Latin text.

Graphviz does not wrap labels, and `textwrap` breaks only at spaces, so a Chinese label
(which has none) would stay on one very long line and make its node as wide as the page.
Here a Chinese character counts as two columns (it is about twice as wide as a Latin
letter), a line may break between any two Chinese characters but never inside a Latin
word such as `JSON` or `RAG`, and the usual Chinese line-breaking rules hold: no line
starts with closing punctuation (a full-width comma, full stop or closing bracket) and
none ends with an opening bracket or quotation mark.
"""

from __future__ import annotations

import re
import unicodedata

# A token is a run of Latin letters/digits/ASCII punctuation, a run of spaces, or one other character.
_TOKEN = re.compile(r"[!-~]+| +|.", re.DOTALL)
_NO_LINE_START = frozenset("，。、；：？！）》」』”’…—·,.;:?!)]}→")
_NO_LINE_END = frozenset("（《「『“‘([{→")


def display_width(text: str) -> int:
    """Columns the text takes in a monospace-like estimate: wide (CJK) characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _glued(tokens: list[str]) -> list[str]:
    """Merge tokens that must stay on one line: punctuation sticks to its neighbour."""
    units: list[str] = []
    glue_next = False
    for token in tokens:
        if units and not token.isspace() and (glue_next or token[0] in _NO_LINE_START):
            units[-1] += token
        else:
            units.append(token)
        glue_next = not token.isspace() and token[-1] in _NO_LINE_END
    return units


def _greedy(units: list[str], width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for unit in units:
        if unit.isspace():
            if line:
                line += " "
            continue
        if line and display_width(line + unit) > width:
            lines.append(line.rstrip())
            line = unit
        else:
            line += unit
    if line.strip():
        lines.append(line.rstrip())
    return lines


def wrap(text: str, width: int) -> list[str]:
    """Wrap to at most `width` columns per line, in as few lines as possible, of even length.

    Greedy filling alone leaves one or two characters on the last line (`专门任` / `务`);
    shrinking the width while the line count stays the same balances the lines. A unit
    longer than `width` (a long Latin word) gets a line of its own.
    """
    units = _glued(_TOKEN.findall(text.strip()))
    lines = _greedy(units, width)
    narrower = width - 1
    while narrower > 0 and len(candidate := _greedy(units, narrower)) == len(lines):
        lines = candidate
        narrower -= 1
    return lines
