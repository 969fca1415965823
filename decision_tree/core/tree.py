"""The decision tree itself: every question, answer and outcome, in both languages.

This module is data only. It follows the source guide (by @karminski-牙医): fine-tuning
teaches patterns, not knowledge. Answers set facts (see `model.FACTS`); outcomes name the
actions they recommend and cite the rules (`decision_tree.rules`) that justify them.
"""

from __future__ import annotations

from types import MappingProxyType

from .model import Answer, Outcome, Question, Tree
from .text import Text
from .vocabulary import Action, OutcomeKind

BEST_PRACTICES: tuple[str, ...] = ("BP-1", "BP-2", "BP-3", "BP-4", "BP-5", "BP-6", "BP-7")


def _facts(**facts: str) -> MappingProxyType[str, str]:
    return MappingProxyType(dict(facts))


# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------

GOAL = Question(
    id="goal",
    text=Text(
        zh="你希望模型通过这次改进获得什么？",
        en="What should the model gain from this change?",
    ),
    hint=Text(
        zh=(
            "“知识”指模型需要知道的事实，例如产品规格或最近的新闻；“模式”指它应当稳定复现的做法，"
            "例如固定的 JSON 结构、某种文风，或把一类输入转换成一类输出。选最贴近你主要目标的一项。"
        ),
        en=(
            "“Knowledge” means facts the model must know, such as product specs or recent news. "
            "A “pattern” is a behaviour it should repeat reliably: a fixed JSON structure, a "
            "writing style, turning one kind of input into one kind of output. Pick the answer "
            "closest to your main goal."
        ),
    ),
    answers=(
        Answer(
            id="knowledge",
            label=Text(
                zh="新的或会变化的知识、事实（例如最新产品参数、近期新闻）",
                en="New or changing knowledge and facts (latest product specs, recent news)",
            ),
            facts=_facts(need="knowledge"),
            next="use-rag",
            reason=Text(
                zh="目标是让模型掌握事实。微调改变的是模型的行为模式，记不牢新事实；事实应在回答时检索。",
                en=(
                    "The goal is facts. Fine-tuning shapes behaviour and does not reliably "
                    "store new facts; facts belong in retrieval at answer time."
                ),
            ),
        ),
        Answer(
            id="reasoning",
            label=Text(
                zh="更强的推理或数学能力（多步逻辑、定理证明）",
                en="Stronger reasoning or maths (multi-step logic, proofs)",
            ),
            facts=_facts(need="reasoning"),
            next="do-not-fine-tune-for-reasoning",
            reason=Text(
                zh="目标是更强的推理能力。这种本事大多是预训练打下的底子，用普通样本微调，通常很难让它明显变强。",
                en=(
                    "The goal is stronger reasoning. That ability is laid down mostly in "
                    "pre-training; fine-tuning on ordinary examples usually does not raise it noticeably."
                ),
            ),
        ),
        Answer(
            id="format-style",
            label=Text(
                zh="稳定的输出格式或风格（固定结构的 JSON、某种文风、固定长度）",
                en="A consistent output format or style (a fixed JSON shape, a voice, a set length)",
            ),
            facts=_facts(need="pattern", pattern="format_style"),
            next="prompting",
            reason=Text(
                zh="格式和风格是模式，正是微调擅长教的东西。",
                en="Format and style are patterns, which is exactly what fine-tuning teaches well.",
            ),
            cites=("FT-1",),
        ),
        Answer(
            id="mapping",
            label=Text(
                zh="把某类输入稳定地转换成某类输出（例如格式转换器）",
                en="Turning one kind of input into one kind of output reliably (a format converter)",
            ),
            facts=_facts(need="pattern", pattern="mapping"),
            next="prompting",
            reason=Text(
                zh="固定的输入→输出映射是模式，可以用成对的样本教给模型。",
                en="A fixed input→output mapping is a pattern that paired examples can teach.",
            ),
            cites=("FT-2",),
        ),
        Answer(
            id="specialised-task",
            label=Text(
                zh="在一个垂直领域的专门任务上表现出色（例如医学文本处理）",
                en="Excelling at one specialised task in a vertical domain (for example medical text)",
            ),
            facts=_facts(need="pattern", pattern="specialised_task"),
            next="prompting",
            reason=Text(
                zh="把模型专门化到一个任务上，是微调的典型用途：要的是“专科医生”，不是“全科医生”。",
                en=(
                    "Specialising a model for one task is a classic use of fine-tuning: a "
                    "specialist, not a general practitioner."
                ),
            ),
            cites=("FT-3",),
        ),
        Answer(
            id="knowledge-and-pattern",
            label=Text(
                zh="两者都要：既要新知识，又要固定的格式或风格",
                en="Both: new knowledge and a fixed format or style",
            ),
            facts=_facts(need="knowledge_and_pattern"),
            next="prompting-with-rag",
            reason=Text(
                zh="需求分成两半：知识交给检索，模式再看是否值得微调。",
                en=(
                    "The need splits in two: retrieval handles the knowledge, and the pattern "
                    "is checked on its own for whether fine-tuning is worth it."
                ),
            ),
        ),
    ),
)


