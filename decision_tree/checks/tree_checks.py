"""Checks of a tree's structure and of its paths against the rules: every problem names its node.

Collects every problem instead of stopping at the first, because an author fixing a
tree wants the whole list at once (`checks.validate` runs these with the evidence checks).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from decision_tree.core.engine import CycleError, PathError, explain, paths
from decision_tree.core.model import Condition, Outcome, Question, Tree
from decision_tree.core.rules import Rule
from decision_tree.core.text import Text
from decision_tree.core.vocabulary import FACTS, PLAN_FACTS

from .problem import Problem, ProblemKind

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


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
    for addendum in tree.addenda:
        yield addendum.id, "title", addendum.title
        yield addendum.id, "text", addendum.text
    for pq in tree.plan:
        yield pq.id, "text", pq.text
        yield pq.id, "hint", pq.hint
        for pa in pq.answers:
            yield f"{pq.id}/{pa.id}", "label", pa.label


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


def outside_vocabulary(
    conditions: tuple[Condition, ...], also: frozenset[str] = frozenset()
) -> Iterator[tuple[str, str]]:
    """Each (fact, value) a condition names that the fact vocabulary lacks (`also` lists extra values allowed).

    One check for every kind of condition: an addendum's, a plan question's, a next step's.
    """
    for condition in conditions:
        for name, values in condition.items():
            for value in sorted(values - FACTS.get(name, frozenset()) - also):
                yield name, value


def _addenda(tree: Tree, rule_ids: set[str]) -> Iterator[Problem]:
    seen: set[str] = {n.id for n in _nodes(tree)}
    for a in tree.addenda:
        if a.id in seen:
            yield Problem(ProblemKind.DUPLICATE_ID, a.id, "an addendum shares its ID with a node or another addendum")
        seen.add(a.id)
        if not a.when:
            yield Problem(ProblemKind.UNKNOWN_FACT, a.id, "an addendum needs at least one condition on facts")
        for name, value in outside_vocabulary(a.when):
            yield Problem(ProblemKind.UNKNOWN_FACT, a.id, f"applies when {name}={value!r}, not in the vocabulary")
        for name in sorted({name for condition in a.when for name in condition} & PLAN_FACTS):
            yield Problem(
                ProblemKind.UNKNOWN_FACT,
                a.id,
                f"applies on the plan fact {name!r}; plan answers pick steps, never parts of the card",
            )
        for cited in a.cites:
            if cited not in rule_ids:
                yield Problem(ProblemKind.UNKNOWN_RULE, a.id, f"cites {cited!r}, which is not a rule")


def _plan(tree: Tree) -> Iterator[Problem]:
    """Plan questions: their own IDs, facts of the plan vocabulary, outcomes that exist, one question per answer ID."""
    outcome_ids = {o.id for o in tree.outcomes}
    seen_questions: set[str] = {n.id for n in _nodes(tree)}
    seen_answers: set[str] = set()
    for q in tree.plan:
        if q.id in seen_questions:
            yield Problem(ProblemKind.DUPLICATE_ID, q.id, "a plan question shares its ID with a node or another one")
        seen_questions.add(q.id)
        if len(q.answers) < 2:
            yield Problem(ProblemKind.NO_ANSWERS, q.id, "a plan question needs at least two answers")
        for a in q.answers:
            node = f"{q.id}/{a.id}"
            if not _ID.fullmatch(a.id):
                yield Problem(ProblemKind.BAD_ID, node, "IDs are lower-case words joined by '-' (they appear in URLs)")
            if a.id in seen_answers:
                yield Problem(
                    ProblemKind.DUPLICATE_ID, node, "plan answers follow the outcome in a path: each ID names one"
                )
            seen_answers.add(a.id)
            for name, value in a.facts.items():
                if name not in PLAN_FACTS or value not in FACTS.get(name, frozenset()):
                    yield Problem(
                        ProblemKind.UNKNOWN_FACT,
                        node,
                        f"sets {name}={value!r}, which is not a plan fact in the vocabulary",
                    )
        for outcome_id in sorted(q.for_outcomes - outcome_ids):
            yield Problem(ProblemKind.DANGLING, q.id, f"is offered on {outcome_id!r}, which is not an outcome")
        for name, value in outside_vocabulary(q.when):
            yield Problem(ProblemKind.UNKNOWN_FACT, q.id, f"is asked when {name}={value!r}, not in the vocabulary")


def _legacy(tree: Tree) -> Iterator[Problem]:
    """Old links must not be current paths (one link, one meaning) and must read as a finished path."""
    for older, today in tree.legacy.items():
        name = "/".join(older)
        try:
            explain(older, tree)
        except PathError:
            pass
        else:
            yield Problem(
                ProblemKind.DANGLING, name, "an older link that is also a current path would have two meanings"
            )
        try:
            finished = explain(today, tree).finished
        except (PathError, KeyError) as error:
            yield Problem(ProblemKind.DANGLING, name, f"reads as {'/'.join(today)!r}, which is not a path: {error}")
            continue
        if not finished:
            yield Problem(ProblemKind.DANGLING, name, f"reads as {'/'.join(today)!r}, which stops before an outcome")


def _repeated_text(tree: Tree) -> Iterator[Problem]:
    """An outcome card never shows the same paragraph twice (say, an addendum repeating the outcome's advice)."""
    seen: set[tuple[str, str]] = set()
    for p in paths(tree):
        e = explain(p, tree)
        if e.outcome is None:  # pragma: no cover - paths() yields finished paths only
            continue
        parts = [e.outcome.summary, e.outcome.beyond_guide, *(a.text for a in e.addenda)]
        texts = [t for t in parts if t is not None]
        for text in texts:
            key = (e.outcome.id, text.en)
            if texts.count(text) > 1 and key not in seen:
                seen.add(key)
                yield Problem(
                    ProblemKind.REPEATED_TEXT,
                    "/".join(p),
                    f"the card of {e.outcome.id!r} shows this text twice: {text.en[:60]!r}…",
                )


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


def tree_problems(tree: Tree, rules: tuple[Rule, ...]) -> list[Problem]:
    """Every structural and rule-coverage problem of the tree."""
    problems = [*_ids(tree), *_links(tree)]
    reached, cycles = _reachable(tree)
    problems += cycles
    for node in _nodes(tree):
        if node.id not in reached:
            kind = "question" if isinstance(node, Question) else "outcome"
            problems.append(Problem(ProblemKind.UNREACHABLE, node.id, f"no answer leads to this {kind}"))
    problems += _content(tree, {r.id for r in rules})
    problems += _addenda(tree, {r.id for r in rules})
    problems += _plan(tree)
    structural = any(p.kind in (ProblemKind.CYCLE, ProblemKind.DANGLING, ProblemKind.DUPLICATE_ID) for p in problems)
    if not structural:
        problems += _legacy(tree)
        problems += _repeated_text(tree)
        try:
            problems += _rule_coverage(tree, rules)
        except CycleError as error:  # pragma: no cover - cycles are reported above
            problems.append(Problem(ProblemKind.CYCLE, tree.root, str(error)))
    return problems


__all__ = ["outside_vocabulary", "tree_problems"]
