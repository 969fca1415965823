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

VenueForm = Literal["named", "docs", "report"]
"""How a venue is said: by its own name (ICLR, Nature, arXiv, Microsoft Learn), as someone's
documentation (the OpenAI API docs) or as someone's technical report (Predibase). The words
around the name ("docs", "技术报告") are labels, so each language says them in its own way."""
VENUE_FORMS: tuple[VenueForm, ...] = get_args(VenueForm)

CHECKED = "2026-11"
"""When every source below was last read and its finding checked (year-month)."""


@dataclass(frozen=True, slots=True)
class Source:
    """A paper or a vendor's page, as a reader would look it up.

    `year` is None for living vendor documentation, which has no edition year; its
    `checked` date is what a reader needs instead. `anchor` is the source's entry on
    the references page. `venue` is a proper name, the same in every language; `venue_form`
    and `marked_deprecated` say what the views wrap around it ("Mistral docs (marked
    deprecated)", "Mistral 文档（已标为弃用）").
    """

    id: str
    authors: str
    title: str
    venue: str
    year: int | None
    url: str
    kind: Kind
    checked: str = CHECKED
    venue_form: VenueForm = "named"
    marked_deprecated: bool = False

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
    `checked` is the day (YYYY-MM-DD) a statement about what vendors offer was last
    confirmed against its sources; the site shows it beside the statement, and
    `make lint` lists the ones checked more than 180 days ago (scripts/stale_facts.py).
    """

    id: str
    text: Text
    sources: tuple[str, ...] = ()
    checked: str = ""


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
# Sources (shared/evidence.md, checked November 2026; those re-read for issue 12 carry the day)
# ---------------------------------------------------------------------------

REREAD = "2026-11-29"
"""The day the sources behind issue 12 (dated vendor facts, venues, new topics) were re-read."""

SOURCES: tuple[Source, ...] = (
    Source(
        id="ovadia-2024",
        authors="Ovadia, Brief, Mishaeli, Elisha",
        title="Fine-Tuning or Retrieval? Comparing Knowledge Injection in LLMs",
        venue="EMNLP",
        year=2024,
        url="https://arxiv.org/abs/2312.05934",
        kind="research",
        checked=REREAD,
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
        venue="ICLR",
        year=2024,
        url="https://arxiv.org/abs/2312.01552",
        kind="research",
        checked=REREAD,
    ),
    Source(
        id="alpagasus-2023",
        authors="Chen et al.",
        title="AlpaGasus: Training A Better Alpaca with Fewer Data",
        venue="ICLR",
        year=2024,
        url="https://arxiv.org/abs/2307.08701",
        kind="research",
        checked=REREAD,
    ),
    Source(
        id="loraland-2024",
        authors="Zhao et al.",
        title="LoRA Land: 310 Fine-tuned LLMs that Rival GPT-4, A Technical Report",
        venue="Predibase",
        venue_form="report",
        year=2024,
        url="https://arxiv.org/abs/2405.00732",
        kind="research",
        checked=REREAD,
    ),
    Source(
        id="biderman-2024",
        authors="Biderman et al.",
        title="LoRA Learns Less and Forgets Less",
        venue="TMLR",
        year=2024,
        url="https://arxiv.org/abs/2405.09673",
        kind="research",
        checked=REREAD,
    ),
    Source(
        id="lora-2022",
        authors="Hu et al.",
        title="LoRA: Low-Rank Adaptation of Large Language Models",
        venue="ICLR",
        year=2022,
        url="https://arxiv.org/abs/2106.09685",
        kind="research",
        checked=REREAD,
    ),
    Source(
        id="dpo-2023",
        authors="Rafailov et al.",
        title="Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
        venue="NeurIPS",
        year=2023,
        url="https://arxiv.org/abs/2305.18290",
        kind="research",
        checked=REREAD,
    ),
    Source(
        id="deepseek-r1-2025",
        authors="DeepSeek-AI",
        title="DeepSeek-R1 incentivizes reasoning in LLMs through reinforcement learning",
        venue="Nature",
        year=2025,
        url="https://www.nature.com/articles/s41586-025-09422-z",
        kind="research",
        checked=REREAD,
    ),
    Source(
        id="s1-2025",
        authors="Muennighoff et al.",
        title="s1: Simple test-time scaling",
        venue="arXiv",
        year=2025,
        url="https://arxiv.org/abs/2501.19393",
        kind="research",
        checked=REREAD,
    ),
    Source(
        id="qi-2024",
        authors="Qi et al.",
        title="Fine-tuning Aligned Language Models Compromises Safety, Even When Users Do Not Intend To!",
        venue="ICLR",
        year=2024,
        url="https://arxiv.org/abs/2310.03693",
        kind="research",
        checked=REREAD,
    ),
    Source(
        id="carlini-2021",
        authors="Carlini et al.",
        title="Extracting Training Data from Large Language Models",
        venue="USENIX Security",
        year=2021,
        url="https://arxiv.org/abs/2012.07805",
        kind="research",
        checked=REREAD,
    ),
    Source(
        id="karpukhin-2020",
        authors="Karpukhin et al.",
        title="Dense Passage Retrieval for Open-Domain Question Answering",
        venue="EMNLP",
        year=2020,
        url="https://arxiv.org/abs/2004.04906",
        kind="research",
        checked="2026-12-07",
    ),
    Source(
        id="gururangan-2020",
        authors="Gururangan et al.",
        title="Don't Stop Pretraining: Adapt Language Models to Domains and Tasks",
        venue="ACL",
        year=2020,
        url="https://arxiv.org/abs/2004.10964",
        kind="research",
        checked="2026-12-07",
    ),
    Source(
        id="kto-2024",
        authors="Ethayarajh et al.",
        title="KTO: Model Alignment as Prospect Theoretic Optimization",
        venue="ICML",
        year=2024,
        url="https://arxiv.org/abs/2402.01306",
        kind="research",
        checked="2026-12-07",
    ),
    Source(
        id="openai-sft",
        authors="OpenAI",
        title="Supervised fine-tuning",
        venue="OpenAI API",
        venue_form="docs",
        year=None,
        url="https://developers.openai.com/api/docs/guides/supervised-fine-tuning",
        kind="vendor",
        checked=REREAD,
    ),
    Source(
        id="openai-rft",
        authors="OpenAI",
        title="Reinforcement fine-tuning",
        venue="OpenAI API",
        venue_form="docs",
        year=None,
        url="https://developers.openai.com/api/docs/guides/reinforcement-fine-tuning",
        kind="vendor",
        checked=REREAD,
    ),
    Source(
        id="openai-deprecations",
        authors="OpenAI",
        title="Deprecations",
        venue="OpenAI API",
        venue_form="docs",
        year=None,
        url="https://developers.openai.com/api/docs/deprecations",
        kind="vendor",
        checked=REREAD,
    ),
    Source(
        id="openai-prompt-caching",
        authors="OpenAI",
        title="Prompt caching",
        venue="OpenAI API",
        venue_form="docs",
        year=None,
        url="https://developers.openai.com/api/docs/guides/prompt-caching",
        kind="vendor",
        checked=REREAD,
    ),
    Source(
        id="anthropic-pe",
        authors="Anthropic",
        title="Prompt engineering overview",
        venue="Claude",
        venue_form="docs",
        year=None,
        url="https://docs.anthropic.com/en/docs/build-with-claude/prompt-engineering/overview",
        kind="vendor",
    ),
    Source(
        id="together-ft-vs-prompt",
        authors="Together AI",
        title="Fine-tuning vs. prompting",
        venue="Together AI",
        venue_form="docs",
        year=None,
        url="https://docs.together.ai/learn/finetune-vs-prompt",
        kind="vendor",
    ),
    Source(
        id="together-post-training",
        authors="Together AI",
        title="Post-training overview",
        venue="Together AI",
        venue_form="docs",
        year=None,
        url="https://docs.together.ai/docs/post-training/overview",
        kind="vendor",
        checked=REREAD,
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
        id="foundry-ft-overview",
        authors="Microsoft",
        title="Fine-tuning overview (Microsoft Foundry)",
        venue="Microsoft Learn",
        year=None,
        url="https://learn.microsoft.com/en-us/azure/foundry/fine-tuning/overview",
        kind="vendor",
        checked=REREAD,
    ),
    Source(
        id="foundry-ft-costs",
        authors="Microsoft",
        title="Fine-tuning cost management (Microsoft Foundry)",
        venue="Microsoft Learn",
        year=None,
        url="https://learn.microsoft.com/en-us/azure/foundry/fine-tuning/cost-management",
        kind="vendor",
        checked=REREAD,
    ),
    Source(
        id="vertex-preference-tuning",
        authors="Google Cloud",
        title="About preference tuning for Gemini models",
        venue="Vertex AI",
        venue_form="docs",
        year=None,
        url="https://docs.cloud.google.com/vertex-ai/generative-ai/docs/models/gemini-preference-tuning",
        kind="vendor",
        checked=REREAD,
    ),
    Source(
        id="fireworks-ft",
        authors="Fireworks AI",
        title="Managed Fine-Tuning Overview",
        venue="Fireworks AI",
        venue_form="docs",
        year=None,
        url="https://docs.fireworks.ai/fine-tuning/managed-finetuning-intro",
        kind="vendor",
        checked=REREAD,
    ),
    Source(
        id="peft-checkpoint",
        authors="Hugging Face",
        title="PEFT checkpoint format",
        venue="PEFT",
        venue_form="docs",
        year=None,
        url="https://huggingface.co/docs/peft/developer_guides/checkpoint",
        kind="vendor",
        checked=REREAD,
    ),
    Source(
        id="vllm-structured-outputs",
        authors="vLLM",
        title="Structured Outputs",
        venue="vLLM",
        venue_form="docs",
        year=None,
        url="https://docs.vllm.ai/en/latest/features/structured_outputs/",
        kind="vendor",
        checked=REREAD,
    ),
    Source(
        id="mistral-ft",
        authors="Mistral AI",
        title="Fine-tuning",
        venue="Mistral",
        venue_form="docs",
        marked_deprecated=True,
        year=None,
        url="https://docs.mistral.ai/capabilities/finetuning/",
        kind="vendor",
    ),
    Source(
        id="mistral-deprecated",
        authors="Mistral AI",
        title="Deprecated features",
        venue="Mistral",
        venue_form="docs",
        year=None,
        url="https://docs.mistral.ai/resources/deprecated",
        kind="vendor",
        checked=REREAD,
    ),
    Source(
        id="cohere-ft",
        authors="Cohere",
        title="Fine-tuning for Cohere's Chat Model",
        venue="Cohere",
        venue_form="docs",
        year=None,
        url="https://docs.cohere.com/docs/chat-fine-tuning",
        kind="vendor",
        checked=REREAD,
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
        "向模型注入知识时，检索的效果优于无监督微调（在原始文本上继续训练）：预训练中见过的事实如此，全新的事实也如此。",
        "For getting knowledge into a model, retrieval beat unsupervised fine-tuning (further training on raw text), "
        "for facts seen in pre-training and for new ones alike.",
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
    _claim(
        "FT-1",
        "foundry-ft-overview",
        "supports",
        "微调可以让回答保持一致的语气、格式或结构定义（schema），但收益并无保证，要在留出集上和基线比较。",
        "Fine-tuning can keep responses to a consistent tone, format or schema, but the benefit is not guaranteed: "
        "compare with your baseline on held-out data.",
    ),
    _claim(
        "FT-1",
        "vllm-structured-outputs",
        "qualifies",
        "推理服务可以在解码时把输出限制在给定的 JSON Schema、正则表达式、选项列表或语法之内：只为得到合法的结构，不必训练。",
        "Inference servers can constrain decoding to a given JSON schema, regular expression, list of choices or "
        "grammar: valid structure without any training.",
        beyond_guide=True,
    ),
    _claim(
        "FT-1",
        "dpo-2023",
        "qualifies",
        "如果你分得出两条回答哪条更好，却写不出标准答案，可以直接用这种偏好数据训练（DPO），既不需要单独的奖励模型，也不需要强化学习。",
        "If you can tell which of two answers is better but cannot write the ideal one, you can train on those "
        "preferences directly (DPO), with no separate reward model and no reinforcement learning.",
        beyond_guide=True,
    ),
    _claim(
        "BP-2",
        "kto-2024",
        "qualifies",
        "不是只有输入→输出配对才能训练：只标了“好”或“不好”的单条回答（点赞/点踩）也能用 KTO 训练，"
        "在 1B 到 30B 的模型上，效果追平或超过需要成对比较数据的偏好方法。",
        "Input→output pairs are not the only teaching signal: single answers marked only good or bad (thumbs up/down) "
        "train a model with KTO, which matched or beat preference methods that need paired comparisons at 1B to 30B.",
        beyond_guide=True,
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
    _claim(
        "FT-2",
        "foundry-ft-overview",
        "supports",
        "训练样本可以提高模型选对工具、填对参数的准确度：调用工具的格式也是一种输入→输出映射。",
        "Training examples can improve which tool a model picks and how accurately it fills in the arguments: a "
        "tool-calling format is an input→output mapping too.",
        beyond_guide=True,
    ),
    # FT-3: one narrow, well-defined task
    _claim(
        "FT-3",
        "loraland-2024",
        "supports",
        "在 31 个专门任务上，每个任务用 4-bit LoRA 单独微调一个小模型，平均比各自的基座模型高 34 分，比 GPT-4 高 10 分；"
        "在编程、MMLU 这类范围更宽的任务上，GPT-4 仍然领先。需要注意：GPT-4 只拿到零样本或单样本提示，"
        "并没有经过 FT-4 要求的那种认真的提示工程；作者来自出售微调服务的 Predibase。",
        "Small models fine-tuned with 4-bit LoRA, one per narrow task, beat their base models by 34 points and "
        "GPT-4 by 10 points on average over 31 tasks; GPT-4 stayed ahead on broader tasks such as coding and MMLU. "
        "Caveats: GPT-4 got zero- or single-shot prompts, not the serious prompt work FT-4 asks for, and the "
        "authors are from Predibase, which sells fine-tuning.",
    ),
    _claim(
        "FT-3",
        "biderman-2024",
        "qualifies",
        "专门化有代价：在代码和数学上，全量微调学到的新领域内容更多，原有能力也忘得更多（灾难性遗忘）；"
        "LoRA 学得少、忘得也少。两者落在同一条“学到多少、忘掉多少”的权衡曲线上，LoRA 忘得少，主要是因为它学得少。",
        "Specialising has a price: on code and maths, full fine-tuning learned more of the new domain and forgot "
        "more of what the model could already do (catastrophic forgetting); LoRA learned less and forgot less. Both "
        "lie on the same learning–forgetting curve: LoRA forgets less largely because it learns less.",
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
        "在对照实验中，向模型注入知识时，检索的效果始终优于无监督微调（在原始文本上继续训练）；模型很难通过这种微调学会新事实，"
        "作者发现训练时让同一事实以多种说法出现，可能有所缓解。",
        "In controlled comparisons, retrieval consistently beat unsupervised fine-tuning (further training on raw "
        "text) at getting knowledge into a model; the models struggled to learn new facts this way, and exposing "
        "them to many variations of the same fact could ease the problem.",
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
        "foundry-ft-overview",
        "supports",
        "就连提供微调服务的厂商也说明：微调代替不了为最新信息所做的检索。",
        "Even a vendor that sells fine-tuning states that it does not replace retrieval for current information.",
    ),
    _claim(
        "NFT-1",
        "carlini-2021",
        "supports",
        "研究者只靠向 GPT-2 提问，就取出了数百段与训练数据逐字相同的文本，包括姓名、电话和邮箱，有的只在一份训练文档里出现过："
        "训练进权重的内容可能被原样说出来，而且没有按用户控制访问权限的办法。",
        "By querying GPT-2 alone, researchers extracted hundreds of verbatim sequences of its training data, "
        "including names, phone numbers and email addresses, some found in a single training document: what is "
        "trained into the weights can come back out word for word, with no way to control who may see it.",
        beyond_guide=True,
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
        "再用它精选的约 80 万条样本，只做监督微调，1.5B–70B 的 Qwen 和 Llama 模型推理成绩也明显提高。",
        "Large-scale reinforcement learning on tasks with checkable answers (maths, code) raised reasoning scores "
        "strongly; supervised fine-tuning alone on about 800,000 samples curated with the resulting model raised "
        "the reasoning scores of 1.5B–70B Qwen and Llama models as well.",
        beyond_guide=True,
    ),
    _claim(
        "NFT-2",
        "s1-2025",
        "disagrees",
        "用 1000 道精选题目及更强模型（Gemini）写出的推理过程，对 Qwen2.5-32B-Instruct 做监督微调，在 16 块 H100 上只用了 26 分钟；"
        "配合一种控制思考长度的解码方法，竞赛数学成绩最多比 o1-preview 高 27%。",
        "Supervised fine-tuning of Qwen2.5-32B-Instruct on 1,000 curated questions with reasoning traces from a "
        "stronger model (Gemini) took 26 minutes on 16 H100 GPUs; with a decoding method that controls how long "
        "it thinks, it beat o1-preview on competition maths by up to 27%.",
        beyond_guide=True,
    ),
    _claim(
        "NFT-2",
        "deepseek-r1-2025",
        "qualifies",
        "在小模型上直接做大规模强化学习，算力花得多，效果却不如用大模型的推理过程去蒸馏：这类提升离不开一个足够强的模型。",
        "Large-scale reinforcement learning on small models took far more compute and did worse than distilling "
        "a large model's reasoning into them: these gains depend on a strong model somewhere in the chain.",
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
    _claim(
        "NFT-4",
        "openai-prompt-caching",
        "qualifies",
        "嫌长提示词又贵又慢时，先看提示词缓存：请求开头完全相同的部分（说明、示例、工具定义）可以复用已经算好的结果，"
        "输入成本和首个词元的延迟都会下降，不需要任何训练。",
        "When a long prompt is too slow or costly, look at prompt caching first: an identical prompt prefix "
        "(instructions, examples, tool definitions) reuses work already done, cutting input cost and time to the "
        "first token, with no training at all.",
        beyond_guide=True,
    ),
    _claim(
        "NFT-4",
        "foundry-ft-overview",
        "qualifies",
        "调用量大时，微调能省掉提示词里的示例和说明，从而降低每次调用的词元成本和延迟；也可以用更强模型生成的样本训练一个更小的模型。"
        "但微调本身会增加训练和托管费用。",
        "At volume, fine-tuning can replace examples and instructions in the prompt, lowering token cost and "
        "latency per call, and examples generated by a stronger model can train a smaller one; fine-tuning adds "
        "training and hosting costs of its own.",
        beyond_guide=True,
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
        "每个专门任务单独做一个小型 LoRA 微调，在 31 个任务上平均超过了 GPT-4（GPT-4 只拿到零样本或单样本提示；作者来自出售微调服务的公司）。",
        "One small LoRA fine-tune per narrow task beat GPT-4 on average over 31 tasks (GPT-4 got zero- or "
        "single-shot prompts; the authors' company sells fine-tuning).",
    ),
    _claim(
        "BP-7",
        "ovadia-2024",
        "supports",
        "就注入知识而言，检索胜过无监督微调：知识应当接入，而不是训练进模型。",
        "For knowledge, retrieval beat unsupervised fine-tuning: connect the knowledge rather than train it in.",
    ),
    _claim(
        "BP-7",
        "karpukhin-2020",
        "qualifies",
        "检索本身也可以训练：用问题—段落对和难负例训练的稠密检索器，在前 20 个结果的命中率上比 BM25 关键词检索高出 9–19 个百分点。"
        "知识仍然接入而非训练进去，只是被训练的是检索器。",
        "Retrieval itself can be trained: a dense retriever trained on question→passage pairs with hard negatives "
        "beat BM25 keyword search by 9–19 points of top-20 retrieval accuracy. The knowledge is still connected "
        "rather than trained in; what is trained is the retriever.",
        beyond_guide=True,
    ),
    _claim(
        "CORE",
        "gururangan-2020",
        "qualifies",
        "在领域或任务的原始文本上进行第二阶段预训练，提升了该领域任务的表现：继续预训练确实能教给模型一部分领域知识和用语，这正是核心论点中“主要”二字留出的余地。",
        "A second phase of pre-training on a domain's or a task's raw text improved results on that domain's "
        "tasks: continued pre-training does teach a model some of a domain's knowledge and language, the room "
        "the core thesis leaves with its “mainly”.",
        beyond_guide=True,
    ),
)

UNCOVERED: frozenset[str] = frozenset({"BP-4"})
"""Rules no checked source covers: shown as "from the guide; no independent source yet"."""

NOTES: tuple[Note, ...] = (
    Note(
        rule="NFT-1",
        text=Text(
            zh="我们仍然站在原指南一边：在对照实验中，检索比无监督微调更能可靠地补上事实；学习未知事实还会增加幻觉。"
            "Mistral 举的例子（工具和工作流程）在我们看来是行为模式：何时调用哪个工具、参数怎么填，正是 FT-2 所说的映射，"
            "其他厂商也把改进工具调用列为微调的用途；工具背后的数据则仍应在运行时查询。",
            en="We still side with the guide: in controlled comparisons retrieval supplied facts more reliably than "
            "unsupervised fine-tuning, and learning unknown facts raised hallucinations. Mistral's examples, tools "
            "and workflows, read to us as patterns of behaviour: when to call which tool and how to fill in its "
            "arguments is the kind of mapping FT-2 describes, and other vendors list better tool use among the aims "
            "of fine-tuning; the data behind a tool is still looked up at run time.",
        ),
        sources=("ovadia-2024", "gekhman-2024", "mistral-ft", "foundry-ft-overview"),
    ),
    Note(
        rule="NFT-2",
        text=Text(
            zh="这些结果是有条件的。s1 从一个本身就很强的基座模型（Qwen2.5-32B-Instruct）出发，用的是更强模型写出的推理过程；"
            "DeepSeek 蒸馏出的小模型学的是 DeepSeek-R1 的样本，而在小模型上直接做强化学习需要大量算力，效果还更差。"
            "训练本身未必昂贵：s1 的微调只用了 16 块 H100、26 分钟；难的是拿到更强模型的推理过程，或者能由程序自动判分的奖励。"
            "如果你手里只有普通的输入→输出样本，原指南的建议依然成立。",
            en="These gains came with conditions. s1 started from a strong base model (Qwen2.5-32B-Instruct) and used "
            "reasoning traces from a stronger model; DeepSeek's small distilled models learned from DeepSeek-R1's "
            "samples, while reinforcement learning on small models needed large compute and did worse. Training need "
            "not be expensive (s1's fine-tune took 26 minutes on 16 H100 GPUs); the hard part is getting traces from a "
            "stronger model, or rewards a program can check. With ordinary input→output pairs, the guide's advice "
            "still holds.",
        ),
        sources=("s1-2025", "deepseek-r1-2025", "openai-rft"),
    ),
)

# ---------------------------------------------------------------------------
# Dated context: where fine-tuning is offered, as of the day each statement was checked
# ---------------------------------------------------------------------------

CHANGES: tuple[Statement, ...] = (
    Statement(
        id="openai-closed",
        text=Text(
            zh="OpenAI 正在分阶段关停自助微调：2026 年 5 月 7 日起不再向从未用过它的组织开放；2026 年 7 月 2 日起，"
            "过去 60 天里没有调用过微调模型的组织也不能再创建训练任务；2027 年 1 月 6 日起，所有新的微调任务一律停止。",
            en="OpenAI is winding down self-serve fine-tuning in stages: from 2026-05-07 it was closed to organisations "
            "that had never used it; from 2026-07-02 also to organisations that had not run a fine-tuned model in the "
            "previous 60 days; from 2027-01-06 no new fine-tuning jobs can be started at all.",
        ),
        sources=("openai-deprecations",),
        checked=REREAD,
    ),
    Statement(
        id="openai-inference",
        text=Text(
            zh="已有的微调模型可以继续调用，直到各自的基座模型退役，届时基于它的微调模型随之下线。"
            "你的基座模型何时退役，以弃用页面上的日期为准。",
            en="Existing fine-tuned models keep serving until their base model retires, and the fine-tunes built on "
            "a base model go with it. The deprecations page has the date for your base model.",
        ),
        sources=("openai-deprecations",),
        checked=REREAD,
    ),
    Statement(
        id="openai-guides",
        text=Text(
            zh="OpenAI 的监督微调和强化微调指南如今说明的是一个正在关停的平台；其中与平台无关的建议（先建好评测，从约 50 条样本起步）"
            "我们仍然引用。",
            en="OpenAI's supervised and reinforcement fine-tuning guides now document a platform being wound down; we "
            "still cite the advice in them that does not depend on the platform (set up evaluations first, start with "
            "about 50 examples).",
        ),
        sources=("openai-sft", "openai-rft"),
        checked=REREAD,
    ),
    Statement(
        id="cohere-deprecated",
        text=Text(
            zh="Cohere 已于 2025 年 9 月 15 日弃用微调功能。",
            en="Cohere deprecated fine-tuning on 2025-09-15.",
        ),
        sources=("cohere-ft",),
        checked=REREAD,
    ),
    Statement(
        id="mistral-deprecated",
        text=Text(
            zh="Mistral 把微调（包括旧版微调 API）列为已弃用的功能，且没有给出替代方案。",
            en="Mistral lists fine-tuning, including its legacy fine-tuning API, among its deprecated features, with no "
            "replacement documented.",
        ),
        sources=("mistral-deprecated", "mistral-ft"),
        checked=REREAD,
    ),
)

MEANING: tuple[Statement, ...] = (
    Statement(
        id="still-offered",
        text=Text(
            zh="微调并没有消失，只是换了地方：Microsoft Foundry 提供监督微调、偏好微调（DPO）和强化微调；Google Vertex AI "
            "为 Gemini 模型提供监督微调和偏好微调；Together AI 和 Fireworks 可以对开放权重模型做监督微调、DPO 和强化学习类的微调。",
            en="Fine-tuning has not gone away; it has moved. Microsoft Foundry offers supervised, preference (DPO) and "
            "reinforcement fine-tuning; Google Vertex AI offers supervised and preference tuning for Gemini models; "
            "Together AI and Fireworks offer supervised, DPO and reinforcement-style fine-tuning of open-weight models.",
        ),
        sources=("foundry-ft-costs", "vertex-preference-tuning", "together-post-training", "fireworks-ft"),
        checked=REREAD,
    ),
    Statement(
        id="plan-for-portability",
        text=Text(
            zh="厂商退出带来的教训是可迁移，而不是回避托管服务：训练数据、评测集和提示词要握在自己手里；优先选自己能保存的基座模型"
            "（开放权重），或者能导出适配器、检查点的服务；并预先计划好在基座模型退役时重新训练。",
            en="The lesson of vendors leaving is portability, not avoiding hosted services: keep your training data, "
            "evaluation set and prompts in your own hands; prefer a base model you can keep (open weights) or a service "
            "that lets you export adapters or checkpoints; and plan to retrain when the base model retires.",
        ),
        sources=("openai-deprecations", "together-post-training", "peft-checkpoint"),
        checked=REREAD,
    ),
    Statement(
        id="use-lora",
        text=Text(
            zh="LoRA 等参数高效微调只训练少量附加参数，基座模型保持不变；得到的适配器文件很小，但加载时离不开原来的基座模型。"
            "在 31 个专门任务上，每个任务一个 4-bit LoRA 的小模型平均超过了只拿到零样本或单样本提示的 GPT-4。",
            en="Parameter-efficient fine-tuning such as LoRA trains a small set of added weights and leaves the base "
            "model unchanged; the resulting adapter is small but only loads on top of that same base model. One 4-bit "
            "LoRA model per narrow task beat GPT-4, prompted zero- or single-shot, on average over 31 tasks.",
        ),
        sources=("lora-2022", "peft-checkpoint", "loraland-2024"),
        checked=REREAD,
    ),
    Statement(
        id="lora-forgets-less",
        text=Text(
            zh="与全量微调相比，LoRA 学到的新领域内容少一些，忘掉的原有能力也少一些；两者落在同一条权衡曲线上，所以两头都要测。",
            en="Compared with full fine-tuning, LoRA learns less of a new domain and forgets less of what the base model "
            "could do; both lie on the same trade-off curve, so measure both.",
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
            zh="留出一部分样本作为留出集，绝不拿来训练；评测微调后的模型要看它在留出集上的表现，而不是在训练样本上的表现。",
            en="Keep a held-out set that never enters training, and judge the fine-tuned model on it, not on its "
            "training examples.",
        ),
    ),
    Statement(
        id="check-what-it-lost",
        text=Text(
            zh="训练之后，检查模型在其他仍需胜任的任务上丢掉了多少能力（灾难性遗忘）；LoRA 忘得少，主要是因为它学得也少。",
            en="After training, check what the model lost on the other tasks it must still do (catastrophic "
            "forgetting); LoRA forgets less mainly because it also learns less.",
        ),
        sources=("biderman-2024",),
    ),
    Statement(
        id="safety-retest",
        text=Text(
            zh="训练之后，用一批模型本该拒绝的请求重新测一遍它的安全和拒答行为：即使训练数据完全无害，微调也可能削弱模型原有的安全防护。",
            en="After training, re-run a set of requests the model should refuse and check its safety behaviour: "
            "fine-tuning can weaken a model's safety guardrails even when every training example is harmless.",
        ),
        sources=("qi-2024",),
    ),
    Statement(
        id="beat-the-baseline",
        text=Text(
            zh="只有微调后的模型在留出集上明显胜过基线，才用它替换提示词方案；否则继续用提示词。",
            en="Replace the prompt only if the fine-tuned model clearly beats the baseline on the held-out set; "
            "otherwise keep the prompt.",
        ),
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
