"""Every user-visible label, in both languages, with each language's punctuation: one home each.

The widget's chrome, the decision record, the terminal, the diagram, the rule cards, the
evidence boxes and the generated tables all take their words from here, so a term reads
the same everywhere and a newcomer who wants to reword "Cited rules" has one place to
look. `tests/views/test_labels.py` fails on a label written twice (same words under two
keys) or never used. Content (questions, answers, outcomes, rules, evidence) lives in
`core`; these are the words *around* it.

Placeholders in braces (`{n}`, `{step}`, `{date}`) are filled by whoever shows the label:
Python for most, the widget's JavaScript for its counters (`WIDGET_KEYS` are sent to it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from decision_tree.core.text import Lang, Text
from decision_tree.core.vocabulary import OutcomeKind

# --- punctuation ---------------------------------------------------------------------
# As named escapes: the Chinese copy linter sees these without the Chinese text they will
# sit between, and would otherwise make them half-width.

COLON = Text(zh="\N{FULLWIDTH COLON}", en=": ")
LIST_SEPARATOR = Text(zh="\N{IDEOGRAPHIC COMMA}", en=", ")
SEMICOLON = Text(zh="\N{FULLWIDTH SEMICOLON}", en="; ")
COMMA = Text(zh="\N{FULLWIDTH COMMA}", en=", ")
FULL_STOP = Text(zh="\N{IDEOGRAPHIC FULL STOP}", en=". ")
DASH = Text(zh="\N{EM DASH}\N{EM DASH}", en=" \N{EM DASH} ")
OPEN_PAREN = Text(zh="\N{FULLWIDTH LEFT PARENTHESIS}", en=" (")
CLOSE_PAREN = Text(zh="\N{FULLWIDTH RIGHT PARENTHESIS}", en=")")
SENTENCE_GAP = Text(zh="", en=" ")
"""Between two sentences: Chinese runs them on, English needs a space."""

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# --- labels ----------------------------------------------------------------------------

LABELS: Mapping[str, Text] = MappingProxyType(
    {
        # A path and its outcome (widget, decision record, terminal, tables)
        "outcome": Text(zh="结论", en="Outcome"),
        "cited_rules": Text(zh="引用的规则", en="Cited rules"),
        "checklist": Text(zh="动手前的最佳实践清单", en="Best-practice checklist before you train"),
        "your_answers": Text(zh="你的回答", en="Your answers"),
        "answers": Text(zh="回答", en="Answers"),
        "why": Text(zh="理由", en="Why"),
        "reasons": Text(zh="每一步的理由", en="Why, step by step"),
        "beyond_guide": Text(zh="超出原指南", en="Beyond the guide"),
        "hint": Text(zh="提示", en="Hint"),
        "unfinished": Text(zh="这条路径还没走完，下一个问题：", en="The path is not finished; next question:"),
        # The outcome card's further parts (views.card)
        "parts": Text(zh="你的路径上还要注意", en="Also on your path"),
        "stances": Text(zh="引用的微调规则在这里的分量", en="How the cited fine-tuning rules weigh here"),
        "stance_for": Text(
            zh="条件符合，支持微调；但其他条件还没满足",
            en="its condition holds: it counts for fine-tuning, but other conditions do not",
        ),
        "stance_against": Text(
            zh="条件不符合，不支持在此微调", en="its condition does not hold: it counts against fine-tuning here"
        ),
        "changes": Text(zh="什么会改变这个结论", en="What would change the decision"),
        "next_steps": Text(zh="下一步", en="Next steps"),
        "plan": Text(zh="让下一步贴合你的团队", en="Fit the next steps to your team"),
        "plan_note": Text(
            zh="这几个问题可以不答：答了，下一步会换成适合你的做法，结论不变。再点一次已选的答案就取消它。",
            en=(
                "These are optional: each answer swaps in the steps that fit you, and never changes the verdict. "
                "Press a chosen answer again to clear it."
            ),
        ),
        "plan_note_terminal": Text(
            zh="可以不答：用 explain 打开下面任一路径（* 为已选），下一步会换成适合你的做法，结论不变。",
            en="Optional: explain one of these paths (* is chosen) to swap in the steps that fit you; the verdict stays.",
        ),
        "plan_clear": Text(zh="取消：", en="to clear: "),
        "plan_reason": Text(zh="用来挑选下一步，不影响结论。", en="It picks the next steps; the verdict stays."),
        "step_sources": Text(zh="来源", en="Sources"),
        "route_title": Text(zh="各条路线的大致成本", en="Rough cost of each route"),
        "route_name": Text(zh="路线", en="Route"),
        "route_cost": Text(zh="费用", en="Cost"),
        "route_effort": Text(zh="人力", en="Effort"),
        "route_time": Text(zh="拿到第一个结果", en="Time to a first result"),
        "route_recommended": Text(zh="本结论推荐", en="recommended here"),
        "change_if": Text(zh="如果回答“{answer}”", en="If you answered “{answer}”"),
        "team_note": Text(zh="团队备注", en="Team's note"),
        "notes_summary": Text(zh="给决策记录加备注（可选）", en="Add notes to the decision record (optional)"),
        "notes_privacy": Text(
            zh="备注只留在这个页面里，不会发送到任何地方；复制决策记录时会作为纯文本写进去。",
            en="Notes stay in this page and are sent nowhere; copying the decision record writes them into it as plain text.",
        ),
        "older_link": Text(
            zh="这个链接是用旧版决策树生成的（{old}）；按现在的决策树，它读作 {today}。",
            en="This link was made with an earlier version of the tree ({old}); today it reads as {today}.",
        ),
        # The decision record (Markdown for design reviews)
        "decision_record": Text(zh="决策记录", en="Decision record"),
        "record_link": Text(zh="本路径的链接", en="Link to this path"),
        "record_source": Text(zh="来自《该不该微调？》决策树", en="From the “Should I fine-tune?” decision tree"),
        # Evidence
        "evidence_title": Text(zh="{rule} 的证据", en="Evidence for {rule}"),
        "checked": Text(zh="{date}核查", en="checked {date}"),
        "supports": Text(zh="支持", en="Supports"),
        "qualifies": Text(zh="有所限定", en="Qualifies"),
        "disagrees": Text(zh="持不同意见", en="Disagrees"),
        "supports_ids": Text(zh="支持 {ids}", en="supports {ids}"),
        "qualifies_ids": Text(zh="对 {ids} 有所限定", en="qualifies {ids}"),
        "disagrees_ids": Text(zh="对 {ids} 持不同意见", en="disagrees with {ids}"),
        "uncovered": Text(zh="来自原指南，暂无独立来源。", en="From the guide; no independent source yet."),
        "unsourced": Text(zh="我们的建议，暂无独立来源", en="our advice; no independent source yet"),
        "readiness": Text(zh="训练前后的检查", en="Checks before and after training"),
        "key_sources": Text(zh="主要来源", en="Key sources"),
        "research": Text(zh="研究", en="Research"),
        "vendor": Text(zh="厂商指南", en="Vendor guidance"),
        "context_title": Text(zh="截至 {date}的微调服务", en="Fine-tuning services as of {date}"),
        "what_changed": Text(zh="发生了什么变化", en="What changed"),
        "what_it_means": Text(zh="如果结论是微调，这意味着什么", en="What it means if the tree says fine-tune"),
        "cited_for": Text(zh="引用于", en="Cited for"),
        "context_ref": Text(zh="微调服务现状", en="the fine-tuning services context"),
        "readiness_ref": Text(zh="训练前后的检查清单", en="the checklist before and after training"),
        "note": Text(zh="我们的解读", en="Our reading"),
        "facts_checked": Text(zh="事实于 {date}核查", en="Facts checked {date}"),
        "in_references": Text(zh="见参考资料", en="see the references"),
        # Rule cards and the rules index
        "rule_check": Text(zh="测试检查的内容", en="What the tests check"),
        "rule_source": Text(zh="出处", en="Source"),
        "permalink": Text(zh="永久链接", en="Permalink"),
        "copy_citation": Text(zh="复制引用", en="Copy citation"),
        "citation_copied": Text(zh="已复制引用", en="Citation copied"),
        "copy_manually": Text(
            zh="无法直接写入剪贴板：引用已选中，请按 Ctrl+C（macOS 上按 ⌘C）复制。",
            en="The clipboard is not available: the citation is selected, press Ctrl+C (⌘C on macOS) to copy it.",
        ),
        "citation_markdown": Text(zh="引用的 Markdown", en="Citation in Markdown"),
        "rule": Text(zh="规则", en="Rule"),
        "cited_by": Text(zh="引用它的结论", en="Cited by outcomes"),
        "checklist_of": Text(zh="列入清单的结论", en="On the checklist of"),
        "paths_count": Text(zh="{n} 条路径：", en="{n} paths:"),
        "path_count_one": Text(zh="1 条路径：", en="1 path:"),
        "none": Text(zh="无", en="none"),
        # Where a source was published, around the venue's own name (views.evidence.venue_label)
        "venue_docs": Text(zh="{name} 文档", en="{name} docs"),
        "venue_report": Text(zh="{name} 技术报告", en="Technical report ({name})"),
        "marked_deprecated": Text(zh="已标为弃用", en="marked deprecated"),
        # The paths table
        "widget_column": Text(zh="决策树", en="Decision tree"),
        "open_in_tree": Text(zh="在决策树中打开", en="Open in the decision tree"),
        # The diagram
        "diagram_title": Text(zh="该不该微调？决策树", en="Should I fine-tune? The decision tree"),
        "diagram_counts": Text(
            zh="全部 {questions} 个问题、{answers} 个回答和 {outcomes} 个结论。",
            en="all {questions} questions, {answers} answers and {outcomes} outcomes.",
        ),
        "diagram_reading": Text(
            zh="结论的颜色表示它的类型（见图例）；点结论标题或规则编号，可打开该规则所在的章节。",
            en="An outcome's colour shows its kind (see the legend); its title and rule IDs link to the rules' sections.",
        ),
        "diagram_region": Text(zh="决策树全图，可滚动", en="The whole decision tree, scrollable"),
        "diagram_scroll_hint": Text(
            zh="图比版面宽时，可以左右滚动查看，在手机上也可以双指缩放。",
            en="Where the diagram is wider than the page, scroll sideways; on a phone you can also pinch to zoom.",
        ),
        "diagram_open": Text(zh="在新标签页中打开大图（SVG）", en="Open the full-size diagram (SVG) in a new tab"),
        "legend": Text(zh="图例", en="Legend"),
        "legend_question": Text(zh="问题", en="Question"),
        "legend_rule": Text(zh="规则编号（链接）", en="Rule ID (a link)"),
        "diagram_size": Text(zh="图的显示大小", en="Diagram size"),
        "diagram_fit": Text(zh="适应宽度", en="Fit to width"),
        "diagram_full_size": Text(zh="原始大小", en="Full size"),
        # The widget's chrome (sent to its JavaScript: WIDGET_KEYS)
        "loading": Text(zh="正在加载决策引擎……", en="Loading the decision engine…"),
        "loading_bytes": Text(
            zh="正在加载决策引擎（已下载 {loaded} / {total} MB）……",
            en="Loading the decision engine ({loaded} of {total} MB)…",
        ),
        "pending": Text(
            zh="你的回答已记下，引擎就绪后立即作答。",
            en="Your answer is kept and answered as soon as the engine is ready.",
        ),
        "time_left_seconds": Text(zh="大约还需 {n} 秒。", en="About {n} s left."),
        "time_left_minutes": Text(zh="大约还需 {n} 分钟。", en="About {n} min left."),
        "opening": Text(zh="正在打开链接中的路径……", en="Opening the path from the link…"),
        "failed_browser": Text(
            zh="交互式决策树无法在这个浏览器中运行：浏览器没能启动它的 Python 引擎（WebAssembly 不可用或被禁用）。",
            en="The interactive tree cannot run in this browser: it could not start its Python engine (WebAssembly is missing or blocked).",
        ),
        "failed_network": Text(
            zh="交互式决策树没能加载它的 Python 引擎：网络连接中断或停滞了。",
            en="The interactive tree could not load its Python engine: the network connection failed or stalled.",
        ),
        "failed_server": Text(
            zh="交互式决策树没能加载它的 Python 引擎：服务器没有正确提供引擎的文件。",
            en="The interactive tree could not load its Python engine: the server did not deliver its files correctly.",
        ),
        "failed_use": Text(zh="你可以重试，或改用", en="You can retry, or use"),
        "retry": Text(zh="重试", en="Retry"),
        "failed_diagram": Text(zh="下方的决策树图", en="the diagram below"),
        "or": Text(zh="或", en="or"),
        "every_path": Text(zh="全部路径一览表", en="the table of every path"),
        "noscript_before": Text(
            zh="交互式决策树需要 JavaScript。没有它，下面每个回答都会打开",
            en="The interactive tree needs JavaScript. Without it, each answer below opens",
        ),
        "noscript_after": Text(
            zh="中以它开头的路径；下方的决策树图也给出同样的结论和规则。",
            en="at the paths that start with it; the diagram below gives the same outcomes and rules.",
        ),
        "question_n": Text(zh="第 {n} 题", en="Question {n}"),
        "trail_change": Text(zh="改回答", en="change"),
        "trail_go_to": Text(zh="回到这一题：", en="Go back to this question:"),
        "back": Text(zh="上一步", en="Back"),
        "restart": Text(zh="重新开始", en="Start over"),
        "copy_record": Text(zh="复制决策记录", en="Copy decision record"),
        "record_copied": Text(
            zh="决策记录已复制，可直接粘贴到设计评审中。",
            en="Decision record copied: paste it into your design review.",
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
        # … and the decision record's header (the record is the widget's copy action)
        "record_date": Text(zh="日期", en="Date"),
        "record_tree_version": Text(zh="决策树版本", en="Tree version"),
        "bad_path_prefix": Text(
            zh="打开链接中有效的部分（到第 {n} 步）", en="Open the part of the link that works (up to step {n})"
        ),
        # A shared link the engine cannot follow (never echoes the link's text)
        "bad_path_malformed": Text(
            zh="这个链接里的路径格式不对（第 {step} 步），无法打开。",
            en="The path in this link is malformed (step {step}), so it cannot be opened.",
        ),
        "bad_path_unknown": Text(
            zh="这个链接里的第 {step} 步不是对应问题的回答，链接可能来自旧版决策树。",
            en="Step {step} of the path in this link is not an answer to its question; "
            "the link may come from an older version of the tree.",
        ),
        "bad_path_finished": Text(
            zh="这个链接里的路径在第 {step} 步之前已经得出结论，后面的步骤无法打开。",
            en="The path in this link reaches its outcome before step {step}; the steps after it cannot be opened.",
        ),
        # The terminal (`python -m decision_tree walk`)
        "walk_intro": Text(
            zh="该不该微调？回答编号或答案 ID；b = 返回上一步，r = 重新开始，q = 退出。",
            en="Should I fine-tune? Answer with a number or an answer ID; b = back, r = restart, q = quit.",
        ),
        "walk_prompt": Text(zh="你的回答> ", en="your answer> "),
        "walk_invalid": Text(
            zh="无法识别“{given}”。可选：{choices}", en="Not an answer: {given!r}. Choose one of: {choices}"
        ),
        "walk_at_root": Text(zh="已经在第一个问题了。", en="Already at the first question."),
        "walk_finished": Text(
            zh="m = 打印决策记录（Markdown），b = 返回上一步，r = 重新开始，q = 退出；输入上面列出的计划答案 ID，可让下一步贴合你的团队",
            en=(
                "m = print the decision record (Markdown), b = back, r = restart, q = quit; type a plan answer ID "
                "listed above to fit the next steps to your team"
            ),
        ),
        "walk_bye": Text(zh="再见。", en="Bye."),
    }
)

KIND_NAMES: Mapping[OutcomeKind, Text] = MappingProxyType(
    {
        OutcomeKind.FINE_TUNE: Text(zh="微调", en="Fine-tune"),
        OutcomeKind.RAG_FINE_TUNE: Text(zh="RAG + 微调", en="RAG + fine-tuning"),
        OutcomeKind.RAG: Text(zh="检索增强生成（RAG）", en="Retrieval (RAG)"),
        OutcomeKind.PROMPTING: Text(zh="提示工程", en="Prompt engineering"),
        OutcomeKind.FIX_DATA: Text(zh="先修好数据", en="Fix the data first"),
        OutcomeKind.NARROW_SCOPE: Text(zh="先缩小范围", en="Narrow the scope first"),
        OutcomeKind.DO_NOT_FINE_TUNE: Text(zh="不要微调", en="Do not fine-tune"),
        OutcomeKind.TROUBLESHOOT: Text(zh="修已微调的模型", en="Fix a tuned model"),
    }
)
"""What the diagram's legend calls each outcome kind."""

