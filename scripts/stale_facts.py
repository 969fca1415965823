"""List the dated facts of the evidence registry that were checked too long ago.

Vendor pages change: "OpenAI stops new fine-tuning jobs on 2027-01-06" is true on the day
someone read it. Every dated statement of the registry carries that day (`Statement.checked`,
and `Source.checked` for a vendor's page); this lists those older than `--max-age-days`
(180 by default), so that someone re-reads them and updates the registry.

It is part of `make lint` as a warning list and exits 0 even when it lists something: lint
gates every commit and CI run, and a check that starts failing because the calendar moved,
with nothing in the code changed, would block unrelated work on a given morning and teach
everyone to skip it. `--strict` makes a non-empty list exit 1, for a job that wants exactly
that failure (a scheduled reminder, a release checklist).

The registry is found by walking the `decision_tree` package rather than by a fixed import
path, so this keeps working when its modules move.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "decision_tree"
MAX_AGE_DAYS = 180


@dataclass(frozen=True)
class Dated:
    """One dated fact: where it is, what it says, and the day it was last checked."""

    where: str
    checked: date
    text: str


def parse_checked(value: str) -> date:
    """'2026-11-29' as that day; '2026-11' as the first day of the month (the oldest it can be)."""
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 2:
        parts.append(1)
    if len(parts) != 3:
        raise ValueError(f"checked date {value!r} is neither YYYY-MM-DD nor YYYY-MM")
    return date(*parts)


def _modules(package: str) -> Iterator[ModuleType]:
    root = importlib.import_module(package)
    yield root
    for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}."):
        if info.name.rsplit(".", 1)[-1] == "__main__":
            continue  # running the CLI is not a way to find data
        yield importlib.import_module(info.name)


def find_registry(package: str = PACKAGE) -> tuple[Any, str]:
    """The evidence registry (the module-level `REGISTRY` with sources and dated statements) and its file."""
    for module in _modules(package):
        registry = getattr(module, "REGISTRY", None)
        if all(hasattr(registry, part) for part in ("sources", "changes", "meaning", "readiness")):
            path = Path(module.__file__ or module.__name__)
            return registry, str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    raise LookupError(f"no REGISTRY with sources and dated statements in any module of {package}")


def dated_facts(registry: Any, where: str) -> Iterator[Dated]:
    """Every statement that carries a checked day, and every vendor page with its checked date."""
    for part in ("changes", "meaning", "readiness"):
        for st in getattr(registry, part):
            if st.checked:
                yield Dated(f"{where}: {part} {st.id}", parse_checked(st.checked), st.text.en)
    for s in registry.sources:
        if s.kind == "vendor":
            yield Dated(f"{where}: source {s.id}", parse_checked(s.checked), f"{s.authors} · {s.title} <{s.url}>")


def stale(facts: Iterator[Dated], today: date, max_age_days: int) -> list[tuple[Dated, int]]:
    """The facts checked more than `max_age_days` before `today`, oldest first, with their age in days."""
    aged = [(fact, (today - fact.checked).days) for fact in facts]
    return sorted(((f, age) for f, age in aged if age > max_age_days), key=lambda item: -item[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-age-days", type=int, default=MAX_AGE_DAYS)
    parser.add_argument("--today", type=date.fromisoformat, default=date.today(), help="YYYY-MM-DD (for tests)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when anything is listed")
    args = parser.parse_args(argv)
    registry, where = find_registry()
    facts = list(dated_facts(registry, where))
    old = stale(iter(facts), args.today, args.max_age_days)
    for fact, age in old:
        summary = fact.text if len(fact.text) <= 100 else fact.text[:99] + "…"
        print(f"warning: {fact.where}: checked {fact.checked.isoformat()} ({age} days ago): {summary}")
    if old:
        print(
            f"{len(old)} of {len(facts)} dated fact(s) were checked more than {args.max_age_days} days ago: "
            "re-read their sources, then update the text and its `checked` date"
        )
    else:
        print(f"dated facts: all {len(facts)} checked within the last {args.max_age_days} days")
    return 1 if old and args.strict else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
