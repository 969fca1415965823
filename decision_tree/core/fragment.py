"""Paths as text: the URL fragment of the widget and the ANSWERS argument of the CLI.

A path is written as its answer IDs joined by "/" (`format-style/nothing-else/narrow/tried-failed/good`):
language-independent and readable, so one link opens the same path on both language
sites. The widget keeps it after `#path=`; other fragments (ordinary heading anchors)
are not paths and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .engine import Path, PathError, explain
from .model import Tree
from .tree import TREE

FRAGMENT_PREFIX = "path="
_ANSWER_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_MAX_STEPS = 32


class MalformedPath(PathError):
    """Text that is not a list of answer IDs at all."""


@dataclass(frozen=True, slots=True)
class Reading:
    """How a shared link reads today: the path to open, and the older path it was made as.

    `older` is set when the link was made with an earlier version of the tree whose answers
    have since been split (`Tree.legacy`): the widget then says "this link was made with an
    earlier version of the tree; today it reads as …", so a shared link never silently
    changes its meaning.
    """

    path: Path
    older: Path | None = None


def format_path(path: Path) -> str:
    return "/".join(path)


def to_fragment(path: Path) -> str:
    """The fragment (without '#') that reopens this path in the widget."""
    return FRAGMENT_PREFIX + format_path(path)


def is_path_fragment(fragment: str) -> bool:
    return fragment.removeprefix("#").startswith(FRAGMENT_PREFIX)


def parse_path(text: str, tree: Tree = TREE) -> Path:
    """Parse and check 'a/b/c' (',' also separates); errors say which step is wrong."""
    text = text.strip()
    if not text:
        return ()
    parts = tuple(re.split(r"[/,]", text))
    if len(parts) > _MAX_STEPS:
        raise MalformedPath(
            f"a path has at most {_MAX_STEPS} steps; this one has {len(parts)}",
            position=_MAX_STEPS,
            question=None,
            valid=(),
        )
    for position, part in enumerate(parts):
        if not _ANSWER_ID.fullmatch(part):
            shown = part if len(part) <= 40 else part[:40] + "…"
            raise MalformedPath(
                f"step {position + 1}: {shown!r} is not an answer ID "
                "(answer IDs are lower-case words joined by '-', steps are separated by '/')",
                position=position,
                question=None,
                valid=(),
            )
    explain(parts, tree)  # raises UnknownAnswer / PathFinished naming the step
    return parts


def parse_fragment(fragment: str, tree: Tree = TREE) -> Path:
    """The path in a widget URL fragment ('#path=…'); an empty or foreign fragment is the root."""
    fragment = fragment.removeprefix("#")
    if not fragment.startswith(FRAGMENT_PREFIX):
        return ()
    return parse_path(fragment.removeprefix(FRAGMENT_PREFIX), tree)


def read_path(text: str, tree: Tree = TREE) -> Reading:
    """Read 'a/b/c' as `parse_path` does, accepting paths of earlier versions of the tree.

    A current path reads as it is; an older one listed in `tree.legacy` reads as its path
    today, marked as such, so the CLI's `explain` and the widget open the same old links
    the same way. Anything else raises the same errors as `parse_path`.
    """
    older = tuple(p for p in re.split(r"[/,]", text.strip()) if p)
    if older in tree.legacy:
        return Reading(path=parse_path(format_path(tree.legacy[older]), tree), older=older)
    return Reading(path=parse_path(text, tree))


def read_fragment(fragment: str, tree: Tree = TREE) -> Reading:
    """Read a widget fragment ('#path=…') with `read_path`; a foreign or empty fragment is the root."""
    bare = fragment.removeprefix("#")
    if not bare.startswith(FRAGMENT_PREFIX):
        return Reading(path=())
    return read_path(bare.removeprefix(FRAGMENT_PREFIX), tree)


def valid_prefix(fragment: str, tree: Tree = TREE) -> Path:
    """The longest start of a widget fragment's path that can be followed.

    A link damaged in transit (cut short, an answer renamed in a later version of the tree,
    stray characters) still says something: the reader is offered the steps that open
    instead of only a fresh start. A foreign or empty fragment has no path, so no prefix.
    """
    fragment = fragment.removeprefix("#")
    if not fragment.startswith(FRAGMENT_PREFIX):
        return ()
    prefix: Path = ()
    for part in re.split(r"[/,]", fragment.removeprefix(FRAGMENT_PREFIX).strip())[:_MAX_STEPS]:
        if not _ANSWER_ID.fullmatch(part):
            break
        try:
            explain((*prefix, part), tree)
        except PathError:
            break
        prefix = (*prefix, part)
    return prefix
