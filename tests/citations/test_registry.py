"""Citation stability: every public citation target in citations.json still exists.

Readers cite rules, pages and widget paths in design reviews; a link in a review must
keep working. Adding targets is allowed (add them to citations.json); removing or moving
one fails here until CHANGELOG.md records why and the registry is changed on purpose.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from decision_tree import RULES_BY_ID, explain, parse_fragment, paths, to_fragment
from tests.site_html import element_ids

ROOT = Path(__file__).resolve().parents[2]
REGISTRY = json.loads((ROOT / "citations.json").read_text(encoding="utf-8"))
LANG_ROOTS: dict[str, str] = REGISTRY["languages"]


@pytest.mark.parametrize("rule_id", sorted(REGISTRY["rules"]))
def test_registered_rule_keeps_its_id_page_and_anchor(rule_id: str) -> None:
    target = REGISTRY["rules"][rule_id]
    assert rule_id in RULES_BY_ID, f"rule {rule_id} was removed or renamed; rule IDs are never renamed or reused"
    rule = RULES_BY_ID[rule_id]
    assert (rule.home + "/" if rule.home else "") == target["page"], f"{rule_id} moved to another page"
    assert rule.anchor == target["anchor"]


def test_every_rule_is_registered() -> None:
    """New rules become citable, so they belong in the registry too."""
    assert set(RULES_BY_ID) <= set(REGISTRY["rules"]), "add the new rule IDs to citations.json"


@pytest.mark.parametrize("fragment", REGISTRY["path_fragments"])
def test_a_shared_widget_link_still_opens(fragment: str) -> None:
    path = parse_fragment("#" + fragment)  # raises, naming the step, if an answer ID vanished
    assert explain(path).path == path


def test_every_current_path_is_registered() -> None:
    missing = {to_fragment(p) for p in paths()} - set(REGISTRY["path_fragments"])
    assert not missing, f"add these new paths to citations.json: {sorted(missing)}"


@pytest.mark.parametrize("lang", sorted(LANG_ROOTS))
@pytest.mark.parametrize("page", REGISTRY["pages"])
def test_registered_page_exists_in_the_built_site(site_dir: Path, lang: str, page: str) -> None:
    assert (site_dir / LANG_ROOTS[lang] / page / "index.html").is_file(), f"/{LANG_ROOTS[lang]}{page} is gone"


@pytest.mark.parametrize("lang", sorted(LANG_ROOTS))
@pytest.mark.parametrize("rule_id", sorted(REGISTRY["rules"]))
def test_registered_anchor_exists_on_its_page(site_dir: Path, lang: str, rule_id: str) -> None:
    target = REGISTRY["rules"][rule_id]
    html = site_dir / LANG_ROOTS[lang] / target["page"] / "index.html"
    assert target["anchor"] in element_ids(html), (
        f"#{target['anchor']} missing from /{LANG_ROOTS[lang]}{target['page']}"
    )
