"""Readers for the diagram's DOT source and SVG, shared by the diagram tests (stdlib only).

The DOT reader knows only the shape of the `graphviz` package's output (one statement per
line), which is all these tests need: which nodes are defined, which edges drawn, which
element ids set.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass

from decision_tree.core.model import Tree
from decision_tree.views.diagram import answer_dom_id, node_dom_id, outcome_dom_id, question_dom_id

SVG = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
XLINK_TITLE = "{http://www.w3.org/1999/xlink}title"

_NAME = r'"(?:[^"\\]|\\.)*"|[\w.]+'
_VALUE = r'<(?:[^<>]|<[^<>]*>)*>|"(?:[^"\\]|\\.)*"|[^\s\]]+'
_NODE = re.compile(rf"^\t+({_NAME}) \[(.*)\]$")
_EDGE = re.compile(rf"^\t+({_NAME}) -> ({_NAME}) \[(.*)\]$")
_REFERENCE = re.compile(rf"^\t+({_NAME})$")
_DEFAULTS = {"graph", "node", "edge"}
_ATTR = re.compile(rf"([\w]+)=({_VALUE})")


def _unquote(value: str) -> str:
    return value[1:-1].replace('\\"', '"') if value.startswith('"') else value


def attributes(text: str) -> dict[str, str]:
    return {name: _unquote(value) for name, value in _ATTR.findall(text)}


@dataclass(frozen=True)
class DotStatements:
    """The node definitions and edges of a DOT source, each with its attributes."""

    nodes: list[tuple[str, dict[str, str]]]
    edges: list[tuple[str, str, dict[str, str]]]
    references: list[str]  # bare node names: only the legend's `rank=same` blocks use them

    def node_names(self) -> Counter[str]:
        return Counter(name for name, _ in self.nodes)

    def node(self, name: str) -> dict[str, str]:
        return next(attrs for n, attrs in self.nodes if n == name)

    def edge(self, edge_id: str) -> tuple[str, str, dict[str, str]]:
        return next(e for e in self.edges if e[2].get("id") == edge_id)


def statements(dot: str) -> DotStatements:
    nodes: list[tuple[str, dict[str, str]]] = []
    edges: list[tuple[str, str, dict[str, str]]] = []
    references: list[str] = []
    for line in dot.splitlines():
        if edge := _EDGE.match(line):
            edges.append((_unquote(edge[1]), _unquote(edge[2]), attributes(edge[3])))
        elif (node := _NODE.match(line)) and node[1] not in _DEFAULTS:
            nodes.append((_unquote(node[1]), attributes(node[2])))
        elif reference := _REFERENCE.match(line):
            references.append(_unquote(reference[1]))
    return DotStatements(nodes, edges, references)


def expected_nodes(tree: Tree) -> set[str]:
    return {question_dom_id(q.id) for q in tree.questions} | {outcome_dom_id(o.id) for o in tree.outcomes}


def expected_edges(tree: Tree) -> Counter[tuple[str, str, str]]:
    """(tail, head, id) of every answer: the tree's answers are the diagram's edges."""
    return Counter(
        (question_dom_id(q.id), node_dom_id(tree, a.next), answer_dom_id(q.id, a.id))
        for q in tree.questions
        for a in q.answers
    )


def parse_svg(svg: str) -> ET.Element:
    return ET.fromstring(svg.encode("utf-8"))


def groups_by_id(root: ET.Element) -> dict[str, ET.Element]:
    """Graphviz's node, edge and cluster groups by their id (the ids the widget looks up)."""
    found: dict[str, ET.Element] = {}
    for g in root.iter(f"{SVG}g"):
        kind = g.get("class", "").split()
        if kind and kind[0] in ("node", "edge", "cluster"):
            element_id = g.get("id", "")
            assert element_id not in found, f"two groups with the id {element_id!r}"
            found[element_id] = g
    return found


def hrefs(element: ET.Element) -> list[str]:
    return [a.get(XLINK_HREF, "") for a in element.iter(f"{SVG}a") if a.get(XLINK_HREF)]


def text_lines(element: ET.Element) -> list[str]:
    """Every `<text>` of the element, as the reader sees it: one wrapped line each."""
    return ["".join(t.itertext()) for t in element.iter(f"{SVG}text")]
