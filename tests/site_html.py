"""Small readers of built HTML shared by the site, citation and evidence tests (stdlib only)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path


class _IdCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.append(value)


def element_ids(html_file: Path) -> list[str]:
    """Every element id of a built page, in document order (duplicates kept, so tests can count)."""
    parser = _IdCollector()
    parser.feed(html_file.read_text(encoding="utf-8"))
    return parser.ids
