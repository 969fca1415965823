"""The site under the strict Content Security Policy the README gives deployers.

The policy is served exactly as `scripts/csp.py` prints it: no `'unsafe-inline'` for
scripts (Material's inline scripts pass by hash), `'wasm-unsafe-eval'` only on the
widget's worker. Every page in both languages and a full widget walk must work with no
violation reported; a control run shows the check does catch a violation.

Hosts that send no headers (GitHub Pages) get the page policy from a
`<meta http-equiv="Content-Security-Policy">` the build writes into every page: the same
checks run with no header at all, and a control shows the meta policy is enforced.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from decision_tree import explain
from scripts.csp import META_UNSUPPORTED, WORKER_SCRIPT, meta_policy, page_policy, policy_for, worker_policy
from tools.dev.server import serve

ROOT = Path(__file__).resolve().parents[2]

PAGES = ["", "when-to-fine-tune/", "when-not-to-fine-tune/", "best-practices/", "decision-tree/", "paths/", "rules/"]
PAGES += ["references/"]
REPORT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
});
"""


def _serve_with(site_dir: Path, policy: Callable[[str], str]) -> Iterator[str]:
    with serve(site_dir, headers_for=lambda path: {"Content-Security-Policy": policy(path)}) as url:
        yield url


@pytest.fixture(scope="module")
def csp_url(site_dir: Path) -> Iterator[str]:
    yield from _serve_with(site_dir, lambda path: policy_for(path, site_dir))


@pytest.fixture
def csp_page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(REPORT_VIOLATIONS)
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()


def _violations(page: Any) -> list[str]:
    found: list[str] = page.evaluate("window.__cspViolations")
    return found + [e for e in page.errors if "Content Security Policy" in e]


def test_the_page_policy_allows_no_inline_script_or_eval(site_dir: Path) -> None:
    policy = page_policy(site_dir)
    script_src = next(d for d in policy.split("; ") if d.startswith("script-src"))
    assert "'unsafe-inline'" not in script_src
    assert "'unsafe-eval'" not in script_src
    assert "'wasm-unsafe-eval'" not in script_src
    assert script_src.count("'sha256-") >= 3
    assert "'wasm-unsafe-eval'" in worker_policy()


@pytest.mark.parametrize("lang_root", ["", "en/"])
@pytest.mark.parametrize("page_path", PAGES)
def test_every_page_works_under_the_policy(csp_page: Any, csp_url: str, lang_root: str, page_path: str) -> None:
    response = csp_page.goto(csp_url + lang_root + page_path)
    assert response is not None
    assert response.headers["content-security-policy"].startswith("default-src 'self'")
    csp_page.wait_for_load_state("networkidle")
    # Material's inline scripts ran (they define __md_scope); its bundle rendered the header.
    assert csp_page.evaluate("typeof __md_scope") == "object"
    assert csp_page.locator(".md-header").is_visible()
    assert _violations(csp_page) == []
    assert csp_page.errors == []


@pytest.mark.parametrize("lang_root", ["", "en/"])
def test_a_full_widget_walk_works_under_the_policy(csp_page: Any, csp_url: str, lang_root: str) -> None:
    path = ("format-style", "also-facts", "narrow", "tried-failed", "good")
    csp_page.goto(csp_url + lang_root + "decision-tree/")
    widget = csp_page.locator("[data-dt-widget]")
    widget.and_(csp_page.locator("[data-engine='ready']")).wait_for(timeout=60_000)
    for answer in path:
        csp_page.locator(f"[data-question] [data-answer='{answer}']").click()
    outcome = csp_page.locator("[data-outcome]")
    outcome.wait_for()
    e = explain(path)
    assert e.outcome is not None
    assert outcome.get_attribute("data-outcome") == e.outcome.id
    shown = {a.get_attribute("data-rule") for a in outcome.locator("a[data-rule]").all()}
    assert shown >= set(e.cites)
    assert _violations(csp_page) == []


def test_the_check_catches_a_violation(browser: Any, site_dir: Path) -> None:
    """Control: without 'wasm-unsafe-eval' on the worker, Pyodide is blocked and the widget says so."""

    def policy(path: str) -> str:
        return page_policy(site_dir) if path.split("?")[0].endswith(WORKER_SCRIPT) else policy_for(path, site_dir)

    for url in _serve_with(site_dir, policy):
        context = browser.new_context()
        page = context.new_page()
        page.goto(url + "decision-tree/")
        failed = page.locator("[data-dt-widget][data-engine='failed']")
        failed.wait_for(timeout=60_000)
        assert failed.inner_text().strip()
        context.close()


