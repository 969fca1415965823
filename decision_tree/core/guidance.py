"""What to do next on each outcome, and what each route roughly costs: pure data, both languages.

An outcome card that only names a route leaves the reader asking "and now what?". This
module answers with a few concrete, imperative next steps per outcome ID, plus steps per
blocker ID (a data or scope problem the reader told us about), shown on any outcome whose
path reported it. `ROUTE_COSTS` gives the rough money, people-time and time to a first
result of each route, so a card can compare the recommended route with the alternatives.

Like `core.evidence`, this is data beside the tree: the engine never imports it, so it can
change what a reader is shown but never where a path ends. Standard library only, because
the widget runs the package in Pyodide. Sources are IDs from `core.evidence.REGISTRY`;
every number in a step comes from one of them or is marked as our rough estimate. A step
that is our advice or a source's, not the guide's, carries `beyond_guide=True`.
`checks.guidance_checks` validates all of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .guidance_fitted import (
    CONSTRAIN_FIRST,
    DATA_FIX_OR_DROP,
    DATA_GUIDE_FIRST,
    DATA_SAMPLE_AND_COUNT,
    ENCODER_CLASSIFIER,
    FREE_TEXT_SCORING,
    FT_START_ANY,
    FT_START_HUNDREDS,
    FT_START_OVER_10K,
    FT_START_THOUSANDS,
    FT_START_UNDER_100,
    PROMPT_ITERATE_ANY,
    PROMPT_ITERATE_FREE_TEXT,
    PROMPT_ITERATE_STRUCTURED,
    PROMPT_ITERATE_TOOLS,
    RUNS_STEPS,
    SET_TARGET_ANY,
    SET_TARGET_FREE_TEXT,
    SET_TARGET_STRUCTURED,
    SET_TARGET_TOOLS,
)
from .guidance_model import NextStep, RouteCost
from .guidance_model import step as _step
from .guidance_v3 import V3_NEXT_STEPS
from .text import Text

ROUTES: tuple[str, ...] = ("prompting", "rag", "fine-tune", "distil", "reasoning-model")
"""Every route an outcome can recommend or compare against, in the order cards list them."""


# ---------------------------------------------------------------------------
# Steps shared by several outcomes (one wording, one home)
# ---------------------------------------------------------------------------

# Measuring: the evaluation set every route is judged on.
EVAL_SET = _step(
    "用真实输入建一个评测集（我们建议 50–200 条），给每条写明期望的结果；此后每一次改动都在这个评测集上打分。",
    "Build an evaluation set of real inputs (we suggest 50–200), each with the result you expect, and score "
    "every change on it.",
)
PROMPT_CEILING = _step(
    "记下每一轮的分数；连续几轮都不再提升，才说明这个模型上的提示工程到顶了。",
    "Record the score of every round; only when several rounds in a row no longer move it has prompting hit "
    "its ceiling on this model.",
)
COME_BACK_AFTER_PROMPTING = _step(
    "然后回到决策树：达到目标，就回答提示词已经好用；达不到，就回答认真试过但不够，并把各轮分数记进决策记录。",
    "Then walk the tree again: answer that prompting works if you met the target, or that you tried and it fell "
    "short, with the scores in your decision record.",
)

PROMPT_CACHE = _step(
    "把提示词中不变的部分（指令、示例、工具定义）放在开头，以便命中缓存：OpenAI 称，对 1024 个词元以上的提示词，"
    "延迟最多可降 80%，输入成本最多可降 90%。",
    "Put the unchanging part of the prompt (instructions, examples, tool definitions) first so it can be cached: "
    "OpenAI reports up to 80% lower latency and 90% lower input cost on prompts of 1,024 tokens or more.",
    "openai-prompt-caching",
)

# Retrieval: where the facts live and how they stay current.
RAG_STORE = _step(
    "把事实放进可检索的存储（文档库、数据库），在回答时检索相关段落交给模型，而不是把事实训练进模型。",
    "Put the facts in a searchable store (documents, a database) and retrieve the relevant passages at answer "
    "time, instead of training the facts into the model.",
    "ovadia-2024",
    "mslearn-optimize",
    beyond_guide=False,
)
RAG_KEEP_CURRENT = _step(
    "文档一有改动就重建它的索引，给每个段落记上日期和版本，并删掉作废的版本，免得回答引用过时的事实。",
    "Re-index a document whenever it changes, store a date and version with every passage, and remove retired "
    "versions so that answers never rest on stale facts.",
)
RAG_HIT_RATE = _step(
    "写一批真实问题（我们建议 50–100 个），标出能回答每个问题的段落，"
    "统计这些段落出现在检索结果前几名里的比例（命中率）；每次调整切分、索引或查询后都重测。",
    "Write real questions (we suggest 50–100), mark the passage that answers each, and measure how often it is "
    "among the top results (the hit rate); re-measure after every change to chunking, index or query.",
)
RAG_CITE = _step(
    "让回答注明所依据的段落；检索不到相关内容时，让模型直说，而不是猜。",
    "Have each answer cite the passages it used, and tell the model to say so when nothing relevant was "
    "retrieved rather than guess.",
)

# Fine-tuning: before, during and after training.
FT_AFTER = _step(
    "训练之后，微调模型在留出集上明显胜过基线、成本和时延也可以接受，才替换提示词；"
    "再重测它仍需胜任的其他任务和一批本该拒绝的请求：微调可能削弱这两者。",
    "After training, switch only if the tuned model clearly beats the baseline on the held-out set at an "
    "acceptable cost and latency; then re-test the other tasks it must still do and requests it should "
    "refuse: tuning can erode both.",
    "foundry-ft-overview",
    "biderman-2024",
    "qi-2024",
)
FT_BASELINE = _step(
    "先测基线：用你最好的提示词在基座模型上跑一遍留出集，留出集里的样本永远不进训练。",
    "Measure a baseline first: run your best prompt on the base model over a held-out set whose examples never "
    "enter training.",
    "openai-sft",
)

# Data.
DATA_VARIETY = _step(
    "让样本覆盖真实输入的各种主题、长度和格式，并加入边缘案例和对抗样本（BP-3、BP-4、BP-5）。",
    "Make the examples cover the topics, lengths and formats real inputs have, and include edge cases and "
    "adversarial examples (BP-3, BP-4, BP-5).",
    "lima-2023",
    beyond_guide=False,
)
DATA_HOLD_OUT = _step(
    "一开始就把一部分样本划为留出集，与训练数据分开保存；修好数据后，用同样的抽样计数再查一遍，再开始训练。",
    "Set part of the examples aside as a held-out set from the start, kept apart from training data; after "
    "fixing, repeat the sample-and-count check before you train.",
)

# Scope.
SCOPE_LIST_TASKS = _step(
    "列出这个模型要覆盖的各个任务和领域，给每一个单独建评测集。",
    "List the separate tasks and domains the model is meant to cover, and give each one its own evaluation set.",
)
SCOPE_WALK_EACH = _step(
    "每个任务单独走一遍决策树：有的靠提示词就够，有的需要检索，只有一部分可能值得微调（BP-6）。",
    "Walk the tree once per task: some will need only a prompt, some retrieval, and only some may be worth "
    "fine-tuning (BP-6).",
    beyond_guide=False,
)

# Reasoning.
REASONING_MODEL = _step(
    "换用推理模型，或调高现用模型的推理强度设置，并用你自己的难题样本给它打分。",
    "Switch to a reasoning model, or raise the reasoning effort setting of the one you use, and score it on "
    "your own hard cases.",
)
REASONING_TOOLS = _step(
    "把需要精确计算的部分交给工具：让模型调用代码执行、计算器或求解器，而不是在文字里硬算。",
    "Hand exact work to tools: let the model call code execution, a calculator or a solver instead of working "
    "it out in text.",
)


NEXT_STEPS: Mapping[str, tuple[NextStep, ...]] = MappingProxyType(
    {
        # ----- outcomes -----
        "fine-tune": (
            FT_BASELINE,
            CONSTRAIN_FIRST,
            FREE_TEXT_SCORING,
            FT_START_ANY,
            FT_START_UNDER_100,
            FT_START_HUNDREDS,
            FT_START_THOUSANDS,
            FT_START_OVER_10K,
            FT_AFTER,
            *RUNS_STEPS,
        ),
        "rag-plus-fine-tune": (
            _step(
                "先把检索做好，用检索到的段落加上最好的提示词测一遍：这就是微调必须胜过的基线。",
                "Build retrieval first and score your best prompt with the retrieved passages: that is the "
                "baseline the fine-tune must beat.",
                "mslearn-optimize",
            ),
            _step(
                "让每条训练输入都和线上一致：问题加上为它检索到的段落。模型学的是基于检索内容作答的模式，而不是事实本身。",
                "Make each training input look like production: the question plus the passages retrieved for it, "
                "so the model learns to answer from retrieved text, not the facts themselves.",
            ),
            _step(
                "事实不进权重：事实变了就更新索引，不动模型；只有当模式变了才重新训练。",
                "Keep facts out of the weights: when a fact changes, update the index, not the model; retrain only "
                "when the pattern changes.",
                "ovadia-2024",
                "gekhman-2024",
            ),
            CONSTRAIN_FIRST,
            FREE_TEXT_SCORING,
            FT_AFTER,
            *RUNS_STEPS,
        ),
        "use-rag": (
            RAG_STORE,
            RAG_KEEP_CURRENT,
            RAG_HIT_RATE,
            RAG_CITE,
            _step(
                "有机密文档时，按提问者的权限过滤检索结果；机密事实也不要训练进模型：权重里的文字能被提取出来，拒答训练挡不住。",
                "Where some documents are confidential, filter what retrieval returns by the asker's permissions, "
                "and never train private facts into a model: text in weights can be extracted, and training it "
                "to refuse is no lock.",
                "carlini-2021",
            ),
            _step(
                "如果回答还需要固定的格式或风格，先用提示词试；提示词不够用时，再回来重新走决策树。",
                "If the answers also need a fixed format or style, try a prompt first; come back to the tree if "
                "it falls short.",
                beyond_guide=False,
            ),
        ),
        "rag-plus-prompting": (
            RAG_STORE,
            RAG_KEEP_CURRENT,
            _step(
                "保留已经好用的格式提示词，把检索到的段落放进其中单独标明的一节；再用真实的检索结果重跑格式测试。",
                "Keep the format prompt that works and put the retrieved passages in a clearly marked section of "
                "it; re-run your format tests with real retrieved text.",
            ),
            RAG_HIT_RATE,
        ),
        "rag-then-try-prompting": (
            RAG_STORE,
            RAG_KEEP_CURRENT,
            EVAL_SET,
            FREE_TEXT_SCORING,
            PROMPT_ITERATE_ANY,
            PROMPT_ITERATE_STRUCTURED,
            PROMPT_ITERATE_FREE_TEXT,
            PROMPT_ITERATE_TOOLS,
            PROMPT_CEILING,
        ),
        "use-prompting": (
            _step(
                "把提示词和代码放在一起做版本管理，并注明它是在哪个模型版本上测过的。",
                "Keep the prompt under version control beside the code, with a note of the model version it was "
                "tested on.",
            ),
            _step(
                "用一组固定的真实输入和期望输出守住它，每次改提示词都跑一遍。",
                "Guard it with a fixed test set of real inputs and expected outputs, run on every change to the "
                "prompt.",
            ),
            _step(
                "换用新的模型版本之前先重跑这组测试，新版本通过之前别停用旧版本。",
                "Re-run the test set before moving to a new model version, and keep the old one until the new one "
                "passes.",
            ),
            PROMPT_CACHE,
            _step(
                "如果测试分数开始下滑，或者调用量大到又慢又贵，再回来重新走决策树。",
                "Come back to the tree if the test scores slip, or if volume makes the prompt too slow or costly.",
            ),
        ),
        "try-prompting-first": (
            EVAL_SET,
            SET_TARGET_ANY,
            SET_TARGET_STRUCTURED,
            SET_TARGET_FREE_TEXT,
            SET_TARGET_TOOLS,
            PROMPT_ITERATE_ANY,
            PROMPT_ITERATE_STRUCTURED,
            PROMPT_ITERATE_FREE_TEXT,
            PROMPT_ITERATE_TOOLS,
            PROMPT_CEILING,
            COME_BACK_AFTER_PROMPTING,
        ),
        "fix-data-first": (
            DATA_SAMPLE_AND_COUNT,
            DATA_FIX_OR_DROP,
            DATA_GUIDE_FIRST,
            DATA_VARIETY,
            DATA_HOLD_OUT,
        ),
        "rag-and-fix-data": (
            RAG_STORE,
            RAG_KEEP_CURRENT,
            DATA_SAMPLE_AND_COUNT,
            DATA_FIX_OR_DROP,
            DATA_GUIDE_FIRST,
        ),
        "narrow-scope-first": (
            SCOPE_LIST_TASKS,
            SCOPE_WALK_EACH,
            _step(
                "用提示词或一个小分类器把每个请求分派到对应的任务，并且也要测分派的准确率。",
                "Route each request to its task with a prompt or a small classifier, and measure how often the "
                "routing is right.",
            ),
            _step(
                "如果有几个任务确实需要微调，就在同一个基座模型上每个任务训练一个小适配器，"
                "而不是一个模型包揽全部（LoRA Land 的做法）。",
                "If several tasks do need tuning, train one small adapter per task on a shared base model rather "
                "than one model for everything (as LoRA Land did).",
                "loraland-2024",
                "lora-2022",
            ),
        ),
        "rag-and-narrow-scope": (
            RAG_STORE,
            RAG_KEEP_CURRENT,
            SCOPE_LIST_TASKS,
            SCOPE_WALK_EACH,
        ),
        "do-not-fine-tune-for-reasoning": (
            REASONING_MODEL,
            REASONING_TOOLS,
            _step(
                "如果只能用普通模型，就让它先写出步骤再给答案，并逐步对照输入检查。",
                "If you must stay on a plain model, ask for the steps before the answer and check each step "
                "against the input.",
            ),
            _step(
                "为推理而训练很少是普通团队的路线：强化微调（Microsoft Foundry 提供，OpenAI 的正在关停）"
                "需要评分器和专家公认的答案，公开的成果也都依赖强基座模型或更强模型的推理过程。",
                "Training for reasoning is rarely a typical team's route: reinforcement fine-tuning (Microsoft "
                "Foundry; OpenAI's is closing) needs a grader and expert-agreed answers, and published gains needed "
                "strong base models or a stronger model's traces.",
                "openai-rft",
                "foundry-ft-costs",
                "openai-deprecations",
                "s1-2025",
                "deepseek-r1-2025",
            ),
        ),
        "rag-and-reasoning": (
            RAG_STORE,
            RAG_KEEP_CURRENT,
            _step(
                "多步推理的部分交给推理模型（或调高推理强度），让它在检索到的段落上推理；不要为此微调。",
                "Give the retrieved passages to a reasoning model, or a higher reasoning effort, for the multi-step "
                "part; do not fine-tune for it.",
            ),
            REASONING_TOOLS,
            _step(
                "把两部分分开评测：检索有没有找对段落，在这些段落上的推理对不对。",
                "Evaluate the two parts apart: whether retrieval found the right passages, and whether the "
                "reasoning over them was right.",
            ),
        ),
        "cut-cost-without-training": (
            PROMPT_CACHE,
            _step(
                "缩短提示词：一次删掉一条指令或示例，只有评测集分数不降才保留这次删减。",
                "Shorten the prompt: remove one instruction or example at a time, and keep a cut only if the "
                "evaluation set's score holds.",
            ),
            _step(
                "在评测集上用同一个提示词试一个更小、更便宜的模型；达到目标就换过去。",
                "Run the same prompt on a smaller, cheaper model over your evaluation set, and switch if it meets "
                "your target.",
            ),
            _step(
                "不需要立刻返回的工作走批处理接口：厂商给它更低的价格，代价是要等得更久。",
                "Send work nobody is waiting for through a batch API: vendors price it below real-time calls in "
                "exchange for a slower turnaround.",
            ),
            _step(
                "这些办法合起来，在你的调用量下仍达不到成本或延迟目标时，再回来，回答便宜的办法都试过了、仍不够用。",
                "If together they still miss your cost or latency target at your volume, come back and answer that "
                "the cheap fixes were not enough.",
            ),
        ),
        "distil-for-cost": (
            _step(
                "收集现有提示词在真实输入上的输出，请人逐条审过；只有审过的输出才能成为训练样本。",
                "Collect the working prompt's outputs on real inputs and have people review them; only reviewed "
                "outputs become training examples.",
                "foundry-ft-overview",
            ),
            _step(
                "训练前先算盈亏平衡：训练、评测、微调部署的托管费（有的平台按小时收，用不用都收）和每次基座退役后的重训，"
                "加起来除以每次调用省下的钱，再和你的调用量比较。",
                "Estimate break-even before training: add training, evaluation, the tuned deployment's hosting (some "
                "platforms bill it by the hour, used or not) and retraining at each base-model retirement; divide "
                "by the saving per call and compare with your volume.",
                "foundry-ft-costs",
            ),
            _step(
                "在从未用于训练的留出集上，把微调后的小模型和大模型加提示词对比，达到同样的目标才切换；"
                "再跑一批它本该拒绝的请求，确认安全行为没有变。",
                "Evaluate the small tuned model against the big model's prompt on a held-out set it never trained "
                "on, and switch only if it meets the same target; then re-run requests it should refuse.",
                "foundry-ft-overview",
                "qi-2024",
            ),
            _step(
                "保留大模型加提示词作为后备：小模型没通过检查，或遇到训练中没见过的输入时，转给后备处理。",
                "Keep the big-model prompt as a fallback, and route to it when the small model fails a check or "
                "meets an input unlike its training data.",
            ),
            ENCODER_CLASSIFIER,
            *RUNS_STEPS,
        ),
        # ----- blockers -----
        "cost-low-volume": (
            _step(
                "算一下盈亏平衡：训练、评测、微调部署按小时计的托管费（平台收的话）和每次基座模型退役后的重训费用，"
                "除以每次调用能省下的钱；你的调用量达不到这个次数，就继续用提示词。",
                "Work out the break-even: training, evaluation, a tuned deployment's hourly hosting where the "
                "platform bills it, and retraining after each base-model retirement, divided by the saving per "
                "call; below that many calls, keep the prompt.",
                "foundry-ft-costs",
            ),
            _step(
                "调用量增长时，回到这棵决策树，把“这个提示词要处理多少请求？”重新回答一遍。",
                "When the volume grows, come back and answer “How many requests does the prompt handle?” again.",
            ),
        ),
        "data-small-or-flawed": (
            _step(
                "起步约 50 条精心编写的样本：OpenAI 的下限是 10 条，50–100 条可见提升；"
                "LIMA 用 1000 条教会了 65B 模型助手的风格。50 条不见效，先重新审视任务或提示词。",
                "Start with about 50 well-crafted examples: OpenAI's minimum is 10, with gains from 50–100; LIMA "
                "taught a 65B model an assistant's style with 1,000. If 50 show no gain, rethink the task or "
                "prompt first.",
                "openai-sft",
                "lima-2023",
            ),
            DATA_FIX_OR_DROP,
            _step(
                "需要判断力的样本，请两个人各自标注同一批（我们建议 50 条左右）；"
                "凡是两人不一致的地方，先把标注规范写清楚再继续标。",
                "Where answers need judgement, have two people label the same batch (we suggest about 50); where "
                "they disagree, sharpen the labelling guidelines before labelling more.",
            ),
        ),
        "data-clustered": (
            _step(
                "先量一量样本有多相似：去掉完全重复和几乎重复的，再按主题、长度和格式分组，看哪些组占了大头。",
                "Measure how alike the examples are: remove exact and near-duplicates, then group them by topic, "
                "length and format to see which groups dominate.",
            ),
            _step(
                "重新配平：给最大的组封顶，补齐单薄的组，让训练数据的构成接近模型将来真正会遇到的输入（BP-5）。",
                "Rebalance: cap the largest groups and fill the thin ones, so the training mix looks like the "
                "inputs the model will really get (BP-5).",
                beyond_guide=False,
            ),
            _step(
                "补充风格、长度、主题各不相同的真实输入，而不是更多同类样本："
                "LIMA 的结果显示，多样性比数量更重要（BP-3）。",
                "Add real inputs that differ in style, length and topic rather than more of the same: in LIMA, "
                "diversity mattered more than quantity (BP-3).",
                "lima-2023",
                beyond_guide=False,
            ),
        ),
        "data-none": (
            _step(
                "从日志或用户那里抽取真实输入，覆盖你关心的各类情况，再为每条写出或审定期望的输出。",
                "Sample real inputs from logs or users, spread across the cases you care about, and write or "
                "approve the desired output for each.",
            ),
            _step(
                "如果已有好用的提示词，可以审它的输出，而不必从头写；只保留有人审定过的。",
                "If a prompt already works, review its outputs instead of writing from scratch, and keep only "
                "those a person approved.",
            ),
            _step(
                "起步约 50 条精心编写的样本（OpenAI 的建议，下限 10 条），训练前另外划出一部分作为留出集。",
                "Start with about 50 well-crafted examples (OpenAI's suggestion; its minimum is 10), and set a "
                "further share aside as a held-out set before training.",
                "openai-sft",
            ),
        ),
        "data-unchecked": (
            _step(
                "随机读一批样本（我们建议 50 条），数出错误或前后矛盾的有几条；错的不止个别几条，就先修数据。",
                "Read a random sample (we suggest 50 examples) and count the wrong or inconsistent ones; if more "
                "than a handful are wrong, fix the data first.",
            ),
            _step(
                "查几乎重复的样本，以及占了大头的组（同一主题、同一模板或同样长度）。",
                "Check for near-duplicates and for groups that dominate (the same topic, template or length).",
            ),
            _step(
                "列出你知道的边缘案例（格式错乱、超出范围、恶意操纵的输入），数一数数据覆盖了几种；然后回来重答数据这一题。",
                "List the edge cases you know of (malformed, out-of-scope, manipulative inputs) and count how many "
                "the data covers; then answer the data question again.",
            ),
        ),
        "data-edge-cases-missing": (
            _step(
                "补上真实使用中少见但必然会遇到的输入：格式错乱的、空的、超长的、超出范围的和试图操纵模型的，每条配上你想要的回应（BP-4）。",
                "Add inputs that real use brings rarely but surely: malformed, empty, oversized, out-of-scope and "
                "manipulative ones, each with the response you want (BP-4).",
                beyond_guide=False,
            ),
            _step(
                "先加几十条，分布在上面几类里；这个数量是我们的粗略估计，没有来源给出具体数字。",
                "Start with a few dozen spread over those kinds; that number is our rough estimate, as no source "
                "gives one.",
            ),
            _step(
                "把它们作为评测集里单独的一组来测，免得平均分掩盖了它们的失败。",
                "Score them as a separate slice of the evaluation set, so that a good average cannot hide failures "
                "on them.",
            ),
        ),
        "reasoning-part": (REASONING_MODEL, REASONING_TOOLS),
        # ----- tree v3 (core.guidance_v3) -----
        **V3_NEXT_STEPS,
    }
)
"""Next steps keyed by outcome ID (3–5 each) or blocker ID (1–3 each)."""


ROUTE_COSTS: tuple[RouteCost, ...] = (
    RouteCost(
        route="prompting",
        name=Text(zh="提示工程", en="Prompting"),
        cost=Text(zh="只有 API 调用费，不用训练，也不用标注。", en="API calls only; no training and no labelling."),
        effort=Text(
            zh="一名工程师，几小时到几天（我们的粗略估计）。",
            en="One engineer, hours to days (our rough estimate).",
        ),
        time_to_first_result=Text(
            zh="几小时：改一次提示词再跑，只要几秒钟。",
            en="Hours: changing the prompt and running it again takes seconds.",
        ),
        sources=("together-ft-vs-prompt",),
    ),
    RouteCost(
        route="rag",
        name=Text(zh="检索增强生成（RAG）", en="Retrieval-augmented generation (RAG)"),
        cost=Text(
            zh="API 调用费，加上运行索引和检索服务的费用，以及保持内容更新的开销（我们的粗略估计）。",
            en="API calls, plus running an index and retrieval service and keeping it current (our rough estimate).",
        ),
        effort=Text(
            zh="几天到几周的开发，文档变动时还要持续维护（我们的粗略估计）。",
            en="Days to weeks of engineering, then upkeep as the documents change (our rough estimate).",
        ),
        time_to_first_result=Text(
            zh="第一版几天（我们的粗略估计）。",
            en="Days for a first version (our rough estimate).",
        ),
    ),
    RouteCost(
        route="fine-tune",
        name=Text(zh="微调", en="Fine-tuning"),
        cost=Text(
            zh="监督微调的训练按处理的词元数计费，之后是调用费；有的平台还对微调部署按小时收托管费，用不用都收；"
            "基座模型退役时要重新训练。",
            en="Supervised training billed by the tokens it processes, then inference, and on some platforms an "
            "hourly hosting fee for the tuned deployment, used or not; retraining whenever the base model retires.",
        ),
        effort=Text(
            zh="几周：收集和审核数据、搭建评测、检查模型丢掉了什么（我们的粗略估计）。",
            en="Weeks: collecting and reviewing data, building evaluations, checking what the model lost (our "
            "rough estimate).",
        ),
        time_to_first_result=Text(
            zh="几周；每次训练本身要几小时甚至几天。",
            en="Weeks; each training run itself takes hours or even days.",
        ),
        sources=("foundry-ft-costs", "openai-deprecations", "together-ft-vs-prompt"),
    ),
    RouteCost(
        route="distil",
        name=Text(zh="蒸馏到小模型", en="Distilling into a smaller model"),
        cost=Text(
            zh="同微调，另加用大模型生成训练输出的调用费；上线后每次调用更便宜。",
            en="As fine-tuning, plus the big model's calls to generate training outputs; each call is cheaper "
            "afterwards.",
        ),
        effort=Text(
            zh="同微调，另加审核生成出来的输出（我们的粗略估计）。",
            en="As fine-tuning, plus reviewing the generated outputs (our rough estimate).",
        ),
        time_to_first_result=Text(
            zh="几周（我们的粗略估计）。",
            en="Weeks (our rough estimate).",
        ),
        sources=("foundry-ft-overview", "foundry-ft-costs"),
    ),
    RouteCost(
        route="reasoning-model",
        name=Text(zh="推理模型", en="A reasoning model"),
        cost=Text(
            zh="每次调用更贵、更慢：模型的思考过程也要付费（我们的粗略估计）。",
            en="Higher cost and latency per call: you pay for the model's thinking too (our rough estimate).",
        ),
        effort=Text(
            zh="几乎不用准备：换模型或调高推理强度，再重跑评测集。",
            en="Little setup: switch the model or raise its reasoning effort, then re-run your evaluation set.",
        ),
        time_to_first_result=Text(
            zh="几小时到几天（我们的粗略估计）。",
            en="Hours to days (our rough estimate).",
        ),
    ),
)
"""One row per route, in `ROUTES` order."""


__all__ = ["NEXT_STEPS", "ROUTES", "ROUTE_COSTS", "NextStep", "RouteCost"]
