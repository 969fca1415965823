"""`make lint` lists dated vendor facts checked too long ago, and never fails because of the calendar."""

from __future__ import annotations

from datetime import date

import pytest

from decision_tree.core.evidence import REGISTRY
from scripts import stale_facts

CHECKED = date(2026, 11, 29)


def test_finds_the_registry_by_walking_the_package() -> None:
    registry, where = stale_facts.find_registry()
    assert registry is REGISTRY
    assert where.endswith(".py")


def test_every_dated_context_statement_and_vendor_page_is_watched() -> None:
    watched = {fact.where.split(": ", 1)[1] for fact in stale_facts.dated_facts(REGISTRY, "x")}
    for st in (*REGISTRY.changes, *REGISTRY.meaning):
        if st.checked:
            assert any(w.endswith(f" {st.id}") for w in watched), st.id
    for s in REGISTRY.sources:
        if s.kind == "vendor":
            assert f"source {s.id}" in watched


def test_month_precision_counts_from_the_first_of_the_month() -> None:
    assert stale_facts.parse_checked("2026-11") == date(2026, 11, 1)
    assert stale_facts.parse_checked("2026-11-29") == CHECKED
    with pytest.raises(ValueError, match="neither"):
        stale_facts.parse_checked("2026")


def test_lists_nothing_within_180_days(capsys: pytest.CaptureFixture[str]) -> None:
    assert stale_facts.main(["--today", "2027-04-15"]) == 0
    assert "warning:" not in capsys.readouterr().out


def test_lists_old_facts_as_warnings_without_failing(capsys: pytest.CaptureFixture[str]) -> None:
    assert stale_facts.main(["--today", "2027-07-01"]) == 0
    out = capsys.readouterr().out
    assert "warning: decision_tree/" in out
    assert "openai-closed: checked 2026-11-29" in out
    assert "were checked more than 180 days ago" in out


def test_strict_fails_on_a_non_empty_list_only() -> None:
    assert stale_facts.main(["--today", "2027-07-01", "--strict"]) == 1
    assert stale_facts.main(["--today", "2026-12-01", "--strict"]) == 0
