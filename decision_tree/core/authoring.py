"""Small helpers for writing the tree's content: read-only fact maps and addendum conditions.

The tree's modules (`tree.py` and `branches/`) are data; these two helpers keep that data
short and immutable, so that an answer's facts or an addendum's condition cannot be changed
after the tree is built and validated.
"""

from __future__ import annotations

from types import MappingProxyType

BEST_PRACTICES: tuple[str, ...] = ("BP-1", "BP-2", "BP-3", "BP-4", "BP-5", "BP-6", "BP-7")
"""The checklist every outcome that trains a model presents before anyone starts training."""


def facts(**declared: str) -> MappingProxyType[str, str]:
    """The facts an answer establishes, as a read-only mapping."""
    return MappingProxyType(dict(declared))


def when(**tests: frozenset[str] | str) -> MappingProxyType[str, frozenset[str]]:
    """One condition of an addendum: each named fact takes one of the given values."""
    return MappingProxyType({name: (frozenset({v}) if isinstance(v, str) else v) for name, v in tests.items()})
