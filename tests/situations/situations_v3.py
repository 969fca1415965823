# Bilingual prose data (as in situations.py): Han characters count double against the line length.
# ruff: noqa: E501
"""Reader situations for tree v3: a second oracle, written apart from the tree.

These situations were written *before* the v3 questions existed, from the guide (the Chinese
source text), `evidence.md`, the rules' statements in `design.md` and the kinds of reader the v3
issue names; nothing under `decision_tree/` was read and its CLI was not run. They cover where a
team stands rather than only what it wants: a model that is already fine-tuned and misbehaves, a
model other than a chat model (a retriever, an encoder classifier, a vision-language model), hard
constraints (premises, devices, moving off a hosted model), data held in another shape than
input→output pairs (a raw corpus, a larger model's outputs, preferences, a grader), and needs the
first question of v1/v2 did not name (retrieval that misses, tool choice, a new language, a fixed
persona, exact lookups, "our own model" with no task).

Each situation keeps `answers=()`: the answers are picked later, by someone else, from the
question texts only. `KIND` maps every id to one of the five kinds above ("troubleshooting",
"other-model", "constraint", "data-held", "new-need"), so a test can count them.

Expectations name actions by their plain string values, as in `situations.py`. Where advice goes
beyond the guide, `why` names the source: an entry of `evidence.md`, or a paper named in full.
`forbid_actions` are kept conservative: only what neither the guide nor clear practice grounds.
"""

from __future__ import annotations

from tests.situations.situations import (
    DISTIL,
    FINE_TUNE,
    FIX_DATA,
    PROMPT_ENGINEERING,
    RETRIEVAL,
    TRY_PROMPTING_FIRST,
    Situation,
    _s,
)
from tests.situations.situations_v3_held import HELD_MORE
from tests.situations.situations_v3_more import MORE

# Action values new in tree v3 (decision_tree.core.vocabulary.Action), spelled out so that this module stays tree-free.
CUT_COST = "cut_cost"
TARGETED_FIX = "targeted_fix"
FIX_RETRIEVAL = "fix_retrieval"
TUNE_RETRIEVER = "tune_retriever"
CONTINUED_PRETRAINING = "continued_pretraining"
ROLL_BACK = "roll_back"
RETRAIN = "retrain"
CONSTRAIN_OUTPUT = "constrain_output"
EVALUATE = "evaluate"
DEFINE_TASK = "define_task"

_QI_2023 = (
    "Qi et al., Fine-tuning Aligned Language Models Compromises Safety, Even When Users Do Not Intend To! "
    "(ICLR 2024, arXiv 2310.03693): even benign fine-tuning data can erode a model's safety behaviour"
)
_CARLINI_2021 = (
    "Carlini et al., Extracting Training Data from Large Language Models (USENIX Security 2021, arXiv 2012.07805): "
    "text in the training data can be pulled back out of the model, and weights enforce no access rights"
)

