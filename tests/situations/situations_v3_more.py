# Bilingual prose data (as in situations.py): Han characters count double against the line length.
# ruff: noqa: E501
"""More reader situations for tree v3: a format or style, the facts it needs, what a team holds.

These eight situations were written blind: their texts and expectations come from the guide (the
Chinese source text), `evidence.md` and the rules' statements in `design.md` only, and were fixed
*before* any question of the tree was read. Nothing under `decision_tree/` was read and its CLI was
not run. The answers were picked afterwards, one question at a time, from the question texts and
answer labels alone, as the team would honestly answer; no expectation was changed after reading
the questions.

All eight teams want a format or style (a fixed report layout, a brand voice, a document template)
from a model that does one narrow job. Two need no outside facts, have not seriously worked on
prompting, and hold input→output pairs that are too few or full of errors. Six also need facts that
change every month (a catalogue, prices, policies): one has iterated and measured prompts that
stopped improving and holds plenty of sound, varied pairs with edge cases; five have not seriously
worked on prompting and hold, in turn, sound pairs, too few or flawed pairs, thumbs-up/down ratings,
a checker with few reference answers, or pairs nobody has ever looked at.

Expectations name actions by their plain string values, as in `situations.py`. Preference tuning
(DPO, KTO) and reinforcement fine-tuning against a checker are fine-tunes the guide does not
describe. `forbid_actions` hold every action the guide gives the team no ground for; only what is
genuinely open is left out.
"""

from __future__ import annotations

from tests.situations.situations import (
    ADD_EDGE_CASES,
    DISTIL,
    FINE_TUNE,
    FIX_DATA,
    NARROW_SCOPE,
    PROMPT_ENGINEERING,
    REASONING_ALTERNATIVES,
    RETRIEVAL,
    TRY_PROMPTING_FIRST,
    Situation,
    _s,
)

# ---- No outside facts, prompting not tried, pairs too few or full of errors ---------------------------
_NO_FACTS: tuple[Situation, ...] = (
    Situation(
        id="meeting-minutes-template-few-wrong-pairs",
        zh=(
            "我们想让模型把会议录音的转写稿整理成公司固定模板的会议纪要：议题、决议、负责人、截止日期四栏，措辞要简洁。"
            "纪要需要的信息都在转写稿里，不用任何外部资料，模型也只做这一件事。提示词只试过一次，就一句“把下面的会议记录整理成纪要”。"
            "我们手上只有 45 组“转写稿→纪要”样本，抽查时还发现好几份把负责人和截止日期写错了。"
        ),
        en=(
            "We want a model that turns meeting transcripts into minutes in our company's fixed template: four "
            "columns for topic, decision, owner and deadline, in terse wording. Everything the minutes need is in the "
            "transcript, no outside information is needed, and the model does only this one job. We tried one prompt "
            "once, a single line: 'turn the following meeting notes into minutes'. We have only 45 "
            "transcript→minutes pairs, and a spot check found several with the wrong owner or deadline."
        ),
        answers=("format-style", "nothing-else", "narrow", "not-tried", "small-or-flawed"),
        expect_actions=_s(TRY_PROMPTING_FIRST, FIX_DATA),
        forbid_actions=_s(
            FINE_TUNE, RETRIEVAL, PROMPT_ENGINEERING, NARROW_SCOPE, REASONING_ALTERNATIVES, ADD_EDGE_CASES, DISTIL
        ),
        must_cite=_s("FT-4", "NFT-3"),
        beyond_guide=False,
        why=(
            "A fixed template is FT-1's ground, but one prompt tried once is not exhausted prompting (FT-4, NFT-4): "
            "put the template and a few minutes in the prompt first. 45 pairs with wrong owners and deadlines are too "
            "few and flawed (NFT-3): correct and extend them before any tune. No facts from outside are needed."
        ),
    ),
    Situation(
        id="merchant-copy-brand-voice-vendor-errors",
        zh=(
            "我们是一家电商平台，想让模型把商家提交的商品描述改写成平台统一的品牌语气：短句、第二人称、不用夸张词。"
            "改写只依据商家原文，不需要补充任何外部信息，模型也只做这一件事。外包团队两年来交付了 2 万组“原文→改写”样本，"
            "但我们随机抽查了 300 组，约四成有问题：参数抄错、语气不对，或者干脆照抄原文。"
            "提示词只试过一次，是一句“用我们的品牌语气改写这段描述”。"
        ),
        en=(
            "We are an e-commerce platform and want a model that rewrites merchants' product descriptions in our "
            "platform's single brand voice: short sentences, second person, no hype words. The rewrite draws only on "
            "the merchant's text, no outside information is needed, and the model does only this one job. An "
            "outsourcing vendor delivered 20,000 original→rewrite pairs over two years, but in a random audit of 300 "
            "of them about four in ten were wrong: specs copied wrongly, the wrong tone, or the original left "
            "unchanged. We tried one prompt once: 'rewrite this description in our brand voice'."
        ),
        answers=("format-style", "nothing-else", "narrow", "not-tried", "small-or-flawed"),
        expect_actions=_s(TRY_PROMPTING_FIRST, FIX_DATA),
        forbid_actions=_s(
            FINE_TUNE, RETRIEVAL, PROMPT_ENGINEERING, NARROW_SCOPE, REASONING_ALTERNATIVES, ADD_EDGE_CASES, DISTIL
        ),
        must_cite=_s("FT-4", "NFT-3"),
        beyond_guide=False,
        why=(
            "A brand voice is FT-1's ground, but one prompt tried once is not exhausted prompting (FT-4, NFT-4). "
            "20,000 pairs of which about 40% are wrong are garbage in, garbage out (NFT-3): filter or correct them "
            "before any tune; size does not make up for errors."
        ),
    ),
)

