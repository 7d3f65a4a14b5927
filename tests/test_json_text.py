"""JSON monitor prints can always be printed, and `json.loads` reads back what was meant.

A lone surrogate (half a UTF-16 pair) reaches monitor as a "\\ud800" escape in JSON Lines read in,
or as an argument whose bytes were not UTF-8; no UTF-8 text can hold one, so JSON that kept it raw
could not be written, and `monitor analyze --jsonl` ended in "unexpected error:
UnicodeEncodeError" before it printed anything."""

import json

from click.testing import CliRunner
from hypothesis import example, given
from hypothesis import strategies as st

from monitor.cli.main import main
from monitor.json_lines import json_lines_in, json_text

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)


@given(JSON_VALUES)
@example({"title": "half \ud800 a pair", "feed": "\udcff\\"})
@example(["\u2028", "\x85", "\x00", '"\\'])
def test_json_text_always_encodes_and_reads_back(value: object) -> None:
    text = json_text(value)
    text.encode("utf-8")  # printable on any UTF-8 stream, a pipe or a file
    assert json.loads(text) == value


def test_analyze_reads_half_a_character_as_a_replacement_and_keeps_the_offsets() -> None:
    line = json.dumps({"id": "wire-\udcff", "title": "Drill \ud800 report",
                       "text": "Lai Ching-te spoke in Taipei on Monday."})  # fmt: skip
    result = CliRunner().invoke(main, ["analyze", "--jsonl"], input=line + "\n")
    assert result.exit_code == 0, result.output
    ((_, printed),) = json_lines_in(result.stdout)
    analysis = json.loads(printed)
    assert analysis["id"] == "wire-\udcff"  # as the input named it
    analysed = "Drill \ufffd report\n\nLai Ching-te spoke in Taipei on Monday."
    names = {(m["text"], analysed[m["start"] : m["end"]]) for m in analysis["entities"]}
    assert ("Lai Ching-te", "Lai Ching-te") in names and ("Taipei", "Taipei") in names


def test_analyze_reads_a_latin_1_byte_piped_in_as_a_replacement() -> None:
    result = CliRunner().invoke(
        main,
        ["analyze"],
        input="Lai Ching-te spoke in Taipei, caf\xe9 owners said.".encode("latin-1"),
    )
    assert result.exit_code == 0, result.output
    ids = {m["id"] for m in json.loads(result.stdout)["entities"]}
    assert {"lai-ching-te", "taipei"} <= ids