def _prompting_question(question_id: str, data_question: str, on_works: str, on_untried: str) -> Question:
    """The prompt-engineering check, shared by the pattern and the knowledge+pattern branches."""
    return Question(
        id=question_id,
        text=Text(
            zh="只靠提示工程，你想要的模式做到了什么程度？",
            en="How far does prompt engineering get you with the pattern?",
        ),
        hint=Text(
            zh=(
                "提示工程指不改模型参数，只通过改写提示词（说明、示例、输出格式约束）来引导模型。"
                "“认真试过”指投入了真正的精力：反复迭代提示词、加入示例，并在一批真实输入上检查结果。"
            ),
            en=(
                "Prompt engineering steers the model through the prompt alone (instructions, "
                "examples, output constraints) without changing its weights. “Tried seriously” "
                "means real effort: iterating on the prompt, adding examples, and checking the "
                "results on a batch of real inputs."
            ),
        ),
        answers=(
            Answer(
                id="works",
                label=Text(
                    zh="已经很好用：精心设计的提示词就能稳定完成任务",
                    en="It already works: a well-designed prompt does the job reliably",
                ),
                facts=_facts(prompting="works"),
                next=on_works,
                reason=Text(
                    zh="提示词已经能解决问题，微调只会增加时间、算力和标注成本。",
                    en="Prompting already solves it; fine-tuning would only add time, compute and labelling cost.",
                ),
            ),
            Answer(
                id="tried-failed",
                label=Text(
                    zh="认真试过，但格式一致性、稳定性或风格仍达不到要求",
                    en="Tried seriously, but format consistency, stability or style still falls short",
                ),
                facts=_facts(prompting="tried_failed"),
                next=data_question,
                reason=Text(
                    zh="提示工程已经做到头仍不稳定，这正是考虑微调的时机。",
                    en="Prompt engineering has hit its ceiling and output is still unstable: the point where fine-tuning is worth considering.",
                ),
                cites=("FT-4",),
            ),
            Answer(
                id="untried",
                label=Text(
                    zh="还没有认真试过",
                    en="Not seriously tried yet",
                ),
                facts=_facts(prompting="untried"),
                next=on_untried,
                reason=Text(
                    zh="还没用尽提示工程。它更快、更便宜，换模型时也不必重来，应当先试。",
                    en="Prompt engineering is not exhausted yet. It is faster, cheaper and survives model upgrades, so it comes first.",
                ),
            ),
        ),
    )


def _data_question(question_id: str, scope_question: str, on_bad_data: str) -> Question:
    """The training-data check, shared by both branches that may end in fine-tuning."""
    return Question(
        id=question_id,
        text=Text(
            zh="你的训练数据是什么状况？",
            en="What state is your training data in?",
        ),
        hint=Text(
            zh=(
                "训练数据是成对的“输入 → 期望输出”样本。“数据聚类”指样本过于相似，"
                "例如几百封几乎相同的邮件：模型只会学到那一种说法。边缘案例和对抗样本指格式出错、"
                "内容异常或容易诱发错误行为的输入。"
            ),
            en=(
                "Training data are pairs of input and desired output. “Clustered” data means the "
                "examples are too alike, such as hundreds of near-identical emails: the model "
                "learns only that one way of answering. Edge cases and adversarial examples are "
                "malformed, unusual or tricky inputs."
            ),
        ),
        answers=(
            Answer(
                id="good",
                label=Text(
                    zh="数量足够、内容正确、足够多样，并包含边缘案例和对抗样本",
                    en="Enough, correct and diverse, with edge cases and adversarial examples",
                ),
                facts=_facts(data="good"),
                next=scope_question,
                reason=Text(
                    zh="数据在质量和覆盖面上都撑得起一次微调。",
                    en="The data has the quality and diversity that fine-tuning depends on.",
                ),
            ),
            Answer(
                id="small-or-flawed",
                label=Text(
                    zh="数量太少，或含有大量错误",
                    en="Too small, or full of errors",
                ),
                facts=_facts(data="small_or_flawed"),
                next=on_bad_data,
                reason=Text(
                    zh="数据太少或错误太多：垃圾进，垃圾出，模型还可能因此丢掉原本会的东西。",
                    en="Too little or wrong data: garbage in, garbage out, and the model may even lose abilities it had.",
                ),
            ),
            Answer(
                id="clustered",
                label=Text(
                    zh="数量和正确性都够，但样本过于相似（数据聚类）",
                    en="Enough and correct, but the examples are too alike (clustered)",
                ),
                facts=_facts(data="clustered"),
                next=on_bad_data,
                reason=Text(
                    zh="样本过于相似（数据聚类），模型只会学到刻板、单一的回答。",
                    en="The examples are too alike (clustered); the model would learn one rigid, repetitive answer.",
                ),
            ),
        ),
    )


