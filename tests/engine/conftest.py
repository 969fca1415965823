"""Print the mutation score at the end of the run, as the issue asks."""

from __future__ import annotations

from typing import Any

from tests.engine.mutation import EQUIVALENT, mutants, score


def pytest_terminal_summary(terminalreporter: Any) -> None:
    killed, total = score(mutants())
    terminalreporter.write_line(
        f"mutation score: {killed}/{total} = {100 * killed / total:.1f}% of mutated leaves caught by the rules "
        f"({len(EQUIVALENT)} justified equivalences)"
    )
