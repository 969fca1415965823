"""A judge that binds what an answer *says* to the facts it *declares*.

The rules see only facts, so two sibling answers that swap their facts (the reader who says
"too small" is told about clustered data) pass every rule. This judge reads the answer
labels in both languages, as a reader does, and checks each declared fact against words
that fact's meaning requires of the label, written here from the fact vocabulary, not from
the tree. It is a small stand-in for the reader-situation oracle of issue 11 (which reads
whole situations); both plug into the mutation analysis as judges.

A mark is a tuple of alternatives; an alternative is a tuple of words that must all appear
(case-insensitive). `forbidden` words must not appear: they tell a single need from a
combined one ("reasoning" versus "reasoning and a pattern").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from decision_tree.core.model import Tree


@dataclass(frozen=True)
class Mark:
    en: tuple[tuple[str, ...], ...]
    zh: tuple[tuple[str, ...], ...]
    en_forbidden: tuple[str, ...] = ()
    zh_forbidden: tuple[str, ...] = ()


MARKS: Mapping[tuple[str, str], Mark] = MappingProxyType(
    {
        ("need", "knowledge"): Mark((("facts",),), (("事实",),), ("pattern",), ("模式",)),
        ("need", "reasoning"): Mark((("reason",),), (("推理",),), ("pattern",), ("模式",)),
        ("need", "pattern"): Mark(
            (("format",), ("input", "output"), ("specialised task",), ("tool",)),
            (("格式",), ("输入", "输出"), ("专门任务",), ("工具",)),
        ),
        ("need", "language"): Mark((("language",),), (("语言",),)),
        ("need", "persona"): Mark((("persona",),), (("身份",),)),
        ("need", "own_model"): Mark((("model of our own",),), (("自己的模型",),)),
        ("need", "cost_latency"): Mark((("cheaper or faster",),), (("更便宜或更快",),)),
        ("need", "many_tasks"): Mark((("many different tasks",),), (("许多不同的任务",),)),
        ("also", "nothing"): Mark((("nothing else",),), (("没有别的",),)),
        ("also", "knowledge"): Mark((("facts",),), (("事实",),), ("pattern", "reasoning"), ("模式", "推理")),
        ("also", "reasoning"): Mark((("reasoning",),), (("推理",),), ("pattern", "format"), ("模式", "格式")),
        ("also", "knowledge_and_reasoning"): Mark(
            (("facts", "reasoning"),), (("事实", "推理"),), ("pattern",), ("模式",)
        ),
        ("pattern", "format_style"): Mark((("format or style",),), (("格式或风格",),)),
        ("pattern", "mapping"): Mark((("one kind of input", "one kind of output"),), (("一类输入", "一类输出"),)),
        ("pattern", "specialised_task"): Mark((("specialised task",),), (("专门任务",),)),
        ("pattern", "tool_choice"): Mark((("right tool",),), (("选对", "工具"),)),
        ("prompting", "works_larger"): Mark((("works on a larger model",),), (("更大的模型上", "好用"),)),
        ("prompting", "not_applicable"): Mark((("takes no instructions",),), (("不接受指令",),)),
        ("tuned", "classifier"): Mark((("classifier",),), (("分类器",),)),
        ("tuned", "retriever"): Mark((("queries", "passage"),), (("查询", "段落"),)),
        ("exists", "fine_tuned"): Mark((("fine-tuned",),), (("微调",),)),
        ("exists", "rag"): Mark((("retrieval",),), (("检索",),)),
        ("symptom", "facts_missing"): Mark((("facts",),), (("事实",),)),
        ("symptom", "forgetting"): Mark((("worse at what it did before",),), (("原来会做的事做差了",),)),
        ("symptom", "overfitting"): Mark((("parrots",),), (("照搬",),)),
        ("symptom", "invalid_outputs"): Mark((("outside the allowed set",),), (("允许范围以外",),)),
        ("symptom", "worse_than_base"): Mark((("worse than the base model",),), (("比不上基座模型",),)),
        ("symptom", "safety_changed"): Mark((("refus",),), (("拒",),)),
        ("symptom", "unclear"): Mark((("not sure",),), (("说不清",),)),
        ("retrieval_labels", "many_pairs"): Mark((("thousands",),), (("数千",),)),
        ("retrieval_labels", "few"): Mark((("a few hundred at most",),), (("最多几百",),)),
        ("retrieval_labels", "none"): Mark((("none yet",),), (("还没有",),)),
        ("lookup", "exact"): Mark((("exact",),), (("准确",),)),
        ("prompting", "works"): Mark((("already works",), ("already does",)), (("已经很好用",), ("已经做得好",))),
        ("prompting", "tried_failed"): Mark(
            (("tried seriously", "measured", "misses"),), (("认真试过并衡量过", "达不到"),)
        ),
        ("prompting", "untried"): Mark((("not seriously tried",),), (("还没认真试过",),)),
        ("data", "good"): Mark(
            (("enough", "correct", "diverse", "with edge cases"),), (("足够", "正确", "多样", "并包含边缘案例"),)
        ),
        ("data", "edge_cases_missing"): Mark(
            (("enough", "correct", "diverse", "no edge cases"),), (("足够", "正确", "多样", "没有边缘案例"),)
        ),
        ("data", "small_or_flawed"): Mark((("too small", "errors"),), (("太少", "错误"),)),
        ("data", "clustered"): Mark((("too alike", "clustered"),), (("过于相似", "聚类"),)),
        ("data", "none"): Mark((("no training data",),), (("还没有训练数据",),)),
        ("data", "corpus"): Mark((("raw corpus",),), (("原始语料",),)),
        ("data", "outputs_only"): Mark((("outputs", "inputs", "not kept"),), (("输出", "输入", "没有留下"),)),
        ("data", "preferences"): Mark((("ratings", "choices"),), (("评分", "二选一"),)),
        ("data", "grader"): Mark((("checker", "right or wrong"),), (("检查程序", "对错"),)),
        ("data", "little_text"): Mark((("little",),), (("很少",),)),
        ("data", "unchecked"): Mark((("don't know", "nobody has checked"),), (("不清楚", "没有人检查过"),)),
        ("scope", "narrow"): Mark((("one narrow", "well-defined task"),), (("一个定义明确的",),)),
        ("scope", "broad"): Mark((("general-purpose",), ("many different tasks",)), (("通用",), ("许多不同的任务",))),
        ("cheap_fixes", "untried"): Mark((("not yet",),), (("还没有",),)),
        ("cheap_fixes", "not_enough"): Mark((("tried them", "still too costly"),), (("试过了", "还是太贵"),)),
        ("volume", "high"): Mark((("high volume",),), (("调用量大",),)),
        ("volume", "low"): Mark((("low volume",),), (("调用量不大",),)),
    }
)


def _says(label: str, alternatives: tuple[tuple[str, ...], ...], forbidden: tuple[str, ...]) -> bool:
    text = label.lower()
    return any(all(w.lower() in text for w in words) for words in alternatives) and not any(
        w.lower() in text for w in forbidden
    )


def label_problems(tree: Tree) -> tuple[str, ...]:
    """Every answer whose label does not say a fact it declares, in either language."""
    found: list[str] = []
    for q in tree.questions:
        for a in q.answers:
            for name, value in a.facts.items():
                mark = MARKS.get((name, value))
                if mark is None:
                    found.append(f"{q.id}/{a.id}: no label mark for {name}={value}")
                    continue
                if not _says(a.label.en, mark.en, mark.en_forbidden):
                    found.append(f"{q.id}/{a.id}: the English label does not say {name}={value}")
                if not _says(a.label.zh, mark.zh, mark.zh_forbidden):
                    found.append(f"{q.id}/{a.id}: the Chinese label does not say {name}={value}")
    return tuple(found)


def label_judge(tree: Tree) -> tuple[str, ...]:
    return label_problems(tree)
