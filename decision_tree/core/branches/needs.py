"""The first question's tree-v3 answers, and the outcomes of the needs that end at once.

Tree v2's first question imagined a team starting from nothing with a chat model. These
answers give a home to where real teams arrive: a fine-tuned model that disappoints, a
retrieval system that misses, an agent choosing among many tools, a language the model
barely knows, a fixed persona, exact values from a table, or "our own model" with no task
yet. Each leads to its own family of questions, or straight to an outcome when the fix that
needs no training is plain.
"""

from __future__ import annotations

from decision_tree.core.authoring import facts, when
from decision_tree.core.model import Addendum, Answer, Outcome, Question
from decision_tree.core.text import Text
from decision_tree.core.vocabulary import Action, OutcomeKind

GOAL_ANSWERS = (
    Answer(
        id="fix-tuned-model",
        short=Text(zh="修已微调的模型", en="Fix a tuned model"),
        label=Text(
            zh="修好我们已经微调过、但效果让人失望的模型",
            en="Fix a model we already fine-tuned that disappoints",
        ),
        facts=facts(exists="fine_tuned"),
        next="symptom",
        reason=Text(
            zh="模型已经微调过：要的是诊断，而不是要不要开始的结论。",
            en="The model is already fine-tuned: what helps is a diagnosis, not a verdict on starting.",
        ),
    ),
    Answer(
        id="retrieval-misses",
        short=Text(zh="检索找不准", en="Retrieval misses"),
        label=Text(
            zh="找到含有事实的段落：检索（RAG 或搜索）已经在用，却常常漏掉该找的段落",
            en="Find the passages with the facts: our retrieval (RAG or search) already runs but misses them",
        ),
        facts=facts(need="knowledge", exists="rag"),
        next="retrieval-labels",
        reason=Text(
            zh="事实已经放在检索里，这是对的；要修的是检索本身，而不是把事实训练进生成模型。",
            en="The facts are in retrieval, where they belong; what needs fixing is the retrieval, not a generator trained on the facts.",
        ),
    ),
    Answer(
        id="tool-choice",
        short=Text(zh="选对工具", en="Pick the right tool"),
        label=Text(
            zh="在众多工具或函数中选对要调用的那个（智能体）",
            en="Pick the right tool or function among many (an agent)",
        ),
        facts=facts(need="pattern", pattern="tool_choice"),
        next="pattern-also",
        reason=Text(
            zh="把请求对应到正确的工具调用，是一种输入→输出映射，也就是模式。",
            en="Turning a request into the right tool call is an input→output mapping: a pattern.",
        ),
        cites=("FT-2",),
    ),
    Answer(
        id="new-language",
        short=Text(zh="一门新语言", en="A new language"),
        label=Text(
            zh="使用一门它几乎不会的语言（自然语言、编程语言或领域专用语言）",
            en="Work in a language it barely knows (a human language, a programming language or a DSL)",
        ),
        facts=facts(need="language"),
        next="language-data",
        reason=Text(
            zh="一门语言既是模式（语法），也是知识（词汇、接口、惯用法）；模型要从大量文本里学会它。",
            en="A language is a pattern (its grammar) and knowledge (words, APIs, idioms); a model learns it from a lot of text.",
        ),
    ),
    Answer(
        id="persona",
        short=Text(zh="固定身份", en="A fixed persona"),
        label=Text(
            zh="以固定的身份回答：它叫什么、由谁打造、能聊什么",
            en="Answer as a fixed persona: its name, who made it, what it will discuss",
        ),
        facts=facts(need="persona"),
        next="persona-in-system-prompt",
        reason=Text(
            zh="名字、出品方和话题范围是几条固定的说明，系统提示词每次调用都会带上，不用训练。",
            en="A name, a maker and a list of topics are a few fixed instructions, which a system prompt carries on every call without training.",
        ),
    ),
    Answer(
        id="exact-lookup",
        short=Text(zh="查准确的值", en="Exact values"),
        label=Text(
            zh="从表格或系统里给出准确的事实（价格、编码、库存、编号）",
            en="Give exact facts from a table or system (prices, codes, stock, IDs)",
        ),
        facts=facts(need="knowledge", lookup="exact"),
        next="look-up-exact-values",
        reason=Text(
            zh="准确的值每次都必须对；无论微调与否，模型凭记忆给出的值都只是近似。",
            en="Exact values must be right every time, and a model recalls them only approximately, tuned or not.",
        ),
    ),
    Answer(
        id="own-model",
        short=Text(zh="自己的模型", en="Our own model"),
        label=Text(
            zh="拥有一个自己的模型，但还没想好具体做什么任务",
            en="Have a model of our own, with no particular task in mind yet",
        ),
        facts=facts(need="own_model"),
        next="define-task-first",
        reason=Text(
            zh="微调需要一个边界清楚的任务；“自己的模型”还不是任务。",
            en="Fine-tuning needs a clearly bounded task, and “our own model” is not one yet.",
        ),
    ),
)

