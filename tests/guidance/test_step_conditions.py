"""Steps that must never reach certain readers, and steps that must: checked on every reader's card.

The table is written from issue 23's complaints in plain words, apart from the steps'
`when` conditions, and read against what each reader is actually shown (the outcome's
steps and every blocker's), in both languages. A reader is a finished path with any
combination of plan answers (`readers()`: every one, not a sample).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pytest

from decision_tree.checks.guidance_checks import readers
from decision_tree.core.engine import Explanation
from decision_tree.core.text import Lang
from decision_tree.views.guidance import steps_for
from decision_tree.views.path import state
from tests.support.cards import card_steps_text

Facts = Mapping[str, str]


@dataclass(frozen=True)
class Never:
    """Text that must not appear on the card of a reader who matches `who`."""

    why: str
    who: Callable[[Facts], bool]
    zh: str
    en: str


NEVER: tuple[Never, ...] = (
    Never(
        "a JSON schema for a poem, a voice or an e-mail",
        lambda f: f.get("output") == "free_text",
        r"JSON Schema",
        r"JSON schema",
    ),
    Never(
        "a JSON schema for choosing tools", lambda f: f.get("pattern") == "tool_choice", r"JSON Schema", r"JSON schema"
    ),
    Never(
        "about 50 examples to a team holding thousands",
        lambda f: f.get("size") in {"thousands", "over_10k"},
        r"约 50 条|不到 100 条",
        r"about 50|under 100",
    ),
    Never(
        "the vendor's deprecations page to a model on a device or on the team's servers",
        lambda f: f.get("runs") in {"on_device", "own_servers"},
        r"弃用页面|关停|厂商",
        r"deprecations page|winding down|vendor",
    ),
    Never(
        "reading and fixing examples the team does not have",
        lambda f: f.get("data") == "none",
        r"随机读一批样本|改正或删掉坏样本",
        r"Read a random sample|Fix or drop bad examples",
    ),
    Never(
        "a classifier for a free-text output",
        lambda f: f.get("output") == "free_text",
        r"编码器分类器",
        r"encoder classifier",
    ),
    Never(
        "quantising for a model that does not run on a device",
        lambda f: f.get("runs") in {"hosted", "own_servers"},
        r"量化",
        r"quantis",
    ),
    Never(
        "open-weights libraries to a team that chose a hosted platform",
        lambda f: f.get("runs") == "hosted",
        r"Unsloth|Axolotl",
        r"Unsloth|Axolotl",
    ),
)


@dataclass(frozen=True)
class Always:
    """Text that must appear on the card of a reader who matches `who` and reached `outcome`."""

    why: str
    outcomes: frozenset[str]
    who: Callable[[Facts], bool]
    zh: str
    en: str


TRAINS = frozenset({"fine-tune", "rag-plus-fine-tune", "distil-into-smaller", "rag-and-distil", "distil-for-cost"})

ALWAYS: tuple[Always, ...] = (
    # The checks before and after training (the best-practices page's checklist) live in the steps.
    Always("a held-out set", TRAINS, lambda f: True, r"留出集", r"held-out set"),
    Always(
        "a baseline to beat",
        TRAINS,
        lambda f: True,
        r"基线|大模型加提示词",
        r"baseline|the large model and its prompt|the big model's prompt",
    ),
    Always("re-test what tuning may erode", TRAINS, lambda f: True, r"本该拒绝的请求", r"should refuse"),
    Always("quantise and test on the device", TRAINS, lambda f: f.get("runs") == "on_device", r"量化", r"quantise"),
    Always("name the open-weights libraries", TRAINS, lambda f: f.get("runs") == "own_servers", r"PEFT", r"PEFT"),
    Always(
        "keep personal data out of the weights when training off the device",
        TRAINS,
        lambda f: f.get("runs") in {"hosted", "own_servers"},
        r"个人信息",
        r"personal data",
    ),
    Always(
        "the fix that needs no training comes first for a structured output",
        frozenset({"fine-tune", "rag-plus-fine-tune"}),
        lambda f: f.get("output") == "structured",
        r"结构化输出",
        r"structured outputs",
    ),
    Always(
        "labels or fields at high volume: a small encoder classifier, not only a smaller generator",
        frozenset({"distil-for-cost"}),
        lambda f: f.get("output") == "structured",
        r"编码器分类器",
        r"encoder classifier",
    ),
    Always(
        "a team with tens of thousands hears of the adapter before a full fine-tune",
        frozenset({"fine-tune"}),
        lambda f: f.get("size") == "over_10k",
        r"全参数微调",
        r"full fine-tune",
    ),
)


READERS = tuple(readers())


def test_readers_cover_every_plan_answer_on_every_training_outcome() -> None:
    seen = {(e.outcome.id, value) for e in READERS if e.outcome for value in e.facts.values()}
    for outcome in TRAINS:
        for value in ("hosted", "own_servers", "on_device"):
            assert (outcome, value) in seen
    assert len(READERS) > 4000


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_reader_is_shown_a_step_that_does_not_fit_them(lang: Lang) -> None:
    wrong: list[str] = []
    for e in READERS:
        card = card_steps_text(e, lang)
        for rule in NEVER:
            pattern = rule.zh if lang == "zh" else rule.en
            if rule.who(e.facts) and re.search(pattern, card):
                wrong.append(f"{'/'.join(e.path)}: {rule.why}")
    assert not wrong, f"{len(wrong)} cards; first: {wrong[:5]}"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_reader_is_shown_the_step_their_situation_needs(lang: Lang) -> None:
    missing: list[str] = []
    for e in READERS:
        assert e.outcome is not None
        card = card_steps_text(e, lang)
        for rule in ALWAYS:
            pattern = rule.zh if lang == "zh" else rule.en
            if e.outcome.id in rule.outcomes and rule.who(e.facts) and not re.search(pattern, card):
                missing.append(f"{'/'.join(e.path)}: {rule.why}")
    assert not missing, f"{len(missing)} cards; first: {missing[:5]}"


def test_the_structured_output_fix_comes_before_any_training_step() -> None:
    e = next(r for r in READERS if r.outcome and r.outcome.id == "fine-tune" and r.facts.get("output") == "structured")
    texts = [s.text.en for s in steps_for("fine-tune", e.facts)]
    fix = next(i for i, t in enumerate(texts) if "structured outputs" in t)
    first_training = next(i for i, t in enumerate(texts) if t.startswith(("Train", "With under", "After training")))
    assert fix < first_training


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_card_every_adapter_renders_shows_exactly_the_fitting_steps(lang: Lang) -> None:
    """The view (what the widget, the terminal and the record print) for one reader per outcome and plan."""
    one_each: dict[tuple[str, ...], Explanation] = {}
    for e in READERS:
        assert e.outcome is not None
        read = ("pattern", "data", "runs", "size", "output")
        one_each.setdefault((e.outcome.id, *(e.facts.get(name, "") for name in read)), e)
    assert len(one_each) > 1000
    for e in one_each.values():
        assert e.outcome is not None
        view = state(e.path, lang)["outcome"]
        assert [s["text"] for s in view["next_steps"]] == [s.text[lang] for s in steps_for(e.outcome.id, e.facts)]
        for part in view["parts"]:
            assert [s["text"] for s in part["steps"]] == [s.text[lang] for s in steps_for(part["id"], e.facts)]
