"""Next steps for tree v3's outcomes: troubleshooting, retrieval, new needs and distillation.

Kept apart from `core.guidance` (tree v2's steps and the route costs) so each file stays
readable as the tree grows; `core.guidance` merges these into its `NEXT_STEPS`. The same
conventions hold: imperative steps, every number sourced or marked as our rough estimate,
sources by their `core.evidence` ID, `beyond_guide=True` unless the step is the guide's own.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .guidance_fitted import FT_REGRESSIONS, RUNS_STEPS
from .guidance_model import NextStep
from .guidance_model import step as _step

_REGRESSION_SUITE = _step(
    "建一套回归测试：模型仍需胜任的其他任务、几项通用能力，以及一批它本该拒绝的请求；每次训练前后都跑一遍。",
    "Build a regression suite: the other tasks the model must still do, a few general abilities, and requests it "
    "should refuse; run it before and after every training run.",
    "biderman-2024",
    "qi-2024",
)
_TEACHER_TERMS = _step(
    "先读大模型的使用条款，确认允许用它的输出训练你的模型。",
    "Read the larger model's terms of use first, and confirm they allow training your model on its outputs.",
)
_DISTILLED_VS_TEACHER = _step(
    "用检查过的样本微调小模型，在留出集上与“大模型加提示词”对比，不差才换上。",
    "Fine-tune the small model on the checked pairs, compare it with the large model and its prompt on "
    "a held-out set, and switch only if it is no worse.",
    "openai-sft",
)
_BASE_VS_TUNED = _step(
    "在同一个留出集上并排跑“基座模型加你最好的提示词”和微调模型，逐条记下谁对谁错。",
    "Run the base model with your best prompt and the tuned model side by side on the same held-out set, and "
    "record which one is right on each input.",
    "openai-sft",
)

V3_NEXT_STEPS: Mapping[str, tuple[NextStep, ...]] = MappingProxyType(
    {
        # ----- troubleshooting a fine-tuned model -----
        "move-facts-to-retrieval": (
            _step(
                "列出用户会问的事实类问题（我们建议 50–100 个），分别用“基座模型加检索”和微调模型回答，比较答对的比例和编造的次数。",
                "List the fact questions users ask (we suggest 50–100) and answer them with the base model plus "
                "retrieval and with the tuned model; compare how many each gets right and how often each invents.",
                "ovadia-2024",
                "gekhman-2024",
            ),
            _step(
                "把这些事实放进可检索的存储，在回答时检索相关段落交给模型，并让回答注明所依据的段落。",
                "Put the facts in a searchable store, retrieve the relevant passages at answer time, and have each "
                "answer cite the passages it used.",
                "ovadia-2024",
            ),
            _step(
                "如果微调只是为了事实，就下线它；如果它还负责格式或文风，保留它，并在它的训练输入里也放上检索到的段落再重训。",
                "If the fine-tune was only for facts, retire it; if it also carries a format or voice, keep it, and "
                "retrain it with retrieved passages in its training inputs.",
            ),
        ),
        "tuned-model-forgot": (
            _REGRESSION_SUITE,
            _step(
                "重训时用 LoRA 这类适配器代替全量微调：它学到的少一些，忘掉的也少一些。",
                "Retrain with an adapter such as LoRA instead of full fine-tuning: it learns less, and forgets less.",
                "biderman-2024",
                "lora-2022",
            ),
            _step(
                "减少训练轮数或调低学习率，并在训练数据里混入一部分通用样本；每一轮都用回归测试检查丢了多少。",
                "Train for fewer epochs or at a lower learning rate, and mix some general examples into the data; "
                "check every run against the regression suite.",
                "biderman-2024",
            ),
            _step(
                "对更依赖通用能力的请求，按任务路由：交给基座模型，只把专门任务交给微调模型。",
                "Route by task: send the requests that rely on general ability to the base model, and only the "
                "specialised task to the tuned one.",
                beyond_guide=False,
            ),
        ),
        "tuned-model-overfits": (
            _step(
                "抽查训练数据：统计几乎重复的样本和一模一样的回答，删到每种情形只留少数几条。",
                "Sample the training data: count the near-duplicate examples and identical answers, and thin them "
                "out to a few per case.",
                beyond_guide=False,
            ),
            _step(
                "补上长短、题材、语气各不相同的真实输入，让样本像线上流量一样多样。",
                "Add real inputs of varied length, topic and tone, so the examples vary as much as live traffic does.",
                beyond_guide=False,
            ),
            _step(
                "留出一份验证集，每个训练轮次后看验证损失；它不再下降就停，用那一轮的检查点。",
                "Hold out a validation set and watch its loss after every epoch; stop when it stops falling and use "
                "that checkpoint.",
                "openai-sft",
            ),
        ),
        "constrain-tuned-outputs": (
            _step(
                "用结构化输出或受限解码，把允许的类别写成枚举或 JSON Schema，让越界的输出无法生成。",
                "Use structured outputs or constrained decoding with the allowed labels as an enum or JSON schema, "
                "so that out-of-set outputs cannot be generated.",
                "vllm-structured-outputs",
            ),
            _step(
                "在输出之后加一道校验：不合格就拒绝并重试一次，再不行就转人工，并记录下来。",
                "Validate every output: reject and retry once on failure, then hand it to a person and log it.",
            ),
            _step(
                "检查训练数据里的标签：不在允许集合里的改掉，没有合适类别的输入配上明确的“无”。",
                "Check the labels in the training data: fix any outside the allowed set, and give inputs that fit no "
                "label an explicit “none”.",
                beyond_guide=False,
            ),
        ),
        "roll-back-to-base": (
            _step(
                "先把线上流量切回基座模型和它的提示词；微调模型留着做对比，不要删。",
                "Switch live traffic back to the base model and its prompt; keep the tuned model for comparison.",
            ),
            _BASE_VS_TUNED,
            _step(
                "对微调模型输掉的样本找原因：数据太少、有错或过于相似，还是提示工程当初没做到头；先修原因，再重训。",
                "For every input the tuned model loses, find the cause: data that is small, flawed or alike, or a "
                "prompt never pushed to its limit; fix the cause before retraining.",
                beyond_guide=False,
            ),
        ),
        "tuned-model-safety": (
            _step(
                "立即让基座模型或上一个安全的版本接流量。",
                "Serve the base model, or the last safe version, at once.",
            ),
            _step(
                "建一个拒答测试集：必须拒绝的请求，和看似敏感、其实必须回答的请求；每次训练前后都跑。",
                "Build a refusal test set: requests it must refuse, and requests that look sensitive but must be "
                "answered; run it before and after every training run.",
                "qi-2024",
            ),
            _step(
                "在训练数据里加入这两类样本并写明期望的回应，重训后只有拒答测试不比基座差才上线。",
                "Add both kinds to the training data with the response you want, and release a retrained model "
                "only if it does no worse than the base on the refusal set.",
                "qi-2024",
            ),
        ),
        "diagnose-tuned-model": (
            _step(
                "用真实输入建一个留出集（我们建议 50–200 条），写明每条期望的输出；这些样本永远不进训练。",
                "Build a held-out set of real inputs (we suggest 50–200), each with the output you expect; these "
                "never enter training.",
                "openai-sft",
            ),
            _BASE_VS_TUNED,
            _step(
                "把微调模型的失败归类：缺事实、丢能力、照搬原话、输出越界、不安全；按出现最多的那类回到决策树。",
                "Sort the tuned model's failures: missing facts, lost abilities, parroting, invalid outputs, unsafe "
                "answers; walk the tree again with the most common one.",
            ),
        ),
        # ----- retrieval that misses -----
        "tune-retriever": (
            _step(
                "从日志里整理查询—段落对，按时间留出最近的一部分查询做评测集，先量出现在的命中率。",
                "Turn the logs into query→passage pairs, hold out the most recent queries as an evaluation set, and "
                "measure today's hit rate on it.",
                "karpukhin-2020",
            ),
            _step(
                "用对比学习微调嵌入模型（例如 sentence-transformers），每个查询配上从你自己的索引里挖出的难负例。",
                "Fine-tune the embedding model contrastively (for example with sentence-transformers), pairing each "
                "query with hard negatives mined from your own index.",
                "karpukhin-2020",
            ),
            _step(
                "换上新模型后重建整个索引，在留出的查询上比较命中率；没有提升就保留原模型。",
                "Re-embed the whole index with the new model and compare the hit rate on the held-out queries; keep "
                "the old model if it does not improve.",
            ),
        ),
        "fix-retrieval-first": (
            _step(
                "为一批真实查询（我们建议 50–100 个）标出本该找到的段落，量出它们出现在前几名里的比例。",
                "For real queries (we suggest 50–100), mark the passages that should be found and measure how often "
                "they appear among the top results.",
            ),
            _step(
                "逐项试、每项都重测：让答案不被切断的分块方式、关键词与向量混合检索、元数据过滤、现成的重排序模型。",
                "Try each in turn and re-measure after each: chunking that keeps answers whole, hybrid keyword and "
                "vector search, metadata filters, an off-the-shelf reranker.",
            ),
            _step(
                "同时从日志里积累查询—段落对；攒到几千对、上面的办法又不再见效时，回到决策树考虑微调检索模型。",
                "Meanwhile collect query→passage pairs from the logs; with thousands of them, and the fixes above no "
                "longer helping, walk the tree again to weigh tuning the retriever.",
                "karpukhin-2020",
            ),
        ),
        # ----- needs with a plain fix, a language, or no task yet -----
        "continued-pretraining": (
            _step(
                "清洗语料：去重、去掉乱码和机器翻译的低质文本，留出一部分做困惑度评测。",
                "Clean the corpus: deduplicate, drop garbled and low-quality machine-translated text, and hold some "
                "back to measure perplexity.",
                "gururangan-2020",
            ),
            _step(
                "在基座模型上继续预训练，混入一些它已经会的语言的文本，以免遗忘。",
                "Continue pre-training the base model, mixing in text in languages it already knows so that it "
                "forgets less.",
                "gururangan-2020",
                "biderman-2024",
            ),
            _step(
                "之后再用任务样本做监督微调，并为那个任务重新走一遍决策树。",
                "Then fine-tune on task examples, walking the tree again for that task.",
            ),
        ),
        "language-little-text": (
            _step(
                "挑几个基座模型，在这门语言的真实任务上比较（我们建议 50 条左右），选表现最好的。",
                "Compare a few base models on real tasks in the language (we suggest about 50), and choose the best.",
            ),
            _step(
                "把语法说明、接口文档或术语表中相关的部分放进提示词，并检查回答是否真的用上了。",
                "Put the relevant part of a grammar, API docs or glossary in the prompt, and check that answers use it.",
            ),
            _step(
                "持续收集这门语言的文本，攒到数千万词元以上时，再回到决策树考虑继续预训练（我们的粗略估计）。",
                "Keep collecting text in the language, and walk the tree again for continued pre-training once it "
                "reaches tens of millions of tokens (our rough estimate).",
                "gururangan-2020",
            ),
        ),
        "persona-in-system-prompt": (
            _step(
                "在系统提示词里写明名字、出品方、能聊和不能聊的话题，以及遇到范围外请求时怎么回答。",
                "Write the name, the maker, the topics it will and won't discuss, and how to answer off-topic "
                "requests into the system prompt.",
                "anthropic-pe",
            ),
            _step(
                "收集用户真会问的身份类问题（“你是谁”“谁做的你”“你是 GPT 吗”），在每次改动后都测一遍。",
                "Collect the identity questions users really ask (“who are you?”, “who made you?”, “are you GPT?”) and "
                "test them after every change.",
            ),
            _step(
                "如果你本来就要为别的原因微调，可以在训练数据里加几条身份问答，但系统提示词仍然保留。",
                "If you fine-tune for another reason anyway, a few identity examples can go into the training data, "
                "but keep the system prompt.",
            ),
        ),
        "look-up-exact-values": (
            _step(
                "把这些值放进数据库或表格，作为唯一的权威来源。",
                "Keep the values in a database or table as the one authoritative source.",
                beyond_guide=False,
            ),
            _step(
                "给模型一个查询工具，让它按名称或编号查值，并把查到的值原样写进回答。",
                "Give the model a lookup tool that fetches a value by name or ID, and quote the returned value "
                "unchanged in the reply.",
                beyond_guide=False,
            ),
            _step(
                "如果输入本身就是编码或名称，先试不用模型的直接查表，只把查不到的留给模型。",
                "Where the input is itself a code or a name, try a plain table lookup without a model first, and "
                "leave only the misses to the model.",
            ),
        ),
        "define-task-first": (
            _step(
                "写下最要紧的一个任务：输入是什么，合格的输出长什么样，谁来判断对错。",
                "Write down the one task that matters most: what the input is, what a good output looks like, and "
                "who judges it.",
                beyond_guide=False,
            ),
            _step(
                "为它收集真实输入并写明期望的输出，作为评测集（我们建议 50–200 条）。",
                "Collect real inputs for it with the outputs you want, as an evaluation set (we suggest 50–200).",
            ),
            _step(
                "用托管模型或开放权重模型配上好提示词在评测集上打分，再为这个任务走一遍决策树。",
                "Score a hosted or open-weights model with a good prompt on that set, then walk the tree for the task.",
            ),
        ),
        # ----- a constraint forces a smaller model -----
        "distil-into-smaller": (
            _TEACHER_TERMS,
            _step(
                "用大模型加提示词为几千条真实输入生成输出，逐条或抽样检查，删掉或改正错的。",
                "Generate outputs for a few thousand real inputs with the larger model and its prompt, check them "
                "(all, or a sample), and drop or fix the wrong ones.",
            ),
            _DISTILLED_VS_TEACHER,
            FT_REGRESSIONS,
            *RUNS_STEPS,
        ),
        "rag-and-distil": (
            _TEACHER_TERMS,
            _step(
                "把事实放进可检索的存储；生成训练样本时，输入里带上检索到的段落。",
                "Put the facts in a searchable store; when generating training examples, include the retrieved "
                "passages in the inputs.",
                "ovadia-2024",
            ),
            _DISTILLED_VS_TEACHER,
            FT_REGRESSIONS,
            *RUNS_STEPS,
        ),
        # ----- blockers -----
        "tool-choice-fixes": (
            _step(
                "把工具的名字和说明改清楚，每次改动后在一批真实请求上量一次选对工具的比例。",
                "Rewrite the tools' names and descriptions, and measure the share of right tool choices on real "
                "requests after each change.",
            ),
        ),
        # ----- what the team holds, where it is not input→output pairs -----
        "data-outputs-only": (
            _step(
                "先看能不能把输入找回来：按工单号、时间或会话 ID 把输出和当初的来信、草稿或需求关联起来（BP-2）。",
                "First try to recover the inputs: join each output to the message, draft or brief it answered by "
                "ticket number, time or session ID (BP-2).",
                beyond_guide=False,
            ),
            _step(
                "找不回来时，挑一批覆盖各类情况的输出，由熟悉业务的人为每条补写一个真实的输入，再核对一遍；"
                "用模型起草输入也可以，但每条都要有人审过。",
                "Where they cannot be recovered, pick outputs that cover the range of cases and have people who know "
                "the work write a realistic input for each, then check them; a model may draft the inputs, but a "
                "person reviews every one.",
            ),
            _step(
                "配好的样本对再回到这棵树的数据问题上检查：数量、错误、相似程度、边缘案例。",
                "Bring the pairs back to this tree's data question: their size, errors, likeness and edge cases.",
            ),
        ),
        "data-preferences": (
            _step(
                "只有点赞/点踩时用 KTO；有“两条里哪条更好”的选择时用 DPO。两者都只需要一个参考模型，不需要单独的奖励模型。",
                "With thumbs up/down only, use KTO; with choices of the better of two answers, use DPO. Both need "
                "only a reference model, no separate reward model.",
                "kto-2024",
                "dpo-2023",
            ),
            _step(
                "训练前清理评分：去掉重复评分和明显的误点，看看点踩是否集中在少数几类请求上（那是数据聚类，BP-5）。",
                "Clean the ratings before training: drop repeats and obvious misclicks, and check whether the "
                "thumbs-down pile up on a few kinds of request (clustered data, BP-5).",
            ),
            _step(
                "留出一批对话，训练前后各量一次点踩率或胜率，并和基础模型加现有提示词比较。",
                "Hold back conversations and measure the thumbs-down or win rate before and after, against the base "
                "model with the current prompt.",
            ),
        ),
        "data-grader": (
            _step(
                "先用检查程序给现有提示词打分，把这个分数当作微调必须超过的基线。",
                "Score the current prompt with the checker first: that score is the baseline a fine-tune must beat.",
            ),
            _step(
                "用故意写错但格式正确的回答测一测检查程序；能骗过它的地方，强化学习一定会找到。",
                "Test the checker with answers that are wrong but well formed: whatever fools it, reinforcement "
                "learning will find.",
            ),
            _step(
                "托管平台上可用强化微调（例如 OpenAI 的 RFT）；开放权重模型可用开源的强化学习训练库。留出一批任务只用来评估。",
                "On a hosted platform, use reinforcement fine-tuning (OpenAI's RFT, for one); for open weights, an "
                "open-source RL training library. Hold back tasks for evaluation only.",
                "openai-rft",
            ),
        ),
    }
)
"""Next steps per tree-v3 outcome ID, and per tree-v3 blocker (addendum) ID."""