# ---- 1. Already fine-tuned, now troubleshooting ---------------------------------------------------
_TROUBLESHOOTING: tuple[Situation, ...] = (
    # Facts were not learned / facts hallucinated
    Situation(
        id="tuned-shop-specs-hallucinated",
        zh=(
            "我们用 LoRA 把 800 个商品详情页微调进了一个 7B 模型，想让店铺的客服机器人直接答出每款商品的尺寸和材质。"
            "上线一周，它答得很流利，可一核对，约三成参数是编的，新款和旧款也常常混在一起。是不是数据太少？要不要多训几轮？"
        ),
        en=(
            "We LoRA-tuned a 7B model on 800 product detail pages so our shop's support bot could answer sizes and "
            "materials from memory. A week in, it answers fluently, but when we checked, about 30% of the specs were made "
            "up, and it mixes old and new models. Is the data too small? Should we train for more epochs?"
        ),
        answers=("fix-tuned-model", "facts-not-learned"),
        expect_actions=_s(RETRIEVAL),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("CORE", "NFT-1"),
        beyond_guide=False,
        why=(
            "CORE and NFT-1: the tune taught the answering style, not the specs; product facts come from retrieval. "
            "gekhman-2024: training on facts the model did not know raises hallucination. More epochs is more of the same."
        ),
    ),
    Situation(
        id="tuned-statute-articles-wrong",
        zh=(
            "律所内部把现行法律法规全文做成问答对，全参数微调了一个 14B 模型。现在它引用法条时条文号经常对不上，"
            "有时还会“引用”根本不存在的条款。同事说再加 5 万条问答重训一遍就好了。"
        ),
        en=(
            "Our firm turned the full text of current statutes into Q&A pairs and fully fine-tuned a 14B model. Its "
            "article numbers are now often wrong, and sometimes it 'quotes' provisions that do not exist. A colleague "
            "says retraining with another 50,000 Q&A pairs will fix it."
        ),
        answers=("fix-tuned-model", "facts-not-learned"),
        expect_actions=_s(RETRIEVAL),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("NFT-1", "BP-7"),
        beyond_guide=False,
        why=(
            "NFT-1 and BP-7: statutes are knowledge to retrieve and quote, not to instil. ovadia-2024: retrieval beat "
            "fine-tuning for knowledge; more Q&A pairs is the same route again."
        ),
    ),
    Situation(
        id="tuned-drug-leaflets-doses",
        zh=(
            "我们连锁药房用 3000 份药品说明书微调了一个用药助手。现在它会非常笃定地给出错误剂量；"
            "更奇怪的是，一些常见药物它微调前答得对，现在反而答错了。"
        ),
        en=(
            "Our pharmacy chain fine-tuned a medication assistant on 3,000 drug leaflets. It now gives wrong doses with "
            "total confidence, and, oddly, it also got worse on common drugs it answered correctly before the tune."
        ),
        answers=("fix-tuned-model", "facts-not-learned"),
        expect_actions=_s(RETRIEVAL),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("CORE", "NFT-1"),
        beyond_guide=False,
        why=(
            "CORE and NFT-1: doses are facts, so they come from the leaflets at answer time. gekhman-2024 found exactly "
            "this pattern: learning unknown facts made the model hallucinate more on what it already knew."
        ),
    ),
    Situation(
        id="tuned-policy-faq-outdated",
        zh=(
            "我们是市政务服务热线，去年用 2 万条政策问答微调了一个模型。今年社保和公积金政策一调整，它还在按旧口径回答。"
            "难道每次政策变动都要重新微调一次？"
        ),
        en=(
            "We run a city's public-service hotline and last year fine-tuned a model on 20,000 policy Q&As. Since this "
            "year's changes to social insurance and the housing fund, it still answers by the old rules. Must we re-tune "
            "every time a policy changes?"
        ),
        answers=("fix-tuned-model", "facts-not-learned"),
        expect_actions=_s(RETRIEVAL),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("NFT-1", "BP-7"),
        beyond_guide=False,
        why="NFT-1 (its own kind of example: information that keeps changing) and BP-7: integrate current policy by retrieval.",
    ),
    Situation(
        id="tuned-game-lore-mixups",
        zh=(
            "我们工作室用 1200 页的世界观 Wiki 微调了一个模型，让 NPC 能聊游戏世界里的事。NPC 说话的味道对了，"
            "但会搞错哪座城市属于哪个阵营，还会给角色编造亲属关系。而且设定每个赛季都会更新。"
        ),
        en=(
            "Our studio fine-tuned a model on our 1,200-page lore wiki so NPCs could talk about the world. The NPCs "
            "sound right, but they mix up which faction holds which city and invent family ties between characters. "
            "And the lore changes every season."
        ),
        answers=("fix-tuned-model", "facts-not-learned"),
        expect_actions=_s(RETRIEVAL),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("CORE", "BP-7"),
        beyond_guide=False,
        why="CORE in one symptom: the pattern (the voice) was learned, the facts (who holds which city) were not; BP-7: retrieve the lore.",
    ),
    # Other abilities dropped (forgetting)
    Situation(
        id="tuned-sql-dialect-humaneval-dropped",
        zh=(
            "我们在 4 万条公司自有 SQL 方言样本上，对 7B 代码模型做了全参数微调。方言查询确实好多了，"
            "但 HumanEval 的 pass@1 从 61% 掉到了 44%，写 Python 的同事都在抱怨。"
        ),
        en=(
            "We fully fine-tuned our 7B code model on 40,000 examples of our in-house SQL dialect. Dialect queries are "
            "much better, but its HumanEval pass@1 fell from 61% to 44%, and our Python users are complaining."
        ),
        answers=("fix-tuned-model", "lost-skills"),
        expect_actions=_s(RETRAIN),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("NFT-3"),
        beyond_guide=None,
        why=(
            "NFT-3 warns a tune can harm the model's existing abilities. biderman-2024: full fine-tuning forgets more "
            "than LoRA; retrain (LoRA, lower rate, general data mixed in), rolling back meanwhile if users suffer."
        ),
    ),
    Situation(
        id="tuned-support-lost-languages",
        zh=(
            "我们跨境电商的客服模型只用英文工单微调过。现在英文回复挺好，可顾客用西班牙语或中文提问时，"
            "它要么答非所问，要么直接用英文回。微调之前这些语言它都能应付。"
        ),
        en=(
            "Our cross-border shop's support model was fine-tuned on English tickets only. English replies are good now, "
            "but when customers write in Spanish or Chinese it goes off-topic or answers in English. Before the tune it "
            "handled those languages fine."
        ),
        answers=("fix-tuned-model", "lost-skills"),
        expect_actions=_s(RETRAIN),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("NFT-3", "BP-3"),
        beyond_guide=None,
        why="NFT-3 (one-sided data harms existing ability) and BP-3: retrain on data that covers the languages customers use.",
    ),
    Situation(
        id="tuned-earnings-summaries-lost-arithmetic",
        zh=(
            "我们把模型微调成按分析师模板总结财报。总结的版式没问题，但现在连同比增速这种简单计算都会算错；"
            "基础模型能通过的通用金融问答检查，它也过不了了。"
        ),
        en=(
            "We tuned a model to summarise earnings reports in our analysts' template. The layout is right, but it now "
            "botches simple arithmetic such as year-on-year growth, and it fails the general finance Q&A checks that "
            "the base model passed."
        ),
        answers=("fix-tuned-model", "lost-skills"),
        expect_actions=_s(RETRAIN),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("NFT-3"),
        beyond_guide=None,
        why="NFT-3 (a tune may damage the base's performance); biderman-2024 on forgetting: retrain so the template is learned without the loss.",
    ),
    Situation(
        id="tuned-legal-assistant-forgot-chat-in-prod",
        zh=(
            "上个月我们把律所的通用助手换成了一个专门写合同审查意见的微调版本。审查意见写得不错，"
            "可律师们平时还用它起草邮件、翻译条款、总结会议，这些现在都明显变差，投诉不断；新的训练数据还要两周才能准备好。"
        ),
        en=(
            "Last month we replaced our firm's general assistant with a version fine-tuned to write contract review notes. "
            "The review notes are good, but lawyers also use it to draft emails, translate clauses and summarise meetings, "
            "and all of that got clearly worse. Complaints keep coming, and new training data is two weeks away."
        ),
        answers=("fix-tuned-model", "lost-skills"),
        expect_actions=_s(ROLL_BACK),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("NFT-3", "BP-6"),
        beyond_guide=None,
        why=(
            "The specialist (BP-6) replaced the generalist and took its other skills with it (NFT-3, biderman-2024): "
            "put the base model back for general use now; keep the tuned one for review notes only."
        ),
    ),
    # Parrots its training text / everything in the training style (overfitting, clustering)
    Situation(
        id="tuned-email-replies-all-identical",
        zh=(
            "我们拿一位客服发件箱里的 600 封回复做了微调，内容几乎全是物流延误。现在无论是退款、投诉还是感谢信，"
            "模型回的都差不多是同一封“对于延误我们深表歉意”。"
        ),
        en=(
            "We fine-tuned on 600 replies from one agent's outbox, nearly all about delivery delays. Now every email, "
            "a refund request, a complaint, a thank-you, gets almost the same 'we apologise for the delay' reply."
        ),
        answers=("fix-tuned-model", "parrots-training-data"),
        expect_actions=_s(RETRAIN),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("NFT-3", "BP-3", "BP-5"),
        beyond_guide=None,
        why="NFT-3's own example (a few near-identical emails give one rigid reply); BP-3 and BP-5: retrain on diverse, unclustered replies.",
    ),
    Situation(
        id="tuned-parrots-faq-answers",
        zh=(
            "我们用 1500 条店铺常见问题的标准答案微调了客服模型，训练了 10 轮。现在顾客随便问点什么，"
            "它都会整段背出训练集里的某条答案，哪怕问题毫不相干；验证集损失从第 3 轮起就一直在涨。"
        ),
        en=(
            "We fine-tuned our shop's support model on 1,500 canned FAQ answers for 10 epochs. Whatever a customer asks, "
            "it now recites some training answer word for word, even for unrelated questions; the validation loss has "
            "been rising since epoch 3."
        ),
        answers=("fix-tuned-model", "parrots-training-data"),
        expect_actions=_s(RETRAIN),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("BP-3", "BP-5"),
        beyond_guide=None,
        why="Memorised, not generalised: BP-3 and BP-5 (varied, unclustered examples); retrain with fewer epochs and early stopping (common practice).",
    ),
    Situation(
        id="tuned-npc-all-talk-like-pirates",
        zh=(
            "我们用人气最高的海盗船长的 3000 句台词微调了对话模型。结果商人、骑士，连村里的小孩都满口海盗腔，"
            "尽管每个角色的人设卡都写在提示词里。"
        ),
        en=(
            "We tuned our dialogue model on 3,000 lines from the pirate captain, our most popular character. Now the "
            "merchants, the knights and even the village children talk like pirates, although each one's character "
            "sheet is in the prompt."
        ),
        answers=("fix-tuned-model", "parrots-training-data"),
        expect_actions=_s(RETRAIN),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("BP-3", "BP-5"),
        beyond_guide=None,
        why="Data clustered on one character (BP-5) overrides the prompt for all of them; BP-3: retrain on lines from many characters.",
    ),
    Situation(
        id="tuned-clinic-notes-cardiology-headings",
        zh=(
            "我们医院的病历摘要模型，训练数据几乎全部来自心内科。现在皮肤科、骨科的病历也被它套上“心功能分级”“心电图”"
            "这些小标题，内容只好硬凑。"
        ),
        en=(
            "Our hospital's note-summary model was trained almost entirely on cardiology notes. Dermatology and "
            "orthopaedic notes now also get 'cardiac function class' and 'ECG' headings, with content forced to fit."
        ),
        answers=("fix-tuned-model", "parrots-training-data"),
        expect_actions=_s(RETRAIN),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("BP-5", "BP-3"),
        beyond_guide=None,
        why="BP-5 (clustered data makes a tool for that subset only) and BP-3: retrain on notes from every department it serves.",
    ),
    # Invented labels or entities, format still breaks
    Situation(
        id="tuned-ticket-router-invents-queues",
        zh=(
            "我们微调了一个 3B 模型，把工单分到 25 个队列。准确率还行，但约 2% 的输出是根本不存在的队列名，"
            "比如“billing_refund_urgent”，路由服务一遇到就报错。"
        ),
        en=(
            "We fine-tuned a 3B model to route tickets into our 25 queues. Accuracy is fine, but about 2% of outputs are "
            "queue names that do not exist, such as 'billing_refund_urgent', and our router crashes on them."
        ),
        answers=("fix-tuned-model", "invalid-outputs"),
        expect_actions=_s(CONSTRAIN_OUTPUT),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("FT-1"),
        beyond_guide=True,
        why="A closed label set is a format (FT-1) that training makes likely but never certain; restricting decoding to the 25 labels makes it certain (beyond the guide).",
    ),
    Situation(
        id="tuned-invoice-json-still-breaks",
        zh=(
            "我们用 5000 对样本微调了发票抽取模型，字段比只用提示词时准多了。但每 40 张发票里仍有 1 张输出的 JSON 不合法："
            "少个括号、多个逗号，或者把金额写成带币种符号的字符串。"
        ),
        en=(
            "We fine-tuned our invoice extractor on 5,000 pairs, and the fields are far more accurate than with the "
            "prompt alone. But 1 invoice in 40 still yields invalid JSON: a missing bracket, a stray comma, or an "
            "amount written as a string with a currency sign."
        ),
        answers=("fix-tuned-model", "invalid-outputs"),
        expect_actions=_s(CONSTRAIN_OUTPUT),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("FT-1"),
        beyond_guide=True,
        why="FT-1 got the format most of the way; structured outputs or schema-constrained decoding close the rest (beyond the guide).",
    ),
    Situation(
        id="tuned-judgment-ner-new-entity-types",
        zh=(
            "我们微调过的模型给裁判文书标注 9 类实体（法院、法官、当事人、法条等）。它老是自创我们没定义过的类别，"
            "比如“书记员助理”“律所名称”，有时标出的片段在原文里根本找不到。"
        ),
        en=(
            "Our fine-tuned model tags court judgments with 9 entity types (court, judge, party, statute and so on). "
            "It keeps adding types we never defined, such as 'clerk assistant' and 'law firm name', and sometimes "
            "returns spans that are not in the text at all."
        ),
        answers=("fix-tuned-model", "invalid-outputs"),
        expect_actions=_s(CONSTRAIN_OUTPUT),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("FT-1"),
        beyond_guide=True,
        why="Output outside the defined set: an enum of the 9 types and a check that spans occur in the text (beyond the guide), not another tune.",
    ),
    Situation(
        id="tuned-case-fields-break-on-messy-letters",
        zh=(
            "我们微调了一个模型，把市民来信整理成固定字段的工单。规整的来信没问题，可遇到语音转写的大段口语、"
            "夹带表格的来信，或几封信粘在一起的情况，输出的字段就会缺项、串位。训练集里清一色是规整的来信。"
        ),
        en=(
            "We fine-tuned a model to turn citizens' letters into fixed-field case records. Tidy letters work, but long "
            "rambling voice transcripts, letters with pasted tables, or several letters stuck together come out with "
            "missing or shifted fields. Our training set held only tidy letters."
        ),
        answers=("fix-tuned-model", "invalid-outputs"),
        expect_actions=_s(CONSTRAIN_OUTPUT),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("BP-4"),
        beyond_guide=None,
        why="BP-4: the training data lacked malformed inputs, so the format breaks on them; constrain the output now, and add such cases if it is retrained.",
    ),
    # The tuned model is worse than the base with a good prompt
    Situation(
        id="tuned-descriptions-lose-blind-test",
        zh=(
            "我们花了两周微调一个写商品描述的模型。在 300 个商品的盲测里，编辑们有 62% 的时候更喜欢“基础模型 + 原来的五样本提示词”"
            "写出的版本。"
        ),
        en=(
            "We spent two weeks fine-tuning a model to write product descriptions. In a blind test on 300 products, our "
            "editors preferred the base model with our old five-shot prompt 62% of the time."
        ),
        answers=("fix-tuned-model", "worse-than-base"),
        expect_actions=_s(ROLL_BACK),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("NFT-4"),
        beyond_guide=None,
        why="Measured: the prompt already did the job better (NFT-4); go back to the base model with the prompt.",
    ),
    Situation(
        id="tuned-gov-notices-worse-no-test-set",
        zh=(
            "我们区政府拿 2000 份公文通知做了微调，希望模型写出的通知更“像我们的口吻”。试用下来，大家普遍觉得还不如"
            "原来的基础模型加一段写作规范提示词，但到底差在哪里谁也说不清，当初也没有留出测试集。"
        ),
        en=(
            "Our district government fine-tuned a model on 2,000 official notices so that drafts would sound 'like us'. "
            "In trial use, staff mostly find it worse than the base model with a one-paragraph style guide as the prompt, "
            "but nobody can say where exactly, and we kept no test set."
        ),
        answers=("fix-tuned-model", "unclear"),
        expect_actions=_s(ROLL_BACK, EVALUATE),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("NFT-4"),
        beyond_guide=None,
        why="NFT-4 if the prompt already suffices; openai-sft: set up a held-out evaluation with the base model as baseline before deciding anything more.",
        disagreement=(
            "The team believes the tuned model is worse but has no test set; the tree (unclear → measure first) does not tell it to roll back meanwhile. Whether 'feels worse, unmeasured' owes a roll back is open: a later tree can ask whether users are being hurt now."
        ),
    ),
    Situation(
        id="tuned-code-review-bot-gut-feeling",
        zh=(
            "我们用 1 万条历史代码评审意见微调了一个评审机器人，感觉它不如“基础模型 + 评审清单提示词”：挑刺多了，"
            "真正的 bug 反而找得少。目前只是感觉，还没量过。"
        ),
        en=(
            "We fine-tuned a code-review bot on 10,000 past review comments, and it feels worse than the base model "
            "with our review checklist as the prompt: more nitpicks, fewer real bugs. So far it is only a feeling; we "
            "have not measured it."
        ),
        answers=("fix-tuned-model", "unclear"),
        expect_actions=_s(EVALUATE),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("NFT-4"),
        beyond_guide=None,
        why="A hunch, not a measurement: compare both on held-out changes with known bugs (openai-sft); if the prompt wins, NFT-4 and roll back.",
    ),
    # Refusals / safety behaviour changed
    Situation(
        id="tuned-bank-bot-refusals-gone",
        zh=(
            "我们用 8000 段客服对话微调了银行客服模型。之后红队测试发现，它会讲解怎么绕过我们自己的 KYC 核验，"
            "客气地请求一下，还会帮忙起草钓鱼风格的短信。这两样基础模型都会拒绝。"
        ),
        en=(
            "After fine-tuning our banking support model on 8,000 chat transcripts, red-teamers found it now explains how "
            "to get round our own KYC checks and, asked politely, drafts phishing-style text messages. The base model "
            "refused both."
        ),
        answers=("fix-tuned-model", "safety-changed"),
        expect_actions=_s(ROLL_BACK),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("BP-4"),
        beyond_guide=True,
        why=(
            f"Beyond the guide: {_QI_2023}. Roll back, then retrain with refusal and adversarial examples (BP-4) and "
            "re-run the red-team suite before shipping."
        ),
    ),
    Situation(
        id="tuned-clinic-triage-refuses-and-no-warnings",
        zh=(
            "我们给互联网医院的分诊助手做了一轮微调，数据里有大量“请到线下就医”的回复。现在它连“布洛芬饭前吃还是饭后吃”"
            "这种普通问题也一律拒答；可问到处方药过量服用的后果时，它反倒不再提示风险了。"
        ),
        en=(
            "We fine-tuned our online clinic's triage assistant on data full of 'please see a doctor in person' replies. "
            "It now refuses even ordinary questions such as whether to take ibuprofen before or after meals, yet asked "
            "what happens when someone overdoses on a prescription drug, it no longer warns about the risk."
        ),
        answers=("fix-tuned-model", "safety-changed"),
        expect_actions=_s(ROLL_BACK),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("NFT-3"),
        beyond_guide=True,
        why=(
            f"Safety behaviour moved both ways after a tune on one-sided data (NFT-3). Beyond the guide: {_QI_2023}. "
            "Roll back and evaluate safety behaviour before any retrain."
        ),
    ),
    # "It's just not good and we don't know why"
    Situation(
        id="tuned-after-sales-not-good-no-baseline",
        zh=(
            "我们用过去一年的 1.2 万段对话，LoRA 微调了一个售后客服模型；微调前用的是基础模型加一段还不错的提示词。"
            "上线后大家的反馈就是“不太好用”，具体哪里不好说不上来。我们当初没留测试集，也没和基础模型比过。"
        ),
        en=(
            "We LoRA-tuned an after-sales support model on 12,000 conversations from last year; before that we ran the "
            "base model with a decent prompt. Since launch the feedback is just 'not very good', and nobody can say what "
            "exactly. We kept no test set and never compared it with the base model."
        ),
        answers=("fix-tuned-model", "unclear"),
        expect_actions=_s(EVALUATE),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("NFT-4"),
        beyond_guide=True,
        why=(
            "Beyond the guide (openai-sft: evals before and after): build a held-out set, score the tuned model against "
            "the base with the old prompt (the NFT-4 question), then sort failures into facts and patterns."
        ),
    ),
    Situation(
        id="tuned-adviser-answers-feel-off",
        zh=(
            "我们财富管理团队微调了一个模型，按内部格式回答理财顾问的问题。顾问们说它“有点不对劲”：有时答错，有时太长，"
            "有时又挺好。我们没有任何指标，只有群里的一堆抱怨。"
        ),
        en=(
            "Our wealth-management team fine-tuned a model to answer advisers' questions in our house format. Advisers "
            "say it is somehow 'off': sometimes wrong, sometimes too long, sometimes fine. We have no metrics, just "
            "complaints in a chat group."
        ),
        answers=("fix-tuned-model", "unclear"),
        expect_actions=_s(EVALUATE),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("CORE"),
        beyond_guide=None,
        why="Measure first (openai-sft), then split the failures by CORE: wrong facts point to retrieval, length and format to the tune itself.",
    ),
    Situation(
        id="tuned-listings-never-prompted",
        zh="我们一上来就微调了一个写房源描述的模型，从没认真试过提示词。现在效果一般，老板问“微调到底有没有用”，我们答不上来。",
        en=(
            "We went straight to fine-tuning a model that writes property listings and never seriously tried a prompt. "
            "Results are so-so, and when the boss asks whether the fine-tune helped at all, we cannot say."
        ),
        answers=("fix-tuned-model", "unclear"),
        expect_actions=_s(EVALUATE),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("FT-4"),
        beyond_guide=None,
        why="FT-4 was skipped: compare the tune with a properly prompted base model on held-out listings; prompting may turn out to be enough.",
    ),
)

