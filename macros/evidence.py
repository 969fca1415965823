"""Evidence macros: the box under each rule, the sources on /references/, the dated context, the checks.

Thin glue over `decision_tree.render.evidence_blocks` (which renders the evidence views):
pages call
- `{{ evidence_box("NFT-1") }}` right after the rule's prose, on its home page;
- `{{ sources_list() }}` on `references` (headings at level 3 unless told otherwise);
- `{{ hosted_fine_tuning_context() }}` on `index` and `references`;
- `{{ readiness_checks() }}` wherever a page lists the checks before and after training
  (the next steps of training outcomes carry the same checks, fitted to the team), so a page
  never copies the list.
"""

from __future__ import annotations

from typing import Any

from decision_tree.render.evidence_blocks import (
    render_context,
    render_evidence_box,
    render_readiness,
    render_sources_list,
)
from decision_tree.views.path import rule_view
from macros import page


def register(env: Any) -> None:
    """Define the evidence macros; the language comes from the build's theme config."""

    def evidence_box(rule_id: str) -> str:
        rule_view(rule_id, page.lang(env))  # an unknown ID fails the build, naming the valid ones
        return render_evidence_box(rule_id, page.lang(env), page.links(env))

    def sources_list(heading_level: int = 3) -> str:
        return render_sources_list(page.lang(env), page.links(env), heading_level)

    def hosted_fine_tuning_context() -> str:
        return render_context(page.lang(env))

    def readiness_checks() -> str:
        return render_readiness(page.lang(env), page.links(env))

    env.macro(evidence_box)
    env.macro(readiness_checks)
    env.macro(sources_list)
    env.macro(hosted_fine_tuning_context)


__all__ = ["register"]