def _scope_question(question_id: str, on_narrow: str, on_broad: str) -> Question:
    """The scope check: one well-defined task per fine-tune."""
    return Question(
        id=question_id,
        text=Text(
            zh="这次微调要覆盖的范围有多大？",
            en="How wide is the scope of this fine-tune?",
        ),
        hint=Text(
            zh=(
                "“定义明确的专门任务”指你能说清楚输入是什么、合格的输出长什么样，例如“把工单归到 12 个类别之一”。"
                "“通用模型”指希望一个模型同时做好很多不同的事。"
            ),
            en=(
                "A “narrow, well-defined task” is one where you can say what the input is and what "
                "a good output looks like, such as “sort a support ticket into one of 12 classes”. "
                "A “general-purpose model” should do many different things well at once."
            ),
        ),
        answers=(
            Answer(
                id="narrow",
                label=Text(
                    zh="一个定义明确的专门任务",
                    en="One narrow, well-defined task",
                ),
                facts=_facts(scope="narrow"),
                next=on_narrow,
                reason=Text(
                    zh="一次微调瞄准一个边界清楚的问题，这正是微调最有把握的情形。",
                    en="One fine-tune aimed at one clearly bounded problem is where fine-tuning is most reliable.",
                ),
                cites=("FT-3",),
            ),
            Answer(
                id="broad",
                label=Text(
                    zh="一个什么都能做的通用模型",
                    en="A broad, general-purpose model",
                ),
                facts=_facts(scope="broad"),
                next=on_broad,
                reason=Text(
                    zh="范围太宽：微调打造的是“专科医生”，不是“全科医生”。",
                    en="The scope is too wide: fine-tuning makes specialists, not general practitioners.",
                ),
            ),
        ),
    )


PROMPTING = _prompting_question("prompting", "data", "use-prompting", "try-prompting-first")
DATA = _data_question("data", "scope", "fix-data-first")
SCOPE = _scope_question("scope", "fine-tune", "narrow-scope-first")

PROMPTING_WITH_RAG = _prompting_question(
    "prompting-with-rag", "data-with-rag", "rag-plus-prompting", "rag-then-try-prompting"
)
DATA_WITH_RAG = _data_question("data-with-rag", "scope-with-rag", "rag-and-fix-data")
SCOPE_WITH_RAG = _scope_question("scope-with-rag", "rag-plus-fine-tune", "rag-and-narrow-scope")

# ---------------------------------------------------------------------------
# Outcomes
# ---------------------------------------------------------------------------

_RAG_PART = Text(
    zh="把知识放进检索增强生成（RAG）：回答时从你的文档库或数据库中检索相关内容，放进提示词。",
    en="Put the knowledge into retrieval-augmented generation (RAG): at answer time, fetch the relevant passages from your documents or database and place them in the prompt.",
)

FINE_TUNE = Outcome(
    id="fine-tune",
    kind=OutcomeKind.FINE_TUNE,
    title=Text(zh="可以微调", en="Fine-tune"),
    summary=Text(
        zh="条件都满足：要学的是模式，提示工程已到极限，数据合格，任务范围明确。动手前先对照下面的最佳实践清单。",
        en="Every condition holds: the need is a pattern, prompt engineering is exhausted, the data is sound and the task is narrow. Go through the best-practice checklist below before you train.",
    ),
    actions=frozenset({Action.FINE_TUNE}),
    cites=("CORE", "FT-4"),
    checklist=BEST_PRACTICES,
)

