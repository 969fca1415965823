"""The path view's links for readers without JavaScript, and what a broken link still opens."""

from __future__ import annotations

import re

import pytest

from decision_tree import paths
from decision_tree.core.fragment import valid_prefix
from decision_tree.core.text import LANGS, Lang
from decision_tree.render.paths_table import render_paths_table
from decision_tree.views.path import state, table_order
from decision_tree.views.urls import PageLinks, path_anchor


@pytest.mark.parametrize("lang", LANGS)
def test_every_answer_leads_to_the_first_row_of_paths_that_start_with_it(lang: Lang) -> None:
    table = render_paths_table(lang, PageLinks("paths"))
    rows = re.findall(r'<span id="(path-[^"]+)">', table)
    assert rows == [path_anchor(p) for p in table_order()], "one anchor per row, in the table's order"
    for path in paths():
        for depth in range(len(path)):
            question = state(path[:depth], lang)["question"]
            for answer in question["answers"]:
                prefix = (*path[:depth], answer["id"])
                href = answer["paths_href"]
                assert href.startswith("paths/#")
                anchor = href.removeprefix("paths/#")
                assert anchor in rows
                first = next(p for p in table_order() if p[: len(prefix)] == prefix)
                assert anchor == path_anchor(first), f"{prefix}: the first matching row of the table"


@pytest.mark.parametrize(
    ("fragment", "prefix"),
    [
        (
            "#path=format-style/nothing-else/narrow/tried-failed/maybe",
            ("format-style", "nothing-else", "narrow", "tried-failed"),
        ),
        ("#path=format-style/tried-failed/maybe", ("format-style",)),  # a v1 link cut short: not a legacy path
        ("#path=facts/nothing-else/mapping", ("facts", "nothing-else")),
        ("#path=mapping//narrow", ("mapping",)),
        ("#path=Mapping", ()),
        ("#nft-1", ()),
        ("", ()),
    ],
)
def test_a_broken_link_keeps_its_longest_start_that_opens(fragment: str, prefix: tuple[str, ...]) -> None:
    assert valid_prefix(fragment) == prefix
