"""The decision tree's data model: questions, answers and outcomes as frozen data.

The tree is a rooted directed acyclic graph: several answers may lead to the same
question (every kind of pattern goes through the same prompting/data/scope checks).
Answers declare *facts* about the reader's situation and outcomes declare the *actions*
they recommend; the rules (`decision_tree.rules`) see only those two vocabularies, never
question or answer IDs, so rewording or reordering questions cannot make a rule pass by
accident.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from .text import Text
from .vocabulary import UNSET, Action, OutcomeKind


@dataclass(frozen=True, slots=True)
class Answer:
    """One choice of a question.

    `next` is the ID of a question or of an outcome. `reason` is why this answer
    leads where it does, shown in the explanation of every path through it. `cites`
    are rules this answer on its own brings into play (picking "format or style" is
    what makes FT-1 relevant), added to the outcome's citations. `short` is the label
    on the diagram's edge where the full one would make the drawing too wide to read
    (the edge's tooltip keeps the full label).
    """

    id: str
    label: Text
    facts: Mapping[str, str]
    next: str
    reason: Text
    cites: tuple[str, ...] = ()
    short: Text | None = None


@dataclass(frozen=True, slots=True)
class Question:
    """A question with mutually exclusive answers and a hint that explains its terms."""

    id: str
    text: Text
    hint: Text
    answers: tuple[Answer, ...]

    def answer(self, answer_id: str) -> Answer | None:
        return next((a for a in self.answers if a.id == answer_id), None)


@dataclass(frozen=True, slots=True)
class Outcome:
    """A leaf: the recommendation a finished path arrives at.

    `beyond_guide` holds advice that is ours, not the source guide's; it is always shown
    with that label. `checklist` lists the best-practice rules a fine-tune outcome
    presents before anyone starts training.
    """

    id: str
    kind: OutcomeKind
    title: Text
    summary: Text
    actions: frozenset[Action]
    cites: tuple[str, ...]
    checklist: tuple[str, ...] = ()
    beyond_guide: Text | None = None


Condition = Mapping[str, frozenset[str]]
"""Facts a path must have for an addendum to apply: each named fact takes one of the values."""


def matches(conditions: tuple[Condition, ...], facts: Mapping[str, str]) -> bool:
    """True when any one condition holds: each fact it names has one of its values.

    A fact the path never set reads as `UNSET`, so a condition can ask for "not answered"
    (a plan question the reader skipped) as plainly as for any value.
    """
    return any(all(facts.get(name, UNSET) in values for name, values in c.items()) for c in conditions)


@dataclass(frozen=True, slots=True)
class Addendum:
    """A part of the outcome card that facts on the path bring in, wherever the path ends.

    Why it exists: a blocker the reader has told us about (clustered data, no data yet) must
    reach the outcome card even when the walk ends for another reason ("try prompting first;
    and before any later fine-tune, fix the clustered data"). It applies when any one of its
    `when` conditions matches the path's facts; its actions and cites join the outcome's, so
    the rules check the card the reader actually sees.
    """

    id: str
    when: tuple[Condition, ...]
    title: Text
    text: Text
    actions: frozenset[Action]
    cites: tuple[str, ...]
    beyond_guide: bool = False

    def applies(self, facts: Mapping[str, str]) -> bool:
        return matches(self.when, facts)


@dataclass(frozen=True, slots=True)
class PlanAnswer:
    """One choice of a plan question: its label and the fact it sets."""

    id: str
    label: Text
    facts: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class PlanQuestion:
    """A question asked on the outcome card, after the verdict, to fit the plan to the team.

    Why apart from `Question`: where the model must run or how many examples a team holds
    changes *how* to fine-tune, never *whether*. Asked inside the tree, each would multiply
    every path to a training outcome and turn today's shared links into unfinished ones.
    Answered on the card, a plan answer follows the outcome in the path
    (`…/good/on-device`), so the link, the record and Back keep it, and the rules, which
    judge the verdict, never see it. It is offered on the outcomes in `for_outcomes`, those
    whose next steps read its answer (`checks` proves that each offered question is read),
    and only to paths whose facts meet `when`, if given (no "is the output structured?" for
    a model that chooses tools).
    """

    id: str
    text: Text
    hint: Text
    answers: tuple[PlanAnswer, ...]
    for_outcomes: frozenset[str]
    when: tuple[Condition, ...] = ()

    def answer(self, answer_id: str) -> PlanAnswer | None:
        return next((a for a in self.answers if a.id == answer_id), None)

    def offered_on(self, outcome: Outcome, facts: Mapping[str, str]) -> bool:
        return outcome.id in self.for_outcomes and (not self.when or matches(self.when, facts))


@dataclass(frozen=True, slots=True)
class Tree:
    """The whole decision tree: a root question, every node by ID, the addenda, and old links.

    `legacy` maps paths of earlier versions of the tree (as shared in `#path=` links) to the
    path that reads them today. Only paths that are no longer valid appear there, so a link
    is either a current path or an older one, never both.
    """

    root: str
    questions: tuple[Question, ...]
    outcomes: tuple[Outcome, ...]
    addenda: tuple[Addendum, ...] = ()
    plan: tuple[PlanQuestion, ...] = ()
    legacy: Mapping[tuple[str, ...], tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    _index: Mapping[str, Question | Outcome] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, Question | Outcome] = {}
        nodes: tuple[Question | Outcome, ...] = (*self.questions, *self.outcomes)
        for node in nodes:
            index.setdefault(node.id, node)  # duplicates are reported by validation
        object.__setattr__(self, "_index", MappingProxyType(index))

    def node(self, node_id: str) -> Question | Outcome | None:
        return self._index.get(node_id)

    def question(self, question_id: str) -> Question:
        node = self._index.get(question_id)
        if not isinstance(node, Question):
            raise KeyError(f"no question {question_id!r} in the tree")
        return node

    def outcome(self, outcome_id: str) -> Outcome:
        node = self._index.get(outcome_id)
        if not isinstance(node, Outcome):
            raise KeyError(f"no outcome {outcome_id!r} in the tree")
        return node
