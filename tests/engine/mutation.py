"""Mutation analysis of the tree against the rules, validation and any further judge.

A mutant is the tree with one small, plausible authoring mistake. Families:

- `leaf`: a finished path whose outcome is replaced by another outcome of the tree (per
  path, judged on the path's own record: the facts it established and the card it shows).
- `sibling-facts`: two answers of the same question swap their facts.
- `sibling-meaning`: two answers of the same question swap their facts *and* where they
  lead, so each label now means what the other one meant (issue 11's blind spot: `works`
  and `not-tried` swapped on the prompting question).
- `rewire`: one answer's `next` points to another node of the same kind (a question to
  another question, an outcome to another outcome).
- `drop-cite`: one citation removed from an outcome's, an answer's or an addendum's cites.
- `drop-action`: one action removed from an addendum.
- `drop-condition`: one of an addendum's `when` conditions removed, or one fact test
  removed from a condition (the addendum then applies more widely).

A tree mutant is *caught* when any judge objects: an answer's label no longer says the facts
it declares (`label_judge`), a reader situation written apart from the tree now gets advice the
guide does not give (`tests.situations.oracle`, the default oracle since issue 22), a rule is
violated on some path, or `validate()` reports a problem. A judge is any
`Callable[[Tree], Sequence[str]]` returning what it objects to; pass others with `judges=`.
A mutant no judge catches *survives*; a survivor is acceptable only if it is listed in
`EQUIVALENT` with the reason, and `reader_output` shows it really changes nothing a reader sees.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from types import MappingProxyType
from typing import Any

from decision_tree import RULES, TREE, explain, paths
from decision_tree.checks import validate
from decision_tree.core.engine import CycleError, Path, PathError, record_for
from decision_tree.core.fragment import format_path
from decision_tree.core.model import Outcome, Tree
from tests.engine.label_judge import label_judge
from tests.situations.oracle import situations_judge

Judge = Callable[[Tree], Sequence[str]]

FAMILIES = ("leaf", "sibling-facts", "sibling-meaning", "rewire", "drop-cite", "drop-action", "drop-condition")

# Mutant description -> why the mutant changes nothing a reader sees. Each is checked by
# `test_every_justified_equivalence_changes_no_reader_output`: if the mutant's reader output
# differs from the real tree's on any path, the justification is wrong and the test fails.
EQUIVALENT: dict[str, str] = {
    "drop-cite: outcome fix-data-first loses NFT-3": (
        "every path to fix-data-first declares bad data, so a data addendum citing NFT-3 is on every such card"
    ),
    "drop-cite: outcome rag-and-fix-data loses NFT-3": (
        "every path to rag-and-fix-data declares bad data, so a data addendum citing NFT-3 is on every such card"
    ),
    "drop-cite: answer goal/specialised-task loses FT-3": (
        "every path through specialised-task either answers the scope question with narrow, which cites FT-3, "
        "or ends at narrow-scope-first, which cites FT-3: the card cites the same rules"
    ),
    "drop-cite: outcome fine-tune loses FT-3": (
        "every path to fine-tune answers the scope question with narrow, which cites FT-3"
    ),
    "drop-cite: outcome distil-into-smaller loses FT-3": (
        "every path to distil-into-smaller answers the scope question with narrow, which cites FT-3"
    ),
    "drop-cite: outcome rag-and-distil loses FT-3": (
        "every path to rag-and-distil answers the scope question with narrow, which cites FT-3"
    ),
    "drop-cite: addendum tool-choice-fixes loses FT-4": (
        "the addendum is only on paths where prompting is untried, which all end at an outcome citing FT-4"
    ),
    "drop-cite: addendum cost-low-volume loses NFT-4": (
        "the addendum is only on low-volume paths, which all end at use-prompting, which cites NFT-4"
    ),
}


@dataclass(frozen=True)
class Mutant:
    family: str
    description: str
    killed_by: tuple[str, ...]
    tree: Tree | None = None  # None for `leaf` mutants, which are judged path by path

    @property
    def caught(self) -> bool:
        return bool(self.killed_by)

    def describe(self) -> str:
        return self.description


# ---------------------------------------------------------------------------
# Judges
# ---------------------------------------------------------------------------


def rules_judge(tree: Tree) -> tuple[str, ...]:
    """The first rule violated on some path of the tree, naming the path; empty if none is.

    One violation catches a mutant, so the walk stops there: what the judge costs then depends
    on where the mutant's change first shows, not on how many paths the tree has.
    """
    for p in paths(tree):
        record = explain(p, tree).record()
        for r in RULES:
            if r.violated_by(record):
                return (f"rule {r.id} on {format_path(p)}",)
    return ()


def validation_judge(tree: Tree) -> tuple[str, ...]:
    return tuple(f"validate {p.kind.value}: {p.node}" for p in validate(tree, RULES))


def labels_judge(tree: Tree) -> tuple[str, ...]:
    return tuple(f"label {problem}" for problem in label_judge(tree))


DEFAULT_JUDGES: tuple[Judge, ...] = (labels_judge, situations_judge, rules_judge, validation_judge)
"""Cheapest first: the labels read answers only; the situations walk ~120 paths; the rules and the
validation walk every path. The situation oracle (issue 22) judges every mutant by default."""


def judge(tree: Tree, judges: Sequence[Judge] = DEFAULT_JUDGES) -> tuple[str, ...]:
    """The objections of the first judge that objects to this tree (one is enough to catch it).

    A tree that cannot even be walked is caught as such. Later judges are not consulted once
    one objects, so a mutant costs what its cheapest catching judge costs.
    """
    for j in judges:
        try:
            objections = tuple(j(tree))
        except (CycleError, PathError, KeyError) as error:
            return (f"{getattr(j, '__name__', 'judge')}: the tree cannot be walked: {error}",)
        if objections:
            return objections
    return ()


# ---------------------------------------------------------------------------
# Reader output: what a mutant must leave unchanged to be equivalent
# ---------------------------------------------------------------------------


def reader_output(tree: Tree) -> dict[Path, Any]:
    """Per path, everything the reader is shown or the rules read: steps, facts, card and its parts.

    Cited rules are compared as a set: the card may list them in another order, but the same
    rules back the same advice.
    """
    output: dict[Path, Any] = {}
    for p in paths(tree):
        e = explain(p, tree)
        assert e.outcome is not None
        output[p] = (
            tuple((s.question.text, s.answer.label, s.answer.reason) for s in e.steps),
            tuple(sorted(e.facts.items())),
            _card(e.outcome),
            tuple((a.id, a.title, a.text, a.actions, a.beyond_guide) for a in e.addenda),
            frozenset(e.cites),
        )
    return output


def _card(o: Outcome) -> tuple[Any, ...]:
    return (o.id, o.kind, o.title, o.summary, o.actions, o.checklist, o.beyond_guide)


@cache
def _real_output() -> Mapping[Path, Any]:
    return MappingProxyType(reader_output(TREE))


def output_differences(tree: Tree) -> list[str]:
    """The paths whose reader output differs from the real tree's (or that exist in only one)."""
    try:
        mutated = reader_output(tree)
    except (CycleError, PathError, KeyError) as error:
        return [f"the tree cannot be walked: {error}"]
    real = _real_output()
    changed = [format_path(p) for p in real if mutated.get(p) != real[p]]
    changed += [format_path(p) for p in mutated if p not in real]
    return changed


