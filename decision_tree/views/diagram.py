"""The diagram as a small model: nodes, edges and legend with their DOM ids, kinds, links and words.

Made after python-statemachine's `contrib/diagram/model.py`: the tree is extracted once
into plain dataclasses in one language, and each renderer (`render/dot.py` today) only
draws this model. The DOM ids are a contract with the page: the widget highlights the
reader's path by these ids, which it receives ready-made in the path view
(`views.path.state`'s `highlight`), so the id scheme exists only here:

- `q-<question>` for a question node, `o-<outcome>` for an outcome node;
- `a-<question>-<answer>` for an answer edge (answer IDs repeat across questions);
- `t-<outcome>` for an outcome's title link and `r-<outcome>-<rule anchor>` for its rule links.

Links are relative to the `/decision-tree/` page of a language site, so one SVG per
language works at `/decision-tree/` and `/en/decision-tree/` under any deployment path.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from decision_tree.core.engine import Explanation
from decision_tree.core.model import Answer, Outcome, Question, Tree
from decision_tree.core.rules import rule
from decision_tree.core.text import Lang
from decision_tree.core.tree import TREE
from decision_tree.core.vocabulary import OutcomeKind

from .labels import COLON, KIND_NAMES, LABELS
from .urls import DECISION_TREE, from_page, rule_href


class NodeKind(StrEnum):
    QUESTION = "question"
    OUTCOME = "outcome"


@dataclass(frozen=True, slots=True)
class Link:
    """A link inside the drawing: where it goes, what it says, what its tooltip says."""

    dom_id: str
    href: str
    text: str
    title: str


@dataclass(frozen=True, slots=True)
class Node:
    """A question or an outcome. An outcome has no link of its own: its title and each rule link apart."""

    dom_id: str
    kind: NodeKind
    label: str
    tooltip: str
    outcome_kind: OutcomeKind | None = None
    title_link: Link | None = None
    rule_links: tuple[Link, ...] = ()


@dataclass(frozen=True, slots=True)
class Edge:
    """An answer: from its question to the node it leads to; `links` are the rules it brings in."""

    dom_id: str
    tail: str
    head: str
    label: str
    tooltip: str
    links: tuple[Link, ...] = ()


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """One legend item: a question swatch, an outcome kind, or the rule-link sample."""

    dom_id: str
    label: str
    node_kind: NodeKind | None
    outcome_kind: OutcomeKind | None = None


@dataclass(frozen=True, slots=True)
class Diagram:
    """The whole drawing in one language.

    `ranks` gives each node's depth (the longest answer chain from the root), which the
    renderer uses to tuck the legend into the room the shallow branches leave free.
    """

    lang: Lang
    title: str
    title_separator: str
    legend_title: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    legend: tuple[LegendEntry, ...]
    ranks: dict[str, int]
    answers: int

    @property
    def questions(self) -> tuple[Node, ...]:
        return tuple(n for n in self.nodes if n.kind is NodeKind.QUESTION)

    @property
    def outcomes(self) -> tuple[Node, ...]:
        return tuple(n for n in self.nodes if n.kind is NodeKind.OUTCOME)

    @property
    def root(self) -> str:
        """The DOM id of the first question, where the page opens a diagram wider than its frame."""
        return next(node for node, depth in self.ranks.items() if depth == 0)


# --- ids --------------------------------------------------------------------------------


def question_dom_id(question_id: str) -> str:
    return f"q-{question_id}"


def answer_dom_id(question_id: str, answer_id: str) -> str:
    return f"a-{question_id}-{answer_id}"


def outcome_dom_id(outcome_id: str) -> str:
    return f"o-{outcome_id}"


def node_dom_id(tree: Tree, target: str) -> str:
    """The DOM id of the node an answer leads to (a question or an outcome)."""
    node = tree.node(target)
    if isinstance(node, Question):
        return question_dom_id(node.id)
    if isinstance(node, Outcome):
        return outcome_dom_id(node.id)
    raise KeyError(f"an answer leads to {target!r}, which is neither a question nor an outcome of the tree")


def highlight(e: Explanation) -> list[str]:
    """The DOM ids of a path in the diagram: every question and answer taken, then where it stands."""
    ids = [i for s in e.steps for i in (question_dom_id(s.question.id), answer_dom_id(s.question.id, s.answer.id))]
    if e.outcome is not None:
        ids.append(outcome_dom_id(e.outcome.id))
    elif e.question is not None:
        ids.append(question_dom_id(e.question.id))
    return ids


LEGEND_IDS: tuple[str, ...] = (
    "legend-question",
    *(f"legend-{kind.value}" for kind in OutcomeKind),
    "legend-rule",
)
"""The nodes that belong to the legend and not to the tree (tests tell them apart by these)."""


# --- extraction -------------------------------------------------------------------------


def rule_link_href(rule_id: str) -> str:
    """A rule's home section, relative to the `/decision-tree/` page of the same language."""
    return from_page(DECISION_TREE) + rule_href(rule_id)