WIDGET_KEYS: tuple[str, ...] = (
    "loading",
    "loading_bytes",
    "pending",
    "opening",
    "question_n",
    "answers",
    "trail_change",
    "trail_go_to",
    "outcome",
    "reasons",
    "cited_rules",
    "checklist",
    "copy_record",
    "record_copied",
    "change_if",
    "notes_summary",
    "notes_privacy",
    "copy_failed",
    "announce_question",
    "announce_outcome",
    "engine_error",
    "failed_browser",
    "failed_network",
    "failed_server",
    "time_left_seconds",
    "time_left_minutes",
)
"""The labels the widget's JavaScript shows by itself (`ui.<key>`); the page embeds them."""


def widget_labels(lang: Lang) -> dict[str, str]:
    """The widget's own words in one language, as its root element carries them (`data-dt-ui`)."""
    return {key: LABELS[key][lang] for key in WIDGET_KEYS}


# --- punctuation helpers -------------------------------------------------------------


def paren(text: str, lang: Lang) -> str:
    """Text in the brackets that follow a phrase: full-width in Chinese, ' (…)' in English."""
    return f"{OPEN_PAREN[lang]}{text}{CLOSE_PAREN[lang]}"


def join(items: Iterable[str], lang: Lang, *, strong: bool = False) -> str:
    """A list in running text, with each language's comma; `strong` separates longer items (semicolons)."""
    return (SEMICOLON if strong else LIST_SEPARATOR)[lang].join(items)


