"""Print the mutation score at the end of the run, per family of mutants, as the issue asks."""

from __future__ import annotations

from typing import Any

from tests.engine.mutation import EQUIVALENT, mutants, score, scores_by_family


def pytest_terminal_summary(terminalreporter: Any) -> None:
    all_mutants = mutants()
    killed, total = score(all_mutants)
    terminalreporter.write_line(
        f"mutation score: {killed}/{total} = {100 * killed / total:.1f}% of mutants caught or justified "
        f"({len(EQUIVALENT)} justified equivalences)"
    )
    for family, (caught, justified, count) in scores_by_family(all_mutants).items():
        share = 100 * (caught + justified) / count
        terminalreporter.write_line(f"  {family}: {caught} caught + {justified} equivalent of {count} = {share:.1f}%")
