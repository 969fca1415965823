"""Print the mutation score at the end of a run that judged the mutants, per family, as the issue asks."""

from __future__ import annotations

from typing import Any

from tests.engine.mutation import EQUIVALENT, mutants, mutation_was_run, score, scores_by_family


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not mutation_was_run():
        return  # a run without the mutation tests does not pay for the mutants
    all_mutants = mutants()
    killed, total = score(all_mutants)
    terminalreporter.write_line(
        f"mutation score: {killed}/{total} = {100 * killed / total:.1f}% of mutants caught or justified "
        f"({len(EQUIVALENT)} justified equivalences)"
    )
    for family, (caught, justified, count) in scores_by_family(all_mutants).items():
        share = 100 * (caught + justified) / count
        terminalreporter.write_line(f"  {family}: {caught} caught + {justified} equivalent of {count} = {share:.1f}%")