def with_colon(text: str, lang: Lang) -> str:
    """A plain lead-in with its colon: 'Hint: ' / '提示：'."""
    return text + COLON[lang]


def lead(text: str, lang: Lang) -> str:
    """A bold Markdown lead-in with its colon inside the bold: '**Label:** ' / '**标签：**'."""
    return f"**{text}{COLON[lang].strip()}**" + SENTENCE_GAP[lang]


def bold_then_colon(text: str, lang: Lang) -> str:
    """A bold Markdown label with the colon *outside* the bold: '**Outcome**: ' / '**结论**：'.

    CommonMark does not close bold that ends in a full-width colon when a CJK character
    follows, so running text after a bold label keeps the colon outside.
    """
    return f"**{text}**{COLON[lang]}"


def sentences(parts: Iterable[str], lang: Lang) -> str:
    """Sentences run together as each language writes them."""
    return SENTENCE_GAP[lang].join(parts)


def beyond_guide_label(text: str, lang: Lang) -> str:
    """'Checks before and after training (beyond the guide)', with each language's brackets."""
    beyond = LABELS["beyond_guide"][lang]
    return text + paren(beyond if lang == "zh" else beyond.lower(), lang)


def checked_date(checked: str, lang: Lang) -> str:
    """'2026-11' or '2026-11-29' as a reader says it: '2026 年 11 月 29 日' or '29 November 2026'."""
    year, month, *day = (int(part) for part in checked.split("-")[:3])
    if lang == "zh":
        return f"{year} 年 {month} 月" + (f" {day[0]} 日" if day else "")
    return " ".join([*(str(d) for d in day), _MONTHS[month - 1], str(year)])


__all__ = [
    "COLON",
    "COMMA",
    "DASH",
    "FULL_STOP",
    "KIND_NAMES",
    "LABELS",
    "LIST_SEPARATOR",
    "SENTENCE_GAP",
    "WIDGET_KEYS",
    "beyond_guide_label",
    "bold_then_colon",
    "checked_date",
    "join",
    "lead",
    "paren",
    "sentences",
    "widget_labels",
    "with_colon",
]
