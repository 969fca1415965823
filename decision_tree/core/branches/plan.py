"""The plan questions: asked on the outcome card, after the verdict, to fit the next steps to the team.

Where the model must run, how many checked examples a team holds and whether its output is
structured change *how* to act on a verdict, never the verdict: "fine-tune" stays
"fine-tune" on a phone or on a vendor's platform, but the steps differ (quantise and test on
the device; check that the vendor still takes new training jobs). So these are not tree
questions: they follow the outcome in the path (`…/good/on-device/thousands`), each
optional, and the next steps declare which answers they need (`NextStep.when`).
"""

from __future__ import annotations

from types import MappingProxyType

from decision_tree.core.model import PlanAnswer, PlanQuestion
from decision_tree.core.text import Text


def _answer(answer_id: str, fact: str, value: str, zh: str, en: str) -> PlanAnswer:
    return PlanAnswer(id=answer_id, label=Text(zh=zh, en=en), facts=MappingProxyType({fact: value}))


RUNS = PlanQuestion(
    id="runs",
    text=Text(zh="训练好的模型必须在哪里运行？", en="Where must the tuned model run?"),
    hint=Text(
        zh=(
            "托管平台：厂商替你训练并提供调用，训练数据要交给厂商。自己的服务器：你们自己的机器或云账号，数据不出门。"
            "设备上：手机、笔记本或边缘设备，模型要装得进设备。"
        ),
        en=(
            "A hosted platform: a vendor trains and serves the model, and sees the training data. Your own "
            "servers: your machines or cloud account, and the data stays with you. On a device: a phone, laptop "
            "or edge box, which the model must fit."
        ),
    ),
    answers=(
        _answer("hosted", "runs", "hosted", "厂商的托管平台", "A vendor's hosted platform"),
        _answer(
            "own-servers",
            "runs",
            "own_servers",
            "我们自己的服务器，数据不能外发",
            "Our own servers; data stays with us",
        ),
        _answer("on-device", "runs", "on_device", "用户的设备上", "On users' devices"),
    ),
    for_outcomes=frozenset(
        {"fine-tune", "rag-plus-fine-tune", "distil-into-smaller", "rag-and-distil", "distil-for-cost"}
    ),
)

SIZE = PlanQuestion(
    id="size",
    text=Text(
        zh="检查过的训练样本（样本对、评分或任务）大约有多少条？",
        en="Roughly how many checked training examples (pairs, ratings or tasks) do you hold?",
    ),
    hint=Text(
        zh="只数已经检查过、可以直接用于训练的，不算留出集。",
        en="Count only those checked and ready to train on, not the held-out set.",
    ),
    answers=(
        _answer("under-100", "size", "under_100", "不到 100 条", "Under 100"),
        _answer("hundreds", "size", "hundreds", "几百条", "Hundreds"),
        _answer("thousands", "size", "thousands", "几千条", "Thousands"),
        _answer("over-10k", "size", "over_10k", "一万条以上", "Over 10,000"),
    ),
    for_outcomes=frozenset({"fine-tune"}),
)

OUTPUT = PlanQuestion(
    id="output",
    text=Text(zh="输出是什么样的？", en="What does the output look like?"),
    hint=Text(
        zh="结构化：JSON、固定字段，或从固定类别里选一个。自由文本：行文、语气，或诗歌、邮件这类文体。",
        en=(
            "Structured: JSON, fixed fields, or one of a fixed set of labels. Free text: prose, a voice, or a "
            "form such as a poem or an e-mail."
        ),
    ),
    answers=(
        _answer("structured", "output", "structured", "结构化数据", "Structured data"),
        _answer("free-text", "output", "free_text", "自由文本", "Free text"),
    ),
    for_outcomes=frozenset(
        {"fine-tune", "rag-plus-fine-tune", "try-prompting-first", "rag-then-try-prompting", "distil-for-cost"}
    ),
    # A model that chooses tools is judged by the tool it picks, not by the shape of a text; a
    # team cutting cost names no pattern, but its output has a shape all the same.
    when=(
        {"pattern": frozenset({"format_style", "mapping", "specialised_task"})},
        {"need": frozenset({"cost_latency"})},
    ),
)

QUESTIONS: tuple[PlanQuestion, ...] = (RUNS, SIZE, OUTPUT)
"""In the order the card asks them."""
