"""Should I fine-tune? The guide's decision tree as executable, tested Python.

The package is standard library only: the same code answers in the CLI, in the tests, in
the site build and in the browser through Pyodide. Its folders are its layers, each
importing only from those before it (`tests/engine/test_layers.py` enforces it):

- `core`: the content (tree, rules, evidence) and the engine that walks it;
- `checks`: everything that can be wrong with the tree or the evidence, as `Problem`s;
- `views`: the one view model every output renders, every label, the site's URLs;
- `render`: one file per output (DOT/SVG, JSON, decision record, terminal, tables, CSS);
- `cli.py`, `bridge.py`: the adapters (a terminal; the widget's worker, via Pyodide).

This module re-exports the core's public API.
"""

from .core.engine import (
    Explanation,
    Path,
    PathError,
    PathFinished,
    Step,
    UnknownAnswer,
    back,
    current,
    explain,
    paths,
    start,
    step,
)
from .core.fragment import MalformedPath, parse_fragment, parse_path, to_fragment
from .core.model import Answer, Outcome, Question, Tree
from .core.rules import RULES, RULES_BY_ID, PathRecord, Rule, rule
from .core.text import LANGS, Lang, Text
from .core.tree import TREE
from .core.version import VERSION as __version__
from .core.vocabulary import Action, OutcomeKind

__all__ = [
    "LANGS",
    "RULES",
    "RULES_BY_ID",
    "TREE",
    "Action",
    "Answer",
    "Explanation",
    "Lang",
    "MalformedPath",
    "Outcome",
    "OutcomeKind",
    "Path",
    "PathError",
    "PathFinished",
    "PathRecord",
    "Question",
    "Rule",
    "Step",
    "Text",
    "Tree",
    "UnknownAnswer",
    "__version__",
    "back",
    "current",
    "explain",
    "parse_fragment",
    "parse_path",
    "paths",
    "rule",
    "start",
    "step",
    "to_fragment",
]
