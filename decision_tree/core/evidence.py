"""Evidence behind the guide's rules: who supports, qualifies or disputes each one, and when we checked.

A reviewer's first question about a cited rule is "says who?". This module answers it
rule by rule, as pure data beside the rules and apart from the tree: the engine never
imports it, so evidence can change what a reader is shown but never where a path ends.
Standard library only, because the widget runs the package in Pyodide.

Every finding is written in our own words from the checked list in `shared/evidence.md`.
Where a source disagrees with the guide, or adds advice the guide does not give, the
claim is marked `beyond_guide` and the site says so plainly. A rule that no source covers
is listed in `UNCOVERED` instead of borrowing a source that does not fit.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, get_args

from .text import Text

Kind = Literal["research", "vendor"]
KINDS: tuple[Kind, ...] = get_args(Kind)

Stance = Literal["supports", "qualifies", "disagrees"]
STANCES: tuple[Stance, ...] = get_args(Stance)

CHECKED = "2026-11"
"""When every source below was last read and its finding checked (year-month)."""


@dataclass(frozen=True, slots=True)
class Source:
    """A paper or a vendor's page, as a reader would look it up.

    `year` is None for living vendor documentation, which has no edition year; its
    `checked` date is what a reader needs instead. `anchor` is the source's entry on
    the references page.
    """

    id: str
    authors: str
    title: str
    venue: str
    year: int | None
    url: str
    kind: Kind
    checked: str = CHECKED

    @property
    def anchor(self) -> str:
        return f"src-{self.id}"


@dataclass(frozen=True, slots=True)
class Claim:
    """What one source found that bears on one rule, in one sentence per language."""

    rule: str
    source: str
    stance: Stance
    finding: Text
    beyond_guide: bool = False


@dataclass(frozen=True, slots=True)
class Note:
    """Our sourced reading of a rule's dissent: what it means for a typical team.

    Always beyond the guide; shown after the claims it weighs.
    """

    rule: str
    text: Text
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Statement:
    """One sourced sentence of dated context, or one readiness check.

    A readiness check may have no source (we then say so); a context statement may not.
    """

    id: str
    text: Text
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Registry:
    """Everything the site shows as evidence, validated by `python -m decision_tree check`."""

    sources: tuple[Source, ...] = ()
    claims: tuple[Claim, ...] = ()
    uncovered: frozenset[str] = frozenset()
    notes: tuple[Note, ...] = ()
    changes: tuple[Statement, ...] = ()
    meaning: tuple[Statement, ...] = ()
    readiness: tuple[Statement, ...] = ()
    checked: str = CHECKED

    def source(self, source_id: str) -> Source:
        """The source with this ID, or a KeyError that lists the known ones."""
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(f"unknown source {source_id!r}; known sources: {', '.join(s.id for s in self.sources)}")

    def claims_for(self, rule_id: str) -> tuple[Claim, ...]:
        return tuple(c for c in self.claims if c.rule == rule_id)

    def notes_for(self, rule_id: str) -> tuple[Note, ...]:
        return tuple(n for n in self.notes if n.rule == rule_id)

    def citations(self) -> Iterator[tuple[str, str]]:
        """Every (where, source ID) pair: claims, notes, dated context and readiness checks."""
        for c in self.claims:
            yield f"claim {c.rule}/{c.source}", c.source
        for n in self.notes:
            for s in n.sources:
                yield f"note {n.rule}", s
        for part, statements in (("context", (*self.changes, *self.meaning)), ("readiness", self.readiness)):
            for st in statements:
                for s in st.sources:
                    yield f"{part} {st.id}", s


# ---------------------------------------------------------------------------
# Sources (shared/evidence.md, checked November 2026)
# ---------------------------------------------------------------------------

SOURCES: tuple[Source, ...] = (
    Source(
        id="ovadia-2024",
        authors="Ovadia, Brief, Mishaeli, Elisha",
        title="Fine-Tuning or Retrieval? Comparing Knowledge Injection in LLMs",
        venue="EMNLP",
        year=2024,
        url="https://arxiv.org/abs/2312.05934",
        kind="research",
    ),
    Source(
        id="gekhman-2024",
        authors="Gekhman et al.",
        title="Does Fine-Tuning LLMs on New Knowledge Encourage Hallucinations?",
        venue="EMNLP",
        year=2024,
        url="https://arxiv.org/abs/2405.05904",
        kind="research",
    ),
    Source(
        id="lima-2023",
        authors="Zhou et al.",
        title="LIMA: Less Is More for Alignment",
        venue="NeurIPS",
        year=2023,
        url="https://arxiv.org/abs/2305.11206",
        kind="research",
    ),
    Source(
        id="urial-2023",
        authors="Lin et al.",
        title="The Unlocking Spell on Base LLMs: Rethinking Alignment via In-Context Learning",
        venue="arXiv",
        year=2023,
        url="https://arxiv.org/abs/2312.01552",
        kind="research",
    ),
    Source(
        id="alpagasus-2023",
        authors="Chen et al.",
        title="AlpaGasus: Training A Better Alpaca with Fewer Data",
        venue="arXiv",
        year=2023,
        url="https://arxiv.org/abs/2307.08701",
        kind="research",
    ),
    Source(
        id="loraland-2024",
        authors="Zhao et al.",
        title="LoRA Land: 310 Fine-tuned LLMs that Rival GPT-4",
        venue="Technical report",
        year=2024,
        url="https://arxiv.org/abs/2405.00732",
        kind="research",
    ),
    Source(
        id="biderman-2024",
        authors="Biderman et al.",
        title="LoRA Learns Less and Forgets Less",
        venue="TMLR",
        year=2024,
        url="https://arxiv.org/abs/2405.09673",
        kind="research",
    ),
    Source(
        id="deepseek-r1-2025",
        authors="DeepSeek-AI",
        title="DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning",
        venue="arXiv",
        year=2025,
        url="https://arxiv.org/abs/2501.12948",
        kind="research",
    ),
    Source(
        id="s1-2025",
        authors="Muennighoff et al.",
        title="s1: Simple test-time scaling",
        venue="arXiv",
        year=2025,
        url="https://arxiv.org/abs/2501.19393",
        kind="research",
    ),
    Source(
        id="openai-sft",
        authors="OpenAI",
        title="Supervised fine-tuning",
        venue="OpenAI API docs",
        year=None,
        url="https://developers.openai.com/api/docs/guides/supervised-fine-tuning",
        kind="vendor",
    ),
    Source(
        id="openai-rft",
        authors="OpenAI",
        title="Reinforcement fine-tuning",
        venue="OpenAI API docs",
        year=None,
        url="https://developers.openai.com/api/docs/guides/reinforcement-fine-tuning",
        kind="vendor",
    ),
    Source(
        id="openai-deprecations",
        authors="OpenAI",
        title="Deprecations",
        venue="OpenAI API docs",
        year=None,
        url="https://developers.openai.com/api/docs/deprecations",
        kind="vendor",
    ),
    Source(
        id="anthropic-pe",
        authors="Anthropic",
        title="Prompt engineering overview",
        venue="Claude docs",
        year=None,
        url="https://docs.anthropic.com/en/docs/build-with-claude/prompt-engineering/overview",
        kind="vendor",
    ),
    Source(
        id="together-ft-vs-prompt",
        authors="Together AI",
        title="Fine-tuning vs. prompting",
        venue="Together AI docs",
        year=None,
        url="https://docs.together.ai/learn/finetune-vs-prompt",
        kind="vendor",
    ),
    Source(
        id="mslearn-optimize",
        authors="Microsoft",
        title="Compare and combine optimization strategies",
        venue="Microsoft Learn",
        year=None,
        url="https://learn.microsoft.com/en-gb/training/modules/optimize-generative-ai-model-performance/5-compare-combine-strategies",
        kind="vendor",
    ),
    Source(
        id="mistral-ft",
        authors="Mistral AI",
        title="Fine-tuning",
        venue="Mistral docs (marked deprecated)",
        year=None,
        url="https://docs.mistral.ai/capabilities/finetuning/",
        kind="vendor",
    ),
    Source(
        id="cohere-ft",
        authors="Cohere",
        title="Fine-tuning for Cohere's Chat Model",
        venue="Cohere docs",
        year=None,
        url="https://docs.cohere.com/docs/chat-fine-tuning",
        kind="vendor",
    ),
)


# ---------------------------------------------------------------------------
# Claims, rule by rule
# ---------------------------------------------------------------------------


def _claim(rule: str, source: str, stance: Stance, zh: str, en: str, *, beyond_guide: bool = False) -> Claim:
    return Claim(rule=rule, source=source, stance=stance, finding=Text(zh=zh, en=en), beyond_guide=beyond_guide)


CLAIMS: tuple[Claim, ...] = (
    # CORE: fine-tuning teaches patterns, not knowledge
    _claim(
        "CORE",
        "ovadia-2024",
        "supports",
        "向模型注入知识时，检索的效果优于无监督微调：预训练中见过的事实如此，全新的事实也如此。",
        "For getting knowledge into a model, retrieval beat unsupervised fine-tuning, for facts seen in "
        "pre-training and for new ones alike.",
    ),
    _claim(
        "CORE",
        "gekhman-2024",
        "supports",
        "含有模型未知事实的训练样本比已知的学得慢得多；而随着这些样本被学会，模型在原本知道的内容上幻觉反而增多。",
        "Training examples carrying facts the model did not know were learned far more slowly than known ones, "
        "and as they were learned the model hallucinated more on what it already knew.",
    ),
    _claim(
        "CORE",
        "lima-2023",
        "supports",
        "约 1000 条精选样本就教会了一个 65B 模型助手式的格式和风格；作者的结论是，知识本身来自预训练。",
        "About 1,000 curated examples taught a 65B model an assistant's format and style; the authors conclude "
        "that the knowledge itself comes from pre-training.",
    ),
    _claim(
        "CORE",
        "urial-2023",
        "supports",
        "基座模型与对齐后的模型在大多数位置上给出相同的首选词元，差别主要集中在体现风格的词元上。",
        "Base and aligned models picked the same top token at most positions; the differences were mostly "
        "in stylistic tokens.",
    ),
    _claim(
        "CORE",
        "together-ft-vs-prompt",
        "supports",
        "只有当需要的是一种行为模式，而不是一条该去查询的事实时，才值得微调。",
        "Fine-tune only when what you need is a pattern of behaviour, not a fact the model should look up.",
    ),
    _claim(
        "CORE",
        "mslearn-optimize",
        "supports",
        "模型缺知识时用 RAG，要稳定的格式、风格和语气时用微调，两者可以结合，提示工程则是两者共同的基础。",
        "Use RAG when the model lacks knowledge and fine-tuning for a consistent format, style and tone; the two "
        "combine, with prompt engineering underneath both.",
    ),
    # FT-1: a specific output format or style
    _claim(
        "FT-1",
        "lima-2023",
        "supports",
        "少量精选样本就足以让模型学会一致的回答格式和风格。",
        "A small set of curated examples was enough to teach a model a consistent answer format and style.",
    ),
    _claim(
        "FT-1",
        "mslearn-optimize",
        "supports",
        "需要稳定的格式、风格和语气时，推荐使用微调。",
        "Recommends fine-tuning when you need a consistent format, style and tone.",
    ),
    # FT-2: map a specific input to a specific output
    _claim(
        "FT-2",
        "openai-sft",
        "supports",
        "训练数据就是示例提示词与期望回答的逐条配对，本身就是一个输入→输出映射。",
        "Training data are example prompts paired with the exact responses you want: an input→output mapping "
        "by construction.",
    ),
    # FT-3: one narrow, well-defined task
    _claim(
        "FT-3",
        "loraland-2024",
        "supports",
        "在 31 个专门任务上，每个任务用 4-bit LoRA 单独微调一个小模型，平均比各自的基座模型高 34 分，比 GPT-4 高 10 分。",
        "Small models fine-tuned with 4-bit LoRA, one per narrow task, beat their base models by 34 points and "
        "GPT-4 by 10 points on average over 31 tasks.",
    ),
    _claim(
        "FT-3",
        "biderman-2024",
        "qualifies",
        "专门化有代价：在代码或数学上做全量微调，新领域学得更多，原有的其他能力也忘得更多；LoRA 学得少一些，忘得也少一些。",
        "Specialising has a price: full fine-tuning on code or maths learned more of the new domain but forgot "
        "more of the model's other abilities; LoRA learned less and forgot less.",
        beyond_guide=True,
    ),
    # FT-4: prompt engineering is exhausted
    _claim(
        "FT-4",
        "anthropic-pe",
        "supports",
        "优先做提示工程而不是微调：更快、更省钱、需要的数据更少，换用新模型后依然有效。",
        "Prefers prompt engineering to fine-tuning: it is faster and cheaper, needs less data and survives "
        "model updates.",
    ),
    _claim(
        "FT-4",
        "together-ft-vs-prompt",
        "supports",
        "先做提示工程；只有碰到提示工程明确的天花板、而且数据足够时，才考虑微调。",
        "Prompt first; fine-tune only at a hard prompting ceiling and with enough data.",
    ),
    _claim(
        "FT-4",
        "mistral-ft",
        "supports",
        "即使是提供微调服务的厂商，也建议先试提示工程。",
        "Even a vendor that offered fine-tuning recommended trying prompting first.",
    ),
    # NFT-1: new knowledge or facts
    _claim(
        "NFT-1",
        "ovadia-2024",
        "supports",
        "注入知识时检索胜过微调；只有训练数据用许多不同说法反复表述同一个新事实，它才记得住。",
        "Retrieval beat fine-tuning at injecting knowledge; a new fact stuck only when the training data "
        "repeated it in many paraphrases.",
    ),
    _claim(
        "NFT-1",
        "gekhman-2024",
        "supports",
        "用模型不知道的事实做微调，不但学得慢，还会让模型在原本知道的内容上更容易产生幻觉。",
        "Fine-tuning on facts the model did not know was slow to take hold and made it hallucinate more on "
        "what it already knew.",
    ),
    _claim(
        "NFT-1",
        "together-ft-vs-prompt",
        "supports",
        "微调适合学模式，不适合记那些本该查询的事实。",
        "Fine-tuning suits a pattern, not a fact that should be looked up.",
    ),
    _claim(
        "NFT-1",
        "mslearn-optimize",
        "supports",
        "模型缺少知识时，应当用 RAG 补上。",
        "When the model lacks knowledge, supply it with RAG.",
    ),
    _claim(
        "NFT-1",
        "mistral-ft",
        "disagrees",
        "Mistral 的微调指南（现已标记为弃用）声称，微调可以教会模型新的事实，例如工具和工作流程。",
        "Mistral's fine-tuning guide (now marked deprecated) claims that fine-tuning can teach a model new "
        "facts, such as tools and workflows.",
        beyond_guide=True,
    ),
    # NFT-2: complex reasoning
    _claim(
        "NFT-2",
        "deepseek-r1-2025",
        "disagrees",
        "在数学、代码这类答案可以自动判对错的任务上做大规模强化学习，大幅提升了推理成绩；"
        "用它产出的推理过程对 1.5B–70B 的模型做监督微调，这些模型的成绩也提高了。",
        "Large-scale reinforcement learning with checkable rewards (maths, code) raised reasoning scores "
        "strongly, and supervised fine-tuning on its reasoning traces raised the scores of 1.5B–70B models too.",
        beyond_guide=True,
    ),
    _claim(
        "NFT-2",
        "s1-2025",
        "disagrees",
        "用更强模型生成的 1000 条精选推理过程，对一个本身就很强的 32B 模型做监督微调，再配合一个解码技巧，提高了竞赛数学成绩。",
        "Supervised fine-tuning of a strong 32B model on 1,000 curated reasoning traces from a stronger model, "
        "plus a decoding trick, lifted its competition-maths scores.",
        beyond_guide=True,
    ),
    _claim(
        "NFT-2",
        "deepseek-r1-2025",
        "qualifies",
        "在小的基座模型上，强化学习的效果差得多：这类提升离不开一个足够强的基座模型。",
        "Reinforcement learning worked far less on small base models: these gains depend on a strong base model.",
        beyond_guide=True,
    ),
    _claim(
        "NFT-2",
        "openai-rft",
        "qualifies",
        "OpenAI 的强化微调按你定义的评分器训练推理模型，面向需要高级推理、答案有专家共识的复杂领域任务。",
        "OpenAI's reinforcement fine-tuning trains reasoning models against a grader you define, aimed at "
        "complex domain tasks that need advanced reasoning and answers experts agree on.",
        beyond_guide=True,
    ),
    # NFT-3: low-quality or undiverse data
    _claim(
        "NFT-3",
        "lima-2023",
        "supports",
        "样本的质量和多样性比数量更重要。",
        "The quality and diversity of the examples mattered more than their number.",
    ),
    _claim(
        "NFT-3",
        "alpagasus-2023",
        "supports",
        "把 Alpaca 的 5.2 万条样本筛到 9000 条高质量样本，训练出的模型更好，训练速度还快了 5.7 倍。",
        "Filtering the 52k Alpaca examples down to 9k high-quality ones gave a better model and trained 5.7× faster.",
    ),
    # NFT-4: prompting already does the job
    _claim(
        "NFT-4",
        "urial-2023",
        "supports",
        "在作者的基准测试上，一个只带三条风格示例的提示词，就追平了经过对齐微调的模型。",
        "On the authors' benchmark, a prompt with three styled examples matched the aligned, fine-tuned models.",
    ),
    _claim(
        "NFT-4",
        "anthropic-pe",
        "supports",
        "提示工程比微调更快、更便宜，需要的数据也更少。",
        "Prompt engineering is faster and cheaper than fine-tuning and needs less data.",
    ),
    # BP-1 … BP-7
    _claim(
        "BP-1",
        "lima-2023",
        "supports",
        "用一小批精选样本微调，改变的是回答的格式和风格；知识来自预训练。",
        "Fine-tuning on a small curated set changed the format and style of the answers; the knowledge came "
        "from pre-training.",
    ),
    _claim(
        "BP-2",
        "openai-sft",
        "supports",
        "每条样本都写成提示词与期望回答的精确配对，并建议先从约 50 条精心编写的样本开始。",
        "Write each example as a prompt paired with the exact response you want, and start with about 50 "
        "well-crafted examples.",
    ),
    _claim(
        "BP-3",
        "lima-2023",
        "supports",
        "精选样本时，多样性和质量比数量更重要。",
        "In a curated training set, diversity and quality mattered more than quantity.",
    ),
    _claim(
        "BP-5",
        "lima-2023",
        "supports",
        "起作用的是样本的多样性而不是数量，这正是挤在一个狭窄子集里的数据所缺少的。",
        "What counted was the diversity of the examples, not their number: exactly what a set bunched in one "
        "narrow subset lacks.",
    ),
    _claim(
        "BP-6",
        "loraland-2024",
        "supports",
        "每个专门任务单独做一个小型 LoRA 微调，在 31 个任务上平均超过了 GPT-4。",
        "One small LoRA fine-tune per narrow task beat GPT-4 on average over 31 tasks.",
    ),
    _claim(
        "BP-7",
        "ovadia-2024",
        "supports",
        "就注入知识而言，检索胜过微调：知识应当接入，而不是训练进模型。",
        "For knowledge, retrieval beat fine-tuning: connect the knowledge rather than train it in.",
    ),
)

UNCOVERED: frozenset[str] = frozenset({"BP-4"})
"""Rules no checked source covers: shown as "from the guide; no independent source yet"."""

NOTES: tuple[Note, ...] = (
    Note(
        rule="NFT-1",
        text=Text(
            zh="我们仍然站在原指南一边：在对照实验中，注入事实时检索比微调可靠；新事实要用许多不同说法反复出现才记得住；"
            "学习未知事实还会增加幻觉。Mistral 举的例子（工具和工作流程）在我们看来更接近行为模式，而不是需要查询的事实。",
            en="We still side with the guide: in controlled comparisons retrieval was more reliable than "
            "fine-tuning for facts, a new fact stuck only when repeated in many paraphrases, and learning unknown "
            "facts raised hallucinations. Mistral's examples, tools and workflows, read to us as patterns of "
            "behaviour more than facts to look up.",
        ),
        sources=("ovadia-2024", "gekhman-2024", "mistral-ft"),
    ),
    Note(
        rule="NFT-2",
        text=Text(
            zh="对大多数团队来说，这改变不了多少：这些提升都要求一个很强的基座模型、能由程序自动判分的奖励或更强模型给出的推理过程，以及大量算力。"
            "如果你手里只有普通的输入→输出样本，原指南的建议依然成立。",
            en="For most teams this changes little: these gains needed a strong base model, rewards a program can check "
            "or reasoning traces from a stronger model, and large compute. With ordinary input→output pairs, the "
            "guide's advice still holds.",
        ),
        sources=("deepseek-r1-2025", "s1-2025", "openai-rft"),
    ),
)

# ---------------------------------------------------------------------------
# Dated context: hosted fine-tuning by November 2026
# ---------------------------------------------------------------------------

CHANGES: tuple[Statement, ...] = (
    Statement(
        id="openai-closed",
        text=Text(
            zh="OpenAI 自 2026 年 5 月 7 日起不再向新用户开放自助微调，并在逐步关停；已有的微调模型可以继续调用，直到其基座模型退役。",
            en="OpenAI closed self-serve fine-tuning to new users on 2026-05-07 and is winding it down; existing "
            "fine-tuned models keep serving until their base models retire.",
        ),
        sources=("openai-deprecations",),
    ),
    Statement(
        id="cohere-deprecated",
        text=Text(
            zh="Cohere 已于 2025 年 9 月 15 日弃用微调功能。",
            en="Cohere deprecated fine-tuning on 2025-09-15.",
        ),
        sources=("cohere-ft",),
    ),
    Statement(
        id="mistral-deprecated",
        text=Text(
            zh="Mistral 的微调文档已标记为弃用。",
            en="Mistral's fine-tuning documentation is marked deprecated.",
        ),
        sources=("mistral-ft",),
    ),
)

MEANING: tuple[Statement, ...] = (
    Statement(
        id="plan-open-weight",
        text=Text(
            zh="如果决策树的结论是微调，不要把计划押在托管微调服务上，而是准备自己微调一个开放权重模型。",
            en="If the tree says fine-tune, do not build the plan on a hosted fine-tuning service; plan to "
            "fine-tune an open-weight model yourself.",
        ),
        sources=("openai-deprecations", "cohere-ft", "mistral-ft"),
    ),
    Statement(
        id="use-lora",
        text=Text(
            zh="LoRA 等参数高效微调方法让这条路走得通：在 31 个专门任务上，每个任务用 4-bit LoRA 微调的小模型平均超过了 GPT-4。",
            en="Parameter-efficient fine-tuning such as LoRA makes that route workable: small models fine-tuned "
            "with 4-bit LoRA, one per narrow task, beat GPT-4 on average over 31 tasks.",
        ),
        sources=("loraland-2024",),
    ),
    Statement(
        id="lora-forgets-less",
        text=Text(
            zh="与全量微调相比，LoRA 学到的新领域内容少一些，但忘掉的原有能力也少一些：两者都要测。",
            en="Compared with full fine-tuning, LoRA learns less of a new domain but forgets less of what the "
            "base model could do: measure both.",
        ),
        sources=("biderman-2024",),
    ),
)

# ---------------------------------------------------------------------------
# Readiness checks for fine-tune outcomes (beyond the guide)
# ---------------------------------------------------------------------------

READINESS: tuple[Statement, ...] = (
    Statement(
        id="eval-and-baseline",
        text=Text(
            zh="训练之前，先用真实输入建一个评测集，并用你最好的提示词在基座模型上测出基线。",
            en="Before training, build an evaluation set from real inputs and measure a baseline: your best prompt "
            "on the base model.",
        ),
        sources=("openai-sft",),
    ),
    Statement(
        id="start-small",
        text=Text(
            zh="先用一小批精心编写的样本（OpenAI 建议约 50 条）训练，与基线对比后再决定要不要加数据。",
            en="Start with a small set of well-crafted examples (OpenAI suggests about 50), train, and compare with "
            "the baseline before adding more.",
        ),
        sources=("openai-sft",),
    ),
    Statement(
        id="held-out-set",
        text=Text(
            zh="留出一部分样本作为留出集，绝不拿来训练；评估微调后的模型要看它在留出集上的表现，而不是在训练样本上的表现。",
            en="Keep a held-out set that never enters training, and judge the fine-tuned model on it, not on its "
            "training examples.",
        ),
    ),
    Statement(
        id="check-what-it-lost",
        text=Text(
            zh="训练之后，检查模型在其他仍需胜任的任务上丢掉了多少能力；全量微调比 LoRA 忘得更多。",
            en="After training, check what the model lost on the other tasks it must still do; full fine-tuning "
            "forgets more than LoRA.",
        ),
        sources=("biderman-2024",),
    ),
)

REGISTRY = Registry(
    sources=SOURCES,
    claims=CLAIMS,
    uncovered=UNCOVERED,
    notes=NOTES,
    changes=CHANGES,
    meaning=MEANING,
    readiness=READINESS,
)
