"""The vocabulary the tree and the rules share, and nothing else: facts and actions.

Answers declare facts about the reader's situation (`need=knowledge`); outcomes declare
the actions they recommend (`retrieval`). Rules (`core.rules`) are predicates over these
two vocabularies only, never over question or answer IDs, so rewording or reordering the
tree cannot make a rule pass by accident (design.md, "Tree and rules meet only through
facts"). The fact vocabulary is public: `paths --json` items carry it.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class Action(StrEnum):
    """What an outcome tells the reader to do. Rules check these, not outcome IDs."""

    FINE_TUNE = "fine_tune"
    RETRIEVAL = "retrieval"
    PROMPT_ENGINEERING = "prompt_engineering"
    TRY_PROMPTING_FIRST = "try_prompting_first"
    FIX_DATA = "fix_data"
    NARROW_SCOPE = "narrow_scope"
    REASONING_ALTERNATIVES = "reasoning_alternatives"
    ADD_EDGE_CASES = "add_edge_cases"
    DISTIL = "distil"
    # Cut cost or latency with fixes that need no training (caching, a shorter prompt, a smaller model).
    CUT_COST = "cut_cost"


class OutcomeKind(StrEnum):
    """The family an outcome belongs to; diagrams and the widget style by it."""

    FINE_TUNE = "fine-tune"
    RAG = "rag"
    RAG_FINE_TUNE = "rag-fine-tune"
    PROMPTING = "prompting"
    FIX_DATA = "fix-data"
    NARROW_SCOPE = "narrow-scope"
    DO_NOT_FINE_TUNE = "do-not-fine-tune"


# The fact vocabulary (design.md): the only thing the tree and the rules share.
FACTS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        # The main need the reader names first.
        "need": frozenset({"knowledge", "reasoning", "pattern", "cost_latency", "many_tasks"}),
        # Further needs beside the main one (tree v2): every need a reader states is a fact.
        "also": frozenset({"nothing", "knowledge", "reasoning", "knowledge_and_reasoning"}),
        "pattern": frozenset({"format_style", "mapping", "specialised_task"}),
        "prompting": frozenset({"works", "tried_failed", "untried"}),
        "data": frozenset({"good", "edge_cases_missing", "small_or_flawed", "clustered", "none", "unchecked"}),
        "scope": frozenset({"narrow", "broad"}),
        # Only for the cost/latency need: have the fixes that keep the prompt been tried, and at what volume.
        "cheap_fixes": frozenset({"untried", "not_enough"}),
        "volume": frozenset({"high", "low"}),
    }
)
