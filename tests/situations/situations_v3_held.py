# Bilingual prose data (as in situations.py): Han characters count double against the line length.
# ruff: noqa: E501
"""Held-out reader situations for tree v3: what a team holds (issue 22, item 6).

These twelve situations were written blind, for issue 22 item 6 (what a team holds): their texts
and expectations come from the guide (the Chinese source text), `evidence.md` and the rules'
statements in `design.md` only, and were fixed *before* any question of the tree was read. Nothing
under `decision_tree/` was read and its CLI was not run. The answers were picked afterwards, one
question at a time, from the question texts and answer labels alone, as the team would honestly
answer; no expectation was changed after reading the questions.

Each team holds one of three shapes of data, four teams each: outputs only (finished texts whose
inputs were never kept), ratings or A-versus-B choices, or a checker (a program or tests that mark
any answer right or wrong, with few reference answers). Across them, some teams also need facts
that change or that the model cannot know, and some have not yet seriously worked on prompting
while others have iterated and measured prompts that stopped improving.

Expectations name actions by their plain string values, as in `situations.py`. Preference tuning
(DPO, KTO) and reinforcement fine-tuning against a checker are fine-tunes the guide does not
describe; `why` names the source where advice goes beyond the guide. `forbid_actions` are kept
conservative: only what neither the guide nor clear practice grounds.
"""

from __future__ import annotations

from tests.situations.situations import (
    FINE_TUNE,
    FIX_DATA,
    RETRIEVAL,
    TRY_PROMPTING_FIRST,
    Situation,
    _s,
)

