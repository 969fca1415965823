"""Should I fine-tune? The guide's decision tree as executable, tested Python.

The package is standard library only: the same code answers in the CLI, in the tests, in
the site build and in the browser through Pyodide.
"""

from .engine import (
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
from .fragment import MalformedPath, parse_fragment, parse_path, to_fragment
from .model import Action, Answer, Outcome, OutcomeKind, Question, Tree
from .rules import RULES, RULES_BY_ID, PathRecord, Rule, rule
from .text import LANGS, Lang, Text
from .tree import TREE

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
