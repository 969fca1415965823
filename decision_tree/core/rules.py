"""The guide's rules as a checkable specification, written apart from the tree.

Each rule is what a reader can cite in a design review (its ID never changes) and a
predicate over a finished path, seen only as a `PathRecord`: the facts the answers
established, the actions the outcome recommends, the rules cited and the checklist
shown. A rule never names a question, an answer or an outcome, so the tree is tested
against the guide rather than against itself.

Every rule states both directions it can: "retrieval is recommended *exactly* when the
need includes knowledge". That is what lets the mutation test catch a leaf pointing at
the wrong outcome.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from .text import Text
from .vocabulary import Action


@dataclass(frozen=True, slots=True)
class PathRecord:
    """What a rule may look at: a finished path reduced to facts and advice."""

    facts: Mapping[str, str]
    actions: frozenset[Action]
    cites: frozenset[str]
    checklist: tuple[str, ...]
    beyond_guide: bool = False
    # The outcome's own actions, without those the addenda add: the card's headline advice.
    outcome_actions: frozenset[Action] = frozenset()

    def fact(self, name: str) -> str | None:
        return self.facts.get(name)

    def recommends(self, action: Action) -> bool:
        return action in self.actions


Predicate = Callable[[PathRecord], bool]


@dataclass(frozen=True, slots=True)
class Rule:
    """One citable rule of the guide.

    `applies` says when the rule has something to say about a path; `holds` says what
    must then be true. `check` is the same predicate in words: the docs show it, so a
    reader sees exactly what the tests enforce. `home` is the slug of the page whose
    section `#<id lower-case>` is the rule's one citable home. `favours` (the "when to
    fine-tune" rules only) says whether a path's situation meets the condition the rule
    names, so an outcome that cites the rule can say whether it counts for or against
    fine-tuning here. `cited_when` says where a card must cite the rule, whatever else holds
    (a card that recommends retrieval cites BP-7): without it, a citation could vanish from
    a card and no rule would notice.
    """

    id: str
    home: str
    title: Text
    statement: Text
    source: Text
    check: Text
    applies: Predicate
    holds: Predicate
    favours: Predicate | None = None
    cited_when: Predicate | None = None

    @property
    def anchor(self) -> str:
        return self.id.lower()

    def violated_by(self, record: PathRecord) -> bool:
        if self.cited_when is not None and self.cited_when(record) and self.id not in record.cites:
            return True
        return self.applies(record) and not self.holds(record)


def _needs_knowledge(r: PathRecord) -> bool:
    """Facts are a need, whether named first or as a further need (tree v2 asks for both)."""
    return r.fact("need") == "knowledge" or r.fact("also") in ("knowledge", "knowledge_and_reasoning")


def _needs_pattern(r: PathRecord) -> bool:
    return r.fact("need") == "pattern"


def _needs_reasoning(r: PathRecord) -> bool:
    return r.fact("need") == "reasoning" or r.fact("also") in ("reasoning", "knowledge_and_reasoning")


_SOUND_DATA = ("good", "edge_cases_missing", "preferences", "grader")
"""Data a fine-tune may start from: sound pairs, possibly still lacking edge cases (BP-4 then asks for them),
or ratings and a checker, which teach by preference tuning or reinforcement fine-tuning (beyond the guide)."""

_OTHER_SIGNALS = ("preferences", "grader")
"""Teaching signals other than input→output pairs, which the guide (BP-2) does not describe."""


def _bad_data(r: PathRecord) -> bool:
    """Data that blocks any fine-tune: too small or flawed, clustered, missing, never checked, too little text,
    or outputs whose inputs were not kept (they show no input→output pattern)."""
    return r.fact("data") in ("small_or_flawed", "clustered", "none", "unchecked", "little_text", "outputs_only")


_PROMPTING_DONE = ("tried_failed", "not_applicable")
"""Prompting can take the pattern no further: tried and measured, or the tuned model takes no prompt at all."""


def _all_fine_tune_conditions(r: PathRecord) -> bool:
    return (
        _needs_pattern(r)
        and r.fact("prompting") in _PROMPTING_DONE
        and r.fact("data") in _SOUND_DATA
        and r.fact("scope") == "narrow"
    )


def _distils_for_cost(r: PathRecord) -> bool:
    """Our beyond-the-guide qualification of NFT-4: distil a working prompt only at high, lasting volume."""
    return r.fact("need") == "cost_latency" and r.fact("cheap_fixes") == "not_enough" and r.fact("volume") == "high"


_PROMPT_WORKS = ("works", "works_larger")
"""A prompt does the job: on the model the team uses, or on a larger one than it may use."""


def _distils(r: PathRecord) -> bool:
    """Distil at high volume (above), or where the prompt works only on a larger model than the team may use."""
    return _distils_for_cost(r) or r.fact("prompting") == "works_larger"


def _targeted_fix_due(r: PathRecord) -> bool:
    """Tree v3: the needs whose failure has a plain fix that needs no training, named before any fine-tune."""
    return (
        r.fact("need") == "persona"
        or r.fact("lookup") == "exact"
        or (r.fact("need") == "language" and r.fact("data") == "little_text")
        or (r.fact("pattern") == "tool_choice" and r.fact("prompting") == "untried")
    )


def _prompting_bears_on(r: PathRecord) -> bool:
    """Where FT-4 has something to say: prompting was tried, works only on a larger model, is still to try, or a
    tuned model loses to (or was never compared with) the base model and its prompt."""
    return r.fact("prompting") in ("tried_failed", "works_larger", "untried") or _symptom(
        r, "worse_than_base", "unclear"
    )


def _continues_pretraining(r: PathRecord) -> bool:
    """A new language with a large raw corpus: pre-training is how models learn pattern and knowledge together."""
    return r.fact("need") == "language" and r.fact("data") == "corpus"


def _symptom(r: PathRecord, *symptoms: str) -> bool:
    """A model the team already fine-tuned shows one of these symptoms."""
    return r.fact("exists") == "fine_tuned" and r.fact("symptom") in symptoms


def _fixing_data_holds(r: PathRecord) -> bool:
    """Bad data is fixed before any fine-tune, and only bad data is: the outcome itself where prompting is done."""
    if not (_bad_data(r) or r.recommends(Action.FIX_DATA)):
        return True
    return (
        _bad_data(r)
        and r.recommends(Action.FIX_DATA)
        and not _fine_tunes(r)
        and "NFT-3" in r.cites
        and (r.fact("prompting") not in _PROMPTING_DONE or Action.FIX_DATA in r.outcome_actions)
    )


def _troubleshooting_holds(r: PathRecord) -> bool:
    """What each symptom of a disappointing fine-tune calls for: retrain, roll back, measure; nothing else does."""
    return (
        _iff(r.recommends(Action.RETRAIN), _symptom(r, "forgetting", "overfitting", "safety_changed"))
        and _iff(r.recommends(Action.ROLL_BACK), _symptom(r, "forgetting", "worse_than_base", "safety_changed"))
        and _iff(
            r.recommends(Action.EVALUATE), _symptom(r, "facts_missing", "forgetting", "worse_than_base", "unclear")
        )
    )


def _retrieval_holds(r: PathRecord) -> bool:
    """A running retrieval system that misses is fixed in retrieval: without training below thousands of pairs."""
    running = r.fact("exists") == "rag"
    many = r.fact("retrieval_labels") == "many_pairs"
    return (
        _iff(r.recommends(Action.FIX_RETRIEVAL), running and not many)
        and _iff(r.recommends(Action.TUNE_RETRIEVER), running and many)
        and (not r.recommends(Action.TUNE_RETRIEVER) or r.beyond_guide)
    )


def _cuts_cost_first(r: PathRecord) -> bool:
    """Also beyond the guide: a team that came for cost tries the fixes that keep the model before anything else."""
    return r.fact("need") == "cost_latency" and r.fact("cheap_fixes") == "untried"


def _iff(a: bool, b: bool) -> bool:
    return a == b


def _fine_tunes(r: PathRecord) -> bool:
    return r.recommends(Action.FINE_TUNE)


def _pattern_rule(rule_id: str) -> Predicate:
    """FT-1/FT-2: a pattern of this kind, with every condition met, is fine-tuned and cites the rule."""

    def holds(r: PathRecord) -> bool:
        return _fine_tunes(r) and rule_id in r.cites

    return holds


# The guide's section headings, quoted exactly (“…”, as headings are; 《…》 is for titles of works).
_GUIDE_WHEN = Text(
    zh="原指南“什么时候应该考虑微调？”一节第 {n} 条",
    en="The guide's section “When should you consider fine-tuning?”, item {n}",
)
_GUIDE_WHEN_NOT = Text(
    zh="原指南“什么时候不应该（或者优先不考虑）微调？”一节第 {n} 条",
    en="The guide's section “When should you not fine-tune (or at least not consider it first)?”, item {n}",
)
_GUIDE_BP = Text(
    zh="原指南“微调的最佳实践总结”一节第 {n} 条",
    en="The guide's section “Summary of fine-tuning best practices”, item {n}",
)


def _source(template: Text, n: int) -> Text:
    return Text(zh=template.zh.format(n=n), en=template.en.format(n=n))


_BP_TEXT: tuple[tuple[Text, Text], ...] = (
    (
        Text(zh="目标明确：微调学模式，不学知识", en="Be clear on the goal: fine-tune for patterns, not knowledge"),
        Text(
            zh="动手之前先想清楚要模型学会什么：微调擅长让一种结构、风格或格式在模型身上扎根，记住事实并不是它的长处。",
            en="Before training, be clear about what the model should learn: fine-tuning is good at making a structure, style or format stick, and poor at making facts stick.",
        ),
    ),
    (
        Text(zh="定义清晰的输入→输出映射", en="Define a clear input→output mapping"),
        Text(
            zh="每条训练样本都应清楚地展示：给定这样的输入，期望得到怎样的输出。",
            en="Every training example should show plainly which output is expected for its input.",
        ),
    ),
    (
        Text(zh="拥抱数据多样性", en="Embrace diverse data"),
        Text(
            zh="样本的跨度要和真实输入一样宽，长短、题材、文风、格式都要有，模型学到的模式才能用在它没见过的输入上。",
            en="Examples should vary as widely as real inputs do, in length, topic, voice and format, so that the pattern the model learns carries over to inputs it has not seen.",
        ),
    ),
    (
        Text(zh="加入对抗样本和边缘案例", en="Include adversarial examples and edge cases"),
        Text(
            zh="有意放进残缺的、古怪的和居心不良的输入，并写明模型该如何应对，这样上线后碰到这类输入，它也不会乱了阵脚。",
            en="Put malformed, odd and manipulative inputs into the training data on purpose, each with the response you want, so the model keeps its footing when such inputs arrive in production.",
        ),
    ),
    (
        Text(zh="警惕数据聚类", en="Beware of clustered data"),
        Text(
            zh="训练数据不要扎堆在少数几类输入上；只有当模型本来就只处理那一小类输入时，数据集中在那里才合理。",
            en="Do not let the training data pile up on a few kinds of input; concentration is right only when the model is meant to handle just that one kind.",
        ),
    ),
    (
        Text(zh="一次只专注一个专门任务", en="Focus on one specialised task"),
        Text(
            zh="每次微调只瞄准一个边界清楚的问题，练出的是专攻这一项的“专科医生”，而不是什么都管的“全科医生”。",
            en="Aim each fine-tune at a single, clearly bounded problem: the result is a specialist in that one thing, not a general practitioner.",
        ),
    ),
    (
        Text(zh="知识靠整合，而非灌输", en="Bring knowledge in by integration, not by training"),
        Text(
            zh="任务要用到的外部知识，在运行时通过 RAG、数据库查询或工具调用接进来，别指望靠训练把它装进模型的参数。",
            en="Connect the outside knowledge a task needs at run time, through RAG, a database query or a tool call, instead of trying to train it into the model's weights.",
        ),
    ),
)

_BP_CHECK = Text(
    zh="每个以微调结束的路径，其结论都在最佳实践清单中列出 {id}。",
    en="Every path that ends in fine-tuning presents {id} in its outcome's best-practice checklist.",
)


_BP_4_CHECK = Text(
    zh="每个以微调结束的路径，其结论都在最佳实践清单中列出 BP-4；数据合格但缺少边缘案例和对抗样本的路径，都建议在训练前补上并引用 BP-4，其余路径都不这样建议。",
    en="Every path that ends in fine-tuning presents BP-4 in its checklist; a path whose data is sound but lacks edge cases and adversarial examples recommends adding them before training and cites BP-4, and no other path recommends it.",
)


_BP_2_CHECK = Text(
    zh="每个以微调结束的路径，其结论都在最佳实践清单中列出 BP-2；已经微调过、却输出越界类别或格式出错的模型，建议约束输出（结构化输出、受限解码、校验），只有这类路径这样建议。"
    "只有输出、没有对应输入的路径，建议先配出输入→输出样本对，并引用 BP-2；手上是评分或检查程序、以微调结束的路径，标明“超出原指南”并引用 BP-2。",
    en="Every path that ends in fine-tuning presents BP-2 in its checklist; a model already fine-tuned that emits labels outside the set or breaks the format is told to constrain its outputs (structured outputs, constrained decoding, validation), and no other path is. "
    "A path holding outputs without their inputs is told to make input→output pairs first and cites BP-2; a path holding ratings or a checker that ends in fine-tuning is labelled beyond the guide and cites BP-2.",
)


def _signal_holds(r: PathRecord) -> bool:
    """BP-2 where the team holds no pairs: outputs alone are made into pairs first; ratings or a checker teach
    by a fine-tune the guide does not describe, so such a card says it goes beyond the guide."""
    if r.fact("data") == "outputs_only":
        return r.recommends(Action.FIX_DATA) and "BP-2" in r.cites
    if r.fact("data") in _OTHER_SIGNALS and _fine_tunes(r):
        return r.beyond_guide and "BP-2" in r.cites
    return True


_BP_7_CHECK = Text(
    zh="每个以微调结束的路径，其结论都在最佳实践清单中列出 BP-7；检索已经在用却找不准时，手上有几千对以上查询—段落数据才建议微调检索模型（标明“超出原指南”），否则建议先修检索流程、不做训练；只有这类路径这样建议。",
    en="Every path that ends in fine-tuning presents BP-7 in its checklist; where retrieval already runs and misses, tuning the retriever is recommended exactly when thousands of query→passage pairs are at hand (labelled beyond the guide), and fixing the retrieval pipeline without training otherwise; no other path recommends either.",
)


def _edge_cases_missing(r: PathRecord) -> bool:
    return r.fact("data") == "edge_cases_missing"


_BP_BEYOND_CHECKLIST: Mapping[int, tuple[Predicate, Predicate, Text]] = MappingProxyType(
    {
        # Where the best practice has more to say than "a fine-tune card lists it": (the paths it then
        # concerns, what must hold on them, the check in words).
        2: (
            lambda r: (
                _symptom(r, "invalid_outputs")
                or r.recommends(Action.CONSTRAIN_OUTPUT)
                or r.fact("data") in ("outputs_only", *_OTHER_SIGNALS)
            ),
            lambda r: _iff(r.recommends(Action.CONSTRAIN_OUTPUT), _symptom(r, "invalid_outputs")) and _signal_holds(r),
            _BP_2_CHECK,
        ),
        4: (
            lambda r: _edge_cases_missing(r) or r.recommends(Action.ADD_EDGE_CASES),
            lambda r: (
                _iff(r.recommends(Action.ADD_EDGE_CASES), _edge_cases_missing(r))
                and (not _edge_cases_missing(r) or "BP-4" in r.cites)
            ),
            _BP_4_CHECK,
        ),
        7: (
            lambda r: (
                r.fact("exists") == "rag" or r.recommends(Action.FIX_RETRIEVAL) or r.recommends(Action.TUNE_RETRIEVER)
            ),
            _retrieval_holds,
            _BP_7_CHECK,
        ),
    }
)


def _best_practice(n: int) -> Rule:
    """BP-n: every fine-tune card lists it in its checklist, plus what `_BP_BEYOND_CHECKLIST` adds for it."""
    rule_id = f"BP-{n}"
    title, statement = _BP_TEXT[n - 1]
    checklist_check = Text(zh=_BP_CHECK.zh.format(id=rule_id), en=_BP_CHECK.en.format(id=rule_id))
    concerns, more, check = _BP_BEYOND_CHECKLIST.get(n, (lambda r: False, lambda r: True, checklist_check))
    return Rule(
        id=rule_id,
        home="best-practices",
        title=title,
        statement=statement,
        source=_source(_GUIDE_BP, n),
        check=check,
        applies=lambda r: _fine_tunes(r) or concerns(r),
        holds=lambda r: (not _fine_tunes(r) or rule_id in r.checklist) and more(r),
    )


CORE = Rule(
    id="CORE",
    home="",
    title=Text(zh="微调学模式，不学知识", en="Fine-tuning teaches patterns, not knowledge"),
    statement=Text(
        zh="微调调整模型的行为，让它识别并复现特定的文本模式；它不是给模型灌输新事实的办法。",
        en="Fine-tuning adjusts how a model behaves so it recognises and reproduces text patterns; it is not a way to load new facts into it.",
    ),
    source=Text(zh="指南开篇的核心论点", en="The guide's opening thesis"),
    check=Text(
        zh="只有需求包含模式的路径才可能以微调结束；需求包含知识的路径都推荐检索（RAG），其余路径都不推荐。要学一门新语言、手上又有大量原始语料的路径，建议继续预训练（标明“超出原指南”），只有这类路径这样建议。需求是模式的路径，都问过是否还需要事实。",
        en="A path can end in fine-tuning only if the need includes a pattern, and it recommends retrieval (RAG) exactly when the need includes knowledge. A path that must learn a new language and holds a large raw corpus recommends continued pre-training (labelled beyond the guide), and only such paths do. Every path whose need is a pattern has been asked whether facts are needed too.",
    ),
    applies=lambda r: True,
    holds=lambda r: (
        (not _fine_tunes(r) or _needs_pattern(r))
        and _iff(r.recommends(Action.RETRIEVAL), _needs_knowledge(r))
        and _iff(r.recommends(Action.CONTINUED_PRETRAINING), _continues_pretraining(r))
        and (not r.recommends(Action.CONTINUED_PRETRAINING) or r.beyond_guide)
        and (not _needs_pattern(r) or r.fact("also") is not None)
    ),
)

FT_1 = Rule(
    id="FT-1",
    home="when-to-fine-tune",
    title=Text(zh="输出特定的格式或风格", en="A specific output format or style"),
    statement=Text(
        zh="当模型必须严格遵守某种输出格式、风格或长度时，微调是合适的工具。",
        en="When the model must keep strictly to an output format, style or length, fine-tuning is a fitting tool.",
    ),
    source=_source(_GUIDE_WHEN, 1),
    check=Text(
        zh="需求是格式或风格、提示工程已到极限、数据合格且范围明确的路径，以微调结束并引用 FT-1。",
        en="A path whose need is a format or style, with prompting exhausted, sound data and a narrow scope, ends in fine-tuning and cites FT-1.",
    ),
    applies=lambda r: r.fact("pattern") == "format_style" and _all_fine_tune_conditions(r),
    holds=_pattern_rule("FT-1"),
    favours=lambda r: r.fact("pattern") == "format_style",
)

_MAPPINGS = ("mapping", "tool_choice")
"""Input→output mappings: a kind of input to a kind of output, or a request to the right tool call."""

FT_2 = Rule(
    id="FT-2",
    home="when-to-fine-tune",
    title=Text(zh="把特定输入映射到特定输出", en="Map a specific input to a specific output"),
    statement=Text(
        zh="当你需要模型稳定地把某类输入转换成某类输出时（例如格式转换器），微调是合适的工具。",
        en="When the model must reliably turn one kind of input into one kind of output, as a format converter does, fine-tuning is a fitting tool.",
    ),
    source=_source(_GUIDE_WHEN, 2),
    check=Text(
        zh="需求是输入→输出映射（包括从众多工具中选对要调用的那个）、提示工程已到极限、数据合格且范围明确的路径，以微调结束并引用 FT-2。",
        en="A path whose need is an input→output mapping (choosing the right tool among many included), with prompting exhausted, sound data and a narrow scope, ends in fine-tuning and cites FT-2.",
    ),
    applies=lambda r: r.fact("pattern") in _MAPPINGS and _all_fine_tune_conditions(r),
    holds=_pattern_rule("FT-2"),
    favours=lambda r: r.fact("pattern") in _MAPPINGS,
)

FT_3 = Rule(
    id="FT-3",
    home="when-to-fine-tune",
    title=Text(zh="专门执行一个定义明确的任务", en="Specialise in one narrow, well-defined task"),
    statement=Text(
        zh="想让模型在某个垂直领域或某项任务上出类拔萃，而不是样样都会一点的“万金油”，微调是合适的工具。",
        en="Fine-tuning fits when you want a model that excels in one vertical domain or at one task, rather than a jack of all trades.",
    ),
    source=_source(_GUIDE_WHEN, 3),
    check=Text(
        zh="以微调结束的路径，范围都是一个定义明确的任务并引用 FT-3；范围是通用模型的路径都建议先缩小范围，其余路径都不这样建议。想要“自己的模型”却还没有任务的路径，建议先定义一个任务和它的评测，只有这类路径这样建议。",
        en="Every path that ends in fine-tuning has a narrow scope and cites FT-3, and a path recommends narrowing the scope exactly when its scope is broad. A path that wants “our own model” with no task yet recommends defining one task and its evaluation first, and only such paths do.",
    ),
    applies=lambda r: (
        _fine_tunes(r)
        or r.fact("scope") is not None
        or r.recommends(Action.NARROW_SCOPE)
        or r.fact("need") == "own_model"
        or r.recommends(Action.DEFINE_TASK)
    ),
    holds=lambda r: (
        (not _fine_tunes(r) or (r.fact("scope") == "narrow" and "FT-3" in r.cites))
        and _iff(r.recommends(Action.NARROW_SCOPE), r.fact("scope") == "broad")
        and _iff(r.recommends(Action.DEFINE_TASK), r.fact("need") == "own_model")
    ),
    favours=lambda r: r.fact("scope") != "broad" and (_needs_pattern(r) or r.fact("need") == "cost_latency"),
)

FT_4 = Rule(
    id="FT-4",
    home="when-to-fine-tune",
    title=Text(zh="提示工程已经用尽", en="Prompt engineering is exhausted"),
    statement=Text(
        zh="提示词已经反复打磨，也在真实输入上测过，输出却依然时好时坏、格式不齐或文风跑偏，这时才值得考虑微调。",
        en="Fine-tuning becomes worth considering only after the prompt has been worked on and tested against real inputs, and the output still wobbles, drifts from the format or misses the style.",
    ),
    source=_source(_GUIDE_WHEN, 4),
    check=Text(
        zh="满足四个条件的路径都以微调结束，其余路径都不以微调结束：需求包含模式，提示工程认真试过仍不够（或者要微调的模型根本不接受提示词），数据合格（可以暂缺边缘案例；评分或检查程序也算，用于超出原指南的偏好微调或强化微调），范围明确；提示工程试过的，还要引用 FT-4。还没认真试过提示工程的路径都建议先试提示工程，其余路径都不这样建议。失败有现成的、不需要训练的针对性办法时（固定身份、查准确的值、几乎不会的语言却没多少文本、还没试过改进工具说明的选工具任务），先给出这个办法，也只有这类路径这样建议。",
        en="A path ends in fine-tuning exactly when the need includes a pattern, prompting was tried seriously and fell short (or the tuned model takes no prompt at all), the data is sound (edge cases may still be missing; ratings or a checker count too, for a preference tune or reinforcement fine-tuning beyond the guide) and the scope narrow; where prompting was tried, it cites FT-4. It recommends trying prompting first exactly when prompting is untried. Where the failure has a plain fix that needs no training (a fixed persona, exact values, a language with little text, tool choice whose descriptions were never worked on), it names that fix first, and only such paths do.",
    ),
    applies=lambda r: True,
    holds=lambda r: (
        _iff(_fine_tunes(r), _all_fine_tune_conditions(r))
        and (not _fine_tunes(r) or "FT-4" in r.cites or r.fact("prompting") == "not_applicable")
        and _iff(r.recommends(Action.TRY_PROMPTING_FIRST), r.fact("prompting") == "untried")
        and _iff(r.recommends(Action.TARGETED_FIX), _targeted_fix_due(r))
        and ("FT-4" not in r.cites or _prompting_bears_on(r))
    ),
    favours=lambda r: r.fact("prompting") in _PROMPTING_DONE,
)

NFT_1 = Rule(
    id="NFT-1",
    home="when-not-to-fine-tune",
    title=Text(zh="教模型新的知识或事实", en="Teaching the model new knowledge or facts"),
    statement=Text(
        zh="靠微调让模型记住新事实并不可靠；答案要用到最新的知识（比如本季度的产品参数、上周的新闻）时，先考虑检索增强生成（RAG）。",
        en="Fine-tuning is not a reliable way to make a model remember new facts; when answers depend on current knowledge (this quarter's product specs, last week's news), consider retrieval-augmented generation (RAG) first.",
    ),
    source=_source(_GUIDE_WHEN_NOT, 1),
    check=Text(
        zh="需求包含知识的路径，结论都包含 RAG 并引用 NFT-1；除非同时需要模式，否则从不以微调结束。",
        en="A path whose needs include knowledge always has RAG in its outcome and cites NFT-1; unless a pattern is needed too, it never ends in fine-tuning.",
    ),
    applies=_needs_knowledge,
    holds=lambda r: (
        r.recommends(Action.RETRIEVAL) and "NFT-1" in r.cites and not (_fine_tunes(r) and not _needs_pattern(r))
    ),
)

NFT_2 = Rule(
    id="NFT-2",
    home="when-not-to-fine-tune",
    title=Text(zh="期望获得复杂的推理能力", en="Expecting complex reasoning ability"),
    statement=Text(
        zh="微调一般不会让模型在逻辑推理、数学或多步骤的难题上明显变强；这些本事大多在预训练阶段就已打下底子。",
        en="Fine-tuning usually does not make a model noticeably better at logical reasoning, mathematics or hard multi-step problems; those abilities are laid down mostly in pre-training.",
    ),
    source=_source(_GUIDE_WHEN_NOT, 2),
    check=Text(
        zh="需求包含推理能力的路径，都引用 NFT-2，并为推理给出标明“超出原指南”的替代建议，不靠微调；只有这类路径给出这类替代建议。只需要推理的路径从不以微调结束。",
        en="A path whose needs include reasoning cites NFT-2 and offers alternatives to fine-tuning for the reasoning, labelled as beyond the guide; only such paths offer them. A path whose only need is reasoning never ends in fine-tuning.",
    ),
    applies=lambda r: _needs_reasoning(r) or r.recommends(Action.REASONING_ALTERNATIVES),
    holds=lambda r: (
        _needs_reasoning(r)
        and not (r.fact("need") == "reasoning" and _fine_tunes(r))
        and r.recommends(Action.REASONING_ALTERNATIVES)
        and r.beyond_guide
        and "NFT-2" in r.cites
    ),
)

NFT_3 = Rule(
    id="NFT-3",
    home="when-not-to-fine-tune",
    title=Text(zh="训练数据质量低或缺乏多样性", en="Low-quality or undiverse training data"),
    statement=Text(
        zh="训练数据量小、错漏多，或者样本几乎千篇一律（数据聚类）时，微调多半达不到目标，还可能让模型丢掉原本会的东西。",
        en="If the training data is small, full of errors or nearly all alike (clustered), the fine-tune will likely miss its goal, and it may even cost the model abilities it already had.",
    ),
    source=_source(_GUIDE_WHEN_NOT, 3),
    check=Text(
        zh="数据太少、有错、聚类、只有输出没有输入、还没有或没人检查过的路径从不以微调结束，而是推荐先检查并修好数据、引用 NFT-3；只有这类路径推荐修数据。提示工程认真试过仍不够时，修数据就是结论本身，而不只是结论里附带的一条提醒。对已经微调过的模型：遗忘、过拟合或拒答行为变了，才建议重训；遗忘、比不上基座模型或拒答行为变了，才建议（为它做不好的请求）退回基座模型；缺事实、遗忘、比不上基座模型或说不清症状时，才建议先和基座模型对照测量。",
        en="A path whose data is small, flawed, clustered, outputs without their inputs, missing or unchecked never ends in fine-tuning; it recommends checking and fixing the data first and cites NFT-3, and only such paths recommend it. Where prompting was tried and fell short, fixing the data is the outcome itself, not only a note added to it. For a model already fine-tuned: retraining is recommended exactly when it forgot, overfits or its refusals changed; rolling back to the base model (for the requests it fails) exactly when it forgot, is worse than the base or its refusals changed; measuring against the base first exactly when its facts are missing, it forgot, it is worse than the base or the symptom is unclear.",
    ),
    applies=lambda r: (
        _bad_data(r)
        or r.recommends(Action.FIX_DATA)
        or r.fact("exists") == "fine_tuned"
        or any(r.recommends(a) for a in (Action.RETRAIN, Action.ROLL_BACK, Action.EVALUATE))
    ),
    holds=lambda r: _fixing_data_holds(r) and _troubleshooting_holds(r),
)

NFT_4 = Rule(
    id="NFT-4",
    home="when-not-to-fine-tune",
    title=Text(zh="提示工程就能轻松解决", en="Prompt engineering already does the job"),
    statement=Text(
        zh="好的提示词已经能把任务做好时，再去微调，多半是在时间、算力和标注上白花钱。",
        en="When a good prompt already does the task well, a fine-tune is probably time, compute and labelling money you do not need to spend.",
    ),
    source=_source(_GUIDE_WHEN_NOT, 4),
    check=Text(
        zh="提示工程已经好用的路径从不以微调结束，引用 NFT-4，并推荐继续用提示工程；只有这类路径这样推荐。为省成本而来的路径超出原指南：不需要训练的办法还没试过，就先被指向这些办法（标明“超出原指南”），也只有这类路径这样建议；这些办法都已用过、调用量又大，才改为建议考虑蒸馏（标明“超出原指南”）。提示词只在更大的模型上好用、约束又迫使团队换用小模型时，同样建议蒸馏（标明“超出原指南”）；只有这两类路径建议蒸馏。",
        en="A path where prompting already works never ends in fine-tuning, cites NFT-4 and recommends staying with prompt engineering, and only such paths recommend that. Paths that came for cost go beyond the guide: where the fixes that need no training are untried, they are pointed to those fixes first (labelled beyond the guide), and only such paths are; where those fixes are used up and the volume is high, they instead suggest weighing a distillation (labelled beyond the guide). Where the prompt works only on a larger model than a constraint allows, a distillation is suggested too (labelled beyond the guide); only these two kinds of path suggest it.",
    ),
    applies=lambda r: (
        r.fact("prompting") in _PROMPT_WORKS
        or r.recommends(Action.PROMPT_ENGINEERING)
        or r.recommends(Action.DISTIL)
        or r.recommends(Action.CUT_COST)
    ),
    holds=lambda r: (
        r.fact("prompting") in _PROMPT_WORKS
        and not _fine_tunes(r)
        and "NFT-4" in r.cites
        and _iff(r.recommends(Action.DISTIL), _distils(r))
        and _iff(r.recommends(Action.PROMPT_ENGINEERING), not _distils(r))
        and (not r.recommends(Action.DISTIL) or r.beyond_guide)
        and _iff(r.recommends(Action.CUT_COST), _cuts_cost_first(r))
        and (not r.recommends(Action.CUT_COST) or r.beyond_guide)
    ),
)


def _outcome_fixes_data(r: PathRecord) -> bool:
    return Action.FIX_DATA in r.outcome_actions


def _cited(rule_: Rule, when: Predicate, text: Text) -> Rule:
    """The rule, also cited wherever `when` holds; `text` says where, appended to its check."""
    return replace(rule_, cited_when=when, check=Text(zh=rule_.check.zh + text.zh, en=f"{rule_.check.en} {text.en}"))


_CITED_WHERE: Mapping[str, tuple[Predicate, Text]] = MappingProxyType(
    {
        "CORE": (
            lambda r: (
                r.recommends(Action.RETRIEVAL)
                or _fine_tunes(r)
                or Action.REASONING_ALTERNATIVES in r.outcome_actions
                or _symptom(r, "unclear")
                or r.fact("need") == "language"
            ),
            Text(
                zh="推荐检索或微调的路径、结论本身是推理替代做法的路径、微调后说不清症状的路径，以及要学一门新语言的路径，都引用 CORE。",
                en="A path that recommends retrieval or fine-tuning, whose outcome is an alternative to fine-tuning for reasoning, whose tuned model shows no clear symptom, or that must learn a new language, cites CORE.",
            ),
        ),
        "FT-2": (
            lambda r: r.fact("pattern") in _MAPPINGS,
            Text(
                zh="需求是输入→输出映射（包括选对工具）的路径，无论结论如何，都引用 FT-2。",
                en="A path whose need is an input→output mapping (choosing the right tool included) cites FT-2, whatever its outcome.",
            ),
        ),
        "FT-3": (
            lambda r: (
                r.fact("pattern") == "specialised_task"
                or r.fact("scope") == "narrow"
                or r.recommends(Action.NARROW_SCOPE)
                or r.recommends(Action.DISTIL)
                or r.recommends(Action.DEFINE_TASK)
            ),
            Text(
                zh="需求是专门任务的路径、范围是一个定义明确的任务的路径，以及建议缩小范围、蒸馏或先定义任务的路径，都引用 FT-3。",
                en="A path whose need is a specialised task or whose scope is one well-defined task, or that recommends narrowing the scope, distilling or defining a task first, cites FT-3.",
            ),
        ),
        "FT-4": (
            lambda r: (
                r.fact("prompting") in ("tried_failed", "works_larger")
                or r.recommends(Action.TRY_PROMPTING_FIRST)
                or _symptom(r, "worse_than_base", "unclear")
            ),
            Text(
                zh="提示工程认真试过仍不够的路径、提示词只在更大模型上好用的路径、建议先试提示工程的路径，以及微调后比不上基座模型或说不清症状的路径，都引用 FT-4；FT-4 也只在提示工程与结论相关的路径上引用。",
                en="A path where prompting was tried and fell short, works only on a larger model, or is recommended first, or whose tuned model is worse than the base or shows no clear symptom, cites FT-4; and FT-4 is cited only where prompting bears on the outcome.",
            ),
        ),
        "NFT-4": (
            lambda r: (
                r.recommends(Action.TRY_PROMPTING_FIRST)
                or _symptom(r, "worse_than_base", "unclear")
                or r.fact("need") == "persona"
            ),
            Text(
                zh="建议先试提示工程的路径、微调后比不上基座模型或说不清症状的路径，以及要固定身份的路径，都引用 NFT-4。",
                en="A path that recommends trying prompting first, whose tuned model is worse than the base or shows no clear symptom, or that wants a fixed persona, cites NFT-4.",
            ),
        ),
        "BP-1": (
            lambda r: r.fact("need") == "own_model" or _symptom(r, "facts_missing", "unclear"),
            Text(
                zh="想要“自己的模型”却还没有任务的路径，以及微调后缺事实或说不清症状的路径，都引用 BP-1。",
                en="A path that wants “our own model” with no task yet, or whose tuned model lacks facts or shows no clear symptom, cites BP-1.",
            ),
        ),
        "BP-2": (
            lambda r: _symptom(r, "invalid_outputs"),
            Text(
                zh="微调后输出越界或格式出错的路径都引用 BP-2。",
                en="A path whose tuned model emits invalid outputs cites BP-2.",
            ),
        ),
        "BP-3": (
            lambda r: (
                _outcome_fixes_data(r)
                or r.fact("data") == "clustered"
                or _symptom(r, "overfitting", "forgetting")
                or r.recommends(Action.TUNE_RETRIEVER)
                or r.recommends(Action.CONTINUED_PRETRAINING)
            ),
            Text(
                zh="结论本身是修数据的路径、数据聚类的路径、微调后过拟合或遗忘的路径，以及建议微调检索模型或继续预训练的路径，都引用 BP-3。",
                en="A path whose outcome is fixing the data, whose data is clustered, whose tuned model overfits or forgot, or that recommends tuning the retriever or continued pre-training, cites BP-3.",
            ),
        ),
        "BP-4": (
            lambda r: (
                (_outcome_fixes_data(r) and r.fact("need") != "language")
                or _symptom(r, "invalid_outputs", "safety_changed")
            ),
            Text(
                zh="结论本身是修数据的路径（新语言除外），以及微调后输出越界或拒答行为变了的路径，都引用 BP-4。",
                en="A path whose outcome is fixing the data (a new language aside), or whose tuned model emits invalid outputs or changed its refusals, cites BP-4.",
            ),
        ),
        "BP-5": (
            lambda r: (
                _outcome_fixes_data(r)
                or r.fact("data") == "clustered"
                or _symptom(r, "overfitting")
                or r.recommends(Action.TUNE_RETRIEVER)
            ),
            Text(
                zh="结论本身是修数据的路径、数据聚类的路径、微调后过拟合的路径和建议微调检索模型的路径，都引用 BP-5。",
                en="A path whose outcome is fixing the data, whose data is clustered, whose tuned model overfits, or that recommends tuning the retriever, cites BP-5.",
            ),
        ),
        "BP-6": (
            lambda r: (
                r.recommends(Action.NARROW_SCOPE) or r.recommends(Action.DEFINE_TASK) or _symptom(r, "forgetting")
            ),
            Text(
                zh="建议缩小范围或先定义任务的路径，以及微调后遗忘的路径，都引用 BP-6。",
                en="A path that recommends narrowing the scope or defining a task first, or whose tuned model forgot, cites BP-6.",
            ),
        ),
        "NFT-3": (
            lambda r: _symptom(r, "forgetting", "overfitting", "worse_than_base", "safety_changed"),
            Text(
                zh="微调后遗忘、过拟合、比不上基座模型或拒答行为变了的路径，都引用 NFT-3。",
                en="A path whose tuned model forgot, overfits, is worse than the base or changed its refusals cites NFT-3.",
            ),
        ),
        "FT-1": (
            lambda r: (
                r.fact("pattern") == "format_style" or _symptom(r, "invalid_outputs") or r.fact("need") == "persona"
            ),
            Text(
                zh="需求是格式或风格的路径（无论结论如何）、微调后输出越界或格式出错的路径，以及要固定身份的路径，都引用 FT-1。",
                en="A path whose need is a format or style (whatever its outcome), whose tuned model emits invalid outputs, or that wants a fixed persona, cites FT-1.",
            ),
        ),
        "BP-7": (
            lambda r: r.recommends(Action.RETRIEVAL),
            Text(zh="推荐检索的路径都引用 BP-7。", en="A path that recommends retrieval cites BP-7."),
        ),
    }
)


def _with_citation_duty(rule_: Rule) -> Rule:
    if rule_.id not in _CITED_WHERE:
        return rule_
    when, text = _CITED_WHERE[rule_.id]
    return _cited(rule_, when, text)


RULES: tuple[Rule, ...] = tuple(
    _with_citation_duty(r)
    for r in (
        CORE,
        FT_1,
        FT_2,
        FT_3,
        FT_4,
        NFT_1,
        NFT_2,
        NFT_3,
        NFT_4,
        *(_best_practice(n) for n in range(1, 8)),
    )
)

RULES_BY_ID: Mapping[str, Rule] = MappingProxyType({rule.id: rule for rule in RULES})


def rule(rule_id: str) -> Rule:
    """The rule with this ID, or a KeyError that lists the valid IDs."""
    try:
        return RULES_BY_ID[rule_id]
    except KeyError:
        raise KeyError(f"unknown rule {rule_id!r}; known rules: {', '.join(RULES_BY_ID)}") from None
