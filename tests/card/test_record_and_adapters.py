"""The decision record carries what a review needs (notes, date, what would change), in the
terminal as in the widget; a reader's note is plain text whatever it holds; old links are read
as marked readings."""

from __future__ import annotations

import io
import json
import re
from datetime import date

import pytest

from decision_tree.bridge import handle
from decision_tree.cli import main
from decision_tree.render.record import NOTE_LIMIT, plain_note, render_record
from decision_tree.views.labels import LABELS

PAGE = "https://example.org/en/decision-tree/"
ROOT = "https://example.org/en/"
FT = ("mapping", "nothing-else", "narrow", "tried-failed", "good")
HOSTILE = '<img src=x onerror="alert(1)"> [click](javascript:alert(1)) **bold** `code` # heading'


def test_notes_are_written_per_answer_as_escaped_plain_text() -> None:
    record = render_record(
        FT, "en", PAGE, ROOT, notes={"prompting": "on 400 checked inputs 1 in 12 fails", "data": HOSTILE}
    )
    assert f"{LABELS['team_note']['en']}: on 400 checked inputs 1 in 12 fails" in record
    # No markup survives unescaped: no raw "<", no link, no emphasis.
    assert not re.search(r"(?<!\\)[<>]", record.split(LABELS["team_note"]["en"])[2])
    assert "](javascript" not in record
    assert "**bold**" not in record
    assert plain_note(HOSTILE) in record
    # The escaped note reads back as the reader's words once Markdown drops the backslashes.
    assert plain_note(HOSTILE).replace("\\", "") == HOSTILE


def test_a_note_is_one_line_of_bounded_length_and_notes_off_the_path_are_left_out() -> None:
    assert plain_note("line one\nline two\r\n\x00three") == "line one line two three"
    assert len(plain_note("x" * (NOTE_LIMIT + 50))) == NOTE_LIMIT
    record = render_record(FT, "en", PAGE, ROOT, notes={"cost-volume": "not on this path"})
    assert "not on this path" not in record


def test_the_record_is_dated_and_says_what_would_change_the_decision() -> None:
    record = render_record(
        ("format-style", "nothing-else", "narrow", "tried-failed", "clustered"),
        "zh",
        PAGE,
        ROOT,
        today=date(2026, 11, 29),
    )
    assert "2026-11-29" in record
    assert LABELS["changes"]["zh"] in record
    assert f"({PAGE}#path=format-style/nothing-else/narrow/tried-failed/good)" in record


def test_the_bridge_passes_notes_and_the_readers_date_and_rejects_malformed_ones() -> None:
    request = {"op": "record", "path": list(FT), "lang": "en", "page_url": PAGE, "site_root": ROOT}
    reply = json.loads(handle(json.dumps({**request, "notes": {"prompting": "<b>x</b>"}, "date": "2027-01-02"})))
    assert reply["ok"]
    assert "2027-01-02" in reply["record"]
    assert "\\<b\\>x\\</b\\>" in reply["record"]
    for bad in ({"notes": ["x"]}, {"notes": {"prompting": 3}}, {"date": "02/01/2027"}, {"date": "<script>"}):
        reply = json.loads(handle(json.dumps({**request, **bad})))
        assert not reply["ok"], bad
        assert reply["error"]["kind"] == "bad-request", bad


def test_an_older_link_opens_its_reading_today_and_says_so() -> None:
    reply = json.loads(handle(json.dumps({"op": "open", "fragment": "#path=knowledge", "lang": "en"})))
    assert reply["ok"]
    view = reply["state"]
    assert view["path"] == ["facts", "nothing-else"]
    assert view["outcome"]["id"] == "use-rag"
    assert view["older"]["path"] == ["knowledge"]
    assert "earlier version of the tree" in view["older"]["message"]
    assert "facts/nothing-else" in view["older"]["message"]
    current = json.loads(handle(json.dumps({"op": "open", "fragment": "#path=facts/nothing-else", "lang": "zh"})))
    assert current["state"]["older"] is None


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_terminal_shows_the_same_card_as_the_widget(lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "format-style/nothing-else/narrow/not-tried/clustered", "--lang", lang]) == 0
    text = capsys.readouterr().out
    from decision_tree.views.path import state

    card = state(("format-style", "nothing-else", "narrow", "not-tried", "clustered"), lang)["outcome"]  # type: ignore[arg-type]
    for part in card["parts"]:
        assert part["title"] in text
        assert part["text"] in text
        for step in part["steps"]:
            assert step["text"] in text
    for step in card["next_steps"]:
        assert step["text"] in text
    for stance in card["stances"]:
        assert stance["label"] in text
    for route in card["routes"]:
        assert route["name"] in text
        assert route["cost"] in text
    for change in card["changes"]:
        for alt in change["alternatives"]:
            assert alt["leads_to"] in text


def test_walk_offers_the_decision_record_at_the_end() -> None:
    out = io.StringIO()
    answers = "\n".join(["mapping", "nothing-else", "narrow", "tried-failed", "good", "m", "q"]) + "\n"
    assert main(["walk", "--lang", "en"], stdin=io.StringIO(answers), out=out) == 0
    text = out.getvalue()
    assert LABELS["walk_finished"]["en"] in text
    assert f"### {LABELS['decision_record']['en']}: Fine-tune" in text


def test_explain_record_takes_notes_and_rejects_a_malformed_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "/".join(FT), "--record", "--note", "prompting=1 in 12 fails <b>", "--lang", "en"]) == 0
    assert "1 in 12 fails \\<b\\>" in capsys.readouterr().out
    assert main(["explain", "/".join(FT), "--record", "--note", "no equals sign"]) == 2
    assert "--note takes QUESTION=TEXT" in capsys.readouterr().err
