"""Next steps that fit only some readers: each declares, in `when`, the facts it needs.

Why a module of its own: a step written for everyone ends up wrong for someone. "Start on
about 50 examples" misleads a team holding 30,000; "check the vendor's deprecations page"
means nothing to a model on a phone; "constrain it with a JSON schema" does not fit a poem.
Each step here names the readers it is for, through the path's facts and the plan answers
given on the card (`core.branches.plan`); `views.guidance.steps_for` shows only the steps
that fit, and `checks.guidance_checks` proves that every step fits some reader and that
every reader gets between three and six steps. `core.guidance` places them on outcomes.
"""

from __future__ import annotations

from .guidance_model import only
from .guidance_model import step as _step
from .vocabulary import UNSET

_NOT_TOOLS = ("format_style", "mapping", "specialised_task")
"""The patterns whose output can be structured data; choosing a tool is judged by the tool chosen."""

# ---------------------------------------------------------------------------
# The fix that needs no training, where the failure is broken structure
# ---------------------------------------------------------------------------

CONSTRAIN_FIRST = _step(
    "训练之前，先在基座模型上打开结构化输出（JSON Schema，或把类别写成枚举）再测一遍："
    "失败如果出在结构上，这样不用训练就能解决。只为仍然失败的部分微调。",
    "Before training, turn on structured outputs on the base model (a JSON schema, or the labels as an enum) "
    "and score again: where the failures were broken structure, this fixes them without training. Fine-tune "
    "only for what still fails.",
    "vllm-structured-outputs",
    when=only(output="structured"),
)

ENCODER_CLASSIFIER = _step(
    "输出是类别或字段时，也考虑用审过的输出训练一个小型编码器分类器（BERT 这一量级）："
    "调用量大时，它通常比任何生成式模型都便宜、都快。",
    "Where the output is labels or fields, consider a small encoder classifier (BERT-sized) trained on the "
    "reviewed outputs as well: at high volume it is usually cheaper and faster than any generative model.",
    when=only(output="structured"),
)
FREE_TEXT_SCORING = _step(
    "自由文本没有可以逐字比对的标准答案：写一份简短的评分细则（语气、事实是否保留、文体），"
    "由审稿人在不知道出自哪个版本的情况下打分，每个版本都用同一份细则。",
    "Free text has no exact answer to match: write a short rubric (tone, facts kept, form) and have "
    "reviewers score outputs blind to which version wrote them, with the same rubric for every version.",
    when=only(output="free_text"),
)

# ---------------------------------------------------------------------------
# Prompting, by the kind of output
# ---------------------------------------------------------------------------

SET_TARGET_ANY = _step(
    "动手之前先定一个量得出的目标，这样才知道提示词何时算够用：类别或字段，看已标注样本上的准确率；"
    "风格或文体，看审稿人在盲评中接受的比例。",
    "Set a measurable target before you start, so you know when the prompt is good enough: for labels or "
    "fields, the accuracy on labelled cases; for a style or a form, the share a reviewer accepts in a blind "
    "review.",
    when=only(output=UNSET, pattern=_NOT_TOOLS),
)
SET_TARGET_STRUCTURED = _step(
    "动手之前先定一个量得出的目标：已标注样本上字段或类别的准确率，以及结构合法的输出所占的比例。",
    "Set a measurable target before you start: the accuracy of the fields or labels on labelled cases, and "
    "the share of outputs whose structure is valid.",
    when=only(output="structured", pattern=_NOT_TOOLS),
)
SET_TARGET_FREE_TEXT = _step(
    "动手之前先定一个量得出的目标：审稿人在盲评中接受的比例，盲评时不告诉审稿人哪条出自哪个版本。",
    "Set a measurable target before you start: the share of outputs a reviewer accepts in a blind review, "
    "without knowing which version wrote which.",
    when=only(output="free_text", pattern=_NOT_TOOLS),
)
SET_TARGET_TOOLS = _step(
    "动手之前先定一个量得出的目标：在一批真实请求上，选对工具且参数正确的比例。",
    "Set a measurable target before you start: the share of real requests for which the model picks the "
    "right tool with valid arguments.",
    when=only(pattern="tool_choice"),
)

