"""Structural validation of a tree against the rules: every problem names its node.

Run by `python -m decision_tree check`, by the tests and by the site build, so a broken
tree never reaches a reader. Validation collects every problem instead of stopping at
the first, because an author fixing a tree wants the whole list at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from .engine import CycleError, explain, paths
from .evidence import Registry
from .model import FACTS, Outcome, Question, Tree
from .rules import RULES, Rule
from .text import Text
from .tree import TREE

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


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
    # Evidence (decision_tree.evidence), checked by decision_tree.evidence_checks:
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


def _nodes(tree: Tree) -> tuple[Question | Outcome, ...]:
    return (*tree.questions, *tree.outcomes)


def _texts(tree: Tree) -> Iterator[tuple[str, str, Text]]:
    for q in tree.questions:
        yield q.id, "text", q.text
        yield q.id, "hint", q.hint
        for a in q.answers:
            yield f"{q.id}/{a.id}", "label", a.label
            yield f"{q.id}/{a.id}", "reason", a.reason
    for o in tree.outcomes:
        yield o.id, "title", o.title
        yield o.id, "summary", o.summary
        if o.beyond_guide is not None:
            yield o.id, "beyond_guide", o.beyond_guide


def _ids(tree: Tree) -> Iterator[Problem]:
    seen: set[str] = set()
    for node in _nodes(tree):
        if node.id in seen:
            yield Problem(
                ProblemKind.DUPLICATE_ID, node.id, "two nodes share this ID; every question and outcome needs its own"
            )
        seen.add(node.id)
        if not _ID.fullmatch(node.id):
            yield Problem(
                ProblemKind.BAD_ID, node.id, "IDs are lower-case words joined by '-' (they appear in URLs and SVG ids)"
            )
    for q in tree.questions:
        answer_ids: set[str] = set()
        if not q.answers:
            yield Problem(ProblemKind.NO_ANSWERS, q.id, "a question needs at least two answers")
        elif len(q.answers) == 1:
            yield Problem(
                ProblemKind.NO_ANSWERS, q.id, "a question with one answer is not a choice; remove it or add answers"
            )
        for a in q.answers:
            if a.id in answer_ids:
                yield Problem(ProblemKind.DUPLICATE_ID, f"{q.id}/{a.id}", "two answers of this question share this ID")
            answer_ids.add(a.id)
            if not _ID.fullmatch(a.id):
                yield Problem(ProblemKind.BAD_ID, f"{q.id}/{a.id}", "answer IDs are lower-case words joined by '-'")


def _links(tree: Tree) -> Iterator[Problem]:
    for q in tree.questions:
        for a in q.answers:
            if tree.node(a.next) is None:
                yield Problem(
                    ProblemKind.DANGLING,
                    f"{q.id}/{a.id}",
                    f"points to {a.next!r}, which is neither a question nor an outcome",
                )
    if not isinstance(tree.node(tree.root), Question):
        yield Problem(ProblemKind.DANGLING, tree.root, "the root must be a question of the tree")


def _reachable(tree: Tree) -> tuple[set[str], list[Problem]]:
    """Depth-first from the root: reachable node IDs and every cycle found on the way."""
    reached: set[str] = set()
    cycles: list[Problem] = []
    done: set[str] = set()

    def visit(node_id: str, stack: tuple[str, ...]) -> None:
        if node_id in stack:
            loop = " -> ".join((*stack[stack.index(node_id) :], node_id))
            cycles.append(Problem(ProblemKind.CYCLE, node_id, f"the tree loops back here: {loop}"))
            return
        reached.add(node_id)
        if node_id in done:
            return
        node = tree.node(node_id)
        if isinstance(node, Question):
            for a in node.answers:
                visit(a.next, (*stack, node_id))
        done.add(node_id)

    if tree.node(tree.root) is not None:
        visit(tree.root, ())
    return reached, cycles


def _content(tree: Tree, rule_ids: set[str]) -> Iterator[Problem]:
    for node, field, text in _texts(tree):
        for lang in text.missing():
            yield Problem(ProblemKind.MISSING_TEXT, node, f"{field} has no {lang} text")
    for q in tree.questions:
        for a in q.answers:
            for cited in a.cites:
                if cited not in rule_ids:
                    yield Problem(ProblemKind.UNKNOWN_RULE, f"{q.id}/{a.id}", f"cites {cited!r}, which is not a rule")
            for name, value in a.facts.items():
                if value not in FACTS.get(name, ()):
                    yield Problem(
                        ProblemKind.UNKNOWN_FACT,
                        f"{q.id}/{a.id}",
                        f"sets {name}={value!r}, which is not in the fact vocabulary",
                    )
    for o in tree.outcomes:
        for cited in (*o.cites, *o.checklist):
            if cited not in rule_ids:
                yield Problem(ProblemKind.UNKNOWN_RULE, o.id, f"cites {cited!r}, which is not a rule")


def _rule_coverage(tree: Tree, rules: Iterable[Rule]) -> Iterator[Problem]:
    records = []
    cited: set[str] = set()
    for p in paths(tree):
        e = explain(p, tree)
        records.append(e.record())
        cited.update(e.cites)
        cited.update(e.outcome.checklist if e.outcome else ())
    for r in rules:
        if not any(r.applies(rec) for rec in records):
            yield Problem(ProblemKind.UNEXERCISED_RULE, r.id, "no path of the tree meets this rule's condition")
        if r.id not in cited:
            yield Problem(ProblemKind.UNCITED_RULE, r.id, "no path cites this rule and no checklist presents it")


def validate(
    tree: Tree = TREE, rules: tuple[Rule, ...] = RULES, evidence: Registry | None = None
) -> tuple[Problem, ...]:
    """Every problem of the tree and of the evidence behind its rules, or () when both are sound.

    `evidence` defaults to `decision_tree.evidence.REGISTRY`, looked up at call time.
    """
    from .evidence_checks import evidence_problems  # it builds on Problem, defined here

    problems = [*_ids(tree), *_links(tree)]
    reached, cycles = _reachable(tree)
    problems += cycles
    for node in _nodes(tree):
        if node.id not in reached:
            kind = "question" if isinstance(node, Question) else "outcome"
            problems.append(Problem(ProblemKind.UNREACHABLE, node.id, f"no answer leads to this {kind}"))
    problems += _content(tree, {r.id for r in rules})
    structural = any(p.kind in (ProblemKind.CYCLE, ProblemKind.DANGLING, ProblemKind.DUPLICATE_ID) for p in problems)
    if not structural:
        try:
            problems += _rule_coverage(tree, rules)
        except CycleError as error:  # pragma: no cover - cycles are reported above
            problems.append(Problem(ProblemKind.CYCLE, tree.root, str(error)))
    problems += evidence_problems(evidence, {r.id for r in rules})
    return tuple(problems)


def ensure_valid(tree: Tree = TREE, rules: tuple[Rule, ...] = RULES) -> None:
    """Raise `InvalidTree` listing every problem; the site build calls this."""
    problems = validate(tree, rules)
    if problems:
        raise InvalidTree(problems)


__all__ = ["InvalidTree", "Outcome", "Problem", "ProblemKind", "ensure_valid", "validate"]