# ---- Facts that change monthly, as well as the format or style ---------------------------------------
_ALSO_FACTS: tuple[Situation, ...] = (
    # prompting exhausted + sound pairs with edge cases
    Situation(
        id="telecom-plan-replies-layout-exhausted-good-pairs",
        zh=(
            "我们是一家运营商，在线客服要按固定版式回复套餐咨询：先给推荐结论，再列出套餐名称、月费和合约期，最后附上办理渠道。"
            "回复里要报出当月的套餐和资费，而套餐目录和资费每个月都会调整。版式方面的提示词我们迭代了两个月，"
            "每一版都在 400 条留出咨询上由质检组打分，最近几版的版式合格率一直停在 88%，不再提高。"
            "我们有 3000 组核对过的“咨询→回复”样本，问题类型五花八门，也包括语无伦次、答非所问和带辱骂的来信。这个模型只写这一种回复。"
        ),
        en=(
            "We are a mobile operator, and our online support must answer plan enquiries in a fixed layout: the "
            "recommendation first, then the plan name, monthly fee and contract term, and last how to sign up. "
            "Replies quote this month's plans and prices, and the catalogue and prices change every month. We have "
            "iterated on the layout prompt for two months, with the quality team scoring every version on 400 "
            "held-out enquiries; the layout pass rate of the last few versions is stuck at 88%. We have 3,000 checked "
            "enquiry→reply pairs covering every kind of question, including rambling, off-topic and abusive "
            "messages. The model writes only these replies."
        ),
        answers=("format-style", "also-facts", "narrow", "tried-failed", "good"),
        expect_actions=_s(RETRIEVAL, FINE_TUNE),
        forbid_actions=_s(
            PROMPT_ENGINEERING,
            TRY_PROMPTING_FIRST,
            FIX_DATA,
            NARROW_SCOPE,
            REASONING_ALTERNATIVES,
            ADD_EDGE_CASES,
            DISTIL,
        ),
        must_cite=_s("NFT-1", "FT-1", "FT-4"),
        beyond_guide=False,
        why=(
            "Plans and prices change monthly: facts for retrieval, not for the weights (NFT-1, BP-7). The layout is "
            "FT-1's ground, prompting is measured and spent (FT-4), the task is one narrow job (FT-3, BP-6), and the "
            "pairs are checked, varied and hold edge cases (BP-2..BP-5): fine-tune the layout, retrieve the facts."
        ),
    ),
    # prompting not tried + sound pairs with edge cases
    Situation(
        id="appliance-after-sales-voice-untried-good-pairs",
        zh=(
            "我们是一家家电品牌，想让模型用我们的品牌语气写售后回复：先共情，再给处理方案，结尾固定一句品牌口号。"
            "回复里要引用现行的保修政策和配件价格，这两样每个月都会更新。我们有 5000 组客服主管核对过的“来信→回复”样本，"
            "覆盖各个品类和问题类型，也包括投诉升级、语无伦次和故意刁难的来信。提示词还没认真做过，目前只有一句“你是某某品牌的售后客服”。"
            "模型只做这一件事。"
        ),
        en=(
            "We are a home-appliance brand and want a model that writes after-sales replies in our brand voice: "
            "empathy first, then the fix, closing with our fixed brand line. Replies must quote the current warranty "
            "policy and spare-part prices, both updated every month. We have 5,000 message→reply pairs checked by "
            "support leads, covering every product line and kind of problem, including escalated complaints, "
            "incoherent messages and deliberately difficult ones. We have not yet worked on the prompt seriously; it "
            "is one line: 'You are the after-sales agent of brand X'. The model does only this one job."
        ),
        answers=("format-style", "also-facts", "narrow", "not-tried", "good"),
        expect_actions=_s(RETRIEVAL, TRY_PROMPTING_FIRST),
        forbid_actions=_s(
            FINE_TUNE,
            PROMPT_ENGINEERING,
            FIX_DATA,
            NARROW_SCOPE,
            REASONING_ALTERNATIVES,
            ADD_EDGE_CASES,
            DISTIL,
        ),
        must_cite=_s("NFT-1", "FT-4"),
        beyond_guide=False,
        why=(
            "Warranty policy and part prices change monthly: retrieve them (NFT-1, BP-7). The pairs are sound "
            "(checked, varied, with edge cases), but a one-line prompt is not exhausted prompting (FT-4, NFT-4): "
            "prompt with a few of the pairs as examples and measure before any tune."
        ),
    ),
    # prompting not tried + pairs too few or flawed
    Situation(
        id="car-quote-emails-template-few-stale-pairs",
        zh=(
            "我们是一家汽车经销商集团，想让模型按固定模板写报价邮件：车型配置、裸车价、当月金融方案、赠品，最后是销售顾问的签名。"
            "车型价格和金融政策每个月都会变。提示词只试过一次，是一句“根据客户需求写一封报价邮件”。"
            "能用作样本的“询价→报价邮件”只有 60 组左右，不少邮件里的价格早已过期，还有几封的合计金额算错了。模型只做这一件事。"
        ),
        en=(
            "We are a car dealer group and want a model that writes quote emails in a fixed template: model and trim, "
            "list price, this month's finance offer, free extras, and the sales adviser's signature. Model prices "
            "and finance terms change every month. We tried one prompt once: 'write a quote email for this "
            "customer's request'. We have only about 60 enquiry→quote-email pairs we could use; many quote prices "
            "that have long expired and a few have wrong totals. The model does only this one job."
        ),
        answers=("format-style", "also-facts", "narrow", "not-tried", "small-or-flawed"),
        expect_actions=_s(RETRIEVAL, TRY_PROMPTING_FIRST, FIX_DATA),
        forbid_actions=_s(FINE_TUNE, PROMPT_ENGINEERING, NARROW_SCOPE, REASONING_ALTERNATIVES, ADD_EDGE_CASES, DISTIL),
        must_cite=_s("NFT-1", "FT-4", "NFT-3"),
        beyond_guide=False,
        why=(
            "Prices and finance offers change monthly: retrieve them (NFT-1, BP-7). One prompt tried once is not "
            "exhausted prompting (FT-4, NFT-4). About 60 pairs with stale prices and wrong totals are too few and "
            "flawed (NFT-3): fix them before any tune."
        ),
    ),
    # prompting not tried + thumbs up/down only
    Situation(
        id="airline-replies-brand-voice-thumbs-one-line",
        zh=(
            "我们航空公司想让客服助手用统一的品牌语气回复旅客：礼貌但不啰嗦，先给结论再给依据。"
            "回复里常要引用行李额度、改退签规则和票价，这些每个月都会调整。助手试运行了三个月，旅客对回复点了 4 万次赞或踩，"
            "但我们没有人工写好的标准回复。系统提示词至今只有一句“你是某某航空的客服”。助手只做这一件事。"
        ),
        en=(
            "Our airline wants its support assistant to answer passengers in one brand voice: polite but brief, the "
            "answer first and the reason after. Replies often quote baggage allowances, change and refund rules, and "
            "fares, which change every month. In a three-month trial passengers gave 40,000 thumbs up or down on its "
            "replies, but we have no hand-written reference replies. The system prompt is still one line: 'You are "
            "the support agent of X Airlines'. The assistant does only this one job."
        ),
        answers=("format-style", "also-facts", "narrow", "not-tried", "preferences"),
        expect_actions=_s(RETRIEVAL, TRY_PROMPTING_FIRST),
        forbid_actions=_s(FINE_TUNE, PROMPT_ENGINEERING, NARROW_SCOPE, REASONING_ALTERNATIVES, ADD_EDGE_CASES, DISTIL),
        must_cite=_s("NFT-1", "FT-4"),
        beyond_guide=None,
        why=(
            "Baggage rules, change rules and fares change monthly: retrieve them (NFT-1, BP-7); many thumbs-down may "
            "be stale facts no tune can fix. A one-line system prompt is not exhausted prompting (FT-4, NFT-4). "
            "Preference tuning on the thumbs (KTO) is a fine-tune the guide does not describe, and it can wait; "
            "whether the ratings call for fix_data (building pairs) is open, and so is whether an outcome that "
            "mentions them is labelled beyond the guide."
        ),
    ),
    # prompting not tried + a checker, few reference answers
    Situation(
        id="supermarket-flyer-layout-checker-one-prompt",
        zh=(
            "我们连锁超市想让模型按固定版式写每周促销海报的文案：每个商品一行，品名不超过 12 个字，后面依次是规格、促销价、单位价和促销标签。"
            "商品目录和价格每个月都会调整，促销规则也常变。我们有一个检查脚本，能把任何一份文案和当月的价格库、版式规则逐行比对，"
            "自动判定对或错；但人工写好的标准文案只有 20 份左右。提示词只试过一次，是一句“把下面的商品写成促销海报文案”。模型只做这一件事。"
        ),
        en=(
            "Our supermarket chain wants a model that writes the copy for each week's promotion flyer in a fixed "
            "layout: one line per product, the name in at most 12 characters, then size, promotion price, unit price "
            "and promotion tag. The catalogue and prices change every month, and the promotion rules often change "
            "too. We have a checking script that compares any copy line by line with this month's price database and "
            "the layout rules and marks it right or wrong, but only about 20 hand-written reference flyers. We tried "
            "one prompt once: 'write flyer copy for the following products'. The model does only this one job."
        ),
        answers=("format-style", "also-facts", "narrow", "not-tried", "grader"),
        expect_actions=_s(RETRIEVAL, TRY_PROMPTING_FIRST),
        forbid_actions=_s(FINE_TUNE, PROMPT_ENGINEERING, NARROW_SCOPE, REASONING_ALTERNATIVES, ADD_EDGE_CASES, DISTIL),
        must_cite=_s("NFT-1", "FT-4"),
        beyond_guide=None,
        why=(
            "The catalogue, prices and promotion rules change: retrieve them (NFT-1, BP-7). One prompt tried once is "
            "not exhausted prompting (FT-4, NFT-4); the checker is a ready-made eval for prompt iterations. "
            "Reinforcement fine-tuning against it (openai-rft) is a fine-tune the guide does not describe and comes "
            "only after prompting stops improving; whether few references call for fix_data is open."
        ),
    ),
    # prompting not tried + pairs never looked at
    Situation(
        id="freight-quote-replies-exported-unread",
        zh=(
            "我们是一家货代公司，想让模型按固定的报价单格式回复客户询价：航线、柜型、运费、附加费、有效期逐项列出。"
            "运价和各项附加费每个月都会调整。我们从销售邮箱里导出了 1.5 万组“询价邮件→报价回复”，准备拿来训练，"
            "但到现在还没有人打开看过。提示词只试过一次，是一句“根据询价写一份报价”。模型只做这一件事。"
        ),
        en=(
            "We are a freight forwarder and want a model that answers customers' rate requests in our fixed quote "
            "format: route, container type, freight, surcharges and validity, item by item. Freight rates and "
            "surcharges change every month. We exported 15,000 request-email→quote-reply pairs from the sales "
            "mailboxes to train on, but nobody has opened them yet. We tried one prompt once, a single line: 'write a "
            "quote for this request'. The model does only this one job."
        ),
        answers=("format-style", "also-facts", "narrow", "not-tried", "not-checked"),
        expect_actions=_s(RETRIEVAL, TRY_PROMPTING_FIRST, FIX_DATA),
        forbid_actions=_s(FINE_TUNE, PROMPT_ENGINEERING, NARROW_SCOPE, REASONING_ALTERNATIVES, ADD_EDGE_CASES, DISTIL),
        must_cite=_s("NFT-1", "FT-4", "NFT-3"),
        beyond_guide=False,
        why=(
            "Rates and surcharges change monthly: retrieve them, do not train them in (NFT-1, BP-7). One prompt "
            "tried once is not exhausted prompting (FT-4, NFT-4). Pairs nobody has looked at may be wrong, stale or "
            "clustered (NFT-3): check them before any tune."
        ),
    ),
)

MORE: tuple[Situation, ...] = (*_NO_FACTS, *_ALSO_FACTS)
