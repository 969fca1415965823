"""The built search index: Chinese word boundaries (U+200B) never touch punctuation.

A zero-width space is a line-break opportunity, so one before "，" would let a search
result start a line with it (scripts/search_index.py, run by the build, removes them).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from scripts.search_index import PUNCTUATION, main, tidy_text

pytestmark = pytest.mark.site


def test_word_boundaries_beside_punctuation_go_and_the_rest_stay() -> None:
    segmented = "\u200b不管\u200b其他\u200b条件\u200b如何\u200b，\u200b这\u200b一部分\u200b（\u200bRAG\u200b）"
    assert tidy_text(segmented) == "\u200b不管\u200b其他\u200b条件\u200b如何，这\u200b一部分（RAG）"
    assert tidy_text("OpenAI · Supervised fine-tuning") == "OpenAI\u00a0· Supervised fine-tuning"


def test_the_built_index_has_no_word_boundary_beside_punctuation(site_dir: Path) -> None:
    beside = re.compile(f"\u200b[{re.escape(PUNCTUATION)}]|[{re.escape(PUNCTUATION)}]\u200b")
    for path in (site_dir / "search" / "search_index.json", site_dir / "en" / "search" / "search_index.json"):
        docs = json.loads(path.read_text(encoding="utf-8"))["docs"]
        bad = [d["location"] for d in docs if beside.search(d["title"] + d["text"])]
        assert bad == [], f"{path}: {bad[:5]}"


@pytest.mark.parametrize(
    ("index_file", "entries"),
    [("search/search_index.json", "docs"), ("search.json", "items")],
    ids=["material", "zensical"],
)
def test_either_builders_index_is_tidied(tmp_path: Path, index_file: str, entries: str) -> None:
    """`make build` (Material) and `make build-zensical` (Zensical) write their indexes apart."""
    path = tmp_path / "zh" / index_file
    path.parent.mkdir(parents=True)
    doc = {"location": "", "title": "结论\u200b。", "text": "如何\u200b，这"}
    path.write_text(json.dumps({"config": {"lang": ["zh"]}, entries: [doc]}), encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    index = json.loads(path.read_text(encoding="utf-8"))
    assert index[entries] == [{"location": "", "title": "结论。", "text": "如何，这"}]
    assert index["config"] == {"lang": ["zh"]}


def test_a_site_without_an_index_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main([str(tmp_path)])