# ---------------------------------------------------------------------------
# Tree edits
# ---------------------------------------------------------------------------


def _with_answers(tree: Tree, question_id: str, answers: tuple[Any, ...]) -> Tree:
    return replace(
        tree, questions=tuple(replace(q, answers=answers) if q.id == question_id else q for q in tree.questions)
    )


def _with_outcome(tree: Tree, outcome: Outcome) -> Tree:
    return replace(tree, outcomes=tuple(outcome if o.id == outcome.id else o for o in tree.outcomes))


def _with_addendum(tree: Tree, index: int, **changes: Any) -> Tree:
    return replace(tree, addenda=tuple(replace(a, **changes) if i == index else a for i, a in enumerate(tree.addenda)))


def _without(items: tuple[str, ...], item: str) -> tuple[str, ...]:
    return tuple(x for x in items if x != item)


# ---------------------------------------------------------------------------
# Families of tree mutants: (description, mutated tree)
# ---------------------------------------------------------------------------


def sibling_fact_swaps(tree: Tree = TREE) -> Iterator[tuple[str, Tree]]:
    for q in tree.questions:
        for i, a in enumerate(q.answers):
            for j in range(i + 1, len(q.answers)):
                b = q.answers[j]
                if dict(a.facts) == dict(b.facts):
                    continue
                answers = list(q.answers)
                answers[i], answers[j] = replace(a, facts=b.facts), replace(b, facts=a.facts)
                yield f"sibling-facts: {q.id}/{a.id} <-> {q.id}/{b.id}", _with_answers(tree, q.id, tuple(answers))


def sibling_meaning_swaps(tree: Tree = TREE) -> Iterator[tuple[str, Tree]]:
    for q in tree.questions:
        for i, a in enumerate(q.answers):
            for j in range(i + 1, len(q.answers)):
                b = q.answers[j]
                answers = list(q.answers)
                answers[i] = replace(a, facts=b.facts, next=b.next)
                answers[j] = replace(b, facts=a.facts, next=a.next)
                yield f"sibling-meaning: {q.id}/{a.id} <-> {q.id}/{b.id}", _with_answers(tree, q.id, tuple(answers))


def rewires(tree: Tree = TREE) -> Iterator[tuple[str, Tree]]:
    for q in tree.questions:
        for i, a in enumerate(q.answers):
            target = tree.node(a.next)
            same_kind = tree.outcomes if isinstance(target, Outcome) else tree.questions
            for other in same_kind:
                if other.id == a.next:
                    continue
                answers = tuple(replace(x, next=other.id) if k == i else x for k, x in enumerate(q.answers))
                yield f"rewire: {q.id}/{a.id} -> {other.id} (was {a.next})", _with_answers(tree, q.id, answers)