# ---- 2. Tuning something other than a chat model ---------------------------------------------------
_OTHER_MODEL: tuple[Situation, ...] = (
    Situation(
        id="retriever-shop-search-click-logs",
        zh=(
            "我们购物助手的 RAG 经常找不到对的商品页：用户搜“海边婚礼穿的裙子”，检索器却返回尺码表。我们有 18 个月的搜索日志，"
            "约 40 万条“查询→点击商品”记录。只要检索到对的页面，聊天模型的回答就没问题。"
        ),
        en=(
            "Our shopping assistant's RAG often misses the right product page: users type 'dress for a beach wedding' "
            "and the retriever brings back sizing charts. We have 18 months of search logs, about 400,000 "
            "query→clicked-product pairs. Given the right pages, the chat model answers fine."
        ),
        answers=("retrieval-misses", "many-pairs"),
        expect_actions=_s(RETRIEVAL, TUNE_RETRIEVER),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("BP-7"),
        beyond_guide=True,
        why=(
            "The knowledge path is right (BP-7) and the generator is fine; the retriever is the weak part. Training the "
            "embedding model on logged query→click pairs with hard negatives is established practice, beyond the guide."
        ),
    ),
    Situation(
        id="reranker-case-law-citation-logs",
        zh=(
            "我们的类案检索系统先用现成的向量模型召回，再交给大模型写分析。律师反映前 5 条里常常没有真正相关的判例。"
            "系统上线两年，积累了约 6 万次检索，每次都记录了律师最终引用了哪几篇判决。"
        ),
        en=(
            "Our similar-case search recalls with an off-the-shelf embedding model and hands the results to an LLM for "
            "analysis. Lawyers say the top 5 often hold no truly relevant precedent. In two years live we have logged "
            "about 60,000 searches, each with the judgments the lawyer finally cited."
        ),
        answers=("retrieval-misses", "many-pairs"),
        expect_actions=_s(RETRIEVAL, TUNE_RETRIEVER),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("BP-7"),
        beyond_guide=True,
        why="60,000 query→cited-judgment pairs are exactly the data to train a reranker on (beyond the guide); the LLM's weights are not the problem.",
    ),
    Situation(
        id="retriever-kb-resolved-ticket-links",
        zh=(
            "我们帮助中心的机器人用通用向量模型检索知识库文章。客服已把约 2.5 万张已解决工单关联到了解决问题的那篇文章。"
            "顾客的说法，比如“那个小灯不闪了”，在文章里根本找不到。"
        ),
        en=(
            "Our help-centre bot retrieves knowledge-base articles with a general embedding model. Agents have linked "
            "about 25,000 resolved tickets to the article that solved each one. Customers' words, like 'the little "
            "light stopped blinking', never appear in the articles."
        ),
        answers=("retrieval-misses", "many-pairs"),
        expect_actions=_s(RETRIEVAL, TUNE_RETRIEVER),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("NFT-1"),
        beyond_guide=True,
        why="Facts stay in the articles (NFT-1); 25,000 ticket→article links teach the retriever customers' wording (beyond the guide).",
    ),
    Situation(
        id="retriever-gov-portal-no-labels",
        zh=(
            "我们给省政务服务网做了一个基于 RAG 的问答助手。办事指南有 3 万多篇，群众问“退休后医保关系怎么转”，"
            "经常检索不到对应那篇。系统刚上线，没有检索日志，也没人标注过哪个问题该对应哪篇文档。有人提议微调向量模型。"
        ),
        en=(
            "We built a RAG-based Q&A assistant for a provincial government services portal. There are over 30,000 "
            "service guides, and questions like 'how do I transfer my medical insurance after I retire' often miss "
            "the right one. We just launched: no search logs, and nobody has labelled which question should find which "
            "document. Someone suggests fine-tuning the embedding model."
        ),
        answers=("retrieval-misses", "no-labels"),
        expect_actions=_s(RETRIEVAL, FIX_RETRIEVAL),
        forbid_actions=_s(TUNE_RETRIEVER, FINE_TUNE),
        must_cite=_s("NFT-1"),
        beyond_guide=None,
        why="No query→passage pairs to train a retriever on: improve the running retrieval (chunking, hybrid search, metadata, query rewriting) and start logging.",
    ),
    Situation(
        id="retriever-clinical-guidelines-twenty-questions",
        zh=(
            "我们基于 400 份临床指南做了 RAG，20 道测试题里约有三分之一检索不到相关段落。PDF 是按 2000 token 切块的，"
            "向量模型全用默认设置。除了这 20 道题，没有别的标注问题。"
        ),
        en=(
            "Our RAG over 400 clinical guidelines misses the relevant paragraph for about a third of our 20 test "
            "questions. The PDFs are cut into 2,000-token chunks and the embedding model runs on defaults. Apart from "
            "those 20 questions we have no labelled queries."
        ),
        answers=("retrieval-misses", "few-pairs"),
        expect_actions=_s(RETRIEVAL, FIX_RETRIEVAL),
        forbid_actions=_s(TUNE_RETRIEVER, FINE_TUNE),
        must_cite=_s("NFT-1"),
        beyond_guide=None,
        why="Twenty questions train nothing; the chunking and defaults are the obvious suspects. Fix retrieval without training; keep the 20 as a test set.",
    ),
    Situation(
        id="retriever-api-docs-exact-names",
        zh=(
            "我们内部的开发者助手用 RAG 查 API 文档，可一问到具体函数名，比如“get_ledger_v2”，向量检索就老是返回名字相近的"
            "其他接口。我们没有任何标注过的查询，团队在讨论要不要自己训练一个代码向量模型。"
        ),
        en=(
            "Our internal developer assistant looks up API docs through RAG, but for exact function names such as "
            "'get_ledger_v2' the vector search keeps returning other, similar-sounding endpoints. We have no labelled "
            "queries at all, and the team is debating training our own code embedding model."
        ),
        answers=("retrieval-misses", "no-labels"),
        expect_actions=_s(RETRIEVAL, FIX_RETRIEVAL),
        forbid_actions=_s(TUNE_RETRIEVER, FINE_TUNE),
        must_cite=_s("NFT-1"),
        beyond_guide=None,
        why="Exact identifiers are what keyword (hybrid) search is for; with no labelled queries there is nothing to train a retriever on.",
    ),
    Situation(
        id="encoder-bank-intents-cpu",
        zh=(
            "我们需要在 CPU 上 20 毫秒内把银行聊天消息分到 60 个意图。我们有 3 万条由两名标注员标注、分歧已裁决的语句，"
            "覆盖所有意图，也包含错别字、口语和中英混杂的消息。计划用一个 BERT 规模的编码器加分类头，它不吃提示词。"
        ),
        en=(
            "We must route banking chat messages into 60 intents within 20 ms on a CPU. We have 30,000 utterances "
            "labelled by two annotators with disagreements resolved, covering every intent, with typos, slang and mixed "
            "Chinese-English messages. The plan is a BERT-sized encoder with a classification head; it takes no prompt."
        ),
        answers=("mapping", "nothing-else", "narrow", "no-prompt", "good"),
        expect_actions=_s(FINE_TUNE),
        forbid_actions=_s(TRY_PROMPTING_FIRST),
        must_cite=_s("FT-3", "FT-2"),
        beyond_guide=None,
        why="A narrow input→label mapping (FT-2, FT-3) with sound, varied data; an encoder takes no prompt, so FT-4's 'prompt first' has nothing to act on.",
    ),
    Situation(
        id="encoder-game-chat-toxicity",
        zh=(
            "我们游戏的世界频道每秒上千条消息，需要实时识别辱骂和外挂广告。我们有 10 万条审核员标过的消息，正常闲聊、"
            "谐音骂人、外挂广告的各种变体都有。打算微调一个小型中文编码器做二分类，大模型太慢也太贵。"
        ),
        en=(
            "Our game's world chat carries thousands of messages a second, and we must flag abuse and cheat ads in real "
            "time. We have 100,000 messages labelled by moderators, with ordinary banter, homophone insults and many "
            "variants of cheat ads. We plan to fine-tune a small Chinese encoder as a binary classifier; a large model "
            "is too slow and too costly."
        ),
        answers=("mapping", "nothing-else", "narrow", "no-prompt", "good"),
        expect_actions=_s(FINE_TUNE),
        forbid_actions=_s(TRY_PROMPTING_FIRST),
        must_cite=_s("FT-3"),
        beyond_guide=None,
        why="FT-3: one narrow, well-defined task with plenty of varied, adversarial labelled data (BP-4 already met); the encoder has no prompt.",
    ),
    Situation(
        id="encoder-contract-clause-types",
        zh=(
            "我们想给供应商合同的每一条款标上 14 种类型之一（赔偿、终止、适用法律等）。律师助理已经从 900 份合同中"
            "标注了 1.2 万条条款，来自众多供应商和模板，也包括格式怪异、扫描质量差的条款。我们打算微调一个 DeBERTa 类的编码器。"
        ),
        en=(
            "We want to tag every clause in supplier contracts with one of 14 clause types (indemnity, termination, "
            "governing law and so on). Paralegals have labelled 12,000 clauses from 900 contracts across many suppliers "
            "and templates, including odd and badly scanned ones. We would fine-tune a DeBERTa-style encoder."
        ),
        answers=("mapping", "nothing-else", "narrow", "no-prompt", "good"),
        expect_actions=_s(FINE_TUNE),
        forbid_actions=_s(TRY_PROMPTING_FIRST),
        must_cite=_s("FT-2", "FT-3"),
        beyond_guide=None,
        why="FT-2 and FT-3: a fixed clause→type mapping, one task, sound data with edge cases; a classifier without a prompt.",
    ),
    Situation(
        id="encoder-review-labels-rushed",
        zh=(
            "我们想用 BERT 给商品评论做情感和问题类型分类。手里的 8000 条标签是外包一周赶出来的，抽查 200 条发现约四分之一标错，"
            "而且九成评论都来自同一个品类（手机壳）。"
        ),
        en=(
            "We want a BERT classifier for review sentiment and issue type. Our 8,000 labels were rushed out by a vendor "
            "in a week; a spot check of 200 found about a quarter wrong, and 90% of the reviews come from one category "
            "(phone cases)."
        ),
        answers=("mapping", "nothing-else", "narrow", "no-prompt", "small-or-flawed"),
        expect_actions=_s(FIX_DATA),
        forbid_actions=_s(TRY_PROMPTING_FIRST),
        must_cite=_s("NFT-3", "BP-5"),
        beyond_guide=None,
        why="NFT-3 (many errors) and BP-5 (one category): garbage in, garbage out, for an encoder as for an LLM. Fix the labels first.",
    ),
    Situation(
        id="vlm-receipts-prompt-untried",
        zh=(
            "我们想用一个视觉语言模型把拍照的报销小票读成我们的报销 JSON。已经有人租好了 GPU 准备微调，"
            "但把 schema 和几张示例小票写进提示词的做法，我们还没试过。"
        ),
        en=(
            "We want a vision-language model to read photographed receipts into our expense JSON. Someone has already "
            "rented GPUs to fine-tune it, but we have not yet tried a prompt with the schema and a few example receipts."
        ),
        answers=("mapping", "nothing-else", "narrow", "not-tried", "not-checked"),
        expect_actions=_s(TRY_PROMPTING_FIRST),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("FT-4"),
        beyond_guide=None,
        why="A vision-language model takes prompts like a chat model, so FT-4 applies unchanged: prompt (schema, examples) before training.",
    ),
    Situation(
        id="vlm-weld-defects-exhausted",
        zh=(
            "我们用视觉语言模型看焊缝照片，按固定格式写出缺陷类型、位置和等级。提示词和示例图迭代了两个月，"
            "在 800 张留出照片上，等级判断仍有 15% 和质检员不一致。我们有 6000 张质检员标注过的照片，"
            "覆盖各种缺陷、光照和角度，也有反光、模糊的照片。"
        ),
        en=(
            "We use a vision-language model to describe weld photos in a fixed format: defect type, location and grade. "
            "After two months of iterating on prompts and example images, its grades still disagree with our inspectors "
            "on 15% of 800 held-out photos. We have 6,000 inspector-labelled photos covering every defect type, lighting "
            "and angle, including glare and blur."
        ),
        answers=("mapping", "nothing-else", "narrow", "tried-failed", "good"),
        expect_actions=_s(FINE_TUNE),
        forbid_actions=_s(TRY_PROMPTING_FIRST),
        must_cite=_s("FT-3", "FT-4"),
        beyond_guide=None,
        why="FT-4 met (measured prompt work), one narrow task (FT-3), sound and varied data with hard cases.",
    ),
    Situation(
        id="vlm-alt-text-prompt-works",
        zh=(
            "我们用视觉语言模型给商品图片写替代文本（alt text）。一段简短的提示词加三个示例，无障碍审核员就能通过 97%。"
            "团队还是在想，微调一下会不会“更专业”。"
        ),
        en=(
            "A vision-language model writes alt text for our product photos. With a short prompt and three examples, our "
            "accessibility reviewers accept 97% of them. The team still wonders whether fine-tuning would be 'more "
            "professional'."
        ),
        answers=("mapping", "nothing-else", "narrow", "works"),
        expect_actions=_s(PROMPT_ENGINEERING),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("NFT-4"),
        beyond_guide=None,
        why="NFT-4: the prompt already solves it, whatever the modality.",
    ),
)