# ---- Outputs only: finished texts whose inputs were never kept --------------------------------------
_OUTPUTS_ONLY: tuple[Situation, ...] = (
    # facts needed + prompting not tried
    Situation(
        id="travel-itineraries-sent-no-requests",
        zh=(
            "我们是一家旅行社，想让模型根据客户的出行需求直接写出行程方案，方案里要报出本月的线路价格和出团日期，"
            "这些每个月都会调整。手头有过去三年发出的 8000 份行程方案 PDF，但客户当初的需求留言没有保存下来。"
            "到目前为止，我们只用一句话的提示词让模型试写过一次。"
        ),
        en=(
            "We are a travel agency and want a model that writes a full itinerary from a customer's travel request, "
            "quoting this month's tour prices and departure dates, which change every month. We have 8,000 itinerary "
            "PDFs sent over the last three years, but the customers' requests were never kept. So far we have asked "
            "the model once, with a one-sentence prompt."
        ),
        answers=("mapping", "also-facts", "narrow", "not-tried", "outputs-only"),
        expect_actions=_s(RETRIEVAL, TRY_PROMPTING_FIRST, FIX_DATA),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("NFT-1", "FT-4", "BP-2"),
        beyond_guide=None,
        why=(
            "Prices and dates are facts that change (NFT-1, BP-7): retrieve them. A one-sentence prompt tried once is "
            "not exhausted prompting (FT-4). Itineraries without their requests show no input→output mapping (BP-2), "
            "so the data must be rebuilt before any tune (NFT-3)."
        ),
    ),
    # facts needed + prompting exhausted
    Situation(
        id="claim-letters-without-claim-files",
        zh=(
            "我们想让模型起草理赔决定函，函中要引用客户保单当年有效的条款，而条款每年都会修订。我们保存了 3 万封已寄出的决定函，"
            "但对应的理赔案卷在旧系统里，迁移时没有一起导出。提示词我们已经迭代了四个月，每一版都在 300 个案件上请合规部门打分，"
            "最近几版的退回率一直停在 25% 左右，主要是结构和措辞问题。"
        ),
        en=(
            "We want a model to draft claim decision letters that quote the terms of the customer's policy as they "
            "stood that year; the terms are revised every year. We kept 30,000 sent decision letters, but the claim "
            "files they answered lived in an old system and were not exported when we migrated. We have iterated on "
            "the prompt for four months, scoring every version with the compliance team on 300 cases; the last few "
            "versions are all stuck at about 25% rejected, mostly for structure and wording."
        ),
        answers=("mapping", "also-facts", "narrow", "tried-failed", "outputs-only"),
        expect_actions=_s(RETRIEVAL, FIX_DATA),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("NFT-1", "BP-2", "NFT-3"),
        beyond_guide=None,
        why=(
            "Policy terms by year are facts (NFT-1, BP-7): retrieve them. Prompting is spent (FT-4), but letters "
            "without their claim files show no claim→letter mapping (BP-2): rebuild pairs (recover the files, or have "
            "handlers write the inputs for a varied sample) before any tune (NFT-3)."
        ),
    ),
    # no facts needed + prompting not tried
    Situation(
        id="brand-slogans-without-briefs",
        zh=(
            "我们想让模型根据产品简报写一句话的品牌口号，语气要像我们的文案团队。我们攒下了文案们十年来写的 5000 条口号，"
            "但当初的产品简报都没有存档。提示词只试过一次：“为这个产品写一句口号”，然后就把口号库交给了算法组，准备微调。"
        ),
        en=(
            "We want a model that writes a one-line brand slogan from a product brief, in our copy team's voice. We "
            "have 5,000 slogans our copywriters wrote over ten years, but the product briefs were never archived. We "
            "tried one prompt once ('write a slogan for this product') and then handed the slogan library to the ML "
            "team to fine-tune on."
        ),
        answers=("format-style", "nothing-else", "narrow", "not-tried", "outputs-only"),
        expect_actions=_s(TRY_PROMPTING_FIRST, FIX_DATA),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("FT-4", "BP-2"),
        beyond_guide=None,
        why=(
            "One-line slogans are FT-1's own ground, but one prompt tried once is not exhausted prompting (FT-4); "
            "the slogans can serve as style examples in the prompt. As training data they lack the briefs (BP-2), so "
            "pairs must be built before any tune (NFT-3)."
        ),
    ),
    # no facts needed + prompting exhausted
    Situation(
        id="release-notes-commit-history-lost",
        zh=(
            "我们想让模型把每个版本的提交记录和工单列表写成我们固定风格的发布说明。三年来发布过的 400 多份发布说明都在，"
            "可代码仓库迁移时历史被压成了一个提交，工单系统也换过，说明对应的提交和工单已经找不回来。"
            "提示词我们反复改了六周，每版都在 40 个版本上由技术写作打分，分数早就不再上升。"
        ),
        en=(
            "We want a model that turns each release's commits and tickets into release notes in our fixed house "
            "style. We have all 400-odd release notes published over three years, but the repository history was "
            "squashed into one commit during a migration and the ticket system was replaced, so the commits and "
            "tickets behind each note are gone. We reworked the prompt for six weeks, with technical writers scoring "
            "each version on 40 releases, and the score stopped rising long ago."
        ),
        answers=("mapping", "nothing-else", "narrow", "tried-failed", "outputs-only"),
        expect_actions=_s(FIX_DATA),
        forbid_actions=_s(FINE_TUNE, TRY_PROMPTING_FIRST),
        must_cite=_s("BP-2", "NFT-3"),
        beyond_guide=None,
        why=(
            "Prompting is spent (FT-4) and the task is a narrow mapping (FT-2), but notes without their commits and "
            "tickets show no input→output mapping (BP-2): collect pairs from new releases first (NFT-3)."
        ),
    ),
)

