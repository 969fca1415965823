"""The `python -m decision_tree` CLI: walk through stdin, paths --json, explain, export, check, errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from decision_tree import TREE, explain, paths
from decision_tree.cli import main
from decision_tree.core.fragment import format_path


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "decision_tree", *args], input=stdin, capture_output=True, text=True, timeout=60
    )


def test_walk_in_english_through_piped_stdin_reaches_fine_tune() -> None:
    result = run("walk", "--lang", "en", stdin="format-style\nnothing-else\n1\n2\ngood\nq\n")
    assert result.returncode == 0, result.stderr
    assert "Outcome: Fine-tune  [fine-tune]" in result.stdout
    assert "BP-7" in result.stdout
    assert "Bye." in result.stdout


def test_walk_in_chinese_with_back_and_an_invalid_answer() -> None:
    out = io.StringIO()
    code = main(["walk", "--lang", "zh"], stdin=io.StringIO("1\nb\n99\n2\n"), out=out)
    text = out.getvalue()
    assert code == 0
    assert "无法识别“99”" in text  # the invalid answer is explained, the walk goes on
    assert "结论：不要指望微调提升推理能力" in text
    assert "超出原指南" in text
    assert text.count("Q1. 你最希望模型在哪方面做得更好？") == 3  # start, after back, after the invalid answer


def test_walk_ends_cleanly_when_input_runs_out() -> None:
    result = run("walk", "--lang", "en", stdin="format-style\nalso-facts\n")
    assert result.returncode == 0
    assert "Traceback" not in result.stderr


def test_paths_json_lists_every_path_with_the_design_schema() -> None:
    result = run("paths", "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert len(items) == len(paths())
    for item, path in zip(items, paths(), strict=True):
        assert set(item) >= {"steps", "outcome", "cites"}
        assert all(set(s) == {"question", "answer"} for s in item["steps"])
        assert tuple(s["answer"] for s in item["steps"]) == path
        e = explain(path)
        assert e.outcome is not None
        assert item["outcome"] == e.outcome.id
        assert item["cites"] == list(e.cites)
        assert item["facts"] == dict(e.facts)


def test_paths_text_has_one_line_per_path() -> None:
    result = run("paths")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == len(paths())
    assert format_path(paths()[0]) in result.stdout


def test_explain_prints_reasons_outcome_and_rules() -> None:
    result = run("explain", "facts/nothing-else", "--lang", "en")
    assert result.returncode == 0
    assert "use-rag" in result.stdout
    assert "NFT-1" in result.stdout


def test_explain_record_is_markdown_with_absolute_links() -> None:
    result = run(
        "explain",
        "mapping,nothing-else,narrow,tried-failed,good",
        "--record",
        "--lang",
        "en",
        "--site-url",
        "https://x.test/",
    )
    assert result.returncode == 0, result.stderr
    assert "https://x.test/en/decision-tree/#path=mapping/nothing-else/narrow/tried-failed/good" in result.stdout
    assert (
        "[FT-2 · Map a specific input to a specific output](https://x.test/en/when-to-fine-tune/#ft-2)" in result.stdout
    )


def test_explain_of_an_unfinished_path_shows_the_next_question() -> None:
    result = run("explain", "format-style/nothing-else", "--lang", "en")
    assert result.returncode == 0
    assert "Is this the model's one job" in result.stdout


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        (
            "nonsense",
            "valid answers: facts, reasoning, format-style, mapping, specialised-task, cheaper-faster, many-tasks",
        ),
        ("facts/nothing-else/more", "comes after the outcome 'use-rag'"),
        ("Format Style", "is not an answer ID"),
        ("format-style/nothing-else/narrow/maybe", "valid answers: works, tried-failed, not-tried"),
    ],
)
def test_bad_answers_exit_2_with_the_valid_choices_and_no_traceback(answers: str, expected: str) -> None:
    result = run("explain", answers)
    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_language_and_command_exit_2() -> None:
    for args in (("walk", "--lang", "fr"), ("frobnicate",), ("export", "--format", "png")):
        result = run(*args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr
        assert "error:" in result.stderr


def test_record_of_an_unfinished_path_is_refused() -> None:
    result = run("explain", "format-style", "--record")
    assert result.returncode == 2
    assert "finished path" in result.stderr


def test_export_json_is_bilingual_and_complete() -> None:
    result = run("export", "--format", "json")
    assert result.returncode == 0
    doc = json.loads(result.stdout)
    assert doc["root"] == "goal"
    assert len(doc["questions"]) == len(TREE.questions) == 16
    assert len(doc["outcomes"]) == len(TREE.outcomes) == 31
    assert {r["id"] for r in doc["rules"]} >= {"CORE", "NFT-1", "BP-7"}
    assert doc["questions"][0]["text"]["zh"].startswith("你最希望")


def test_export_json_in_one_language() -> None:
    doc = json.loads(run("export", "--format", "json", "--lang", "en").stdout)
    assert doc["outcomes"][0]["title"] == "Fine-tune"


def test_check_passes_on_the_real_tree() -> None:
    result = run("check")
    assert result.returncode == 0
    assert "ok: the tree is valid (502 paths" in result.stdout


def test_explain_ends_with_the_key_sources_behind_the_cited_rules() -> None:
    rag = run("explain", "facts/nothing-else", "--lang", "en").stdout
    assert "Key sources (checked" in rag
    assert "https://arxiv.org/abs/2312.05934" in rag  # Ovadia et al., retrieval beats fine-tuning for facts
    assert "https://arxiv.org/abs/2405.05904" in rag  # Gekhman et al., new facts raise hallucinations
    fine_tune = run("explain", "format-style/nothing-else/narrow/tried-failed/good", "--lang", "zh").stdout
    assert "主要来源（" in fine_tune
    assert "https://arxiv.org/abs/2405.09673" in fine_tune  # Biderman et al., what fine-tuning forgets


def test_explain_opens_every_older_pinned_link_as_the_widget_does() -> None:
    """Old links pasted into design reviews (citations.json `reads_as`) explain today's reading, marked as such.

    In-process, not one subprocess per link, so the test costs the same however many links are pinned.
    """
    registry = json.loads((Path(__file__).parents[2] / "citations.json").read_text(encoding="utf-8"))
    older = {f: pin for f, pin in registry["path_outcomes"].items() if "reads_as" in pin}
    assert len(older) >= 25, "the 25 v1 links that v2 split stay pinned"
    for fragment, pin in older.items():
        answers = fragment.removeprefix("path=")
        today = pin["reads_as"].removeprefix("path=")
        for lang in ("en", "zh"):
            out = io.StringIO()
            assert main(["explain", answers, "--lang", lang], out=out) == 0, fragment
            text = out.getvalue()
            expected = {"en": f"today it reads as {today}", "zh": today}[lang]
            assert expected in text.splitlines()[0], (fragment, lang, text.splitlines()[0])
            assert pin["outcome"] in text, (fragment, lang)


def test_record_of_an_older_link_keeps_the_note_out_of_the_record(capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    assert main(["explain", "knowledge", "--record", "--lang", "en"], out=out) == 0
    assert "today it reads as facts/nothing-else" in capsys.readouterr().err
    assert out.getvalue().startswith("### Decision record"), "the record itself starts with its heading"
    assert "earlier version" not in out.getvalue()


def test_walk_m_prints_the_record_without_reprinting_the_card() -> None:
    out = io.StringIO()
    answers = "format-style\nnothing-else\nnarrow\ntried-failed\ngood\nm\nm\nq\n"
    assert main(["walk", "--lang", "en"], stdin=io.StringIO(answers), out=out) == 0
    text = out.getvalue()
    assert text.count("Outcome: Fine-tune  [fine-tune]") == 1, "the card is shown once, when the path finishes"
    assert text.count("### Decision record: Fine-tune") == 2, "each m prints the record"
    assert text.rstrip().endswith("Bye.")


def test_the_package_installs_a_command_named_after_the_project() -> None:
    """`should-i-fine-tune` (and the older `decision-tree`) run the same CLI as `python -m decision_tree`."""
    from importlib.metadata import distribution

    scripts = {
        ep.name: ep.value for ep in distribution("should-i-fine-tune").entry_points if ep.group == "console_scripts"
    }
    assert scripts == {"should-i-fine-tune": "decision_tree.cli:main", "decision-tree": "decision_tree.cli:main"}


def test_walk_takes_plan_answers_on_the_card_and_the_record_carries_them() -> None:
    out = io.StringIO()
    answers = "format-style\nnothing-else\nnarrow\ntried-failed\ngood\non-device\nthousands\nm\nq\n"
    assert main(["walk", "--lang", "en"], stdin=io.StringIO(answers), out=out) == 0
    text = out.getvalue()
    assert text.count("Outcome: Fine-tune  [fine-tune]") == 3, "the card again after each plan answer"
    record = text[text.index("### Decision record: Fine-tune") :]
    assert "Where must the tuned model run?" in record
    assert "On users' devices" in record
    assert "quantise" in record
    assert "about 50 well-crafted" not in record


def test_explain_accepts_plan_answers_after_the_outcome_and_names_them_when_wrong() -> None:
    ok = run("explain", "format-style/nothing-else/narrow/tried-failed/good/own-servers", "--lang", "en")
    assert ok.returncode == 0, ok.stderr
    assert "PEFT and TRL" in ok.stdout
    bad = run("explain", "format-style/nothing-else/narrow/tried-failed/good/on-the-moon")
    assert bad.returncode != 0
    assert "hosted, own-servers, on-device" in bad.stderr
