"""The decision tree itself: every question, answer and outcome, in both languages.

This module is data only. It follows the source guide (by @karminski-牙医): fine-tuning
teaches patterns, not knowledge. Answers set facts (see `vocabulary.FACTS`); outcomes name the
actions they recommend and cite the rules (`decision_tree.rules`) that justify them.
"""

from __future__ import annotations

from types import MappingProxyType

from .authoring import BEST_PRACTICES
from .authoring import facts as _facts
from .authoring import when as _when
from .branches import constraints, needs, plan, retrieval, troubleshoot
from .model import Addendum, Answer, Outcome, Question, Tree
from .text import Text
from .vocabulary import Action, OutcomeKind

# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------

GOAL = Question(
    id="goal",
    text=Text(
        zh="你最希望模型在哪方面做得更好？",
        en="What do you most want the model to do better?",
    ),
    hint=Text(
        zh=(
            "有好几项需求时，先选模式，没有模式再选事实；下一个问题会问其余的需求。“事实”指你的文档、产品数据、近期发生的事；"
            "“模式”指稳定复现的做法：格式或文风、对每个输入做同一种转换，或难在领域知识（如医疗、法律）上的专门任务。"
        ),
        en=(
            "Several needs? Choose the pattern first, else the facts; the next question asks about the rest. "
            "“Facts”: your documents, product data, recent events. A “pattern”: behaviour repeated reliably, "
            "such as a format or voice, the same transformation of every input, or a task whose difficulty is "
            "domain expertise (a “vertical domain” such as medicine or law)."
        ),
    ),
    answers=(
        Answer(
            id="facts",
            short=Text(zh="事实", en="Facts"),
            label=Text(
                zh="知道它现在不知道的事实（你的文档、产品数据、最近发生的事）",
                en="Know facts it does not know now (your documents, product data, recent events)",
            ),
            facts=_facts(need="knowledge"),
            next="facts-also",
            reason=Text(
                zh="主要需求是事实。微调改变的是模型的行为模式，记不牢新事实；事实应在回答时检索。",
                en=(
                    "The main need is facts. Fine-tuning shapes behaviour and does not reliably "
                    "store new facts; facts belong in retrieval at answer time."
                ),
            ),
        ),
        Answer(
            id="reasoning",
            short=Text(zh="只是推理", en="Reasoning only"),
            label=Text(
                zh="只是推理得更好（多步逻辑、数学、规划）",
                en="Only to reason better (multi-step logic, maths, planning)",
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
            short=Text(zh="格式或风格", en="Format or style"),
            label=Text(
                zh="稳定地遵守一种输出格式或风格（固定结构的 JSON、统一的文风、固定长度）",
                en="Keep to one output format or style (a fixed JSON shape, a house voice, a set length)",
            ),
            facts=_facts(need="pattern", pattern="format_style"),
            next="pattern-also",
            reason=Text(
                zh="格式和风格是模式，正是微调擅长教的东西。",
                en="Format and style are patterns, which is exactly what fine-tuning teaches well.",
            ),
            cites=("FT-1",),
        ),
        Answer(
            id="mapping",
            short=Text(zh="输入→输出映射", en="Input→output mapping"),
            label=Text(
                zh="把一类输入稳定地变成一类输出：分类、抽取字段、摘要、格式转换",
                en="Turn one kind of input into one kind of output: classify, extract fields, summarise, convert",
            ),
            facts=_facts(need="pattern", pattern="mapping"),
            next="pattern-also",
            reason=Text(
                zh="固定的输入→输出映射是模式，可以用成对的样本教给模型。",
                en="A fixed input→output mapping is a pattern that paired examples can teach.",
            ),
            cites=("FT-2",),
        ),
        Answer(
            id="specialised-task",
            short=Text(zh="专门任务", en="Specialised task"),
            label=Text(
                zh="在一个垂直领域的专门任务上表现出色（例如处理病历或合同条款）",
                en="Excel at one specialised task in a vertical domain (such as medical notes or contract clauses)",
            ),
            facts=_facts(need="pattern", pattern="specialised_task"),
            next="pattern-also",
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
            id="cheaper-faster",
            short=Text(zh="更便宜或更快", en="Cheaper or faster"),
            label=Text(
                zh="提示词已经做得好的事，做得更便宜或更快（例如高调用量下的长提示词）",
                en="Do what a prompt already does well, but cheaper or faster (say, a long prompt at high volume)",
            ),
            facts=_facts(need="cost_latency", prompting="works"),
            next="cost-fixes",
            reason=Text(
                zh="结果已经合格，要省的是每次调用的费用或时延。这超出了原指南的范围：它只说提示词够用时不必微调。",
                en=(
                    "The results are already right; what should shrink is the cost or latency per "
                    "call. The guide does not cover this: it only says not to fine-tune when a prompt does the job."
                ),
            ),
        ),
        Answer(
            id="many-tasks",
            short=Text(zh="许多任务", en="Many tasks"),
            label=Text(
                zh="一个模型同时做好许多不同的任务或领域",
                en="One model that does many different tasks or domains at once",
            ),
            facts=_facts(need="many_tasks", scope="broad"),
            next="narrow-scope-first",
            reason=Text(
                zh="这是范围问题：一次微调打造的是“专科医生”，不是样样都管的“全科医生”。",
                en="This is a scope problem: one fine-tune makes a specialist, not a general practitioner.",
            ),
        ),
        *needs.GOAL_ANSWERS,
    ),
)

_OTHER_NEEDS_HINT = Text(
    zh=(
        "“多步推理”指要经过几步才能得出结论，例如根据合同条款算出违约金；“事实”指模型必须知道、却不在它参数里的信息，"
        "例如你的文档或本月的数据。"
    ),
    en=(
        "“Multi-step reasoning” means working a result out over several steps, such as the penalty "
        "a contract's clauses imply. “Facts” are information the model must know but does not have, "
        "such as your documents or this month's figures."
    ),
)

_NOTHING_ELSE = Text(zh="没有别的了", en="Nothing else")

FACTS_ALSO = Question(
    id="facts-also",
    text=Text(zh="除了事实，模型还需要多步推理吗？", en="Besides the facts, does the model need multi-step reasoning?"),
    hint=_OTHER_NEEDS_HINT,
    answers=(
        Answer(
            id="nothing-else",
            short=Text(zh="没有别的", en="Nothing else"),
            label=_NOTHING_ELSE,
            facts=_facts(also="nothing"),
            next="use-rag",
            reason=Text(
                zh="只需要事实：这是检索的事，不是微调的事。",
                en="Facts alone: a job for retrieval, not for fine-tuning.",
            ),
        ),
        Answer(
            id="also-reasoning",
            short=Text(zh="还要推理", en="Also reasoning"),
            label=Text(zh="要，还要在这些事实上做多步推理", en="Yes, multi-step reasoning over those facts"),
            facts=_facts(also="reasoning"),
            next="rag-and-reasoning",
            reason=Text(
                zh="事实交给检索；推理能力靠微调难以提升，要另想办法。",
                en="Retrieval supplies the facts; fine-tuning rarely lifts reasoning, so the reasoning needs another route.",
            ),
        ),
    ),
)

PATTERN_ALSO = Question(
    id="pattern-also",
    text=Text(zh="除了这个模式，模型还需要什么？", en="Besides the pattern, what else does the model need?"),
    hint=Text(
        zh=_OTHER_NEEDS_HINT.zh + "同一个模型还要做别的任务，下一个问题会问。",
        en=_OTHER_NEEDS_HINT.en + " Whether the same model must do other tasks too is the next question.",
    ),
    answers=(
        Answer(
            id="nothing-else",
            short=Text(zh="没有别的", en="Nothing else"),
            label=_NOTHING_ELSE,
            facts=_facts(also="nothing"),
            next="scope",
            reason=Text(
                zh="只有这个模式：看它是否值得微调。", en="The pattern alone: check whether it is worth a fine-tune."
            ),
        ),
        Answer(
            id="also-facts",
            short=Text(zh="还要事实", en="Also facts"),
            label=Text(zh="还要知道它现在不知道的事实", en="Also facts it does not know now"),
            facts=_facts(also="knowledge"),
            next="scope-with-rag",
            reason=Text(
                zh="需求分成两半：事实交给检索，模式再看是否值得微调。",
                en="The need splits in two: retrieval handles the facts, and the pattern is checked on its own.",
            ),
        ),
        Answer(
            id="also-reasoning",
            short=Text(zh="还要推理", en="Also reasoning"),
            label=Text(zh="还要多步推理", en="Also multi-step reasoning"),
            facts=_facts(also="reasoning"),
            next="scope",
            reason=Text(
                zh="推理另想办法；模式再看是否值得微调。",
                en="The reasoning needs another route; the pattern is checked on its own.",
            ),
        ),
        Answer(
            id="also-facts-and-reasoning",
            short=Text(zh="还要事实和推理", en="Also facts and reasoning"),
            label=Text(zh="事实和多步推理都要", en="Both facts and multi-step reasoning"),
            facts=_facts(also="knowledge_and_reasoning"),
            next="scope-with-rag",
            reason=Text(
                zh="事实交给检索，推理另想办法，模式再看是否值得微调。",
                en="Retrieval supplies the facts, the reasoning needs another route, and the pattern is checked on its own.",
            ),
        ),
    ),
)


def _prompting_question(
    question_id: str, data_question: str, on_works: str, on_untried: str, on_larger: str
) -> Question:
    """The prompt-engineering check, shared by the pattern and the facts-and-pattern branches.

    Tree v3 asks for what a team can observe ("the last rounds no longer helped", "we measured one
    prompt once") rather than a judgment, and adds the two situations v2 had no answer for: a
    prompt that works only on a larger model than the team may use, and a model that takes no
    prompt at all (a small classifier), for which prompting is not a step to exhaust.
    """
    return Question(
        id=question_id,
        text=Text(
            zh="只靠提示工程，你想要的模式做到了什么程度？",
            en="How far does prompt engineering get you with the pattern?",
        ),
        hint=Text(
            zh=(
                "提示工程指不改模型参数，只通过改写提示词（说明、示例、输出格式约束）来引导模型。"
                "“认真试过”指反复迭代提示词、加入示例，并在一批固定的真实输入上对照目标衡量过结果。"
                "只测过一版提示词，或者没有衡量过，就选“还没认真试过”。如果结果已经合格、只是太贵或太慢，请在第一个问题选“更便宜或更快”。"
            ),
            en=(
                "Prompt engineering steers the model through the prompt alone (instructions, "
                "examples, output constraints) without changing its weights. “Tried seriously” "
                "means you iterated on the prompt, added examples and measured the results against "
                "a target on a fixed set of real inputs. If you measured one prompt once, or not at "
                "all, choose “Not seriously tried”. If the results are right but too costly or slow, "
                "choose “cheaper or faster” on the first question."
            ),
        ),
        answers=(
            Answer(
                id="works",
                short=Text(zh="已经好用", en="It works"),
                label=Text(
                    zh="已经很好用：精心设计的提示词能稳定达到目标",
                    en="It already works: a well-designed prompt meets the target reliably",
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
                short=Text(zh="试过，仍不达标", en="Tried, falls short"),
                label=Text(
                    zh="认真试过并衡量过：最近几轮改动已不再提升，仍达不到目标（格式或风格跑偏，或类别、字段、代码错得太多）",
                    en=(
                        "Tried seriously and measured: the last rounds of changes no longer helped, and it still "
                        "misses the target (the format or style drifts, or labels, fields or code are often wrong)"
                    ),
                ),
                facts=_facts(prompting="tried_failed"),
                next=data_question,
                reason=Text(
                    zh="提示工程已经做到头，结果仍不稳定，这正是考虑微调的时机。",
                    en="Prompt engineering has hit its ceiling and the results are still unreliable: the point where fine-tuning is worth considering.",
                ),
                cites=("FT-4",),
            ),
            Answer(
                id="not-tried",
                short=Text(zh="没试过或没衡量", en="Not tried or measured"),
                label=Text(
                    zh="还没认真试过：只测过一版提示词，或者没有衡量过",
                    en="Not seriously tried: we measured one prompt once, or not at all",
                ),
                facts=_facts(prompting="untried"),
                next=on_untried,
                reason=Text(
                    zh="还没用尽提示工程。它更快、更便宜，换模型时也不必重来，应当先试。",
                    en="Prompt engineering is not exhausted yet. It is faster, cheaper and survives model upgrades, so it comes first.",
                ),
            ),
            Answer(
                id="works-on-larger",
                short=Text(zh="只在大模型上好用", en="Works on a larger model"),
                label=Text(
                    zh="在更大的模型上已经好用，但我们必须用更小的模型（成本、自有服务器或设备端）",
                    en="It already works on a larger model, but we must use a smaller one (cost, our own servers, a device)",
                ),
                facts=_facts(prompting="works_larger"),
                next=on_larger,
                reason=Text(
                    zh="提示词在大模型上已经能做到，约束迫使你换成小模型：这是蒸馏的典型场景。",
                    en="The prompt does the job on a larger model and a constraint forces a smaller one: the classic case for distillation.",
                ),
            ),
            Answer(
                id="no-prompt",
                short=Text(zh="不适用", en="Does not apply"),
                label=Text(
                    zh="不适用：我们要微调的模型不接受指令（小型分类器或编码器）",
                    en="Does not apply: the model we tune takes no instructions (a small classifier or encoder)",
                ),
                facts=_facts(prompting="not_applicable", tuned="classifier"),
                next=data_question,
                reason=Text(
                    zh="不接受指令的模型没有提示工程可做；它只能从带标注的样本里学，数据就是关键。",
                    en="A model that takes no instructions has no prompting to exhaust; it learns from labelled examples alone, so the data decides.",
                ),
            ),
        ),
    )


_DATA_HINT = Text(
    zh=(
        "训练数据大多是成对的“输入 → 期望输出”样本。“足够”取决于任务：OpenAI 的微调指南要求至少 10 条，"
        "通常 50–100 条可见提升；结论里列有来源。"
        "“数据聚类”指样本过于相似，例如几百封几乎相同的邮件：模型只会学到那一种说法。"
        "“边缘案例和对抗样本”指格式出错、内容异常或故意诱导模型出错的输入。"
        "并非每个团队手上都是成对样本：“只有输出”指成品文本在手、对应的输入没有留下（例如只导出了已发送的回复）；"
        "“评分或二选一”指用户的点赞/点踩，或在两个回答中挑出更好的一个；“检查程序”指能自动判定任何回答对错的程序（单元测试、已知的正确结果）。"
    ),
    en=(
        "Training data are mostly pairs of an input and the output you want. “Enough” depends on the "
        "task: OpenAI's fine-tuning guide asks for at least 10 examples and reports gains from about "
        "50–100; the outcome lists the sources. “Clustered” data means the "
        "examples are too alike, such as hundreds of near-identical emails: the model learns only "
        "that one way of answering. “Edge cases and adversarial examples” are malformed, unusual or "
        "deliberately tricky inputs. Not every team holds pairs: “outputs only” are finished texts "
        "whose inputs were not kept (sent replies without the messages they answered); “ratings or "
        "choices” are thumbs up/down or A-versus-B picks between answers; a “checker” is a program "
        "that marks any answer right or wrong (unit tests, a known result)."
    ),
)


def _data_answers(on_sound: str, on_bad: str, *, later: bool) -> tuple[Answer, ...]:
    """What the team holds and in what state. `later`: prompting comes first, so the data matters only later.

    Pairs come in four states; outputs without inputs block a fine-tune like bad data does;
    ratings or choices and a checker are sound ground for a fine-tune the guide does not
    describe (preference tuning, reinforcement fine-tuning), which an addendum names.
    """
    sound = Text(
        zh="数据在质量和覆盖面上都撑得起一次微调。",
        en="The data has the quality and diversity that fine-tuning depends on.",
    )
    if later:
        sound = Text(
            zh="数据已经撑得起以后的一次微调，眼下不必为它做什么。",
            en="The data would support a later fine-tune; nothing to do about it for now.",
        )
    blocker = Text(
        zh="在任何微调之前，都要先解决这个数据问题。", en="This data problem must be fixed before any fine-tune."
    )
    return (
        Answer(
            id="good",
            short=Text(zh="合格", en="Sound"),
            label=Text(
                zh="数量足够、内容正确、足够多样，并包含边缘案例和对抗样本",
                en="Enough, correct and diverse, with edge cases and adversarial examples",
            ),
            facts=_facts(data="good"),
            next=on_sound,
            reason=sound,
        ),
        Answer(
            id="no-edge-cases",
            short=Text(zh="合格，缺边缘案例", en="Sound, no edge cases"),
            label=Text(
                zh="数量足够、内容正确、足够多样，但没有边缘案例或对抗样本",
                en="Enough, correct and diverse, but no edge cases or adversarial examples",
            ),
            facts=_facts(data="edge_cases_missing"),
            next=on_sound,
            reason=Text(
                zh="数据本身合格，只差边缘案例和对抗样本；训练前补上即可。",
                en="The data is sound but lacks edge cases and adversarial examples; add them before training.",
            ),
        ),
        Answer(
            id="small-or-flawed",
            short=Text(zh="太少或有错", en="Small or flawed"),
            label=Text(zh="数量太少，或含有大量错误", en="Too small, or full of errors"),
            facts=_facts(data="small_or_flawed"),
            next=on_bad,
            reason=Text(
                zh="数据太少或错误太多：垃圾进，垃圾出，模型还可能因此丢掉原本会的东西。",
                en="Too little or wrong data: garbage in, garbage out, and the model may even lose abilities it had.",
            )
            if not later
            else blocker,
        ),
        Answer(
            id="clustered",
            short=Text(zh="聚类", en="Clustered"),
            label=Text(
                zh="数量和正确性都够，但样本过于相似（数据聚类）",
                en="Enough and correct, but the examples are too alike (clustered)",
            ),
            facts=_facts(data="clustered"),
            next=on_bad,
            reason=Text(
                zh="样本过于相似（数据聚类），模型只会学到刻板、单一的回答。",
                en="The examples are too alike (clustered); the model would learn one rigid, repetitive answer.",
            )
            if not later
            else blocker,
        ),
        Answer(
            id="outputs-only",
            short=Text(zh="只有输出", en="Outputs only"),
            label=Text(
                zh="只有成品输出，对应的输入没有留下",
                en="Only finished outputs; the inputs they answered were not kept",
            ),
            facts=_facts(data="outputs_only"),
            next=on_bad,
            reason=Text(
                zh="只有输出，看不出“什么输入对应什么输出”；要先把输入找回来或补写出来，配成样本对。",
                en="Outputs alone show no input→output pattern; the inputs must be recovered or written to make pairs first.",
            )
            if not later
            else blocker,
        ),
        Answer(
            id="preferences",
            short=Text(zh="评分或二选一", en="Ratings or choices"),
            label=Text(
                zh="对回答的评分（点赞/点踩）或二选一的选择，而不是标准答案",
                en="Ratings (thumbs up/down) or A-versus-B choices between answers, not reference answers",
            ),
            facts=_facts(data="preferences"),
            next=on_sound,
            reason=Text(
                zh="评分和二选一适合偏好微调（如 DPO、KTO），这种微调原指南没有讲到。",
                en="Ratings and A-versus-B choices suit preference tuning (such as DPO or KTO), a kind of fine-tune the guide does not cover.",
            )
            if not later
            else Text(
                zh="评分和二选一留到以后的偏好微调再用，眼下不必为它做什么。",
                en="The ratings and choices would serve a later preference tune; nothing to do about them for now.",
            ),
        ),
        Answer(
            id="grader",
            short=Text(zh="检查程序", en="A checker"),
            label=Text(
                zh="有能自动判定任何回答对错的检查程序，标准答案却很少",
                en="A checker that marks any answer right or wrong automatically, but few reference answers",
            ),
            facts=_facts(data="grader"),
            next=on_sound,
            reason=Text(
                zh="有了检查程序，可以拿它当奖励做强化微调，这种微调原指南没有讲到。",
                en="A checker can serve as the reward of reinforcement fine-tuning, a kind of fine-tune the guide does not cover.",
            )
            if not later
            else Text(
                zh="检查程序留到以后的强化微调再用；眼下先用它给提示词打分。",
                en="The checker would serve a later reinforcement fine-tune; for now, use it to score your prompts.",
            ),
        ),
        Answer(
            id="no-data",
            short=Text(zh="还没有数据", en="No data yet"),
            label=Text(zh="还没有训练数据", en="We have no training data yet"),
            facts=_facts(data="none"),
            next=on_bad,
            reason=Text(
                zh="没有数据就无从微调，先要建起一套样本。",
                en="There is nothing to fine-tune on yet; a set of examples has to be built first.",
            ),
        ),
        Answer(
            id="not-checked",
            short=Text(zh="没人检查过", en="Not checked"),
            label=Text(zh="不清楚：还没有人检查过", en="I don't know: nobody has checked it"),
            facts=_facts(data="unchecked"),
            next=on_bad,
            reason=Text(
                zh="数据状况不明，在任何微调之前都要先检查一遍。",
                en="The state of the data is unknown; it needs checking before any fine-tune.",
            ),
        ),
    )


def _data_question(question_id: str, on_sound_data: str, on_bad_data: str) -> Question:
    """The training-data check after prompting fell short, shared by both branches that may end in fine-tuning."""
    return Question(
        id=question_id,
        text=Text(zh="你手上有什么训练数据，状况如何？", en="What training data do you hold, and what state is it in?"),
        hint=_DATA_HINT,
        answers=_data_answers(on_sound_data, on_bad_data, later=False),
    )


def _data_later_question(question_id: str, on_any: str) -> Question:
    """The same data check while prompting comes first: a blocker told now reaches the outcome card."""
    return Question(
        id=question_id,
        text=Text(
            zh="提示工程要先试。如果它以后不够用，你手上有什么训练数据，状况如何？",
            en="Prompting comes first. If it later falls short, what training data do you hold, and in what state?",
        ),
        hint=Text(
            zh=_DATA_HINT.zh + "你现在知道的数据问题会列在结论里，可以在试提示工程的同时解决。",
            en=_DATA_HINT.en
            + " A data problem you know of now is listed on the outcome, so it can be fixed meanwhile.",
        ),
        answers=_data_answers(on_any, on_any, later=True),
    )


def _scope_question(question_id: str, on_narrow: str, on_broad: str) -> Question:
    """The scope check, asked before prompting so a known scope problem is never lost: one task per fine-tune."""
    return Question(
        id=question_id,
        text=Text(
            zh="这个模型只做这一件事，还是要同时做很多不同的事？",
            en="Is this the model's one job, or must the same model do many different things?",
        ),
        hint=Text(
            zh=(
                "“定义明确的专门任务”指你能说清楚输入是什么、合格的输出长什么样，例如“把工单归到 12 个类别之一”。"
                "如果同一个模型还要写营销文案、回答人事问题这类彼此不同的事，就选“很多不同的事”。"
            ),
            en=(
                "A “narrow, well-defined task” is one where you can say what the input is and what "
                "a good output looks like, such as “sort a support ticket into one of 12 classes”. "
                "If the same model must also do unrelated things, such as writing marketing copy or "
                "answering HR questions, choose “many different things”."
            ),
        ),
        answers=(
            Answer(
                id="narrow",
                short=Text(zh="只做这一件事", en="One job"),
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
                short=Text(zh="很多不同的事", en="Many things"),
                label=Text(
                    zh="很多不同的事：一个通用模型",
                    en="Many different things: a general-purpose model",
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


SCOPE = _scope_question("scope", "prompting", "narrow-scope-first")
PROMPTING = _prompting_question("prompting", "data", "use-prompting", "data-later", "distil-into-smaller")
DATA = _data_question("data", "fine-tune", "fix-data-first")
DATA_LATER = _data_later_question("data-later", "try-prompting-first")

SCOPE_WITH_RAG = _scope_question("scope-with-rag", "prompting-with-rag", "rag-and-narrow-scope")
PROMPTING_WITH_RAG = _prompting_question(
    "prompting-with-rag", "data-with-rag", "rag-plus-prompting", "data-later-with-rag", "rag-and-distil"
)
DATA_WITH_RAG = _data_question("data-with-rag", "rag-plus-fine-tune", "rag-and-fix-data")
DATA_LATER_WITH_RAG = _data_later_question("data-later-with-rag", "rag-then-try-prompting")

COST_FIXES = Question(
    id="cost-fixes",
    text=Text(
        zh="不需要训练的省钱提速办法，你都试过了吗？",
        en="Have you tried the fixes that need no training?",
    ),
    hint=Text(
        zh=(
            "这些办法不用训练就能降低费用或时延：提示词缓存（重复的提示词前缀按折扣计费）、缩短提示词、"
            "换一个更小的模型配同样的提示词并在测试输入上核对结果，以及对不急的请求使用批处理。"
        ),
        en=(
            "These cut cost or latency without training: prompt caching (a repeated prompt prefix "
            "is billed at a discount), a shorter prompt, a smaller model given the same prompt and "
            "checked on your test inputs, and batch processing for requests that can wait."
        ),
    ),
    answers=(
        Answer(
            id="not-yet",
            short=Text(zh="还没有都试", en="Not all tried"),
            label=Text(zh="还没有，或只试了一部分", en="Not yet, or only some of them"),
            facts=_facts(cheap_fixes="untried"),
            next="cut-cost-without-training",
            reason=Text(
                zh="先用不需要训练的办法：它们便宜、可逆，换模型时也不必重来。",
                en="Start with the fixes that need no training: they are cheap, reversible and survive model upgrades.",
            ),
        ),
        Answer(
            id="not-enough",
            short=Text(zh="都试过，仍不够", en="All tried, not enough"),
            label=Text(zh="都试过了，还是太贵或太慢", en="Tried them all; still too costly or too slow"),
            facts=_facts(cheap_fixes="not_enough"),
            next="cost-volume",
            reason=Text(
                zh="便宜的办法已经用过，接下来要看调用量是否值得训练一个更小的模型。",
                en="The cheap fixes are used up; whether training a smaller model pays off depends on the volume.",
            ),
        ),
    ),
)

COST_VOLUME = Question(
    id="cost-volume",
    text=Text(zh="这个提示词要处理多少请求？", en="How many requests does the prompt handle?"),
    hint=Text(
        zh=(
            "“调用量大”指省下的每次调用费用或时延，足以抵过训练、评估，以及在基座模型退役时重新训练一个小模型的开销。"
            "我们的粗略估计是每天稳定有数千次以上的请求；请用你自己的价格算一算。"
        ),
        en=(
            "“High volume” means the cost or latency saved per call outweighs training, evaluating "
            "and retraining a smaller model each time its base model is retired. Our rough guess is a "
            "steady few thousand requests a day or more; work it out with your own prices."
        ),
    ),
    answers=(
        Answer(
            id="high-volume",
            short=Text(zh="调用量大", en="High volume"),
            label=Text(zh="调用量大，而且会持续", en="High volume, and it will last"),
            facts=_facts(volume="high"),
            next="distil-for-cost",
            reason=Text(
                zh="调用量大到训练成本可能摊得回来，值得考虑把提示词的做法蒸馏进一个更小的模型。",
                en="At this volume the training cost may pay back, so distilling the prompt's behaviour into a smaller model is worth weighing.",
            ),
        ),
        Answer(
            id="low-volume",
            short=Text(zh="调用量小或未知", en="Low or unknown volume"),
            label=Text(zh="调用量不大，或者还说不准", en="Low volume, or not known yet"),
            facts=_facts(volume="low"),
            next="use-prompting",
            reason=Text(
                zh="调用量不大时，训练和重新训练的开销摊不回来，继续用提示词。",
                en="At low volume, training and retraining would not pay back; keep the prompt.",
            ),
        ),
    ),
)

# ---------------------------------------------------------------------------
# Outcomes
# ---------------------------------------------------------------------------

_REASONING_ROUTE = Text(
    zh="先换用推理模型，或者调高推理强度；把计算和证明交给工具，例如代码执行或求解器；只有在用不了推理模型时，才靠提示词让模型分步思考。",
    en="First switch to a reasoning model, or raise its reasoning effort; hand calculations and proofs to tools such as code execution or a solver; fall back on prompting the model to work step by step only where no reasoning model is available.",
)

_RAG_PART = Text(
    zh="把知识放进检索增强生成（RAG）：回答时从你的文档库或数据库中检索相关内容，放进提示词。",
    en="Put the knowledge into retrieval-augmented generation (RAG): at answer time, fetch the relevant passages from your documents or database and place them in the prompt.",
)

FINE_TUNE = Outcome(
    id="fine-tune",
    kind=OutcomeKind.FINE_TUNE,
    title=Text(zh="可以微调", en="Fine-tune"),
    summary=Text(
        zh="要学的是模式，提示工程已经无法再推进（或者根本不适用），数据撑得起训练，任务范围明确。动手前先对照下面的最佳实践清单。",
        en="The need is a pattern, prompting can take it no further (or does not apply), the data can carry a training run and the task is narrow. Go through the best-practice checklist below before you train.",
    ),
    actions=frozenset({Action.FINE_TUNE}),
    cites=("CORE", "FT-3"),
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
    cites=("CORE", "NFT-1", "BP-7"),
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
    beyond_guide=_REASONING_ROUTE,
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
    cites=("CORE", "NFT-1", "BP-7", "FT-4", "NFT-4"),
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

RAG_AND_REASONING = Outcome(
    id="rag-and-reasoning",
    kind=OutcomeKind.RAG,
    title=Text(
        zh="事实用 RAG，推理换用推理模型，不要微调",
        en="RAG for the facts, a reasoning model for the reasoning: do not fine-tune",
    ),
    summary=Text(
        zh="两项需求都不是微调能解决的：事实在回答时从你的文档中检索；多步推理交给推理模型和工具，并把检索到的原文一并交给它。",
        en="Neither need is one fine-tuning meets: retrieve the facts from your documents at answer time, and give the multi-step reasoning, with the retrieved passages, to a reasoning model and tools.",
    ),
    actions=frozenset({Action.RETRIEVAL, Action.REASONING_ALTERNATIVES}),
    cites=("CORE", "NFT-1", "BP-7", "NFT-2"),
    beyond_guide=_REASONING_ROUTE,
)

CUT_COST_WITHOUT_TRAINING = Outcome(
    id="cut-cost-without-training",
    kind=OutcomeKind.PROMPTING,
    title=Text(zh="先不训练，先把提示词变便宜", en="Do not fine-tune yet: make the prompt cheaper first"),
    summary=Text(
        zh="提示词已经给出合格的结果，训练只会多出一笔成本和一个要维护的模型。先用不改模型的办法降低费用和时延，并在同一批测试输入上确认结果没有变差。",
        en="The prompt already gives the right results; training would add a cost and a model to maintain. Cut cost and latency first with fixes that keep the model, and confirm on the same test inputs that the results hold.",
    ),
    actions=frozenset({Action.PROMPT_ENGINEERING, Action.CUT_COST}),
    cites=("NFT-4",),
    beyond_guide=Text(
        zh="按省钱的多少依次试：提示词缓存、缩短提示词和示例、换更小的模型配同样的提示词、对不急的请求使用批处理接口。",
        en="Try, roughly in order of savings: prompt caching, a shorter prompt with fewer examples, a smaller model with the same prompt, and batch endpoints for requests that can wait.",
    ),
)

DISTIL_FOR_COST = Outcome(
    id="distil-for-cost",
    kind=OutcomeKind.FINE_TUNE,
    title=Text(
        zh="可以考虑把提示词蒸馏进一个更小的模型",
        en="Consider distilling the prompt into a smaller model",
    ),
    summary=Text(
        zh="原指南说提示词够用时不必微调（NFT-4）；它没有讨论调用量很大时的成本。便宜的办法都用过、调用量又大而持续时，可以用大模型加提示词产出、经人审核的结果，微调一个更小的模型，让它不带长提示词也能做同样的事。",
        en="The guide says not to fine-tune when a prompt does the job (NFT-4); it does not discuss cost at high volume. When the cheap fixes are used up and the volume is high and lasting, fine-tune a smaller model on reviewed outputs of the large model and its prompt, so that it does the same job without the long prompt.",
    ),
    actions=frozenset({Action.DISTIL}),
    cites=("NFT-4", "FT-3"),
    checklist=BEST_PRACTICES,
    beyond_guide=Text(
        zh="代价要算清楚：训练和每次重新训练的费用；基座模型退役时要重做；需要一套留出的评估集，证明小模型不比“大模型加提示词”差；原来的提示词要保留作后备。",
        en="Count the costs: training and every retraining; a redo when the base model is retired; a held-out evaluation set proving the small model is no worse than the large model with its prompt; and the original prompt kept as a fallback.",
    ),
)

# ---------------------------------------------------------------------------
# Addenda: blockers and further needs that reach the outcome wherever the path ends
# ---------------------------------------------------------------------------


ADDENDA = (
    Addendum(
        id="data-small-or-flawed",
        when=(_when(data="small_or_flawed"),),
        title=Text(zh="数据太少或错误太多", en="The data is too small or full of errors"),
        text=Text(
            zh="无论接下来做什么，在任何微调之前，先补足样本、改正错误。",
            en="Whatever you do next, add examples and correct the errors before any fine-tune.",
        ),
        actions=frozenset({Action.FIX_DATA}),
        cites=("NFT-3",),
    ),
    Addendum(
        id="data-clustered",
        when=(_when(data="clustered"),),
        title=Text(zh="数据聚类", en="The data is clustered"),
        text=Text(
            zh="无论接下来做什么，在任何微调之前，先让样本覆盖真实输入的各种样子，减少几乎重复的样本。",
            en="Whatever you do next, before any fine-tune make the examples cover the range of real inputs and thin out the near-duplicates.",
        ),
        actions=frozenset({Action.FIX_DATA}),
        cites=("NFT-3", "BP-3", "BP-5"),
    ),
    Addendum(
        id="data-none",
        when=(_when(data="none"),),
        title=Text(zh="还没有训练数据", en="There is no training data yet"),
        text=Text(
            zh="任何微调之前，先从真实输入中建起一套样本，并留出一部分用于评估。",
            en="Before any fine-tune, build a set of examples from real inputs, and hold some back for evaluation.",
        ),
        actions=frozenset({Action.FIX_DATA}),
        cites=("NFT-3",),
    ),
    Addendum(
        id="data-unchecked",
        when=(_when(data="unchecked"),),
        title=Text(zh="数据状况不明", en="Nobody has checked the data"),
        text=Text(
            zh="任何微调之前，先抽样检查数据：数量、错误、重复程度，以及是否覆盖边缘案例。",
            en="Before any fine-tune, check a sample of the data: its size, its errors, how alike the examples are, and whether edge cases are covered.",
        ),
        actions=frozenset({Action.FIX_DATA}),
        cites=("NFT-3",),
    ),
    Addendum(
        id="data-outputs-only",
        when=(_when(data="outputs_only"),),
        title=Text(zh="只有输出，没有输入", en="Outputs without their inputs"),
        text=Text(
            zh="任何微调之前，先配出样本对：把当初的输入找回来（例如关联客户来信），或为一批有代表性的输出补写输入，并人工核对。",
            en="Before any fine-tune, make pairs: recover the inputs the outputs answered (join the customer messages, say), or write inputs for a varied sample of outputs and review them.",
        ),
        actions=frozenset({Action.FIX_DATA}),
        cites=("BP-2", "NFT-3"),
    ),
    Addendum(
        id="data-preferences",
        when=(_when(data="preferences"),),
        title=Text(zh="用评分数据做偏好微调", en="Ratings call for preference tuning"),
        text=Text(
            zh="评分和二选一不是标准答案，教不了监督微调；它们训练的是偏好微调，通常接在一次监督微调之后，各大平台都提供。",
            en="Ratings and A-versus-B choices are not reference answers, so they cannot drive supervised fine-tuning; they train a preference tune, usually after a supervised one, which the major platforms offer.",
        ),
        actions=frozenset(),
        cites=("BP-2",),
        beyond_guide=True,
    ),
    Addendum(
        id="data-grader",
        when=(_when(data="grader"),),
        title=Text(zh="用检查程序做强化微调", en="A checker calls for reinforcement fine-tuning"),
        text=Text(
            zh="检查程序给出的是分数而不是标准答案：模型作答、程序打分、按分数更新模型，这就是强化微调。",
            en="A checker gives scores, not reference answers: the model answers, the checker scores, and the scores update the model. That is reinforcement fine-tuning.",
        ),
        actions=frozenset(),
        cites=("BP-2",),
        beyond_guide=True,
    ),
    Addendum(
        id="data-edge-cases-missing",
        when=(_when(data="edge_cases_missing"),),
        title=Text(zh="缺少边缘案例和对抗样本", en="Edge cases and adversarial examples are missing"),
        text=Text(
            zh="训练之前，加入格式出错、内容古怪、超出范围和故意诱导的输入，并写明期望的回应。",
            en="Before training, add malformed, odd, out-of-scope and manipulative inputs, each with the response you want.",
        ),
        actions=frozenset({Action.ADD_EDGE_CASES}),
        cites=("BP-4",),
    ),
    Addendum(
        id="reasoning-part",
        when=(_when(need="pattern", also=frozenset({"reasoning", "knowledge_and_reasoning"})),),
        title=Text(zh="推理部分：不要靠微调", en="For the reasoning: not fine-tuning"),
        text=_REASONING_ROUTE,
        actions=frozenset({Action.REASONING_ALTERNATIVES}),
        cites=("NFT-2",),
        beyond_guide=True,
    ),
    Addendum(
        id="cost-low-volume",
        when=(_when(volume="low"),),
        title=Text(zh="为什么这个调用量下不训练", en="Why not train at this volume"),
        text=Text(
            zh="调用量不大时，训练、评测和重新训练一个小模型的开销，多半超过它省下的调用费；原指南也建议，提示词够用时不要微调。",
            en="At low volume, training, evaluating and retraining a smaller model most likely costs more than it saves per call; the guide, too, says not to fine-tune when a prompt does the job.",
        ),
        actions=frozenset(),
        cites=("NFT-4",),
        beyond_guide=True,
    ),
)

# Links shared before tree v2 (citations.json) whose answers v2 splits. Each reads today as the
# path below, and the widget says so; the outcome stays the same (citations.json pins it):
# - `knowledge` was facts and nothing else;
# - a pattern chosen first said nothing about other needs: it reads as "nothing else";
# - `knowledge-and-pattern` ("knowledge and a fixed format or style") reads as a format with facts;
# - `untried` never stated the data: it reads as "not checked", which the card asks to check;
# - v1 asked the scope last, after prompting and data: a link that never reached it reads as one
#   task ("narrow"), the scope every v1 outcome short of fine-tuning implicitly assumed.
_V1_PATTERN_TAILS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("works",), ("narrow", "works")),
    (("tried-failed", "good", "narrow"), ("narrow", "tried-failed", "good")),
    (("tried-failed", "good", "broad"), ("broad",)),
    (("tried-failed", "small-or-flawed"), ("narrow", "tried-failed", "small-or-flawed")),
    (("tried-failed", "clustered"), ("narrow", "tried-failed", "clustered")),
    (("untried",), ("narrow", "not-tried", "not-checked")),
)
LEGACY_PATHS: MappingProxyType[tuple[str, ...], tuple[str, ...]] = MappingProxyType(
    {
        ("knowledge",): ("facts", "nothing-else"),
        **{
            (main, *old): (main, "nothing-else", *new)
            for main in ("format-style", "mapping", "specialised-task")
            for old, new in _V1_PATTERN_TAILS
        },
        **{("knowledge-and-pattern", *old): ("format-style", "also-facts", *new) for old, new in _V1_PATTERN_TAILS},
    }
)

TREE = Tree(
    root=GOAL.id,
    questions=(
        GOAL,
        FACTS_ALSO,
        PATTERN_ALSO,
        SCOPE,
        PROMPTING,
        DATA,
        DATA_LATER,
        SCOPE_WITH_RAG,
        PROMPTING_WITH_RAG,
        DATA_WITH_RAG,
        DATA_LATER_WITH_RAG,
        COST_FIXES,
        COST_VOLUME,
        *troubleshoot.QUESTIONS,
        *retrieval.QUESTIONS,
        *needs.QUESTIONS,
    ),
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
        RAG_AND_REASONING,
        CUT_COST_WITHOUT_TRAINING,
        DISTIL_FOR_COST,
        *constraints.OUTCOMES,
        *troubleshoot.OUTCOMES,
        *retrieval.OUTCOMES,
        *needs.OUTCOMES,
    ),
    addenda=(*ADDENDA, *needs.ADDENDA),
    plan=plan.QUESTIONS,
    legacy=LEGACY_PATHS,
)