LANGUAGE_DATA = Question(
    id="language-data",
    text=Text(zh="这门语言的文本，你手上有多少？", en="How much text in that language do you hold?"),
    hint=Text(
        zh=(
            "“原始语料”指没有任务标注的文本：文档、书籍或代码库。词元是模型计数文本的单位，一个汉字或英文单词大约一到两个词元。"
            "我们的粗略估计：继续预训练要数千万词元以上才值得一试。"
        ),
        en=(
            "A “raw corpus” is text with no task labels: documents, books or a code base. Tokens are how a model "
            "counts text; an English word is roughly one to two tokens. Our rough estimate: continued pre-training "
            "is worth a try from tens of millions of tokens."
        ),
    ),
    answers=(
        Answer(
            id="large-corpus",
            short=Text(zh="大量原始语料", en="A large corpus"),
            label=Text(
                zh="大量原始语料：数千万词元以上的文档、书籍或代码",
                en="A large raw corpus: tens of millions of tokens of documents, books or code",
            ),
            facts=facts(data="corpus"),
            next="continued-pretraining",
            reason=Text(
                zh="有了足够的原始文本，就能像预训练那样让模型继续学这门语言。",
                en="With enough raw text, the model can go on learning the language the way it learned others: by pre-training.",
            ),
        ),
        Answer(
            id="little-text",
            short=Text(zh="很少", en="Little"),
            label=Text(
                zh="很少：一些文档，或几百条样本",
                en="Little: some documents, or a few hundred examples",
            ),
            facts=facts(data="little_text"),
            next="language-little-text",
            reason=Text(
                zh="这么少的文本教不会一门语言；先找一个已经懂它的模型，同时收集文本。",
                en="This little text cannot teach a language: find a model that knows it already, and collect text meanwhile.",
            ),
        ),
    ),
)

CONTINUED_PRETRAINING = Outcome(
    id="continued-pretraining",
    kind=OutcomeKind.FINE_TUNE,
    title=Text(
        zh="先在语料上继续预训练，再微调任务", en="Continue pre-training on the corpus, then fine-tune the task"
    ),
    summary=Text(
        zh=(
            "这是核心规则需要变通的地方：会一门语言，一半是知识，而用成对样本微调很难教会知识；模型本来就是靠预训练同时学会模式和知识的。"
            "在你的语料上继续预训练基座模型，并混入一些它已经会的语言的文本，让它少忘一些；然后再用任务样本做监督微调（为那个任务再走一遍决策树）。"
            "训练前后，都在新语言和原有语言上测一遍任务得分。"
        ),
        en=(
            "This is where the core rule bends: knowing a language is partly knowledge, which fine-tuning on pairs "
            "teaches poorly, and pre-training is how models learn pattern and knowledge together. Continue the base "
            "model's pre-training on your corpus, with some text in the languages it already knows mixed in so it "
            "forgets less; then fine-tune the result on task examples (walk the tree again for that task). Score "
            "tasks in the new language and in the old ones before and after."
        ),
    ),
    actions=frozenset({Action.CONTINUED_PRETRAINING}),
    cites=("CORE", "BP-3"),
    beyond_guide=Text(
        zh="研究发现，在领域或任务的原始文本上进行第二阶段预训练，能提升该领域的任务表现。",
        en="Research found that a second phase of pre-training on a domain's or a task's raw text improves results on that domain's tasks.",
    ),
)

LANGUAGE_LITTLE_TEXT = Outcome(
    id="language-little-text",
    kind=OutcomeKind.FIX_DATA,
    title=Text(
        zh="选一个已经懂这门语言的模型，同时收集文本",
        en="Choose a model that already knows the language, and collect text",
    ),
    summary=Text(
        zh=(
            "几百条样本教不会一门语言。先比较几个基座模型在这门语言的真实任务上的表现，选最好的；"
            "把参考材料（语法说明、接口文档、术语表）放进提示词，并检查它是否用上了。同时收集这门语言的文本，题材和文体越杂越好，不要只有一种；攒到足够多时，再考虑继续预训练。"
        ),
        en=(
            "A few hundred examples cannot teach a language. Compare a few base models on real tasks in the language "
            "and choose the best; put reference material (a grammar, API docs, a glossary) in the prompt and check "
            "that it is used. Meanwhile collect text in the language, of as many kinds and genres as you can, not one alone, "
            "and weigh continued pre-training once there is enough of it."
        ),
    ),
    actions=frozenset({Action.TARGETED_FIX, Action.FIX_DATA}),
    cites=("NFT-3", "CORE", "BP-3", "BP-5"),
)

