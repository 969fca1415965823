"""Each situation's stated plan (where it runs, how much data, what output) reaches steps that say what it needs.

The expectations were written blind (`plan_oracle.py`): from the situation and the plan
questions' texts only, before any step was seen. One test over all of them, so the suite
does not grow with the situations; the failure lists every miss.
"""

from __future__ import annotations

import re

from decision_tree.core.engine import explain
from tests.situations.oracle import SITUATIONS
from tests.situations.plan_oracle import PLAN_ORACLE
from tests.support.cards import card_steps_text

BY_ID = {s.id: s for s in SITUATIONS}


def test_the_plan_oracle_covers_every_plan_answer_but_one() -> None:
    picked = {answer for e in PLAN_ORACLE for answer in e.plan}
    # No situation runs on a vendor's platform and says so; "hundreds" is stated by none.
    assert picked == {"own-servers", "on-device", "under-100", "thousands", "over-10k", "structured", "free-text"}
    assert len(PLAN_ORACLE) >= 40


def test_every_stated_plan_is_offered_and_its_steps_say_what_the_team_needs() -> None:
    misses: list[str] = []
    for expectation in PLAN_ORACLE:
        situation = BY_ID[expectation.id]
        e = explain((*situation.answers, *expectation.plan))  # raises if a plan answer is not offered
        assert e.outcome is not None
        card = card_steps_text(e, "en").lower()
        misses += [
            f"{expectation.id} ({'/'.join(expectation.plan)}): {m.item}"
            for m in expectation.must_say
            if not re.search(m.pattern, card)
        ]
    assert not misses, f"{len(misses)} of the blind expectations are not met:\n" + "\n".join(misses)
