"""Validation of the evidence registry: every problem names the source, claim or rule at fault.

Part of `checks.validate()`, so `python -m decision_tree check`, the tests and the site build all
refuse evidence a reviewer could not follow: a claim pointing at a source or rule that
does not exist, a finding in one language only, a link that is not https, a dissent not
labelled as beyond the guide, or a rule that silently has no evidence at all.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from urllib.parse import urlsplit

from decision_tree.core import evidence
from decision_tree.core.evidence import KINDS, STANCES, VENUE_FORMS, Registry, Statement

from .problem import Problem, ProblemKind

_SOURCE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def evidence_problems(registry: Registry | None, rule_ids: Collection[str]) -> Iterator[Problem]:
    """Every problem of the registry (the real one when None), checked against these rule IDs."""
    if registry is None:
        registry = evidence.REGISTRY  # looked up at call time, so a test can swap the registry
    yield from _sources(registry)
    yield from _claims(registry, rule_ids)
    yield from _coverage(registry, rule_ids)
    yield from _notes(registry, rule_ids)
    yield from _statements(registry)
    yield from _citations(registry)


def _sources(registry: Registry) -> Iterator[Problem]:
    seen: set[str] = set()
    for s in registry.sources:
        node = f"source {s.id}"
        if s.id in seen:
            yield Problem(ProblemKind.DUPLICATE_ID, node, "two sources share this ID; every source needs its own")
        seen.add(s.id)
        if not _SOURCE_ID.fullmatch(s.id):
            yield Problem(
                ProblemKind.BAD_ID, node, "source IDs are lower-case words joined by '-' (they become anchors)"
            )
        url = urlsplit(s.url)
        if url.scheme != "https" or not url.netloc:
            yield Problem(ProblemKind.INSECURE_URL, node, f"URL {s.url!r} is not an absolute https:// link")
        if s.kind not in KINDS:
            yield Problem(ProblemKind.UNKNOWN_SOURCE_KIND, node, f"kind {s.kind!r} is not one of {', '.join(KINDS)}")
        if s.venue_form not in VENUE_FORMS:
            yield Problem(
                ProblemKind.UNKNOWN_SOURCE_KIND,
                node,
                f"venue_form {s.venue_form!r} is not one of {', '.join(VENUE_FORMS)}",
            )
        for name in ("authors", "title", "venue", "checked"):
            if not str(getattr(s, name)).strip():
                yield Problem(ProblemKind.MISSING_TEXT, node, f"{name} is empty")
        if s.kind == "research" and s.year is None:
            yield Problem(ProblemKind.MISSING_TEXT, node, "a research source needs its publication year")


def _claims(registry: Registry, rule_ids: Collection[str]) -> Iterator[Problem]:
    seen: set[tuple[str, str, str]] = set()
    for c in registry.claims:
        node = f"claim {c.rule}/{c.source}/{c.stance}"
        if (c.rule, c.source, c.stance) in seen:
            yield Problem(ProblemKind.DUPLICATE_ID, node, "the same source takes the same stance on this rule twice")
        seen.add((c.rule, c.source, c.stance))
        if c.rule not in rule_ids:
            yield Problem(ProblemKind.UNKNOWN_RULE, node, f"{c.rule!r} is not a rule")
        if c.stance not in STANCES:
            yield Problem(ProblemKind.UNKNOWN_STANCE, node, f"stance {c.stance!r} is not one of {', '.join(STANCES)}")
        if c.stance == "disagrees" and not c.beyond_guide:
            yield Problem(
                ProblemKind.UNLABELLED_DISSENT, node, "a source that disagrees with the guide must be beyond_guide=True"
            )
        for lang in c.finding.missing():
            yield Problem(ProblemKind.MISSING_TEXT, node, f"the finding has no {lang} text")


def _coverage(registry: Registry, rule_ids: Collection[str]) -> Iterator[Problem]:
    claimed = {c.rule for c in registry.claims}
    for rule_id in sorted(registry.uncovered):
        if rule_id not in rule_ids:
            yield Problem(ProblemKind.UNKNOWN_RULE, f"uncovered {rule_id}", f"{rule_id!r} is not a rule")
        elif rule_id in claimed:
            yield Problem(
                ProblemKind.UNCOVERED_BUT_CLAIMED,
                f"rule {rule_id}",
                "is marked as having no independent source but has claims; drop one of the two",
            )
    for rule_id in rule_ids:
        if rule_id not in claimed and rule_id not in registry.uncovered:
            yield Problem(
                ProblemKind.NO_EVIDENCE,
                f"rule {rule_id}",
                "has no claim and is not marked uncovered; add a sourced claim or list it in UNCOVERED",
            )


def _notes(registry: Registry, rule_ids: Collection[str]) -> Iterator[Problem]:
    for n in registry.notes:
        node = f"note {n.rule}"
        if n.rule not in rule_ids:
            yield Problem(ProblemKind.UNKNOWN_RULE, node, f"{n.rule!r} is not a rule")
        if not n.sources:
            yield Problem(ProblemKind.UNSOURCED_STATEMENT, node, "a note on the evidence must name its sources")
        for lang in n.text.missing():
            yield Problem(ProblemKind.MISSING_TEXT, node, f"the note has no {lang} text")


def _statements(registry: Registry) -> Iterator[Problem]:
    parts: tuple[tuple[str, tuple[Statement, ...], bool], ...] = (
        ("context", (*registry.changes, *registry.meaning), True),
        ("readiness", registry.readiness, False),
    )
    for part, statements, must_cite in parts:
        seen: set[str] = set()
        for st in statements:
            node = f"{part} {st.id}"
            if st.id in seen:
                yield Problem(ProblemKind.DUPLICATE_ID, node, f"two {part} statements share this ID")
            seen.add(st.id)
            if must_cite and not st.sources:
                yield Problem(ProblemKind.UNSOURCED_STATEMENT, node, "dated context states facts only from sources")
            for lang in st.text.missing():
                yield Problem(ProblemKind.MISSING_TEXT, node, f"the statement has no {lang} text")


def _citations(registry: Registry) -> Iterator[Problem]:
    known = {s.id for s in registry.sources}
    cited: set[str] = set()
    for where, source_id in registry.citations():
        cited.add(source_id)
        if source_id not in known:
            yield Problem(ProblemKind.UNKNOWN_SOURCE, where, f"cites {source_id!r}, which is not in the sources")
    for s in registry.sources:
        if s.id not in cited:
            yield Problem(
                ProblemKind.UNCITED_SOURCE, f"source {s.id}", "no claim, note, context or readiness check cites it"
            )


__all__ = ["evidence_problems"]