_ITERATE_ZH = "逐轮改进提示词：写清楚指令，给几条各不相同的示例，把大任务拆成几步"
_ITERATE_EN = (
    "Iterate on the prompt: state the instructions plainly, add a few varied examples, and split a large "
    "task into steps"
)
PROMPT_ITERATE_ANY = _step(
    _ITERATE_ZH + "；输出是结构化数据（JSON、固定字段）时，再用结构化输出（JSON Schema）把结构约束住。",
    _ITERATE_EN + "; where the output is structured data (JSON, fixed fields), also constrain it with structured "
    "outputs (a JSON schema).",
    "vllm-structured-outputs",
    when=only(output=UNSET, pattern=_NOT_TOOLS),
)
PROMPT_ITERATE_STRUCTURED = _step(
    _ITERATE_ZH + "；再用结构化输出（JSON Schema，或把类别写成枚举）把结构约束住，让不合法的输出无法生成。",
    _ITERATE_EN + "; and constrain the output with structured outputs (a JSON schema, or the labels as an enum), "
    "so that an invalid one cannot be produced.",
    "vllm-structured-outputs",
    when=only(output="structured", pattern=_NOT_TOOLS),
)
PROMPT_ITERATE_FREE_TEXT = _step(
    _ITERATE_ZH + "；风格或文体要求，用两三条完整的范例来示范，比用形容词描述更管用。",
    _ITERATE_EN + "; for a voice or a form, two or three whole examples of it show more than adjectives describe.",
    when=only(output="free_text", pattern=_NOT_TOOLS),
)
PROMPT_ITERATE_TOOLS = _step(
    "逐轮改进提示词：把每个工具的用途和不该用它的场合写清楚，给几条“请求→该用的工具”的示例，"
    "并只把这次请求用得上的工具交给模型。",
    "Iterate on the prompt: say what each tool is for and when not to use it, add a few examples of a request "
    "and the right tool, and offer the model only the tools the request can need.",
    when=only(pattern="tool_choice"),
)

# ---------------------------------------------------------------------------
# Fine-tuning: how much to start with, by the examples held
# ---------------------------------------------------------------------------

FT_START_ANY = _step(
    "先小规模训练一轮：样本在几百条以内，用约 50 条精心编写的；已有几千条，用几百条有代表性的。胜过基线后再加数据。",
    "Train a small first round: with a few hundred examples or fewer, on about 50 well-crafted ones; with "
    "thousands, on a representative few hundred. Add data once it beats the baseline.",
    "openai-sft",
    when=only(size=UNSET),
)
FT_START_UNDER_100 = _step(
    "不到 100 条时，先补写再训练：OpenAI 的下限是 10 条，但 50–100 条才开始见效。先留出约 20 条作评测，其余用来训练。",
    "With under 100 examples, write more before training: OpenAI takes 10, but reports gains from 50–100. Set "
    "about 20 aside for evaluation first and train on the rest.",
    "openai-sft",
    when=only(size="under_100"),
)
FT_START_HUNDREDS = _step(
    "留出集之外的样本全部用来训练第一轮；胜过基线后，针对它仍然出错的输入补样本，而不是补更多同类样本。",
    "Train a first round on every example outside the held-out set; once it beats the baseline, add examples "
    "where it still fails rather than more of the same.",
    "openai-sft",
    when=only(size="hundreds"),
)
FT_START_THOUSANDS = _step(
    "几千条足够起步：先用几百条有代表性的训练一轮，确认流程跑得通、分数在涨，再用全部样本训练；保留留出集上得分最高的检查点。",
    "Thousands are enough to start: train a first round on a representative few hundred to prove the set-up "
    "and the gain, then on all of them; keep the checkpoint that scores best on the held-out set.",
    "openai-sft",
    when=only(size="thousands"),
)
FT_START_OVER_10K = _step(
    "先去重、筛掉差的：AlpaGasus 从 5.2 万条里只留 9000 条，模型反而更好。再用剩下的训练 LoRA 适配器；"
    "适配器停在目标以下才试全参数微调，它要多得多的显存，也忘得更多。",
    "Deduplicate and filter first: AlpaGasus kept 9,000 of 52,000 examples and got a better model. Then train a "
    "LoRA adapter on the rest; try a full fine-tune only if it stalls below target: it needs far more memory "
    "and forgets more.",
    "alpagasus-2023",
    "lora-2022",
    "biderman-2024",
    when=only(size="over_10k"),
)

# ---------------------------------------------------------------------------
# Where it runs: the platform, the data's privacy, and retraining
# ---------------------------------------------------------------------------