def dropped_cites(tree: Tree = TREE) -> Iterator[tuple[str, Tree]]:
    for o in tree.outcomes:
        for cite in o.cites:
            yield (
                f"drop-cite: outcome {o.id} loses {cite}",
                _with_outcome(tree, replace(o, cites=_without(o.cites, cite))),
            )
    for q in tree.questions:
        for i, a in enumerate(q.answers):
            for cite in a.cites:
                answers = tuple(
                    replace(x, cites=_without(x.cites, cite)) if k == i else x for k, x in enumerate(q.answers)
                )
                yield f"drop-cite: answer {q.id}/{a.id} loses {cite}", _with_answers(tree, q.id, answers)
    for n, ad in enumerate(tree.addenda):
        for cite in ad.cites:
            yield f"drop-cite: addendum {ad.id} loses {cite}", _with_addendum(tree, n, cites=_without(ad.cites, cite))


def dropped_actions(tree: Tree = TREE) -> Iterator[tuple[str, Tree]]:
    for n, ad in enumerate(tree.addenda):
        for action in sorted(ad.actions):
            yield (
                f"drop-action: addendum {ad.id} loses {action.value}",
                _with_addendum(tree, n, actions=ad.actions - {action}),
            )


def dropped_conditions(tree: Tree = TREE) -> Iterator[tuple[str, Tree]]:
    for n, ad in enumerate(tree.addenda):
        for c, condition in enumerate(ad.when):
            rest = tuple(x for k, x in enumerate(ad.when) if k != c)
            shown = ",".join(f"{name}={'|'.join(sorted(values))}" for name, values in condition.items())
            yield f"drop-condition: addendum {ad.id} loses condition {shown}", _with_addendum(tree, n, when=rest)
            if len(condition) > 1:
                for name in condition:
                    looser = MappingProxyType({k: v for k, v in condition.items() if k != name})
                    when = tuple(looser if k == c else x for k, x in enumerate(ad.when))
                    yield (
                        f"drop-condition: addendum {ad.id} condition {shown} loses its test on {name}",
                        _with_addendum(tree, n, when=when),
                    )


TREE_FAMILIES: Mapping[str, Callable[[Tree], Iterator[tuple[str, Tree]]]] = MappingProxyType(
    {
        "sibling-facts": sibling_fact_swaps,
        "sibling-meaning": sibling_meaning_swaps,
        "rewire": rewires,
        "drop-cite": dropped_cites,
        "drop-action": dropped_actions,
        "drop-condition": dropped_conditions,
    }
)


# ---------------------------------------------------------------------------
# All mutants and the score
# ---------------------------------------------------------------------------


def leaf_mutants(tree: Tree = TREE) -> list[Mutant]:
    """Every finished path given every other outcome, judged on that path's record by the rules."""
    result = []
    for path in paths(tree):
        e = explain(path, tree)
        assert e.outcome is not None
        for other in tree.outcomes:
            if other.id == e.outcome.id:
                continue
            record = record_for(e.facts, other, e.steps, e.addenda)
            killers = tuple(r.id for r in RULES if r.violated_by(record))
            result.append(Mutant("leaf", f"leaf: {format_path(path)}: {e.outcome.id} -> {other.id}", killers))
    return result


def tree_mutants(judges: Sequence[Judge] = DEFAULT_JUDGES, tree: Tree = TREE) -> list[Mutant]:
    return [
        Mutant(family, description, judge(mutated, judges), mutated)
        for family, make in TREE_FAMILIES.items()
        for description, mutated in make(tree)
    ]


def mutants(judges: Sequence[Judge] = DEFAULT_JUDGES) -> list[Mutant]:
    if tuple(judges) == DEFAULT_JUDGES:
        return list(_default_mutants())
    return [*leaf_mutants(), *tree_mutants(judges)]


@cache
def _default_mutants() -> tuple[Mutant, ...]:
    return (*leaf_mutants(), *tree_mutants())


def mutation_was_run() -> bool:
    """Whether this process has judged the default mutants already (their score is then free to print)."""
    return _default_mutants.cache_info().currsize > 0


def survivors(all_mutants: Sequence[Mutant]) -> list[Mutant]:
    return [m for m in all_mutants if not m.caught and m.description not in EQUIVALENT]


def score(all_mutants: Sequence[Mutant]) -> tuple[int, int]:
    """(caught or justified, total)."""
    killed = sum(1 for m in all_mutants if m.caught or m.description in EQUIVALENT)
    return killed, len(all_mutants)


def scores_by_family(all_mutants: Sequence[Mutant]) -> dict[str, tuple[int, int, int]]:
    """Per family: (caught, justified as equivalent, total)."""
    result: dict[str, tuple[int, int, int]] = {}
    for family in FAMILIES:
        members = [m for m in all_mutants if m.family == family]
        caught = sum(1 for m in members if m.caught)
        justified = sum(1 for m in members if not m.caught and m.description in EQUIVALENT)
        result[family] = (caught, justified, len(members))
    return result