# ---- Ratings or A-versus-B choices --------------------------------------------------------------------
_RATINGS: tuple[Situation, ...] = (
    # facts needed + prompting not tried
    Situation(
        id="card-fees-thumbs-one-line-prompt",
        zh=(
            "我们银行 App 里的助手要回答信用卡年费、分期费率和本月优惠活动的问题，这些每个月都会变。试点两个月，"
            "用户对回答点了 5 万次赞或踩。系统提示词至今只有一句“你是某某银行的智能客服”。产品经理想直接拿这些点赞点踩做 DPO。"
        ),
        en=(
            "The assistant in our bank's app answers questions about card annual fees, instalment rates and this "
            "month's promotions, which change every month. In a two-month pilot, users gave 50,000 thumbs up or down "
            "on its answers. The system prompt is still one line ('You are the smart assistant of X Bank'). The "
            "product manager wants to run DPO on the thumbs straight away."
        ),
        answers=("facts", "nothing-else"),
        expect_actions=_s(RETRIEVAL, TRY_PROMPTING_FIRST),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("NFT-1", "FT-4"),
        beyond_guide=None,
        why=(
            "Fees, rates and promotions change monthly: facts for retrieval (NFT-1, BP-7), and many thumbs-down are "
            "likely stale facts no tune can fix. A one-line system prompt is not exhausted prompting (FT-4); "
            "preference tuning can wait."
        ),
        disagreement=(
            "A facts-only team whose first plan is a preference tune on 50,000 thumbs: the facts route ends at use-rag and never hears of the ratings, so the card neither says the one-line prompt is unexhausted (FT-4) nor that thumbs-down on stale fees are a retrieval problem. A later tree could ask a facts-only team what it meant to train on."
        ),
    ),
    # facts needed + prompting exhausted
    Situation(
        id="travel-insurance-ab-replies-exhausted",
        zh=(
            "我们的旅行险在线客服要按本季度的保障条款和理赔流程回答客户，这些条款每季度更新一次，现在是贴在提示词里的。"
            "资深坐席在两份候选回复中挑更好的一份，已经挑了 1.2 万次。提示词迭代了三个月，每版都在 500 个留出对话上评估，"
            "坐席仍因语气生硬和结构混乱否掉约三成回复，最近几版没有任何改善。助手只做这一件事。"
        ),
        en=(
            "Our travel-insurance chat support must answer customers according to this quarter's coverage terms and "
            "claims process; the terms are updated every quarter and are pasted into the prompt today. Senior agents "
            "have picked the better of two candidate replies 12,000 times. We have iterated on the prompt for three "
            "months, evaluating every version on 500 held-out conversations; agents still reject about 30% of replies "
            "for a stiff tone and muddled structure, and the last few versions brought no improvement. The assistant "
            "does only this one job."
        ),
        answers=("format-style", "also-facts", "narrow", "tried-failed", "preferences"),
        expect_actions=_s(RETRIEVAL, FINE_TUNE),
        forbid_actions=_s(TRY_PROMPTING_FIRST),
        must_cite=_s("NFT-1", "FT-4"),
        beyond_guide=None,
        why=(
            "Quarterly terms are facts: keep them in retrieval, not in the weights (NFT-1, BP-7). Tone and structure "
            "are FT-1's ground, prompting is spent (FT-4) and the task is narrow (FT-3): preference tuning (DPO) on "
            "the A/B picks may be justified, a fine-tune the guide does not describe (it speaks of pairs only)."
        ),
    ),
    # no facts needed + prompting not tried
    Situation(
        id="cipai-poems-thumbs-no-prompt-work",
        zh=(
            "我们的诗词 App 让模型按指定词牌填词，比如《浣溪沙》《蝶恋花》，字数、平仄和押韵都要合词谱。用户给生成的作品点了 3 万次赞或踩。"
            "提示词只有一句“请以某词牌写一首词”，没有放词谱，也没有给过范例。我们想用这些评分做偏好训练。"
        ),
        en=(
            "Our poetry app has the model write ci poems to a named tune pattern (cipai), such as Huanxisha or "
            "Dielianhua, whose line lengths, tones and rhymes must follow the pattern. Users have given 30,000 thumbs "
            "up or down on the poems. The prompt is one sentence ('write a ci to the tune X'), with no pattern "
            "template and no example. We want to do preference training on the ratings."
        ),
        answers=("format-style", "nothing-else", "narrow", "not-tried", "preferences"),
        expect_actions=_s(TRY_PROMPTING_FIRST),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("FT-4"),
        beyond_guide=None,
        why=(
            "A fixed cipai format is FT-1's own example, but prompting has not been tried: put the pattern and a few "
            "model poems in the prompt and measure first (FT-4). Preference tuning comes only after that stops helping."
        ),
    ),
    # facts needed + prompting not tried
    Situation(
        id="hr-policy-ab-picks-default-prompt",
        zh=(
            "我们做了一个内部 HR 助手，回答员工关于年假、报销标准和差旅补贴的问题，这些制度每季度都会修订。试运行期间，"
            "HR 同事在两份草拟答案中挑更好的一份，累计挑了 6000 次。助手用的是平台默认的系统提示词，我们还没专门写过提示词。"
            "想用这 6000 次选择把模型调得更懂公司制度。"
        ),
        en=(
            "We built an internal HR assistant that answers staff questions about annual leave, expense limits and "
            "travel allowances; these policies are revised every quarter. During the trial, HR staff picked the better "
            "of two draft answers 6,000 times. The assistant uses the platform's default system prompt; we have not "
            "written a prompt of our own yet. We want to use the 6,000 picks to tune the model to know our policies "
            "better."
        ),
        answers=("facts", "nothing-else"),
        expect_actions=_s(RETRIEVAL, TRY_PROMPTING_FIRST),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("NFT-1", "BP-7", "FT-4"),
        beyond_guide=None,
        why=(
            "Knowing the policies is knowledge, and it changes each quarter: integrate it through retrieval, do not "
            "instil it (NFT-1, BP-7). No prompt has been written yet (FT-4)."
        ),
        disagreement=(
            "A facts-only team holding A-versus-B picks and a default prompt: the facts route ends at use-rag and never hears of the picks or the prompt, so the card does not say that prompting comes before any preference tune (FT-4). A later tree could ask a facts-only team what it meant to train on."
        ),
    ),
)