USE_RAG = Outcome(
    id="use-rag",
    kind=OutcomeKind.RAG,
    title=Text(zh="不要微调，改用检索增强生成（RAG）", en="Do not fine-tune: use retrieval-augmented generation (RAG)"),
    summary=_RAG_PART,
    actions=frozenset({Action.RETRIEVAL}),
    cites=("CORE", "NFT-1", "BP-7"),
)

RAG_PLUS_FINE_TUNE = Outcome(
    id="rag-plus-fine-tune",
    kind=OutcomeKind.RAG_FINE_TUNE,
    title=Text(zh="知识用 RAG，模式用微调", en="RAG for the knowledge, fine-tuning for the pattern"),
    summary=Text(
        zh="两者结合：知识交给 RAG，在检索结果之上微调模型，让它稳定地按你要的模式输出。训练样本的输入里应当带上检索到的内容。动手前先对照最佳实践清单。",
        en="Combine the two: RAG supplies the knowledge, and a fine-tune on top makes the model produce your pattern reliably. Include retrieved passages in the training inputs. Go through the best-practice checklist before you train.",
    ),
    actions=frozenset({Action.RETRIEVAL, Action.FINE_TUNE}),
    cites=("CORE", "NFT-1", "BP-7", "FT-4"),
    checklist=BEST_PRACTICES,
)

USE_PROMPTING = Outcome(
    id="use-prompting",
    kind=OutcomeKind.PROMPTING,
    title=Text(zh="不要微调，继续用提示工程", en="Do not fine-tune: keep prompt engineering"),
    summary=Text(
        zh="提示词已经能稳定完成任务，微调只会增加成本。把提示词纳入版本管理，并用一小批固定的测试输入防止回退。",
        en="Your prompt already does the job; fine-tuning would only add cost. Keep the prompt under version control and guard it with a small fixed set of test inputs.",
    ),
    actions=frozenset({Action.PROMPT_ENGINEERING}),
    cites=("NFT-4",),
)

TRY_PROMPTING_FIRST = Outcome(
    id="try-prompting-first",
    kind=OutcomeKind.PROMPTING,
    title=Text(zh="先认真试提示工程", en="Try prompt engineering first"),
    summary=Text(
        zh="先投入真正的精力做提示工程：清晰的说明、几个示例、明确的输出格式，并在真实输入上检查结果。只有在它到达极限后，才回来重新走这棵决策树。",
        en="Put real effort into prompt engineering first: clear instructions, a few examples, an explicit output format, checked on real inputs. Come back to this tree only once it has hit its ceiling.",
    ),
    actions=frozenset({Action.TRY_PROMPTING_FIRST}),
    cites=("FT-4", "NFT-4"),
)

FIX_DATA_FIRST = Outcome(
    id="fix-data-first",
    kind=OutcomeKind.FIX_DATA,
    title=Text(zh="先修好数据，再谈微调", en="Fix the data before fine-tuning"),
    summary=Text(
        zh="现在微调只会放大数据的问题。先补足数量、纠正错误，让样本覆盖不同的文体、格式、长度和主题，并加入边缘案例与对抗样本；数据合格后再回到这棵决策树。",
        en="Fine-tuning now would amplify the data's problems. Add examples, correct errors, cover varied styles, formats, lengths and topics, and add edge cases and adversarial examples; then come back to this tree.",
    ),
    actions=frozenset({Action.FIX_DATA}),
    cites=("NFT-3", "BP-3", "BP-4", "BP-5"),
)

DO_NOT_FINE_TUNE_FOR_REASONING = Outcome(
    id="do-not-fine-tune-for-reasoning",
    kind=OutcomeKind.DO_NOT_FINE_TUNE,
    title=Text(zh="不要指望微调提升推理能力", en="Do not fine-tune for reasoning"),
    summary=Text(
        zh="用普通样本微调，通常不会让逻辑推理、数学或多步骤难题的表现明显变好；这些能力大多来自预训练。",
        en="Fine-tuning on ordinary examples usually does not noticeably improve logical reasoning, maths or hard multi-step problems; those abilities come mostly from pre-training.",
    ),
    actions=frozenset({Action.REASONING_ALTERNATIVES}),
    cites=("CORE", "NFT-2"),
    beyond_guide=Text(
        zh="先换用推理模型，或者调高推理强度；把计算和证明交给工具，例如代码执行或求解器；只有在用不了推理模型时，才靠提示词让模型分步思考。",
        en="First switch to a reasoning model, or raise its reasoning effort; hand calculations and proofs to tools such as code execution or a solver; fall back on prompting the model to work step by step only where no reasoning model is available.",
    ),
)