def primary_rule(outcome: Outcome) -> str:
    """The rule the outcome's title links to: the first specific one, else CORE (which backs nearly all)."""
    return next((c for c in outcome.cites if c != "CORE"), outcome.cites[0])


def _rule_link(dom_id: str, rule_id: str, lang: Lang) -> Link:
    return Link(dom_id, rule_link_href(rule_id), rule_id, f"{rule_id} · {rule(rule_id).title[lang]}")


def _question(q: Question, lang: Lang) -> Node:
    tip = "\n".join(p for p in (q.text[lang], q.hint[lang]) if p)
    return Node(question_dom_id(q.id), NodeKind.QUESTION, q.text[lang], tip)


def _outcome(o: Outcome, lang: Lang) -> Node:
    dom_id = outcome_dom_id(o.id)
    title = Link(
        f"t-{o.id}", rule_link_href(primary_rule(o)), o.title[lang], o.title[lang] + COLON[lang] + o.summary[lang]
    )
    rules = tuple(_rule_link(f"r-{o.id}-{rule(c).anchor}", c, lang) for c in o.cites)
    return Node(dom_id, NodeKind.OUTCOME, o.title[lang], title.title, o.kind, title, rules)


def _edge(tree: Tree, q: Question, a: Answer, lang: Lang) -> Edge:
    cited = [f"{c} · {rule(c).title[lang]}" for c in a.cites]
    tip = "\n".join(p for p in (f"{q.text[lang]} → {a.label[lang]}", a.reason[lang], *cited) if p)
    dom_id = answer_dom_id(q.id, a.id)
    links = tuple(_rule_link(dom_id, c, lang) for c in a.cites)
    label = (a.short or a.label)[lang]
    return Edge(dom_id, question_dom_id(q.id), node_dom_id(tree, a.next), label, tip, links)


def _ranks(tree: Tree) -> dict[str, int]:
    """Each node's depth: the longest answer chain from the root to it (the tree is a DAG)."""
    depths = {tree.root: 0}
    for _ in range(len(tree.questions) + 1):  # relax edges until stable
        for q in tree.questions:
            if q.id in depths:
                for a in q.answers:
                    depths[a.next] = max(depths.get(a.next, 0), depths[q.id] + 1)
    return {node_dom_id(tree, node): depth for node, depth in depths.items()}


def _legend(lang: Lang) -> tuple[LegendEntry, ...]:
    return (
        LegendEntry("legend-question", LABELS["legend_question"][lang], NodeKind.QUESTION),
        *(LegendEntry(f"legend-{k.value}", KIND_NAMES[k][lang], NodeKind.OUTCOME, k) for k in OutcomeKind),
        LegendEntry("legend-rule", LABELS["legend_rule"][lang], None),
    )


def diagram(lang: Lang, tree: Tree = TREE) -> Diagram:
    """The tree as a drawing model: nodes in tree order (questions, then outcomes), edges, legend."""
    return Diagram(
        lang=lang,
        title=LABELS["diagram_title"][lang],
        title_separator=COLON[lang],
        legend_title=LABELS["legend"][lang],
        nodes=(*(_question(q, lang) for q in tree.questions), *(_outcome(o, lang) for o in tree.outcomes)),
        edges=tuple(_edge(tree, q, a, lang) for q in tree.questions for a in q.answers),
        legend=_legend(lang),
        ranks=_ranks(tree),
        answers=sum(len(q.answers) for q in tree.questions),
    )
