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
    # Tree v3: the fix aimed at the named failure that needs no training (a system prompt for identity
    # answers, a table or tool call for exact lookups, clearer tool descriptions and routing for tools).
    TARGETED_FIX = "targeted_fix"
    # Improve a running retrieval system without training (chunking, hybrid search, an off-the-shelf reranker).
    FIX_RETRIEVAL = "fix_retrieval"
    # Train the retriever itself (an embedding model or reranker) on query→passage pairs with hard negatives.
    TUNE_RETRIEVER = "tune_retriever"
    # Continued pre-training on a raw corpus (a new language or code base), then supervised fine-tuning.
    CONTINUED_PRETRAINING = "continued_pretraining"
    # Troubleshooting a model already fine-tuned: go back to the base (or last good) model in production.
    ROLL_BACK = "roll_back"
    # Troubleshooting: change the training run (data mix, epochs, learning rate, adapter) and train again.
    RETRAIN = "retrain"
    # Constrain what the model may emit (structured outputs, an enum of labels, validation and retry).
    CONSTRAIN_OUTPUT = "constrain_output"
    # Measure before acting: a held-out set, the base model as baseline, a regression suite.
    EVALUATE = "evaluate"
    # No task yet: define one task and its evaluation before any training.
    DEFINE_TASK = "define_task"


class OutcomeKind(StrEnum):
    """The family an outcome belongs to; diagrams and the widget style by it."""

    FINE_TUNE = "fine-tune"
    RAG = "rag"
    RAG_FINE_TUNE = "rag-fine-tune"
    PROMPTING = "prompting"
    FIX_DATA = "fix-data"
    NARROW_SCOPE = "narrow-scope"
    DO_NOT_FINE_TUNE = "do-not-fine-tune"
    # Tree v3: a model already fine-tuned that disappoints: diagnose, fix or roll back.
    TROUBLESHOOT = "troubleshoot"


# The fact vocabulary (design.md): the only thing the tree and the rules share.
FACTS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        # The main need the reader names first.
        "need": frozenset(
            {"knowledge", "reasoning", "pattern", "cost_latency", "many_tasks", "language", "persona", "own_model"}
        ),
        # Further needs beside the main one (tree v2): every need a reader states is a fact.
        "also": frozenset({"nothing", "knowledge", "reasoning", "knowledge_and_reasoning"}),
        "pattern": frozenset({"format_style", "mapping", "specialised_task", "tool_choice"}),
        # `works_larger`: works on a larger model than the team may use; `not_applicable`: the tuned model
        # takes no prompt (a small classifier), so there is no prompting to exhaust.
        "prompting": frozenset({"works", "tried_failed", "untried", "works_larger", "not_applicable"}),
        # `corpus`: raw text, not input→output pairs; `little_text`: too little text to learn a language from.
        # `outputs_only`: finished outputs without their inputs; `preferences`: ratings or A-versus-B choices;
        # `grader`: a program that marks any answer right or wrong (tree v3: ask what the team holds).
        "data": frozenset(
            {
                "good",
                "edge_cases_missing",
                "small_or_flawed",
                "clustered",
                "none",
                "unchecked",
                "corpus",
                "little_text",
                "outputs_only",
                "preferences",
                "grader",
            }
        ),
        "scope": frozenset({"narrow", "broad"}),
        # Only for the cost/latency need: have the fixes that keep the prompt been tried, and at what volume.
        "cheap_fixes": frozenset({"untried", "not_enough"}),
        "volume": frozenset({"high", "low"}),
        # Tree v3: where the team already stands.
        # What exists already: a fine-tuned model that disappoints, or a retrieval system that misses.
        "exists": frozenset({"fine_tuned", "rag"}),
        # What goes wrong with the fine-tuned model (only with exists=fine_tuned).
        "symptom": frozenset(
            {
                "facts_missing",
                "forgetting",
                "overfitting",
                "invalid_outputs",
                "worse_than_base",
                "safety_changed",
                "unclear",
            }
        ),
        # What is tuned, where it is not a chat model.
        "tuned": frozenset({"retriever", "classifier"}),
        # What shows which passages a query should find (only with exists=rag).
        "retrieval_labels": frozenset({"many_pairs", "few", "none"}),
        # The facts needed are exact values from a table or system.
        "lookup": frozenset({"exact"}),
        # The plan (tree v3, asked on an outcome card, never deciding the outcome): where the tuned model
        # must run, how many checked examples the team holds, and whether the output is structured.
        "runs": frozenset({"hosted", "own_servers", "on_device"}),
        "size": frozenset({"under_100", "hundreds", "thousands", "over_10k"}),
        "output": frozenset({"structured", "free_text"}),
    }
)

PLAN_FACTS: frozenset[str] = frozenset({"runs", "size", "output"})
"""Facts the plan questions set after the outcome: they shape the next steps, never the verdict."""

UNSET = "unset"
"""The value a step's condition uses for a fact the path never set (a plan question left unanswered)."""
