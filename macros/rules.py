"""Rule sections, the rule index and the path table: thin glue over `decision_tree.render`.

Every statement, check, title and path comes from the views, so the docs show exactly
what the tests check and no rule text is maintained twice. Macros (the language is the
build's `theme.language`):
- `rule_section("NFT-1")`: the rule's one home section, with its permalink and a
  "copy citation" button (overrides/assets/javascripts/dt-cite.js);
- `rules_index()`: the /rules/ table of every rule and the outcomes that cite it;
- `paths_table()`: the /paths/ page, every path of the tree grouped by outcome.
"""

from __future__ import annotations

from typing import Any

from decision_tree.render.paths_table import render_paths_table, render_rules_index
from decision_tree.render.rule_card import render_rule_section
from decision_tree.views.path import rule_card_view
from decision_tree.views.urls import source_file
from macros import page


def register(env: Any) -> None:
    """Register the three macros; each build gets its own record of the rules already placed."""
    placed: dict[str, str] = {}

    def rule_section(rule_id: str) -> str:
        """The rule's one home section: heading with anchor, statement, check, source, citation."""
        home = rule_card_view(rule_id, page.lang(env))["home"]  # an unknown ID fails the build, naming the valid ones
        here = source_file(page.slug(env))
        if page.slug(env) != home:
            raise ValueError(f"rule_section({rule_id!r}) is on {here}, but the rule's home page is {source_file(home)}")
        if rule_id in placed:
            raise ValueError(
                f"rule_section({rule_id!r}) appears twice (on {placed[rule_id]} and {here}); a rule has one home"
            )
        placed[rule_id] = here
        return render_rule_section(rule_id, page.lang(env), page.absolute_url(env))

    def rules_index() -> str:
        """The /rules/ table: every rule, its home section, and the outcomes that cite it."""
        return render_rules_index(page.lang(env), page.links(env))

    def paths_table() -> str:
        """The /paths/ page: every path as answers in words, grouped by outcome, with its rules."""
        return render_paths_table(page.lang(env), page.links(env))

    env.macro(rule_section)
    env.macro(rules_index)
    env.macro(paths_table)
