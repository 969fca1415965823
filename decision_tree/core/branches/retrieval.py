"""A retrieval system that already runs and misses: fix it without training, or tune the retriever.

The guide says facts belong in retrieval (NFT-1, BP-7) and stops there. Teams whose
retrieval already exists ask the next question: it misses passages, so should we fine-tune?
Not the generator: the facts stay in retrieval. Matching a query to the passage that answers
it is a pattern, though, and real query→passage pairs can teach it to the retriever (an
embedding model or reranker) once there are enough of them; below that, the fixes that need
no training come first and the labelled queries become the evaluation set.
"""

from __future__ import annotations

from decision_tree.core.authoring import facts
from decision_tree.core.model import Answer, Outcome, Question
from decision_tree.core.text import Text
from decision_tree.core.vocabulary import Action, OutcomeKind

RETRIEVAL_LABELS = Question(
    id="retrieval-labels",
    text=Text(
        zh="有什么能说明一个查询该找到哪些段落？",
        en="What do you have that shows which passages a query should find?",
    ),
    hint=Text(
        zh=(
            "“查询—段落对”是一个真实查询，配上答中它的段落，可以来自搜索或点击日志、被采纳的回答，或人工标注。"
            "我们的粗略估计：训练检索模型要几千对以上；更少的对最适合做评测集。"
            "如果该找的段落都找到了，回答却仍然用错它们，问题不在检索：请回到第一个问题，选格式、映射或推理。"
        ),
        en=(
            "A “query→passage pair” is a real query with the passage that answered it, from search or click "
            "logs, accepted answers or hand labels. Our rough estimate: training a retriever takes a few thousand "
            "pairs or more; fewer make the best evaluation set. If the right passages are found but the answers "
            "still misuse them, retrieval is not the problem: go back to the first question and choose a format, "
            "a mapping or reasoning."
        ),
    ),
    answers=(
        Answer(
            id="many-pairs",
            short=Text(zh="数千对以上", en="Thousands of pairs"),
            label=Text(
                zh="数千对以上：真实查询配上答中它的段落（来自日志或人工标注）",
                en="Thousands of pairs or more: real queries with the passage that answered each (from logs or labels)",
            ),
            facts=facts(retrieval_labels="many_pairs", tuned="retriever"),
            next="tune-retriever",
            reason=Text(
                zh="把查询匹配到答案段落是一种模式，这么多真实的查询—段落对足以把它教给检索模型。",
                en="Matching a query to the passage that answers it is a pattern, and this many real pairs can teach it to the retriever.",
            ),
        ),
        Answer(
            id="few-pairs",
            short=Text(zh="最多几百对", en="A few hundred at most"),
            label=Text(
                zh="有一些标注好段落的查询，最多几百条",
                en="Some labelled queries with their passages, a few hundred at most",
            ),
            facts=facts(retrieval_labels="few"),
            next="fix-retrieval-first",
            reason=Text(
                zh="这些标注对训练检索模型还不够，却正好可以做评测集，用来衡量不需要训练的改进。",
                en="Too few to train a retriever, and exactly what an evaluation set for the fixes that need no training needs.",
            ),
        ),
        Answer(
            id="no-labels",
            short=Text(zh="还没有", en="None yet"),
            label=Text(
                zh="还没有：我们不知道哪些段落本该被找到",
                en="None yet: we don't know which passages should have been found",
            ),
            facts=facts(retrieval_labels="none"),
            next="fix-retrieval-first",
            reason=Text(
                zh="不知道哪些段落本该被找到，就无法判断任何改动是否有用；先标出一批。",
                en="Without knowing which passages should be found, no change can be judged: label some first.",
            ),
        ),
    ),
)

TUNE_RETRIEVER = Outcome(
    id="tune-retriever",
    kind=OutcomeKind.RAG_FINE_TUNE,
    title=Text(zh="微调检索模型，而不是生成模型", en="Fine-tune the retriever, not the generator"),
    summary=Text(
        zh=(
            "事实留在检索里，而你的问题就出在检索上。把查询匹配到答案段落是一种模式，几千对真实数据足以教会它："
            "用对比学习微调嵌入模型（或重排序模型），并从你自己的索引里挖“难负例”，即看起来相关、其实答不了这个查询的段落。"
            "生成模型保持不变；在留出的查询上比较训练前后的命中率。"
        ),
        en=(
            "The facts stay in retrieval, and retrieval is where yours fails. Matching a query to the passage that "
            "answers it is a pattern, and thousands of real pairs can teach it: fine-tune the embedding model (or a "
            "reranker) contrastively, with hard negatives mined from your own index, that is passages that look "
            "relevant but do not answer the query. Leave the generator as it is, and compare the hit rate on "
            "held-out queries before and after."
        ),
    ),
    actions=frozenset({Action.RETRIEVAL, Action.TUNE_RETRIEVER}),
    cites=("CORE", "NFT-1", "BP-7", "BP-3", "BP-5"),
    beyond_guide=Text(
        zh="原指南谈的是生成模型。用查询—段落对和难负例训练的稠密检索，在开放域问答上明显胜过关键词检索。",
        en="The guide speaks of generating models. Dense retrievers trained on query→passage pairs with hard negatives clearly beat keyword search in open-domain question answering.",
    ),
)

FIX_RETRIEVAL_FIRST = Outcome(
    id="fix-retrieval-first",
    kind=OutcomeKind.RAG,
    title=Text(zh="先修检索流程，什么都不训练", en="Fix the retrieval pipeline before training anything"),
    summary=Text(
        zh=(
            "事实留在检索里，但你现在还判断不了哪个改动有用。先为一批真实查询写下本该找到的段落，量出命中率；"
            "再依次试不需要训练的办法：让答案不被切断的分块方式、混合检索（关键词加向量）、元数据过滤，以及现成的重排序模型。"
            "等手上有了几千对查询—段落数据、这些办法又不再见效时，微调检索模型才值得做。"
        ),
        en=(
            "The facts stay in retrieval, but you cannot yet tell which change helps. First write down, for real "
            "queries, the passages that should be found, and measure the hit rate. Then try the fixes that need no "
            "training, in turn: chunking that keeps answers whole, hybrid search (keywords beside embeddings), "
            "metadata filters and an off-the-shelf reranker. Fine-tuning the retriever becomes worth it once you "
            "hold thousands of query→passage pairs and these fixes have stopped helping."
        ),
    ),
    actions=frozenset({Action.RETRIEVAL, Action.FIX_RETRIEVAL}),
    cites=("CORE", "NFT-1", "BP-7"),
)

QUESTIONS = (RETRIEVAL_LABELS,)
OUTCOMES = (TUNE_RETRIEVER, FIX_RETRIEVAL_FIRST)
