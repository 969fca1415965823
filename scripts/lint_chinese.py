"""Check Chinese copy conventions with autocorrect (spacing, full-width punctuation).

`autocorrect-py` is a library without a command line; this is ours. It lints the zh
pages and every Python file that carries user-facing Chinese strings, prints
`file:line:col: old -> new` for each finding and exits 1 if there is any. `--fix`
rewrites the files instead.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

import autocorrect_py

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TARGETS = ("docs/zh", "decision_tree", "macros", "overrides")
SUFFIXES = {".md", ".py", ".html", ".yml"}


def files(targets: list[str]) -> Iterator[Path]:
    for target in targets:
        path = ROOT / target
        if path.is_file():
            yield path
        elif path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", default=list(DEFAULT_TARGETS))
    parser.add_argument("--fix", action="store_true", help="rewrite files instead of reporting")
    args = parser.parse_args(argv)
    findings = 0
    for path in files(args.targets):
        raw = path.read_text(encoding="utf-8")
        if args.fix:
            fixed = autocorrect_py.format_for(raw, path.name)
            if fixed != raw:
                path.write_text(fixed, encoding="utf-8")
                print(f"fixed {path.relative_to(ROOT)}")
            continue
        for line in autocorrect_py.lint_for(raw, path.name).lines:
            findings += 1
            print(f"{path.relative_to(ROOT)}:{line.line}:{line.col}: {line.old.strip()!r} -> {line.new.strip()!r}")
    if findings:
        print(f"{findings} Chinese copy finding(s); run `python scripts/lint_chinese.py --fix` to apply them")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