# ---- 3. Hard constraints: premises, devices, moving off a hosted model -------------------------------
_CONSTRAINT: tuple[Situation, ...] = (
    Situation(
        id="onprem-discharge-summaries-distil",
        zh=(
            "在用合成病历做的试点里，托管大模型配上我们的提示词，写出的出院小结非常好。但真实病历不能出医院，"
            "生产环境只能在自有 GPU 上跑 8B 模型；用同样的提示词，这个模型会漏掉一半必填段落。"
        ),
        en=(
            "In a pilot on synthetic records, a large hosted model with our prompt writes excellent discharge summaries. "
            "Real patient records may not leave the hospital, so production must run an 8B model on our own GPUs, and "
            "with the same prompt that model leaves out half the required sections."
        ),
        answers=("mapping", "nothing-else", "narrow", "works-on-larger"),
        expect_actions=_s(DISTIL),
        forbid_actions=_s(DEFINE_TASK),
        must_cite=_s("FT-3"),
        beyond_guide=True,
        why=(
            "The large model shows the task is solvable by prompting; the premises rule it out. Distil its outputs (on "
            "synthetic or de-identified inputs) into the small model for this one task (FT-3, loraland-2024): beyond the guide."
        ),
    ),
    Situation(
        id="device-keyboard-smart-reply-distil",
        zh=(
            "我们做输入法，想在手机上离线给出“智能回复”建议。用云端大模型加提示词做的原型，用户测试反响很好；"
            "但隐私政策要求聊天内容不出设备，端上只能放 1B 左右的模型。用同样的提示词，1B 模型给的建议经常答非所问。"
        ),
        en=(
            "We make a phone keyboard and want offline smart-reply suggestions. A prototype on a large cloud model with a "
            "prompt tested well with users, but our privacy policy keeps chat content on the device, and the device fits "
            "a model of about 1B parameters. With the same prompt its suggestions are often off the point."
        ),
        answers=("mapping", "nothing-else", "narrow", "works-on-larger"),
        expect_actions=_s(DISTIL),
        forbid_actions=_s(DEFINE_TASK),
        must_cite=_s("FT-3"),
        beyond_guide=True,
        why="A narrow task (FT-3) that a large model does by prompting, to run on a device: distillation into the small model, beyond the guide.",
    ),
    Situation(
        id="bank-off-hosted-complaints-distil",
        zh=(
            "我们的投诉分类提示词在托管的前沿模型上效果很好，但按监管新的外包规定，三季度前必须迁回行内，"
            "改用自有服务器上的 14B 开源模型。提示词我们为 14B 模型专门调过，仍落后 11 个百分点；历史投诉有几百万条。"
        ),
        en=(
            "Our complaint-classification prompt works well on a hosted frontier model, but under the regulator's new "
            "outsourcing rules we must bring it in-house by Q3, onto a 14B open model on our own servers. We tuned the "
            "prompt for the 14B and it is still 11 points behind; we have millions of past complaints."
        ),
        answers=("mapping", "nothing-else", "narrow", "works-on-larger"),
        expect_actions=_s(DISTIL),
        forbid_actions=_s(TRY_PROMPTING_FIRST),
        must_cite=_s("FT-3"),
        beyond_guide=True,
        why="Prompting on the small model is spent; the large model can label the past complaints until Q3: distil (beyond the guide) for one narrow task (FT-3).",
    ),
    Situation(
        id="edge-track-inspection-reports-distil",
        zh=(
            "我们是铁路工务段，巡检员在隧道里没有网络，需要在加固平板上把语音记录整理成标准巡检报告。云端大模型加提示词整理得很好，"
            "可平板只能跑 3B 模型，同样的提示词下报告结构乱七八糟。我们已经用云端模型处理过 2 万条历史记录，全部经工长审核。"
        ),
        en=(
            "We maintain railway track; inspectors in tunnels have no network and must turn voice notes into standard "
            "inspection reports on rugged tablets. A cloud model with a prompt does it well, but the tablet runs only a "
            "3B model, whose reports come out jumbled with the same prompt. We have already run 20,000 past notes through "
            "the cloud model, all reviewed by foremen."
        ),
        answers=("mapping", "nothing-else", "narrow", "works-on-larger"),
        expect_actions=_s(DISTIL),
        forbid_actions=_s(RETRIEVAL),
        must_cite=_s("FT-3"),
        beyond_guide=True,
        why="An offline edge device, a working large-model prompt and 20,000 reviewed large-model outputs: distillation for one task (FT-3), beyond the guide.",
    ),
    Situation(
        id="onprem-payroll-records-retrieval",
        zh=(
            "人力部门想要一个员工自助助手，回答“我今年还剩几天年假”“上个月工资为什么少了”这类问题。因为数据不能出公司，"
            "有人提议在内网服务器上用全体员工的考勤和工资记录微调一个模型。"
        ),
        en=(
            "HR wants a self-service assistant that answers 'how many days of leave do I have left?' or 'why was last "
            "month's pay lower?'. As the data may not leave the company, someone proposed fine-tuning a model on our own "
            "servers on every employee's attendance and payroll records."
        ),
        answers=("exact-lookup",),
        expect_actions=_s(RETRIEVAL),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("NFT-1", "BP-7"),
        beyond_guide=None,
        why=(
            f"NFT-1 and BP-7: per-person facts that change monthly. Beyond the guide: {_CARLINI_2021}; retrieve each "
            "employee's own records under their access rights instead."
        ),
    ),
    Situation(
        id="onprem-patient-histories-retrieval",
        zh="医生希望直接问“这位患者有没有青霉素过敏史？”，从整个电子病历系统里找答案。所有数据都在院内服务器上，信息科因此建议用全部 200 万份病历微调一个本地模型。",
        en=(
            "Doctors want to ask 'has this patient ever reacted to penicillin?' across our whole EMR. Everything stays "
            "on hospital servers, so the IT department suggests fine-tuning a local model on all 2 million patient records."
        ),
        answers=("facts", "nothing-else"),
        expect_actions=_s(RETRIEVAL),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("NFT-1", "BP-7"),
        beyond_guide=None,
        why=f"A patient's history is a fact to look up (NFT-1), on premises or not. Beyond the guide: {_CARLINI_2021}.",
    ),
    Situation(
        id="law-firm-ethical-walls-retrieval",
        zh=(
            "我们律所有严格的利益冲突隔离：并购组的律师不能看到诉讼组客户的文件。合伙人希望有个“什么都知道”的内部模型，"
            "提议把所有案卷放在自有机房里拿来微调。"
        ),
        en=(
            "Our firm keeps strict ethical walls: M&A lawyers may not see litigation clients' files. The partners want an "
            "in-house model that 'knows everything' and propose fine-tuning it on every matter file in our own server room."
        ),
        answers=("facts", "nothing-else"),
        expect_actions=_s(RETRIEVAL),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("NFT-1", "BP-7"),
        beyond_guide=None,
        why=f"BP-7: integrate the files, do not instil them; weights cannot keep an ethical wall. Beyond the guide: {_CARLINI_2021}.",
    ),
    Situation(
        id="device-notes-assistant-retrieval",
        zh=(
            "我们的笔记应用想做一个端侧助手，从用户自己的笔记里回答“上周二我答应了 Anna 什么？”。"
            "原计划是每晚在手机上用该用户的笔记对端侧模型做一次 LoRA 微调。"
        ),
        en=(
            "Our note-taking app wants an on-device assistant that answers 'what did I promise Anna last Tuesday?' from "
            "the user's own notes. The plan was to LoRA-tune the phone's model on each user's notes every night."
        ),
        answers=("facts", "nothing-else"),
        expect_actions=_s(RETRIEVAL),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("NFT-1"),
        beyond_guide=None,
        why="NFT-1: the notes are facts; a local search index on the phone answers from them without training (ovadia-2024).",
    ),
    Situation(
        id="onprem-hotline-tickets-fine-tune",
        zh=(
            "我们是市级 12345 热线，所有数据必须留在政务云内网，只能用部署在内网的 14B 模型。任务是把来电记录转成工单的 12 个固定字段。"
            "提示词在 1000 条留出记录上调了一个多月，字段准确率卡在 85%，要求是 95%。我们有 6000 条话务员核对过的“记录→工单”样本，"
            "覆盖各区、各类诉求，也有方言转写错误和情绪激动的来电。"
        ),
        en=(
            "We run a city's 12345 hotline; all data must stay inside the government cloud, on a 14B model deployed there. "
            "The job is to turn call records into a ticket's 12 fixed fields. After more than a month of prompt work "
            "measured on 1,000 held-out records, field accuracy is stuck at 85% against a 95% target. We have 6,000 "
            "operator-checked record→ticket pairs across all districts and request types, including dialect "
            "transcription errors and angry callers."
        ),
        answers=("mapping", "nothing-else", "narrow", "tried-failed", "good"),
        expect_actions=_s(FINE_TUNE),
        forbid_actions=_s(TRY_PROMPTING_FIRST, RETRIEVAL),
        must_cite=_s("FT-2", "FT-4"),
        beyond_guide=False,
        why="The premises only fix which model; the guide's case for a tune holds: FT-2 mapping, FT-4 met, sound data with edge cases (BP-4).",
    ),
    Situation(
        id="onprem-bank-test-scaffolds-fine-tune",
        zh=(
            "我们银行的开发者用一个本地部署的 7B 代码模型（任何内容都不能发往外部 API）。我们希望它按内部版式写单元测试骨架："
            "固定文件头、我们自己的 mock 工具、given/when/then 三段。提示词调了六周，在 300 个用例的测试集上仍有三分之一不合版式。"
            "我们有 4000 对经过评审的“代码→测试”样本，来自 40 个服务，也包括老旧和写法古怪的代码。"
        ),
        en=(
            "Our bank's developers use an on-premises 7B code model (nothing may go to outside APIs). We want it to write "
            "unit-test scaffolds in our house layout: a fixed header, our own mocking helpers, given/when/then sections. "
            "Six weeks of prompt work still leave a third of outputs off-layout on our 300-case test set. We have 4,000 "
            "reviewed code→test pairs from 40 services, including legacy and oddly written code."
        ),
        answers=("format-style", "nothing-else", "narrow", "tried-failed", "good"),
        expect_actions=_s(FINE_TUNE),
        forbid_actions=_s(TRY_PROMPTING_FIRST),
        must_cite=_s("FT-1", "FT-4"),
        beyond_guide=False,
        why="FT-1 (a house format) after FT-4 (measured prompt work), with sound and varied pairs; on-premises changes nothing in that reasoning.",
    ),
    Situation(
        id="device-hiking-route-cards-untried",
        zh=(
            "我们的户外 App 要在没有信号的山里，用手机端的小模型把用户的轨迹备注整理成固定格式的路线卡片。"
            "团队想直接微调端侧模型，但还没人认真给它写过提示词，也没试过给它几个示例。"
        ),
        en=(
            "Our hiking app must turn users' trail notes into fixed-format route cards with a small on-phone model, deep "
            "in the mountains with no signal. The team wants to fine-tune the on-device model right away, but nobody has "
            "written it a proper prompt or tried giving it a few examples."
        ),
        answers=("mapping", "nothing-else", "narrow", "not-tried", "not-checked"),
        expect_actions=_s(TRY_PROMPTING_FIRST),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("FT-4"),
        beyond_guide=False,
        why="FT-4: a device is no reason to skip prompting the model that runs on it.",
    ),
    Situation(
        id="onprem-claims-summaries-one-team",
        zh=(
            "我们保险公司的理赔摘要必须在本地生成。本地模型的提示词已经调了两个月，输出还是不稳定。我们有 3000 对摘要样本，"
            "但全部来自车险理赔组，而这个工具还要服务财产险、旅行险和健康险。"
        ),
        en=(
            "Our insurer's claim summaries must be produced on premises. We have worked on the local model's prompt for "
            "two months and it is still inconsistent. We have 3,000 summary pairs, but all come from the motor-claims "
            "team, while the tool must also serve property, travel and health claims."
        ),
        answers=("mapping", "nothing-else", "narrow", "tried-failed", "clustered"),
        expect_actions=_s(FIX_DATA),
        forbid_actions=_s(TRY_PROMPTING_FIRST),
        must_cite=_s("NFT-3", "BP-5"),
        beyond_guide=None,
        why="Prompting is spent, but the data is clustered on one line of business (NFT-3, BP-5): collect pairs from every claim type first.",
    ),
    Situation(
        id="off-hosted-titles-prompt-works-locally",
        zh=(
            "因为数据合规要求，我们要把商品标题改写从海外托管模型迁到自建机房的 7B 模型上。原以为要微调，"
            "结果把原提示词稍作调整后，7B 模型在 500 个商品上的结果已经通过了运营的验收。"
        ),
        en=(
            "For data-compliance reasons we must move product-title rewriting from an overseas hosted model to a 7B "
            "model in our own data centre. We assumed we would need to fine-tune, but after small tweaks to the old "
            "prompt, the 7B model's output on 500 products has already passed the operations team's review."
        ),
        answers=("mapping", "nothing-else", "narrow", "works"),
        expect_actions=_s(PROMPT_ENGINEERING),
        forbid_actions=_s(FINE_TUNE, DISTIL),
        must_cite=_s("NFT-4"),
        beyond_guide=False,
        why="NFT-4: the move off the hosted model is already solved by prompting the small model.",
    ),
    Situation(
        id="rag-answers-need-small-model-on-prem",
        zh="我们的问答助手从内部知识库检索段落，再由一个大型托管模型按固定格式作答，效果很好。合规要求我们把整套系统搬到自己的服务器上，只能用一个小得多的开放权重模型，而它用同样的提示词格式总是跑偏。",
        en=(
            "Our assistant retrieves passages from our knowledge base and a large hosted model answers in a fixed "
            "format; it works well. Compliance now requires the whole system on our own servers, with a much "
            "smaller open-weights model, and with the same prompt its format keeps drifting."
        ),
        answers=("format-style", "also-facts", "narrow", "works-on-larger"),
        expect_actions=_s(RETRIEVAL, DISTIL),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST, FIX_DATA),
        must_cite=_s("NFT-1", "BP-7"),
        beyond_guide=True,
        why="NFT-1/BP-7: the facts stay in retrieval; the format works on the larger model, so distil it into the model the constraint allows (beyond the guide).",
    ),
)