# ---- A checker: a program or tests mark any answer right or wrong ----------------------------------------
_CHECKER: tuple[Situation, ...] = (
    # facts needed + prompting not tried
    Situation(
        id="terraform-policy-checker-one-prompt",
        zh=(
            "我们想让模型为内部云平台写 Terraform 配置。平台的模块清单和命名、标签规范由平台组维护，每个月都会变。"
            "我们有一套检查程序：terraform validate 加上 OPA 策略检查，任何配置都能自动判定合规或不合规；手写的标准答案只有 30 份左右。"
            "到现在只用一个简单的提示词试过一次，通过率很低。"
        ),
        en=(
            "We want a model that writes Terraform for our internal cloud platform. The platform team maintains the "
            "module list and the naming and tagging rules, which change every month. We have a checker, terraform "
            "validate plus OPA policy checks, that marks any configuration compliant or not; we have only about 30 "
            "hand-written reference configurations. So far we have tried one simple prompt once, and few outputs pass."
        ),
        answers=("mapping", "also-facts", "narrow", "not-tried", "grader"),
        expect_actions=_s(RETRIEVAL, TRY_PROMPTING_FIRST),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("NFT-1", "FT-4"),
        beyond_guide=None,
        why=(
            "The module list and rules change monthly: retrieve them (NFT-1, BP-7). One prompt tried once is not "
            "exhausted prompting (FT-4); the checker is a ready-made eval for prompt iterations before any "
            "reinforcement fine-tuning."
        ),
    ),
    # facts needed + prompting exhausted
    Situation(
        id="router-configs-emulator-exhausted",
        zh=(
            "我们的售后助手要按客户的需求写出路由器配置命令。我们卖 300 多款设备，固件每月发版，各版本的命令集都有出入。"
            "我们有设备模拟器，能把任何一份配置下发上去，再跑连通性测试，自动判定对错；但写好的标准配置只有几十份。"
            "提示词和少样本示例优化了两个月，在 400 个留出需求上的通过率停在 62%，最近几版不再提高。助手只做这一件事。"
        ),
        en=(
            "Our after-sales assistant writes router configuration commands from a customer's request. We sell more "
            "than 300 devices, firmware ships monthly, and each version's command set differs. We have a device "
            "emulator that applies any configuration and runs connectivity tests, marking it right or wrong, but only "
            "a few dozen reference configurations. Prompts and few-shot examples have been optimised for two months; "
            "the pass rate on 400 held-out requests is stuck at 62%, and recent versions no longer improve it. The "
            "assistant does only this one job."
        ),
        answers=("mapping", "also-facts", "narrow", "tried-failed", "grader"),
        expect_actions=_s(RETRIEVAL, FINE_TUNE),
        forbid_actions=_s(TRY_PROMPTING_FIRST),
        must_cite=_s("NFT-1", "FT-4"),
        beyond_guide=None,
        why=(
            "Each firmware's command set is a fact that changes monthly: retrieve the right command reference "
            "(NFT-1, BP-7). Prompting is spent (FT-4) on one narrow mapping (FT-2, FT-3), and the emulator is a "
            "checkable reward: reinforcement fine-tuning against it (openai-rft, deepseek-r1-2025), beyond the guide."
        ),
    ),
    # no facts needed + prompting not tried
    Situation(
        id="log-filter-regex-tests-untried",
        zh=(
            "我们想让运维同事用自然语言描述要过滤的日志，比如“所有 5xx 且耗时超过 2 秒的请求”，由模型写出对应的正则表达式。"
            "每条描述我们都配好了正例和反例字符串，脚本能自动判定任何一个正则对不对，但标准正则几乎没写。"
            "提示词只试过一次，是一句“把下面的描述写成正则”。"
        ),
        en=(
            "We want our ops staff to describe in plain words which log lines to filter, such as 'every 5xx request "
            "that took over 2 seconds', and have the model write the matching regular expression. For each "
            "description we have matching and non-matching strings, and a script marks any regex right or wrong, but "
            "we have written almost no reference regexes. We tried one prompt once: 'write the following description "
            "as a regex'."
        ),
        answers=("mapping", "nothing-else", "narrow", "not-tried", "grader"),
        expect_actions=_s(TRY_PROMPTING_FIRST),
        forbid_actions=_s(FINE_TUNE),
        must_cite=_s("FT-4"),
        beyond_guide=None,
        why=(
            "A narrow mapping (FT-2), but prompting is untried (FT-4): examples in the prompt and the test strings "
            "as an eval come before any tune."
        ),
    ),
    # no facts needed + prompting exhausted
    Situation(
        id="error-message-rewrite-checker-exhausted",
        zh=(
            "我们要把产品里 1.5 万条报错信息改写成普通用户看得懂的说法：不超过 80 个字符，{file}、{count} 这类占位符一个都不能丢，"
            "可读性要达到小学六年级水平。有个脚本能自动检查长度、占位符和可读性，判定每条改写是否合格；人工改好的范例只有 50 条。"
            "提示词迭代了五周，每版都在 500 条上跑检查，合格率停在 70% 上不去了。模型只做这一件事。"
        ),
        en=(
            "We need to rewrite 15,000 error messages in our product so that ordinary users understand them: at most "
            "80 characters, every placeholder such as {file} or {count} kept, and a grade-6 reading level. A script "
            "checks length, placeholders and readability and marks each rewrite pass or fail; we have only 50 "
            "hand-rewritten examples. We iterated on the prompt for five weeks, running the checker on 500 messages "
            "for each version, and the pass rate is stuck at 70%. The model does only this one job."
        ),
        answers=("format-style", "nothing-else", "narrow", "tried-failed", "grader"),
        expect_actions=_s(FINE_TUNE),
        forbid_actions=_s(TRY_PROMPTING_FIRST, RETRIEVAL),
        must_cite=_s("FT-4"),
        beyond_guide=None,
        why=(
            "Format and length are FT-1's ground, prompting is spent (FT-4) and the task is narrow (FT-3); no facts "
            "are needed. With few examples but a checker, reinforcement fine-tuning against it (openai-rft) is the "
            "fine-tune, beyond the guide."
        ),
    ),
)

HELD_MORE: tuple[Situation, ...] = (*_OUTPUTS_ONLY, *_RATINGS, *_CHECKER)
