"""Rule sections, the rule index and the path table, rendered from `decision_tree`.

Thin glue: every statement, check, title and path comes from the engine, so the docs
show exactly what the tests check and no rule text is maintained twice. Links between
pages are Markdown links to `.md` files relative to the current page, so MkDocs checks
every one of them (and its anchor) in a `--strict` build.

Macros (the language is the build's `theme.language`):
- `rule_section("NFT-1")`: the rule's one home section, with its permalink and a
  "copy citation" button (overrides/assets/javascripts/dt-cite.js);
- `rules_index()`: the /rules/ table of every rule and the outcomes that cite it;
- `paths_table()`: the /paths/ page, every path of the tree grouped by outcome.
"""

from __future__ import annotations

import posixpath
from html import escape
from typing import Any
from urllib.parse import quote, urljoin

from mkdocs.utils import get_relative_url

from decision_tree import RULES, Lang, Text, paths, rule
from decision_tree.text import check_lang
from decision_tree.view import UI, state

LABELS: dict[str, Text] = {
    "check": Text(zh="测试检查的内容", en="What the tests check"),
    "source": Text(zh="出处", en="Source"),
    "permalink": Text(zh="永久链接", en="Permalink"),
    "copy": Text(zh="复制引用", en="Copy citation"),
    "copied": Text(zh="已复制引用", en="Citation copied"),
    "copy_manually": Text(
        zh="无法直接写入剪贴板：引用已选中，请按 Ctrl+C（macOS 上按 ⌘C）复制。",
        en="The clipboard is not available: the citation is selected, press Ctrl+C (⌘C on macOS) to copy it.",
    ),
    "citation": Text(zh="引用的 Markdown", en="Citation in Markdown"),
    "rule": Text(zh="规则", en="Rule"),
    "statement": Text(zh="内容", en="Statement"),
    "cited_by": Text(zh="引用它的结论", en="Cited by outcomes"),
    "checklist_of": Text(zh="列入清单的结论", en="On the checklist of"),
    "colon": Text(zh="：", en=": "),
    "paths_count": Text(zh="{n} 条路径：", en="{n} paths:"),
    "path_count_one": Text(zh="1 条路径：", en="1 path:"),
    "answers": Text(zh="回答", en="Answers"),
    "widget": Text(zh="决策树", en="Decision tree"),
    "open": Text(zh="在决策树中打开", en="Open in the decision tree"),
    "none": Text(zh="无", en="none"),
    "list_sep": Text(zh="、", en=", "),
}

WIDGET_PAGE = "decision-tree"
PATHS_PAGE = "paths"


def _lang(env: Any) -> Lang:
    return check_lang(str(env.conf["theme"]["language"]))


def _label(env: Any, key: str) -> str:
    return LABELS[key][_lang(env)]


def _page_src(env: Any) -> str:
    return str(env.page.file.src_uri)


def _slug(src_uri: str) -> str:
    """The page slug of a source file: `when-to-fine-tune.md` -> `when-to-fine-tune`, `index.md` -> ``."""
    stem = src_uri.removesuffix(".md")
    return "" if stem == "index" else stem.removesuffix("/index")


def md_link(from_src: str, slug: str, anchor: str = "") -> str:
    """A link to another page's `.md` file, relative to the current page, as MkDocs validates it."""
    target = f"{slug}.md" if slug else "index.md"
    relative = posixpath.relpath(target, posixpath.dirname(from_src) or ".")
    return f"{relative}#{anchor}" if anchor else relative


def _html_href(env: Any, slug: str, fragment: str) -> str:
    """A URL for raw HTML, which MkDocs does not validate: widget paths live in the fragment but are no anchors."""
    return f"{get_relative_url(f'{slug}/' if slug else './', str(env.page.url))}#{fragment}"


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell and as inline HTML."""
    return escape(text, quote=False).replace("|", "&#124;")


def _md_text(text: str) -> str:
    """Text safe as Markdown link text."""
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def citation(rule_id: str, lang: Lang, page_url: str) -> str:
    """The Markdown a reviewer pastes: `[NFT-1 · <title>](<page URL>#nft-1)`."""
    r = rule(rule_id)
    return f"[{r.id} · {_md_text(r.title[lang])}]({quote(page_url, safe=':/?=&%~')}#{r.anchor})"


def render_rule_section(rule_id: str, lang: Lang, page_url: str) -> str:
    """A rule's home section as Markdown: heading with anchor, statement, then the card."""
    r = rule(rule_id)
    t = {key: escape(text[lang]) for key, text in LABELS.items()}
    cite = escape(citation(rule_id, lang, page_url))

    def labelled(name: str, text: str) -> str:
        return f'<p class="dt-rule__{name}"><span class="dt-rule__label">{t[name]}</span> {escape(text)}</p>'

    return "\n".join(
        [
            f"## {r.id} · {r.title[lang]} {{ #{r.anchor} .dt-rule-heading }}",
            "",
            f'<p class="dt-rule__statement">{escape(r.statement[lang])}</p>',
            "",
            f'<div class="dt-rule" data-dt-rule="{r.id}">',
            labelled("check", r.check[lang]),
            labelled("source", r.source[lang]),
            '<div class="dt-rule__actions" data-search-exclude>',
            f'<a class="dt-rule__permalink" href="#{r.anchor}">{t["permalink"]} #{r.anchor}</a>',
            f'<button type="button" class="md-button dt-rule__copy" data-dt-cite="{cite}" '
            f'data-dt-copied="{t["copied"]}" data-dt-manual="{t["copy_manually"]}" hidden>{t["copy"]}</button>',
            '<span class="dt-rule__status" role="status" aria-live="polite"></span>',
            f'<input class="dt-rule__fallback" type="text" readonly hidden aria-label="{t["citation"]}">',
            "</div>",
            "</div>",
            "",
        ]
    )


