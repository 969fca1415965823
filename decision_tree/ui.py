"""The widget's own words (its "chrome"), in both languages.

The widget's JavaScript only renders: every sentence it shows comes from Python, either
from the view of a path (`decision_tree.view`) or from these strings, which the widget
macro writes into the page so they are there before the engine is. Placeholders in
braces (`{step}`, `{n}`) are filled in by whoever shows the string: Python for error
messages, the widget for counters.
"""

from __future__ import annotations

from .engine import PathError, PathFinished, UnknownAnswer
from .text import Lang, Text
from .view import UI

WIDGET_UI: dict[str, Text] = {
    "title": Text(zh="交互式决策树", en="Interactive decision tree"),
    "loading": Text(zh="正在加载决策引擎……", en="Loading the decision engine…"),
    "loading_bytes": Text(
        zh="正在加载决策引擎（已下载 {loaded} / {total} MB）……",
        en="Loading the decision engine ({loaded} of {total} MB)…",
    ),
    "pending": Text(
        zh="已记下你的选择，引擎就绪后立即作答。",
        en="Your choice is noted; it is answered as soon as the engine is ready.",
    ),
    "opening": Text(zh="正在打开链接中的路径……", en="Opening the path from the link…"),
    "failed_before": Text(
        zh="交互式决策树无法在这个浏览器中运行（Python 引擎未能加载），请改用",
        en="The interactive tree cannot run in this browser (its Python engine did not load); use",
    ),
    "failed_diagram": Text(zh="下方的决策树图", en="the diagram below"),
    "failed_middle": Text(zh="或", en="or"),
    "failed_paths": Text(zh="全部路径一览表", en="the table of every path"),
    "failed_after": Text(zh="。", en="."),
    "noscript_before": Text(
        zh="交互式决策树需要 JavaScript。下方的决策树图和",
        en="The interactive tree needs JavaScript; the diagram below and",
    ),
    "noscript_after": Text(zh="给出同样的结论和规则。", en="give the same outcomes and rules."),
    "question_n": Text(zh="第 {n} 题", en="Question {n}"),
    "answers": Text(zh="可选回答", en="Answers"),
    "trail": Text(zh="你的回答", en="Your answers"),
    "trail_change": Text(zh="改回答", en="change"),
    "trail_go_to": Text(zh="回到这一题：", en="Go back to this question:"),
    "back": Text(zh="上一步", en="Back"),
    "restart": Text(zh="重新开始", en="Start over"),
    "outcome": UI["outcome"],  # the decision record's label: one term everywhere
    "reasons": Text(zh="每一步的理由", en="Why, step by step"),
    "cited_rules": UI["cited_rules"],  # the decision record's label: one term everywhere
    "checklist": UI["checklist"],  # the decision record's label: one term everywhere
    "copy_record": Text(zh="复制决策记录", en="Copy decision record"),
    "copied": Text(
        zh="决策记录已复制，可直接粘贴到设计评审中。", en="Decision record copied: paste it into your design review."
    ),
    "copy_failed": Text(
        zh="无法写入剪贴板，请手动复制下面的决策记录。",
        en="The clipboard is not available; copy the decision record below by hand.",
    ),
    "announce_question": Text(zh="第 {n} 题：{text}", en="Question {n}: {text}"),
    "announce_outcome": Text(zh="结论：{text}", en="Outcome: {text}"),
    "engine_error": Text(
        zh="决策引擎出错了，请重新开始。",
        en="The decision engine hit an error; please start over.",
    ),
}

BAD_PATH: dict[str, Text] = {
    "malformed": Text(
        zh="这个链接里的路径格式不对（第 {step} 步），无法打开。",
        en="The path in this link is malformed (step {step}), so it cannot be opened.",
    ),
    "unknown": Text(
        zh="这个链接里的第 {step} 步不是对应问题的回答，链接可能来自旧版决策树。",
        en="Step {step} of the path in this link is not an answer to its question; "
        "the link may come from an older version of the tree.",
    ),
    "finished": Text(
        zh="这个链接里的路径在第 {step} 步之前已经得出结论，后面的步骤无法打开。",
        en="The path in this link reaches its outcome before step {step}; the steps after it cannot be opened.",
    ),
}


def widget_strings(lang: Lang) -> dict[str, str]:
    """Every chrome string in one language, as the widget macro embeds them."""
    return {key: text[lang] for key, text in WIDGET_UI.items()}


def bad_path_message(error: PathError, lang: Lang) -> str:
    """Say which step of a shared link is wrong, in the reader's language.

    The engine's own message is English and quotes the offending text; the reader gets
    the step number only, so nothing from the URL is ever echoed back into the page.
    """
    if isinstance(error, UnknownAnswer):
        kind = "unknown"
    elif isinstance(error, PathFinished):
        kind = "finished"
    else:
        kind = "malformed"
    return BAD_PATH[kind][lang].format(step=error.position + 1)
