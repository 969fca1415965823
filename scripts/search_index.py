"""Tidy the Chinese search index after the build: no word boundary next to punctuation.

Material segments Chinese text with jieba at build time and marks every word boundary
with a zero-width space (U+200B), which its search uses to split words. A zero-width
space is also a line-break opportunity, so a search result could start a line with
"，" or "。" (or end one with "（"), which Chinese typesetting never does. Punctuation
already separates words (`separator` in mkdocs.yml lists it), so the zero-width spaces
beside it only add those bad breaks; this removes them from every search index of the
built site. `scripts/build-site.sh` runs it after both builds, with either builder:
Material's `search/search_index.json` (`docs`) and Zensical's `search.json` (`items`, which
Zensical 0.0.73 writes without word boundaries: nothing to remove there, but checked all the same).

    python scripts/search_index.py site
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

PUNCTUATION = "，。、：；？！（）《》〈〉「」『』【】“”‘’…—·,.;:!?()"
_BESIDE_PUNCTUATION = re.compile(f"\u200b+(?=[{re.escape(PUNCTUATION)}])|(?<=[{re.escape(PUNCTUATION)}])\u200b+")


def tidy_text(text: str) -> str:
    """The text without the zero-width spaces that touch a punctuation mark.

    The space before a middle dot ("OpenAI · Supervised fine-tuning", how a source is
    cited) becomes a no-break space, so the dot never starts a line either.
    """
    return _BESIDE_PUNCTUATION.sub("", text).replace(" ·", "\u00a0·")


INDEX_FILES = ("search/search_index.json", "search.json")
"""Where each builder writes a language's search index: MkDocs with Material, then Zensical."""


def tidy_index(path: Path) -> bool:
    """Rewrite one search index in place (either builder's); True if anything changed."""
    index = json.loads(path.read_text(encoding="utf-8"))
    changed = False
    for doc in index["docs"] if "docs" in index else index["items"]:
        for field in ("title", "text"):
            tidied = tidy_text(doc[field])
            changed |= tidied != doc[field]
            doc[field] = tidied
    if changed:
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, nargs="?", default=Path("site"))
    args = parser.parse_args(argv)
    indexes = sorted(path for name in INDEX_FILES for path in args.site.rglob(name))
    if not indexes:
        parser.error(f"no search index under {args.site}: build the site first")
    for path in indexes:
        tidy_index(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
