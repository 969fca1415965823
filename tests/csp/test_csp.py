"""The site under the strict Content Security Policy the README gives deployers.

The policy is served exactly as `scripts/csp.py` prints it: no `'unsafe-inline'` for
scripts (Material's inline scripts pass by hash), `'wasm-unsafe-eval'` only on the
widget's worker. Every page in both languages and a full widget walk must work with no
violation reported; a control run shows the check does catch a violation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from decision_tree import explain
from scripts.csp import WORKER_SCRIPT, page_policy, policy_for, worker_policy
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
    path = ("knowledge-and-pattern", "tried-failed", "good", "narrow")
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


def test_the_readme_gives_deployers_exactly_the_tested_policy(site_dir: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    headers = [
        line.removeprefix("Content-Security-Policy: ")
        for line in readme.splitlines()
        if line.startswith("Content-Security-Policy: ")
    ]
    assert headers == [page_policy(site_dir), worker_policy()], "update the README: python scripts/csp.py site"