def register(env: Any) -> None:
    """Register the three macros; each build gets its own record of the rules already placed."""
    placed: dict[str, str] = {}

    def rule_section(rule_id: str) -> str:
        """The rule's one home section: heading with anchor, statement, check, source, citation."""
        r = rule(rule_id)
        src = _page_src(env)
        if _slug(src) != r.home:
            home = f"{r.home}.md" if r.home else "index.md"
            raise ValueError(f"rule_section({rule_id!r}) is on {src}, but the rule's home page is {home}")
        if rule_id in placed:
            raise ValueError(
                f"rule_section({rule_id!r}) appears twice (on {placed[rule_id]} and {src}); a rule has one home"
            )
        placed[rule_id] = src
        page_url = urljoin(str(env.conf["site_url"] or "/"), str(env.page.url))
        return render_rule_section(rule_id, _lang(env), page_url)

    def rules_index() -> str:
        """The /rules/ table: every rule, its home section, and the outcomes that cite it."""
        lang = _lang(env)
        src = _page_src(env)
        sep = "<br>"  # one outcome per line: outcome titles contain commas themselves
        cited_by, checklist_of, path_counts = _citations(lang)
        rows = [
            '<div class="dt-table dt-table--rules" markdown>',
            "",
            f"| ID | {_label(env, 'rule')} | {_label(env, 'cited_by')} |",
            "| --- | --- | --- |",
        ]
        for r in RULES:
            link = md_link(src, r.home, r.anchor)
            title = f"[{r.id}]({link})"
            body = f"**[{_md_text(_cell(r.title[lang]))}]({link})**<br>{_cell(r.statement[lang])}"
            uses = sep.join(_outcome_link(src, o, t) for o, t in cited_by[r.id]) or _label(env, "none")
            if path_counts[r.id]:
                uses = f"{_count(env, path_counts[r.id])}<br>{uses}"
            if checklist_of[r.id]:
                listed = sep.join(_outcome_link(src, o, t) for o, t in checklist_of[r.id])
                uses += f"<br>**{_label(env, 'checklist_of')}**{_label(env, 'colon')}<br>{listed}"
            rows.append(f"| {title} | {body} | {uses} |")
        rows += ["", "</div>", ""]
        return "\n".join(rows)

    def paths_table() -> str:
        """The /paths/ page: every path as answers in words, grouped by outcome, with its rules."""
        lang = _lang(env)
        src = _page_src(env)
        sep = _label(env, "list_sep")
        groups: dict[str, list[dict[str, Any]]] = {}
        for p in paths():
            view = state(p, lang)
            groups.setdefault(view["outcome"]["id"], []).append(view)
        out: list[str] = []
        number = 0
        for outcome_id, views in groups.items():
            outcome = views[0]["outcome"]
            out += [f"## {outcome['title']} {{ #outcome-{outcome_id} }}", "", _cell(outcome["summary"]), ""]
            out += [
                '<div class="dt-table dt-table--paths" markdown>',
                "",
                f"| # | {_label(env, 'answers')} | {UI['cited_rules'][lang]} | {_label(env, 'widget')} |",
                "| --- | --- | --- | --- |",
            ]
            for view in views:
                number += 1
                answers = " → ".join(_cell(step["answer_text"]) for step in view["steps"])
                cites = sep.join(_rule_link(src, c["id"], c["title"]) for c in view["outcome"]["rules"])
                href = escape(_html_href(env, WIDGET_PAGE, view["fragment"]))
                widget = f'<a href="{href}" data-dt-path="{escape("/".join(view["path"]))}">{_label(env, "open")}</a>'
                out.append(f"| {number} | {answers} | {cites} | {widget} |")
            out += ["", "</div>", ""]
        return "\n".join(out)

    env.macro(rule_section)
    env.macro(rules_index)
    env.macro(paths_table)


def _count(env: Any, n: int) -> str:
    return _label(env, "path_count_one") if n == 1 else _label(env, "paths_count").format(n=n)


def _rule_link(src: str, rule_id: str, title: str) -> str:
    r = rule(rule_id)
    return f'[{r.id}]({md_link(src, r.home, r.anchor)} "{_cell(title).replace(chr(34), "&quot;")}")'


def _outcome_link(src: str, outcome_id: str, title: str) -> str:
    return f"[{_md_text(_cell(title))}]({md_link(src, PATHS_PAGE, 'outcome-' + outcome_id)})"


def _citations(
    lang: Lang,
) -> tuple[dict[str, list[tuple[str, str]]], dict[str, list[tuple[str, str]]], dict[str, int]]:
    """For each rule: outcomes whose paths cite it, outcomes whose checklist presents it, paths citing it."""
    cited_by: dict[str, dict[str, str]] = {r.id: {} for r in RULES}
    checklist_of: dict[str, dict[str, str]] = {r.id: {} for r in RULES}
    counts: dict[str, int] = dict.fromkeys(cited_by, 0)
    for p in paths():
        outcome = state(p, lang)["outcome"]
        for c in outcome["rules"]:
            cited_by[c["id"]].setdefault(outcome["id"], outcome["title"])
            counts[c["id"]] += 1
        for c in outcome["checklist"]:
            checklist_of[c["id"]].setdefault(outcome["id"], outcome["title"])
    return _items(cited_by), _items(checklist_of), counts


def _items(table: dict[str, dict[str, str]]) -> dict[str, list[tuple[str, str]]]:
    return {key: list(value.items()) for key, value in table.items()}