PERSONA_IN_SYSTEM_PROMPT = Outcome(
    id="persona-in-system-prompt",
    kind=OutcomeKind.PROMPTING,
    title=Text(zh="把身份写进系统提示词", en="Put the persona in the system prompt"),
    summary=Text(
        zh=(
            "名字、出品方和话题范围，是关于这个助手的几条固定事实。系统提示词在每次调用时都会带上它们，不用训练；"
            "改名时，一分钟就能改好。用用户真会问的问题来测：“你是谁？”“谁做的你？”以及超出范围的请求。"
            "如果跑偏的是这个身份的说话风格，那是文风问题：回到决策树，选“格式或风格”。"
        ),
        en=(
            "A name, a maker and a list of topics are a few fixed facts about the assistant. A system prompt states "
            "them on every call at no training cost, and changes in a minute when the name does. Test it with what "
            "users really ask: “who are you?”, “who made you?” and off-topic requests. If it is the persona's voice "
            "that drifts, that is a style: walk the tree again and choose format or style."
        ),
    ),
    actions=frozenset({Action.TARGETED_FIX}),
    cites=("NFT-4", "FT-1"),
)

LOOK_UP_EXACT_VALUES = Outcome(
    id="look-up-exact-values",
    kind=OutcomeKind.RAG,
    title=Text(zh="去查这些值，别让模型生成", en="Look the values up; don't generate them"),
    summary=Text(
        zh=(
            "价格、编码、库存这类值每次都必须准确，而模型无论微调与否，都只能近似地记住它们。从源头取值："
            "查数据库或表格，或者让模型调用工具去查，再把查到的结果原样写进回答。如果只是一张固定的对照表（比如 2000 个编码对应的标准名称），"
            "直接查表就行，也许根本用不着语言模型。"
        ),
        en=(
            "Prices, codes and stock levels must be exact every time, and a model recalls them only approximately, "
            "tuned or not. Take them from the source: a database or table lookup, or a tool call the model makes, "
            "with the result quoted in the reply. Where it is a fixed table (2,000 codes and their standard names), "
            "a plain lookup may need no language model at all."
        ),
    ),
    actions=frozenset({Action.RETRIEVAL, Action.TARGETED_FIX}),
    cites=("CORE", "NFT-1", "BP-7"),
)

DEFINE_TASK_FIRST = Outcome(
    id="define-task-first",
    kind=OutcomeKind.NARROW_SCOPE,
    title=Text(zh="先定义一个任务和它的测试，再谈训练", en="Define one task and its test before any training"),
    summary=Text(
        zh=(
            "“自己的模型”还不是任务，而微调需要一个：边界清楚、输入和合格输出都写得出来的问题。"
            "挑出最要紧的那个任务，收集 50–200 条真实输入并写明期望的输出，作为评测集；看看托管模型或开放权重模型配上好提示词能做到什么程度，"
            "再为这个任务走一遍决策树。"
        ),
        en=(
            "“Our own model” is not a task yet, and fine-tuning needs one: a clearly bounded problem whose inputs "
            "and good outputs you can write down. Pick the task that matters most, collect 50–200 real inputs with "
            "the outputs you want as an evaluation set, see how far a hosted or open-weights model gets with a good "
            "prompt, then walk the tree for that task."
        ),
    ),
    actions=frozenset({Action.DEFINE_TASK}),
    cites=("BP-1", "FT-3", "BP-6"),
)

QUESTIONS = (LANGUAGE_DATA,)
OUTCOMES = (
    CONTINUED_PRETRAINING,
    LANGUAGE_LITTLE_TEXT,
    PERSONA_IN_SYSTEM_PROMPT,
    LOOK_UP_EXACT_VALUES,
    DEFINE_TASK_FIRST,
)

ADDENDA = (
    Addendum(
        id="tool-choice-fixes",
        when=(when(pattern="tool_choice", prompting="untried"),),
        title=Text(zh="选工具：先试这几个不用训练的办法", en="Choosing tools: the fixes that need no training"),
        text=Text(
            zh=(
                "给每个工具起清楚的名字，在说明里写明什么时候该用它、什么时候不该用；每次请求只交给模型几个相关的工具"
                "（先把请求路由到一小组工具）；再给几条正确调用的示例。以后真要微调，训练数据要用目标模型自己的工具调用格式和对话模板，"
                "并与线上的解析器一致。"
            ),
            en=(
                "Give every tool a clear name and a description that says when to use it and when not to; offer the "
                "model only the few tools that fit each request (route the request to a small set first); add a few "
                "examples of correct calls. If you fine-tune later, the training data must use the target model's own "
                "tool-call format and chat template, matched to the parser that serves it."
            ),
        ),
        actions=frozenset({Action.TARGETED_FIX}),
        cites=("FT-4",),
        beyond_guide=True,
    ),
)