RUNS_ANY = _step(
    "数据、评测集和提示词都握在自己手里。托管平台上，计划在基座模型退役时重训（日期见厂商的弃用页面）；"
    "开放权重的模型归你所有，换基座时再重训。",
    "Keep the data, evaluation set and prompt in your own hands. On a hosted platform, plan to retrain when "
    "the base model retires (see the vendor's deprecations page); open weights stay yours, so you retrain "
    "when you change base.",
    "openai-deprecations",
    "peft-checkpoint",
    when=only(runs=UNSET),
)
RUNS_HOSTED = _step(
    "在厂商的弃用页面上确认基座模型还接受训练任务、到哪天为止：托管的微调模型随基座退役，"
    "数据、评测集和提示词要留在自己手里，以便换处重训。训练数据会交给厂商，先删去其中的个人信息。",
    "Check on the vendor's deprecations page that your base model still takes training jobs, and until when: a "
    "hosted tuned model retires with its base, so keep data, evaluation set and prompt to retrain elsewhere. "
    "The vendor sees the data: strip personal data first.",
    "openai-deprecations",
    "carlini-2021",
    when=only(runs="hosted"),
)
RUNS_OWN_SERVERS = _step(
    "用 PEFT 和 TRL、Unsloth、Axolotl 或 LLaMA-Factory 在本地给开放权重模型训练 LoRA（显存紧张用 QLoRA）。"
    "权重里的内容可能被提取，先删掉样本中的个人信息。",
    "Tune an open-weights model on your machines with the field's libraries (PEFT and TRL, Unsloth, Axolotl or "
    "LLaMA-Factory), as a LoRA adapter, or QLoRA where memory is short. Text in the weights can be extracted: "
    "strip personal data from the examples.",
    "peft-checkpoint",
    "carlini-2021",
    when=only(runs="own_servers"),
)
RUNS_ON_DEVICE = _step(
    "选一个装得进设备的小型开放权重模型，在设备之外训练好，再量化（比如 4 位），"
    "然后在设备上重跑留出集：量化会改变分数，时延也要在设备上量。",
    "Pick an open-weights model small enough for the device, tune it off the device, then quantise it (to "
    "4-bit, say) and re-run the held-out set on the device itself: quantising changes the scores, and the "
    "device sets the latency.",
    "peft-checkpoint",
    when=only(runs="on_device"),
)
RUNS_STEPS = (RUNS_ANY, RUNS_HOSTED, RUNS_OWN_SERVERS, RUNS_ON_DEVICE)

FT_REGRESSIONS = _step(
    "训练之后，重测模型仍需胜任的其他任务，再跑一批它本该拒绝的请求：微调可能把原有能力和安全防护都削弱。",
    "After training, re-test the other tasks the model must still do and a set of requests it should refuse: "
    "tuning can erode both.",
    "biderman-2024",
    "qi-2024",
)
"""For the distil outcomes, whose own steps already compare the student with the teacher."""
"""One of these fits every reader of a training outcome: the plan's "where it runs" step."""

# ---------------------------------------------------------------------------
# Data: steps that need examples to exist
# ---------------------------------------------------------------------------

_HELD = ("small_or_flawed", "clustered", "unchecked", "outputs_only", "edge_cases_missing", "good")
"""Data states in which the team holds examples to read (not `none`)."""

DATA_SAMPLE_AND_COUNT = _step(
    "亲自随机读一批样本（我们建议至少 50 条），数一数错误的、前后矛盾的和几乎重复的各有多少，再做决定。",
    "Read a random sample yourself (we suggest at least 50 examples) and count the wrong, inconsistent and "
    "near-duplicate ones before deciding anything.",
    when=only(data=_HELD),
)
DATA_FIX_OR_DROP = _step(
    "改正或删掉坏样本，而不是堆更多同样的数据：AlpaGasus 从 5.2 万条里筛出 9000 条好样本，训练出的模型反而更好。",
    "Fix or drop bad examples rather than piling on more of the same: AlpaGasus filtered 52,000 examples down "
    "to 9,000 good ones and got a better model.",
    "alpagasus-2023",
    beyond_guide=False,
    when=only(data=_HELD),
)
DATA_GUIDE_FIRST = _step(
    "收集之前先写一份简短的标注规范：什么样的输出算对，配几条正反例子，让每条样本都按同一个标准来写。",
    "Before collecting, write a short labelling guide: what a right output is, with a few examples of right "
    "and wrong, so that every example follows one standard.",
    when=only(data="none"),
)
