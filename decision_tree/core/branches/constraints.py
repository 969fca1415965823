"""When a hard constraint forces a smaller model: distil the larger model that already does the job.

A team whose prompt works on a large hosted model, but who must run on its own servers,
on a device, or at a lower cost per call, is not asking whether prompting works: it works,
on the wrong model. The guide's NFT-4 ("a prompt already does it") does not settle this;
distilling the large model's checked outputs into the model the team must use does. These
outcomes are reached from the prompting question's "works on a larger model" answer.
"""

from __future__ import annotations

from decision_tree.core.authoring import BEST_PRACTICES
from decision_tree.core.model import Outcome
from decision_tree.core.text import Text
from decision_tree.core.vocabulary import Action, OutcomeKind

_DISTIL_BEYOND = Text(
    zh="有些大模型的使用条款禁止用它的输出训练与之竞争的模型。数据不能离开本地时，大模型也要在本地运行，或者只把允许外发的输入交给它。",
    en=(
        "Some larger models' terms of use forbid training a competing model on their outputs. Where data may not "
        "leave your premises, the larger model must run there too, or see only the inputs you may send out."
    ),
)

DISTIL_INTO_SMALLER = Outcome(
    id="distil-into-smaller",
    kind=OutcomeKind.FINE_TUNE,
    title=Text(
        zh="把大模型的做法蒸馏进你必须使用的小模型",
        en="Distil the larger model into the one you must use",
    ),
    summary=Text(
        zh=(
            "模式已经有人会了：更大的模型配上你的提示词就能做到。让它为几千条真实输入生成输出，逐条检查，删掉或改正错的，"
            "再用检查过的样本微调你必须使用的那个小模型。留出一份评测集，证明小模型不比“大模型加提示词”差。"
        ),
        en=(
            "The pattern is within reach: a larger model already does it with your prompt. Have it produce outputs "
            "for a few thousand real inputs, check them and drop or fix the wrong ones, then fine-tune the smaller "
            "model you must use on the checked pairs. Keep a held-out set to show the small model is no worse than "
            "the large model with its prompt."
        ),
    ),
    actions=frozenset({Action.DISTIL}),
    cites=("NFT-4", "FT-3", "FT-4"),
    checklist=BEST_PRACTICES,
    beyond_guide=_DISTIL_BEYOND,
)

RAG_AND_DISTIL = Outcome(
    id="rag-and-distil",
    kind=OutcomeKind.RAG_FINE_TUNE,
    title=Text(
        zh="知识用 RAG，模式蒸馏进你必须使用的小模型",
        en="RAG for the knowledge; distil the pattern into the model you must use",
    ),
    summary=Text(
        zh=(
            "知识交给 RAG。模式部分，更大的模型配上你的提示词已经能做到：让它在带有检索段落的真实输入上生成输出，"
            "逐条检查后，用这些样本微调你必须使用的小模型，训练输入里也要带上检索到的段落。"
        ),
        en=(
            "RAG supplies the knowledge. For the pattern, a larger model with your prompt already does it: have it "
            "produce outputs for real inputs that include the retrieved passages, check them, and fine-tune the "
            "smaller model you must use on those pairs, with the retrieved passages in the training inputs too."
        ),
    ),
    actions=frozenset({Action.RETRIEVAL, Action.DISTIL}),
    cites=("CORE", "NFT-1", "BP-7", "NFT-4", "FT-3", "FT-4"),
    checklist=BEST_PRACTICES,
    beyond_guide=_DISTIL_BEYOND,
)

OUTCOMES = (DISTIL_INTO_SMALLER, RAG_AND_DISTIL)
