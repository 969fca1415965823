"""The decision engine: walk, step back and explain paths through the tree.

Pure functions over immutable data, standard library only: the same module runs in
CPython for the CLI, the tests and the site build, and in Pyodide for the widget. A path
is the tuple of answer IDs chosen from the root; it is all the state there is, which is
why it fits in a URL fragment.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .model import Addendum, Answer, Outcome, Question, Tree
from .rules import PathRecord
from .tree import TREE

Path = tuple[str, ...]


class PathError(ValueError):
    """A path that cannot be followed. The message names the step and the valid choices."""

    def __init__(self, message: str, *, position: int, question: str | None, valid: tuple[str, ...]) -> None:
        super().__init__(message)
        self.position = position
        self.question = question
        self.valid = valid


class UnknownAnswer(PathError):
    """An answer ID that the current question does not offer."""


class PathFinished(PathError):
    """A step past an outcome: the path has already ended."""


class CycleError(ValueError):
    """The tree loops back on itself; validation reports the node."""


@dataclass(frozen=True, slots=True)
class Step:
    """One answered question and why that answer leads where it does."""

    question: Question
    answer: Answer


@dataclass(frozen=True, slots=True)
class Explanation:
    """A path made readable: its steps, where it ends, and the rules behind it.

    `outcome` is None while the path is unfinished and `question` is then the one to
    answer next. `addenda` are the parts of the card the path's facts bring in (blockers,
    further needs), in the tree's order; only a finished path has them. `cites` lists the
    outcome's rules first, then those the answers brought in, then the addenda's, without
    repeats, in a stable order.
    """

    path: Path
    steps: tuple[Step, ...]
    question: Question | None
    outcome: Outcome | None
    cites: tuple[str, ...]
    facts: Mapping[str, str]
    addenda: tuple[Addendum, ...] = ()

    @property
    def finished(self) -> bool:
        return self.outcome is not None

    def record(self) -> PathRecord:
        """The path as the rules see it: facts and advice, no tree IDs."""
        if self.outcome is None:
            raise ValueError("an unfinished path has no outcome for the rules to check")
        return record_for(self.facts, self.outcome, self.steps, self.addenda)


def record_for(
    facts: Mapping[str, str], outcome: Outcome, steps: tuple[Step, ...], addenda: tuple[Addendum, ...] = ()
) -> PathRecord:
    """Build the rules' view of a path ending in `outcome` (also used to test mutated leaves).

    The rules see the whole card: the outcome's actions and those of every addendum.
    """
    actions = outcome.actions.union(*(a.actions for a in addenda))
    return PathRecord(
        facts=facts,
        actions=frozenset(actions),
        cites=frozenset(_cites(outcome, steps, addenda)),
        checklist=outcome.checklist,
        beyond_guide=outcome.beyond_guide is not None or any(a.beyond_guide for a in addenda),
        outcome_actions=outcome.actions,
    )


def _cites(outcome: Outcome | None, steps: tuple[Step, ...], addenda: tuple[Addendum, ...] = ()) -> tuple[str, ...]:
    ordered = (
        *(outcome.cites if outcome else ()),
        *(c for s in steps for c in s.answer.cites),
        *(c for a in addenda for c in a.cites),
    )
    return tuple(dict.fromkeys(ordered))


def addenda_for(facts: Mapping[str, str], tree: Tree = TREE) -> tuple[Addendum, ...]:
    """The addenda a finished path with these facts shows, in the tree's order."""
    return tuple(a for a in tree.addenda if a.applies(facts))


def start(tree: Tree = TREE) -> Path:
    """The empty path: the reader is at the root question."""
    tree.question(tree.root)
    return ()


def _walk(path: Path, tree: Tree) -> tuple[tuple[Step, ...], Question | Outcome]:
    node: Question | Outcome = tree.question(tree.root)
    steps: list[Step] = []
    for position, answer_id in enumerate(path):
        if isinstance(node, Outcome):
            raise PathFinished(
                f"step {position + 1} ({answer_id!r}) comes after the outcome {node.id!r}; the path ended there",
                position=position,
                question=None,
                valid=(),
            )
        answer = node.answer(answer_id)
        if answer is None:
            valid = tuple(a.id for a in node.answers)
            raise UnknownAnswer(
                f"step {position + 1}: {answer_id!r} is not an answer to question {node.id!r}; "
                f"valid answers: {', '.join(valid)}",
                position=position,
                question=node.id,
                valid=valid,
            )
        steps.append(Step(node, answer))
        next_node = tree.node(answer.next)
        if next_node is None:
            raise KeyError(f"answer {node.id}/{answer.id} points to unknown node {answer.next!r}")
        node = next_node
    return tuple(steps), node


def current(path: Path, tree: Tree = TREE) -> Question | Outcome:
    """The node a path arrives at: the next question, or the outcome."""
    return _walk(path, tree)[1]


def step(path: Path, answer_id: str, tree: Tree = TREE) -> Path:
    """The path extended by one answer, after checking the answer is offered."""
    extended = (*path, answer_id)
    _walk(extended, tree)
    return extended


def back(path: Path) -> Path:
    """The path one answer shorter; at the root it stays at the root."""
    return path[:-1]


def explain(path: Path, tree: Tree = TREE) -> Explanation:
    """Everything a reader needs to understand a path, finished or not."""
    steps, node = _walk(path, tree)
    facts: dict[str, str] = {}
    for s in steps:
        facts.update(s.answer.facts)
    outcome = node if isinstance(node, Outcome) else None
    question = node if isinstance(node, Question) else None
    addenda = addenda_for(facts, tree) if outcome is not None else ()
    return Explanation(
        path=tuple(path),
        steps=steps,
        question=question,
        outcome=outcome,
        cites=_cites(outcome, steps, addenda),
        facts=MappingProxyType(facts),
        addenda=addenda,
    )


def paths(tree: Tree = TREE) -> tuple[Path, ...]:
    """Every root-to-outcome path, depth first in answer order (deterministic)."""
    return tuple(_paths_from(tree.root, (), (), tree))


def _paths_from(node_id: str, prefix: Path, visiting: tuple[str, ...], tree: Tree) -> Iterator[Path]:
    if node_id in visiting:
        raise CycleError(f"cycle in the tree: {' -> '.join((*visiting, node_id))}")
    node = tree.node(node_id)
    if isinstance(node, Outcome):
        yield prefix
        return
    if node is None:
        raise KeyError(f"unknown node {node_id!r}")
    for answer in node.answers:
        yield from _paths_from(answer.next, (*prefix, answer.id), (*visiting, node_id), tree)
