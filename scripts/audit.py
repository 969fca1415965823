"""`make audit`: Lighthouse on the four pages readers land on most, with the targets.

Serves the built site locally (as the tests do), runs Lighthouse 12.2.3 from
tools/audit/ in the system Chromium, prints the four category scores per page, writes
every report to audit/<page>.json and a summary to audit/summary.json, and exits 1
when a score misses its target. Not part of `make test`: Lighthouse scores vary with
machine load, so they are audited, not asserted on every commit.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.dev.browser import CHROMIUM_ARGS, chromium_path  # noqa: E402
from tools.dev.server import configured_port, serve  # noqa: E402

PAGES = {"zh-home": "", "en-home": "en/", "zh-decision-tree": "decision-tree/", "en-decision-tree": "en/decision-tree/"}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 95, "seo": 95}
LIGHTHOUSE = ROOT / "tools/audit/node_modules/.bin/lighthouse"


def run_lighthouse(url: str, report: Path, preset: str) -> dict[str, int]:
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={flags}",
    ]
    if preset == "desktop":
        command.append("--preset=desktop")
    env = {**os.environ, "CHROME_PATH": chromium_path()}
    subprocess.run(command, check=True, env=env, timeout=300)
    data = json.loads(report.read_text(encoding="utf-8"))
    return {c: round(100 * (data["categories"][c]["score"] or 0)) for c in CATEGORIES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("site", type=Path, nargs="?", default=ROOT / "site")
    parser.add_argument("--out", type=Path, default=ROOT / "audit")
    parser.add_argument("--preset", choices=("mobile", "desktop"), default="mobile")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        parser.error("Lighthouse is not installed: run `make audit` (it runs npm ci in tools/audit)")
    args.out.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict[str, int]] = {}
    with serve(args.site, port=configured_port(args.site) or 0) as base:
        for name, page in PAGES.items():
            results[name] = run_lighthouse(base + page, args.out / f"{name}.json", args.preset)
    misses = [
        f"{name} {category} {score} < {TARGETS[category]}"
        for name, scores in results.items()
        for category, score in scores.items()
        if score < TARGETS[category]
    ]
    print(f"\nLighthouse 12.2.3 ({args.preset}), targets: " + ", ".join(f"{c} >= {t}" for c, t in TARGETS.items()))
    print(f"{'page':18}" + "".join(f"{c:>16}" for c in CATEGORIES))
    for name, scores in results.items():
        print(f"{name:18}" + "".join(f"{scores[c]:>16}" for c in CATEGORIES))
    summary = {"preset": args.preset, "targets": TARGETS, "scores": results, "misses": misses}
    (args.out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    for miss in misses:
        print(f"below target: {miss}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