# ---- 4. Holding a corpus, a larger model's outputs, preferences or a grader ---------------------------
_DATA_HELD: tuple[Situation, ...] = (
    Situation(
        id="sent-emails-only-no-customer-side",
        zh=(
            "我们希望客服模型像最优秀的客服那样回复。手头唯一的数据是 20 万封客服已发送邮件的导出，被回复的客户来信没有一起导出。"
            "用写作规范做提示词已经接近目标，但还差一点。原计划就直接拿这些已发送邮件去微调。"
        ),
        en=(
            "We want our support model to reply the way our best agents write. Our only data is an export of 200,000 "
            "sent agent emails; the customer messages they answered were not exported. A style-guide prompt gets close "
            "but not all the way. The plan was to fine-tune on the sent emails as they are."
        ),
        answers=("format-style", "nothing-else", "narrow", "not-tried", "outputs-only"),
        expect_actions=_s(FIX_DATA),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("BP-2", "NFT-3"),
        beyond_guide=None,
        why="Outputs without their inputs show no input→output mapping (BP-2): rebuild the pairs (join the customer messages) before any tune (NFT-3).",
    ),
    Situation(
        id="signed-contracts-want-redlines",
        zh=(
            "我们想让模型按本所风格给对方的合同稿写修订意见。手里有 1 万份已签署的最终版合同，但没有对应的初稿，"
            "也没有当时的修订意见。我们打算拿这 1 万份合同直接微调。"
        ),
        en=(
            "We want a model that writes redline comments on counterparties' drafts in our firm's style. We hold 10,000 "
            "signed final contracts, but not the first drafts or the comments made on them. We plan to fine-tune on "
            "the 10,000 contracts as they are."
        ),
        answers=("specialised-task", "nothing-else", "narrow", "not-tried", "outputs-only"),
        expect_actions=_s(FIX_DATA),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("BP-2", "NFT-3"),
        beyond_guide=None,
        why="Final contracts cannot show draft→comments (BP-2); the pattern wanted is absent from the data (NFT-3). Collect drafts with their redlines.",
    ),
    Situation(
        id="quest-scripts-without-briefs",
        zh=(
            "我们想做一个工具，把策划写的三行需求扩写成完整的支线任务脚本。我们有过去五款游戏已上线的 200 万字任务脚本，"
            "但没有对应的需求说明，当初没人记下来。计划是直接用这些脚本微调。"
        ),
        en=(
            "We want a tool that turns a designer's three-line brief into a full side-quest script. We have 2 million "
            "words of shipped quest scripts from our last five games, but no briefs: nobody wrote them down. The plan "
            "is to fine-tune on the scripts."
        ),
        answers=("mapping", "nothing-else", "narrow", "not-tried", "outputs-only"),
        expect_actions=_s(FIX_DATA),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("BP-2", "NFT-3"),
        beyond_guide=None,
        why="BP-2: the data must show brief→script. Write or derive briefs for a varied sample of scripts first (NFT-3).",
    ),
    Situation(
        id="minority-language-gov-corpus",
        zh=(
            "我们要为一个少数民族自治州做政务问答，群众大多用当地民族语言提问，现有开源模型几乎看不懂这种语言。"
            "我们手上有约 30 亿字的该语言文本（报纸、广播稿、政府公报、教材），但几乎没有问答对。"
        ),
        en=(
            "We are building public-service Q&A for an autonomous prefecture where most people ask in the local minority "
            "language, which open models barely understand. We hold about 3 billion characters of text in that language "
            "(newspapers, broadcast scripts, government gazettes, textbooks) but almost no Q&A pairs."
        ),
        answers=("new-language", "large-corpus"),
        expect_actions=_s(CONTINUED_PRETRAINING),
        forbid_actions=_s(DEFINE_TASK),
        must_cite=_s("CORE"),
        beyond_guide=True,
        why=(
            "CORE: a language is what pre-training gives a model, not a pattern a small tune adds. With a large raw "
            "corpus, continue pre-training, then tune on Q&A pairs: beyond the guide."
        ),
    ),
    Situation(
        id="in-house-trading-language-corpus",
        zh=(
            "公司有一门只在内部使用的交易策略编程语言，现有代码模型从没见过它。我们积累了 15 年的代码：约 4 亿 token 经过评审的源码，"
            "外加编译器和语言规范。我们希望模型能写、能补全这门语言。"
        ),
        en=(
            "Our company has its own programming language for trading strategies, used only in-house; code models have "
            "never seen it. We have 15 years of it: about 400 million tokens of reviewed code, plus the compiler and the "
            "language spec. We want the model to write and complete code in this language."
        ),
        answers=("new-language", "large-corpus"),
        expect_actions=_s(CONTINUED_PRETRAINING),
        forbid_actions=_s(DEFINE_TASK),
        must_cite=_s("CORE"),
        beyond_guide=True,
        why="A new programming language is pre-training material (CORE); 400M tokens of raw code suit continued pre-training, beyond the guide.",
    ),
    Situation(
        id="thumbs-ratings-support-exhausted",
        zh=(
            "我们的客服助手上线一年，积累了约 12 万条用户点赞/点踩记录，每条都带着完整对话。提示词迭代了很多轮，"
            "在 800 段留出对话上，点踩率始终降不下来。我们想让模型从这些反馈里学到用户更喜欢怎样的回复。"
        ),
        en=(
            "Our support assistant has been live for a year and has about 120,000 thumbs-up/down ratings, each with the "
            "full conversation. Many rounds of prompt work have not moved the thumbs-down rate on 800 held-out "
            "conversations. We want the model to learn from this feedback which replies users prefer."
        ),
        answers=("format-style", "nothing-else", "narrow", "tried-failed", "preferences"),
        expect_actions=_s(FINE_TUNE),
        forbid_actions=_s(TRY_PROMPTING_FIRST),
        must_cite=_s("FT-4"),
        beyond_guide=None,
        why="FT-4 met; the data is preferences, not pairs, so the tune is preference tuning (the guide speaks of pairs only).",
    ),
    Situation(
        id="ab-choices-product-copy-exhausted",
        zh=(
            "我们的编辑做了 9000 次“二选一”，在两段商品文案中挑出更好的一段，覆盖服装、数码、食品和玩具。提示词迭代了两个月，"
            "编辑仍因语气问题退回 30% 的文案。我们想用这些二选一的结果来调模型。"
        ),
        en=(
            "Our editors compared pairs of product blurbs and picked the better one 9,000 times, across fashion, "
            "electronics, groceries and toys. We have iterated on the prompt for two months, and editors still reject "
            "30% of blurbs for tone. We want to tune the model on the A-versus-B choices."
        ),
        answers=("format-style", "nothing-else", "narrow", "tried-failed", "preferences"),
        expect_actions=_s(FINE_TUNE),
        forbid_actions=_s(TRY_PROMPTING_FIRST),
        must_cite=_s("FT-1", "FT-4"),
        beyond_guide=None,
        why="Tone is FT-1's ground and prompting is spent (FT-4); varied A/B judgments suit preference tuning.",
    ),
    Situation(
        id="unit-tests-grade-migration-scripts",
        zh=(
            "我们要让模型为内部框架生成数据迁移脚本，约 3000 个任务，每个都有现成的单元测试能自动判定对错。"
            "提示词和少样本示例已经反复优化，在 300 个留出任务上的通过率停在 55%。"
        ),
        en=(
            "We want a model to write data-migration scripts for our in-house framework. Each of about 3,000 tasks comes "
            "with unit tests that decide automatically whether a script is right. Prompts and few-shot examples have "
            "been optimised again and again; the pass rate on 300 held-out tasks is stuck at 55%."
        ),
        answers=("mapping", "nothing-else", "narrow", "tried-failed", "grader"),
        expect_actions=_s(FINE_TUNE),
        forbid_actions=_s(TRY_PROMPTING_FIRST),
        must_cite=_s("FT-4"),
        beyond_guide=None,
        why="FT-4 met and a checkable reward exists: reinforcement fine-tuning against the tests (openai-rft, deepseek-r1-2025).",
    ),
    Situation(
        id="tax-due-exact-answers-checker",
        zh=(
            "我们税务团队有 5000 个算好的案例，每个的应纳税额都精确到分，还有一个脚本能自动核对任何答案。一个较强的 32B 模型"
            "配上我们最好的分步提示词，正确率 68%；常见的提示技巧和负责算术的计算器工具我们都试过了。"
        ),
        en=(
            "Our tax team has 5,000 worked cases with the tax due known to the cent, and a script that checks any answer "
            "against it. A strong 32B model with our best step-by-step prompt gets 68% right; we have tried the usual "
            "prompting tricks and a calculator tool for the arithmetic."
        ),
        answers=("reasoning",),
        expect_actions=_s(FINE_TUNE),
        forbid_actions=_s(TRY_PROMPTING_FIRST),
        must_cite=_s("FT-4"),
        beyond_guide=None,
        why=(
            "NFT-2 would say reasoning is not taught by tuning; the evidence qualifies it when there is a strong base, "
            "a checker and spent prompting (deepseek-r1-2025, openai-rft). Expect the RL route, labelled as such."
        ),
        disagreement=(
            "The tree follows NFT-2 for reasoning alone and never asks whether answers can be checked; RL with verifiable rewards (the DeepSeek-R1 result, which qualifies NFT-2) would be a fine-tune here."
        ),
    ),
    Situation(
        id="reviewed-large-model-judgment-summaries",
        zh=(
            "我们用大模型给 5000 份判决书写了摘要，律师逐份审过、改过。现在想换成便宜的 8B 模型批量跑，"
            "可 8B 模型配上最好的提示词，写出的摘要律师只接受六成。"
        ),
        en=(
            "We had a large model summarise 5,000 judgments, and lawyers reviewed and corrected every summary. Now we "
            "want a cheap 8B model to do the bulk work; with our best prompt, lawyers accept only 60% of the 8B's "
            "summaries."
        ),
        answers=("mapping", "nothing-else", "narrow", "works-on-larger"),
        expect_actions=_s(),
        forbid_actions=_s(RETRIEVAL, TRY_PROMPTING_FIRST),
        must_cite=_s("FT-4"),
        beyond_guide=None,
        why="Reviewed large-model outputs as pairs, prompting on the small model spent (FT-4): fine-tune or distil, the two are the same move here.",
    ),
    Situation(
        id="corrected-frontier-ticket-labels",
        zh=(
            "过去一年，我们用一个前沿大模型给进线工单打标签（产品、紧急程度、情绪），打错时由客服更正，累计 7 万条更正后的标签。"
            "我们想换一个能低成本自托管的小模型；即使精心写了提示词，它和这些标签的一致率也只有 74%。"
        ),
        en=(
            "For a year a frontier model labelled our incoming tickets (product, urgency, sentiment), and agents "
            "corrected it when it was wrong: 70,000 corrected labels. We want a small model we can host cheaply; even "
            "with a careful prompt it agrees with those labels only 74% of the time."
        ),
        answers=("mapping", "nothing-else", "narrow", "works-on-larger"),
        expect_actions=_s(),
        forbid_actions=_s(RETRIEVAL, TRY_PROMPTING_FIRST),
        must_cite=_s("FT-3"),
        beyond_guide=None,
        why="A narrow labelling task (FT-3) with 70,000 corrected teacher labels and the small model's prompt spent: fine-tune or distil.",
    ),
    Situation(
        id="companion-thumbs-one-line-prompt",
        zh=(
            "我们游戏的 AI 陪玩角色上线三个月，玩家给回复留下了 4 万条点赞/点踩。运营想马上拿这些数据做偏好训练，"
            "可角色的系统提示词至今只有一句“你是一个友好的伙伴”。"
        ),
        en=(
            "Our game's AI companion has been live for three months, and players have left 40,000 thumbs-up/down ratings "
            "on its replies. Live ops wants to start preference training on them now, yet the character's system prompt "
            "is still one line: 'You are a friendly companion.'"
        ),
        # NO HONEST ANSWER: the data question knows only input→output pairs; 40,000 thumbs-up/down ratings are preference feedback, which no answer describes (not-checked is the nearest)
        answers=("format-style", "nothing-else", "narrow", "not-tried", "not-checked"),
        expect_actions=_s(TRY_PROMPTING_FIRST),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("FT-4"),
        beyond_guide=None,
        why="FT-4: a one-line prompt is not exhausted prompting; the ratings can show what to put into the prompt first.",
    ),
    Situation(
        id="oncology-papers-latest-trials",
        zh=(
            "我们收集了 5 万篇肿瘤学开放获取论文，想要一个能回答肿瘤科医生关于最新临床试验结果的模型。"
            "计划先用这些论文做继续预训练，再做指令微调。"
        ),
        en=(
            "We collected 50,000 open-access oncology papers and want a model that answers oncologists' questions about "
            "the latest trial results. The plan is continued pre-training on the papers, then instruction tuning."
        ),
        answers=("facts", "nothing-else"),
        expect_actions=_s(RETRIEVAL),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("NFT-1", "CORE"),
        beyond_guide=False,
        why="A corpus held, but the need is facts, and recent ones (NFT-1); ovadia-2024: retrieval beat unsupervised training on documents for knowledge.",
    ),
)