NARROW_SCOPE_FIRST = Outcome(
    id="narrow-scope-first",
    kind=OutcomeKind.NARROW_SCOPE,
    title=Text(zh="先把范围缩小到一个任务", en="Narrow the scope to one task first"),
    summary=Text(
        zh="每次微调只瞄准一个边界清楚的问题。把“通用模型”拆成几个专门任务，每个任务单独判断、单独微调。",
        en="Aim each fine-tune at one clearly bounded problem. Split the general-purpose goal into specialised tasks and decide, and fine-tune, each one on its own.",
    ),
    actions=frozenset({Action.NARROW_SCOPE}),
    cites=("FT-3", "BP-6"),
)

RAG_PLUS_PROMPTING = Outcome(
    id="rag-plus-prompting",
    kind=OutcomeKind.RAG,
    title=Text(zh="知识用 RAG，模式用提示工程", en="RAG for the knowledge, prompt engineering for the pattern"),
    summary=Text(
        zh="不要微调。知识交给 RAG；提示词已经能给出你要的格式或风格，继续用它。",
        en="Do not fine-tune. RAG supplies the knowledge, and your prompt already gives the format or style you need, so keep it.",
    ),
    actions=frozenset({Action.RETRIEVAL, Action.PROMPT_ENGINEERING}),
    cites=("CORE", "NFT-1", "BP-7", "NFT-4"),
)

RAG_THEN_TRY_PROMPTING = Outcome(
    id="rag-then-try-prompting",
    kind=OutcomeKind.RAG,
    title=Text(
        zh="知识用 RAG，模式先试提示工程", en="RAG for the knowledge; try prompt engineering for the pattern first"
    ),
    summary=Text(
        zh="知识交给 RAG。模式部分先认真做提示工程，只有在它到达极限后，才考虑为模式做微调。",
        en="RAG supplies the knowledge. For the pattern, put real effort into prompt engineering first; consider a fine-tune for the pattern only once prompting has hit its ceiling.",
    ),
    actions=frozenset({Action.RETRIEVAL, Action.TRY_PROMPTING_FIRST}),
    cites=("CORE", "NFT-1", "BP-7", "FT-4"),
)

RAG_AND_FIX_DATA = Outcome(
    id="rag-and-fix-data",
    kind=OutcomeKind.FIX_DATA,
    title=Text(
        zh="知识用 RAG，微调模式之前先修好数据", en="RAG for the knowledge; fix the data before fine-tuning the pattern"
    ),
    summary=Text(
        zh="知识交给 RAG。模式部分暂不微调：先补足数量、纠正错误、增加多样性，并加入边缘案例与对抗样本。",
        en="RAG supplies the knowledge. Hold off on fine-tuning the pattern: add examples, correct errors, add diversity, edge cases and adversarial examples first.",
    ),
    actions=frozenset({Action.RETRIEVAL, Action.FIX_DATA}),
    cites=("CORE", "NFT-1", "BP-7", "NFT-3", "BP-3", "BP-4", "BP-5"),
)

RAG_AND_NARROW_SCOPE = Outcome(
    id="rag-and-narrow-scope",
    kind=OutcomeKind.NARROW_SCOPE,
    title=Text(
        zh="知识用 RAG，微调模式之前先缩小范围",
        en="RAG for the knowledge; narrow the scope before fine-tuning the pattern",
    ),
    summary=Text(
        zh="知识交给 RAG。模式部分先拆成定义明确的专门任务，每个任务单独判断是否值得微调。",
        en="RAG supplies the knowledge. Split the pattern work into well-defined tasks and decide for each one whether a fine-tune is worth it.",
    ),
    actions=frozenset({Action.RETRIEVAL, Action.NARROW_SCOPE}),
    cites=("CORE", "NFT-1", "BP-7", "FT-3", "BP-6"),
)

TREE = Tree(
    root=GOAL.id,
    questions=(GOAL, PROMPTING, DATA, SCOPE, PROMPTING_WITH_RAG, DATA_WITH_RAG, SCOPE_WITH_RAG),
    outcomes=(
        FINE_TUNE,
        RAG_PLUS_FINE_TUNE,
        USE_RAG,
        RAG_PLUS_PROMPTING,
        RAG_THEN_TRY_PROMPTING,
        USE_PROMPTING,
        TRY_PROMPTING_FIRST,
        FIX_DATA_FIRST,
        RAG_AND_FIX_DATA,
        NARROW_SCOPE_FIRST,
        RAG_AND_NARROW_SCOPE,
        DO_NOT_FINE_TUNE_FOR_REASONING,
    ),
)