# --- the policy in a <meta> tag, for hosts that send no headers ------------------------------

_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')
# An inline script added after load, as an injected one would be: blocked if a policy is enforced.
INLINE_PROBE = """() => {
  window.__inlineRan = false;
  const script = document.createElement("script");
  script.textContent = "window.__inlineRan = true;";
  document.body.append(script);
  return window.__inlineRan;
}"""


def test_every_page_carries_the_page_policy_in_a_meta_tag_before_any_script(site_dir: Path) -> None:
    pages = sorted(site_dir.rglob("*.html"))
    assert len(pages) >= 2 * len(PAGES)
    policy = meta_policy(site_dir)
    for page in pages:
        text = page.read_text(encoding="utf-8")
        found = [html.unescape(m) for m in _META.findall(text)]
        assert found == [policy], f"{page}: {found}"
        assert text.index("Content-Security-Policy") < text.index("<script"), f"{page}: a script comes first"


def test_the_meta_policy_is_the_page_policy_without_header_only_directives(site_dir: Path) -> None:
    meta = meta_policy(site_dir).split("; ")
    assert not [d for d in meta if d.split(" ", 1)[0] in META_UNSUPPORTED]
    assert [d for d in page_policy(site_dir).split("; ") if d.split(" ", 1)[0] not in META_UNSUPPORTED] == meta
    assert "'wasm-unsafe-eval'" not in meta_policy(site_dir), "only the worker compiles WebAssembly"


@pytest.mark.parametrize("lang_root", ["", "en/"])
@pytest.mark.parametrize("page_path", PAGES)
def test_every_page_works_under_the_meta_policy_alone(
    csp_page: Any, base_url: str, lang_root: str, page_path: str
) -> None:
    response = csp_page.goto(base_url + lang_root + page_path)
    assert response is not None
    assert "content-security-policy" not in response.headers, "this server sends no policy header"
    csp_page.wait_for_load_state("networkidle")
    assert csp_page.evaluate("typeof __md_scope") == "object"
    assert csp_page.locator(".md-header").is_visible()
    assert _violations(csp_page) == []
    assert csp_page.errors == []
    # Control: the meta policy is enforced, so an injected inline script does not run.
    assert csp_page.evaluate(INLINE_PROBE) is False
    assert any("script-src" in v for v in _violations(csp_page))


@pytest.mark.parametrize("lang_root", ["", "en/"])
def test_a_full_widget_walk_works_under_the_meta_policy_alone(csp_page: Any, base_url: str, lang_root: str) -> None:
    path = ("format-style", "also-facts", "narrow", "tried-failed", "good")
    response = csp_page.goto(base_url + lang_root + "decision-tree/")
    assert "content-security-policy" not in response.headers
    csp_page.locator("[data-dt-widget][data-engine='ready']").wait_for(timeout=60_000)
    for answer in path:
        csp_page.locator(f"[data-question] [data-answer='{answer}']").click()
    e = explain(path)
    assert e.outcome is not None
    outcome = csp_page.locator(f"[data-outcome='{e.outcome.id}']")
    outcome.wait_for()
    assert {a.get_attribute("data-rule") for a in outcome.locator("a[data-rule]").all()} >= set(e.cites)
    assert _violations(csp_page) == []
    assert csp_page.errors == []
    assert csp_page.evaluate(INLINE_PROBE) is False, "and the policy was in force all along"


_BARE_PREDICATE = re.compile(r"""wait_for_function\(\s*(["'])(?!\s*(?:\(|async\b|function\b|[A-Za-z_$][\w$]*\s*=>))""")


def test_no_browser_test_waits_on_a_bare_expression() -> None:
    """Playwright evaluates a bare expression given to `wait_for_function` with eval, which every page's
    policy forbids ('unsafe-eval'); an arrow function ("() => expr") is compiled by DevTools."""
    found = [
        f"{path.relative_to(ROOT)}:{text[: m.start()].count(chr(10)) + 1}"
        for path in sorted((ROOT / "tests").rglob("*.py"))
        for text in [path.read_text(encoding="utf-8")]
        for m in _BARE_PREDICATE.finditer(text)
    ]
    assert found == []


def test_the_readme_gives_deployers_exactly_the_tested_policy(site_dir: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    headers = [
        line.removeprefix("Content-Security-Policy: ")
        for line in readme.splitlines()
        if line.startswith("Content-Security-Policy: ")
    ]
    assert headers == [page_policy(site_dir), worker_policy()], "update the README: python scripts/csp.py site"
