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

from .model import Addendum, Answer, Outcome, PlanAnswer, PlanQuestion, Question, Tree
from .rules import PathRecord
from .tree import TREE
from .vocabulary import PLAN_FACTS

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
class PlanStep:
    """One plan question answered on the outcome card (where the model runs, how much data)."""

    question: PlanQuestion
    answer: PlanAnswer


@dataclass(frozen=True, slots=True)
class Explanation:
    """A path made readable: its steps, where it ends, and the rules behind it.

    `outcome` is None while the path is unfinished and `question` is then the one to
    answer next. `addenda` are the parts of the card the path's facts bring in (blockers,
    further needs), in the tree's order; only a finished path has them. `cites` lists the
    outcome's rules first, then those the answers brought in, then the addenda's, without
    repeats, in a stable order. `plan` holds the plan questions answered after the outcome;
    their facts join `facts` (the next steps read them) but never `record()`'s, which the
    rules judge: a plan answer shapes how to act on the verdict, not the verdict.
    """

    path: Path
    steps: tuple[Step, ...]
    question: Question | None
    outcome: Outcome | None
    cites: tuple[str, ...]
    facts: Mapping[str, str]
    addenda: tuple[Addendum, ...] = ()
    plan: tuple[PlanStep, ...] = ()

    @property
    def finished(self) -> bool:
        return self.outcome is not None

    def record(self) -> PathRecord:
        """The path as the rules see it: facts and advice, no tree IDs."""
        if self.outcome is None:
            raise ValueError("an unfinished path has no outcome for the rules to check")
        verdict_facts = {name: value for name, value in self.facts.items() if name not in PLAN_FACTS}
        return record_for(MappingProxyType(verdict_facts), self.outcome, self.steps, self.addenda)

    def plan_offered(self, tree: Tree = TREE) -> tuple[PlanQuestion, ...]:
        """The plan questions this path's outcome offers (none before the outcome)."""
        return plan_questions(self.outcome, self.facts, tree) if self.outcome is not None else ()


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


def plan_questions(outcome: Outcome, facts: Mapping[str, str], tree: Tree = TREE) -> tuple[PlanQuestion, ...]:
    """The plan questions an outcome offers a path with these facts, in the tree's order."""
    return tuple(q for q in tree.plan if q.offered_on(outcome, facts))


def _plan(outcome: Outcome, facts: Mapping[str, str], rest: Path, start_at: int, tree: Tree) -> tuple[PlanStep, ...]:
    """The plan answers that follow an outcome in a path, each checked; errors name the step."""
    offered = plan_questions(outcome, facts, tree)
    valid = tuple(a.id for q in offered for a in q.answers)
    answered: list[PlanStep] = []
    for position, answer_id in enumerate(rest, start=start_at):
        found = [(q, a) for q in offered if (a := q.answer(answer_id)) is not None]
        if not found:
            ending = f"after it come only the plan answers {', '.join(valid)}" if valid else "the path ended there"
            raise PathFinished(
                f"step {position + 1} ({answer_id!r}) comes after the outcome {outcome.id!r}; {ending}",
                position=position,
                question=None,
                valid=valid,
            )
        question, answer = found[0]
        if any(s.question.id == question.id for s in answered):
            raise PathFinished(
                f"step {position + 1} ({answer_id!r}) answers the plan question {question.id!r} a second time",
                position=position,
                question=question.id,
                valid=valid,
            )
        answered.append(PlanStep(question, answer))
    return tuple(answered)


def _walk(path: Path, tree: Tree) -> tuple[tuple[Step, ...], Question | Outcome, tuple[PlanStep, ...]]:
    node: Question | Outcome = tree.question(tree.root)
    steps: list[Step] = []
    for position, answer_id in enumerate(path):
        if isinstance(node, Outcome):
            facts = {name: value for s in steps for name, value in s.answer.facts.items()}
            return tuple(steps), node, _plan(node, facts, path[position:], position, tree)
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
    return tuple(steps), node, ()


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
    steps, node, plan = _walk(path, tree)
    facts: dict[str, str] = {}
    for s in steps:
        facts.update(s.answer.facts)
    outcome = node if isinstance(node, Outcome) else None
    question = node if isinstance(node, Question) else None
    # From the verdict's facts only: a plan answer picks steps, never a part of the card.
    addenda = addenda_for(facts, tree) if outcome is not None else ()
    for p in plan:
        facts.update(p.answer.facts)
    return Explanation(
        path=tuple(path),
        steps=steps,
        question=question,
        outcome=outcome,
        cites=_cites(outcome, steps, addenda),
        facts=MappingProxyType(facts),
        addenda=addenda,
        plan=plan,
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