# ---- 5. Needs the first question did not name -----------------------------------------------------
_NEW_NEED: tuple[Situation, ...] = (
    Situation(
        id="rag-misses-policy-clauses-no-logs",
        zh=(
            "我们给保险代理人做了一个基于 RAG 的条款问答工具。代理人问“等待期内确诊甲状腺癌赔不赔”，"
            "检索经常拿回别的产品的条款，或者只拿回半句话。工具才试用一个月，没攒下可用的检索日志，也没人标注过问题和条款的对应关系。"
        ),
        en=(
            "We built a RAG-based policy-wording Q&A tool for insurance agents. When an agent asks 'is thyroid cancer "
            "diagnosed during the waiting period covered?', retrieval often returns another product's clauses, or half "
            "a sentence. It has been in trial for a month: no usable search logs, and nobody has labelled which "
            "question belongs to which clause."
        ),
        answers=("retrieval-misses", "no-labels"),
        expect_actions=_s(RETRIEVAL, FIX_RETRIEVAL),
        forbid_actions=_s(TUNE_RETRIEVER, FINE_TUNE),
        must_cite=_s("NFT-1"),
        beyond_guide=None,
        why="Retrieval is the right route (NFT-1) but misses: filter by product, chunk by clause; no pairs exist to train a retriever on.",
    ),
    Situation(
        id="rag-misses-yearbook-tables",
        zh=(
            "我们统计局的助手通过 RAG 从 2000 本 PDF 年鉴里找答案。涉及表格数字的问题（比如“2019 年各县农村居民收入”）"
            "几乎找不到对应页面，因为 PDF 解析出来的表格文字是乱的。我们没有标注过的问题。有供应商提出用这些年鉴微调模型。"
        ),
        en=(
            "Our statistics bureau's assistant answers from 2,000 PDF yearbooks through RAG. Questions about figures in "
            "tables ('rural income by county in 2019') almost never find the right page, because the PDF parser turns "
            "the tables into a jumble. We have no labelled questions. A vendor offers to fine-tune the model on the "
            "yearbooks."
        ),
        answers=("retrieval-misses", "no-labels"),
        expect_actions=_s(RETRIEVAL, FIX_RETRIEVAL),
        forbid_actions=_s(TUNE_RETRIEVER, FINE_TUNE),
        must_cite=_s("NFT-1", "BP-7"),
        beyond_guide=None,
        why="Figures are facts (NFT-1, BP-7); the failure is parsing, so fix the ingestion of tables, not the model.",
    ),
    Situation(
        id="rag-returns-oldest-patch-notes",
        zh=(
            "我们给玩家客服做了 RAG，资料是历年的版本公告和活动说明。玩家问“上赛季的限定皮肤还能不能买”，"
            "检索总是拿回最老的那几版公告。我们没有可用的检索日志。"
        ),
        en=(
            "Our player-support bot uses RAG over years of patch notes and event pages. Asked 'can I still buy last "
            "season's limited skin?', retrieval keeps returning the oldest notes. We have no search logs to use."
        ),
        answers=("retrieval-misses", "no-labels"),
        expect_actions=_s(RETRIEVAL, FIX_RETRIEVAL),
        forbid_actions=_s(TUNE_RETRIEVER, FINE_TUNE),
        must_cite=_s("NFT-1"),
        beyond_guide=None,
        why="Dates and versions as metadata filters and recency ranking fix this without training; no logs to train on anyway.",
    ),
    Situation(
        id="agent-cancels-orders-not-subscriptions",
        zh=(
            "我们的客服智能体有 40 个工具（退款、补发、改地址、取消订阅……）。客户想取消订阅时，它常常调用 cancel_order。"
            "每个工具的描述都只有一行，是开发者随手写的；没人改写过，也没试过把工具分组。我们在考虑用 2000 条调用日志来微调。"
        ),
        en=(
            "Our support agent has 40 tools (refund, reship, change address, cancel subscription...). When a customer "
            "wants to cancel a subscription, it often calls cancel_order. Each tool's description is one line, jotted "
            "down by its developer; nobody has rewritten them or tried grouping the tools. We are thinking of "
            "fine-tuning on 2,000 logged calls."
        ),
        answers=("tool-choice", "nothing-else", "narrow", "not-tried", "not-checked"),
        expect_actions=_s(TARGETED_FIX),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("FT-4"),
        beyond_guide=None,
        why="FT-4: tool descriptions are the prompt for tool choice and have never been worked on; rewrite and group them before training.",
    ),
    Situation(
        id="coding-agent-greps-instead-of-searching",
        zh=(
            "我们的编程智能体能用 25 个工具。需要找函数定义时，它总是用全文 grep，而不是我们的语义代码搜索，结果又慢又不准。"
            "工具描述是从 API 文档里直接复制过来的，系统提示词里也没说什么情况该用哪个工具。"
        ),
        en=(
            "Our coding agent has 25 tools. When it needs a function's definition it keeps using plain grep instead of "
            "our semantic code search, which is slow and inaccurate. The tool descriptions were pasted from the API "
            "docs, and the system prompt never says which tool suits which case."
        ),
        answers=("tool-choice", "nothing-else", "narrow", "not-tried", "not-checked"),
        expect_actions=_s(TARGETED_FIX),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("FT-4"),
        beyond_guide=None,
        why="FT-4: say in the descriptions and system prompt when each tool applies; nothing about tool choice has been tried yet.",
    ),
    Situation(
        id="gov-agent-sixty-department-apis",
        zh=(
            "我们的政务办事智能体接入了 60 多个部门接口。群众问“新生儿怎么上户口”，它经常先调“居住证办理”接口。"
            "接口描述全是各部门报上来的原始名称，我们也还没做过先分类、再选工具的路由。"
        ),
        en=(
            "Our government services agent is connected to more than 60 department APIs. Asked 'how do I register a "
            "newborn in the household register?', it often calls the residence-permit API first. The API descriptions "
            "are the raw names the departments submitted, and we have not tried routing (classify first, then choose "
            "among a few tools)."
        ),
        answers=("tool-choice", "nothing-else", "narrow", "not-tried", "not-checked"),
        expect_actions=_s(TARGETED_FIX),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("FT-4"),
        beyond_guide=None,
        why="FT-4: descriptions and routing are the untried, training-free fixes for picking among many tools.",
    ),
    Situation(
        id="health-bot-small-language-few-sentences",
        zh=(
            "一家公益组织想做一个健康咨询聊天机器人，用一种只有约 20 万人使用的语言。现有模型几乎不懂这种语言，"
            "我们手上只有从健康宣传单翻译来的约 3000 个句子。对方希望我们用这些句子微调一个模型。"
        ),
        en=(
            "An NGO wants a health-advice chatbot in a language with about 200,000 speakers. Models barely know the "
            "language, and all we have is about 3,000 sentences translated from health leaflets. We were asked to "
            "fine-tune a model on them."
        ),
        answers=("new-language", "little-text"),
        expect_actions=_s(FIX_DATA),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("NFT-3"),
        beyond_guide=None,
        why="NFT-3: 3,000 leaflet sentences of one kind cannot teach a language; collect much more (and more varied) text first.",
    ),
    Situation(
        id="county-dialect-radio-scripts-only",
        zh=(
            "我们是县医保服务中心，很多老人只会说本地方言，写下来用的也是方言字。我们想让客服模型看懂并用方言回复，"
            "但能找到的方言文本加起来不到 5 万字，而且大多是同一个广播栏目的稿子。"
        ),
        en=(
            "We are a county medical-insurance service centre; many older people speak only the local dialect and write "
            "it with dialect characters. We want the support model to understand and reply in the dialect, but all the "
            "dialect text we can find comes to under 50,000 characters, mostly scripts from a single radio programme."
        ),
        answers=("new-language", "little-text"),
        expect_actions=_s(FIX_DATA),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("NFT-3", "BP-5"),
        beyond_guide=None,
        why="Too little text (NFT-3), and from one programme (BP-5): collect varied dialect text before any training.",
    ),
    Situation(
        id="persona-names-another-company",
        zh=(
            "我们基于开源模型做了客服助手“小禾”。用户问“你是谁开发的？”，它会说自己是另一家公司的模型。老板很不满，"
            "要求我们微调一下让它“认祖归宗”。系统提示词里目前只写了业务规则，没提身份。"
        ),
        en=(
            "We built our support assistant 'Xiaohe' on an open model. When users ask 'who made you?', it names another "
            "company's model. The boss is unhappy and wants us to fine-tune it so it knows who it is. The system prompt "
            "has our business rules but says nothing about identity."
        ),
        answers=("persona",),
        expect_actions=_s(TARGETED_FIX),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("NFT-4"),
        beyond_guide=None,
        why="NFT-4: a fixed identity is a line in the system prompt; nothing here needs training.",
    ),
    Situation(
        id="innkeeper-npc-admits-being-ai",
        zh=(
            "我们 RPG 里的旅店老板 NPC 由大模型驱动。玩家问“你是 ChatGPT 吗？”，它就爽快地承认自己是 AI 语言模型，沉浸感全没了。"
            "这个角色有完整的人设文档，但传给模型的只有玩家的台词和场景描述。"
        ),
        en=(
            "In our RPG, the innkeeper NPC runs on an LLM. When players ask 'are you ChatGPT?', it cheerfully admits to "
            "being an AI language model, and the immersion is gone. We have a full character bible, but we only pass the "
            "player's line and the scene description to the model."
        ),
        answers=("persona",),
        expect_actions=_s(TARGETED_FIX),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("NFT-4"),
        beyond_guide=None,
        why="NFT-4: the persona exists but never reaches the model; put it in the system prompt.",
    ),
    Situation(
        id="shop-bot-price-and-stock",
        zh=(
            "我们的导购机器人要回答“这款 256G 的蓝色还有货吗、现在多少钱”。价格和库存都在商品库里，每天变几十次。"
            "团队有人想定期把价格表微调进模型。"
        ),
        en=(
            "Our shopping bot must answer 'is the 256 GB blue one in stock, and what does it cost now?'. Prices and stock "
            "live in our product database and change dozens of times a day. Someone on the team wants to fine-tune the "
            "price list into the model on a schedule."
        ),
        answers=("exact-lookup",),
        expect_actions=_s(RETRIEVAL, TARGETED_FIX),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("NFT-1", "BP-7"),
        beyond_guide=None,
        why="NFT-1's own example (product data) and BP-7; an exact lookup is best a database or tool call, not a fuzzy search.",
    ),
    Situation(
        id="icd-codes-exact-from-table",
        zh=(
            "我们的临床编码助手必须给出诊断对应的确切 ICD-10 编码，而且要与官方编码表逐字符一致。模型有时会给出看似合理、"
            "实际并不存在的编码。我们原本打算用编码表微调它。"
        ),
        en=(
            "Our clinical coding assistant must return the exact ICD-10 code for a diagnosis, matching the official code "
            "table character for character. The model sometimes gives codes that look plausible but do not exist. We "
            "were going to fine-tune it on the code table."
        ),
        answers=("exact-lookup",),
        expect_actions=_s(RETRIEVAL, TARGETED_FIX),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("NFT-1", "BP-7"),
        beyond_guide=None,
        why="The code table is knowledge (NFT-1, BP-7): look codes up from the table (search plus a lookup tool), never from the weights.",
    ),
    Situation(
        id="transfer-fees-and-fx-rates",
        zh=(
            "我们银行 App 的助手要回答跨境汇款手续费和当日汇率。费率表按币种、金额档位和客户等级分成几百行，"
            "汇率每天更新好几次。目前模型靠提示词里贴的一段旧费率表作答，经常套错档位。"
        ),
        en=(
            "Our banking app's assistant answers questions about cross-border transfer fees and today's exchange rates. "
            "The fee table has hundreds of rows by currency, amount band and customer tier, and rates update several "
            "times a day. Right now the model answers from an old fee table pasted into the prompt and often picks "
            "the wrong band."
        ),
        answers=("exact-lookup",),
        expect_actions=_s(RETRIEVAL, TARGETED_FIX),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("NFT-1", "BP-7"),
        beyond_guide=None,
        why="Live rates and a banded fee table are facts to fetch (NFT-1, BP-7); the band lookup belongs in a tool, not in the model's reading.",
    ),
    Situation(
        id="ceo-wants-own-model-all-data",
        zh=(
            "我们 CEO 开完一场大会回来，要求做“我们自己的大模型，用公司全部数据微调”。具体用在哪儿还没定，"
            "只有一个装着订单、聊天记录、商品页和人事档案的数据湖，还有一笔 GPU 预算。"
        ),
        en=(
            "Our CEO came back from a conference wanting 'our own model, fine-tuned on all our data'. There is no use "
            "case yet; we have a data lake of orders, chat logs, product pages and HR files, and a GPU budget."
        ),
        answers=("own-model",),
        expect_actions=_s(DEFINE_TASK),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("BP-1", "BP-6"),
        beyond_guide=None,
        why="BP-1 (be clear what pattern the tune is for) and BP-6 (one well-defined problem per tune): no task, no tune.",
    ),
    Situation(
        id="bureau-told-to-build-industry-model",
        zh=(
            "上级要求我们局今年“打造自主可控的行业大模型”。各处室的需求五花八门：写材料、答群众问题、审批辅助都有人提，"
            "但没有哪项任务被明确下来，也没有评价标准。"
        ),
        en=(
            "Our bureau has been told to 'build an industry model under our own control' this year. The departments' "
            "wishes are all over the place, drafting documents, answering the public, assisting approvals, but no task "
            "has been pinned down and there is no way to judge success."
        ),
        answers=("own-model",),
        expect_actions=_s(DEFINE_TASK),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("BP-1", "BP-6"),
        beyond_guide=None,
        why="BP-1 and BP-6: pick one well-defined task and a way to judge it before choosing any technique.",
    ),
    Situation(
        id="partner-wants-firm-legal-ai",
        zh=(
            "一位合伙人希望律所拥有“自己的法律 AI”，好写进官网和投标材料。问它具体做什么，答案从“回答客户问题”"
            "到“体现我们很创新”都有。没人选定任务，也没人收集过任何样本。"
        ),
        en=(
            "A partner wants the firm to have 'its own legal AI' for the website and pitch documents. Asked what it should "
            "do, people answer anything from 'answer clients' questions' to 'show we are innovative'. Nobody has picked a "
            "task or collected a single example."
        ),
        answers=("own-model",),
        expect_actions=_s(DEFINE_TASK),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("BP-1"),
        beyond_guide=None,
        why="BP-1: a goal comes before a model; 'our own AI' is not yet a task.",
    ),
)

SITUATIONS_V3: tuple[Situation, ...] = (
    *_TROUBLESHOOTING,
    *_OTHER_MODEL,
    *_CONSTRAINT,
    *_DATA_HELD,
    *HELD_MORE,
    *MORE,
    *_NEW_NEED,
)

KIND: dict[str, str] = {
    **dict.fromkeys((s.id for s in _TROUBLESHOOTING), "troubleshooting"),
    **dict.fromkeys((s.id for s in _OTHER_MODEL), "other-model"),
    **dict.fromkeys((s.id for s in _CONSTRAINT), "constraint"),
    **dict.fromkeys((s.id for s in (*_DATA_HELD, *HELD_MORE, *MORE)), "data-held"),
    **dict.fromkeys((s.id for s in _NEW_NEED), "new-need"),
}
