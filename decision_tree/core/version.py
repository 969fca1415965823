"""The package's version: its one home (pyproject.toml reads it from here through hatchling).

The decision record names it together with a digest of the tree (`views.document.tree_version`),
so a record says which release of the tree produced it.
"""

from __future__ import annotations

VERSION = "3.2.0"
