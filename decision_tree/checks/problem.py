"""One `Problem` type for everything a check can find, in the tree or in the evidence.

Every problem names the node, source or rule at fault and says what would be right, so
the build, `python -m decision_tree check` and the tests print the same actionable list.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ProblemKind(StrEnum):
    CYCLE = "cycle"
    UNREACHABLE = "unreachable"
    DANGLING = "dangling-answer"
    DUPLICATE_ID = "duplicate-id"
    BAD_ID = "bad-id"
    MISSING_TEXT = "missing-text"
    UNKNOWN_RULE = "unknown-rule"
    UNKNOWN_FACT = "unknown-fact"
    NO_ANSWERS = "no-answers"
    UNEXERCISED_RULE = "unexercised-rule"
    UNCITED_RULE = "uncited-rule"
    REPEATED_TEXT = "repeated-text"
    # Evidence (core.evidence), found by checks.evidence_checks:
    UNKNOWN_SOURCE = "unknown-source"
    UNCITED_SOURCE = "uncited-source"
    INSECURE_URL = "insecure-url"
    UNKNOWN_SOURCE_KIND = "unknown-source-kind"
    UNKNOWN_STANCE = "unknown-stance"
    UNLABELLED_DISSENT = "unlabelled-dissent"
    NO_EVIDENCE = "no-evidence"
    UNCOVERED_BUT_CLAIMED = "uncovered-but-claimed"
    UNSOURCED_STATEMENT = "unsourced-statement"


@dataclass(frozen=True, slots=True)
class Problem:
    kind: ProblemKind
    node: str
    message: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.node}: {self.message}"


class InvalidTree(ValueError):
    """Raised by `ensure_valid`; its message lists every problem, one per line."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        super().__init__("invalid decision tree:\n" + "\n".join(f"  {p}" for p in problems))
