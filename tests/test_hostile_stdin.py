"""`monitor analyze --jsonl` on hostile input: each line is read on its own, a bad one is one
line on stderr naming its number, and every good one is still analysed, in order.

Each test names, in its docstring, what the code before this audit (e1a4ec14) did, as observed
by running the test against it.
"""

import json

from click.testing import CliRunner, Result
from hypothesis import example, given, settings
from hypothesis import strategies as st

from monitor.cli.main import main
from monitor.json_lines import json_lines_in

GOOD = {"id": "good", "title": "Kishi Nobuo visited Yonaguni", "text": "He met the mayor."}


def analyze(data: bytes) -> Result:
    return CliRunner().invoke(main, ["analyze", "--jsonl"], input=data)


def analysed_ids(result: Result) -> list[str]:
    return [json.loads(line)["id"] for _, line in json_lines_in(result.stdout)]


def test_each_bad_line_is_named_and_every_good_line_analysed() -> None:
    """Before: the first bad line ended the command ("line 2: not a JSON object"), and the
    good lines after it were never analysed; a title that was a list was analysed as the
    text "['a', 'list']"."""
    lines = [
        json.dumps({**GOOD, "id": "first"}).encode(),
        b"[1, 2, 3]",
        b'"a string"',
        b"{not json",
        json.dumps({"id": "x", "title": ["a", "list"]}).encode(),
        json.dumps({"id": "y"}).encode(),
        json.dumps({"id": "z", "text": "Taipei", "published_utc": "last week"}).encode(),
        b'\xff\xfe{"id": "bytes"}',
        json.dumps({**GOOD, "id": "last", "text": "Nul\u0000byte near Taipei"}).encode(),
    ]
    result = analyze(b"\n".join(lines) + b"\n")
    assert result.exit_code == 1
    said = result.stderr.strip().splitlines()
    assert [line.split(":")[1] for line in said[:-1]] == [f" line {n}" for n in (2, 3, 4, 5, 7, 8)]
    assert "title: Input should be a valid string" in said[3]
    assert said[-1] == "Error: 6 of 9 lines not analysed (above)"
    assert analysed_ids(result) == ["first", "y", "last"]  # a record of no text finds nothing


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)
RECORDS = st.fixed_dictionaries(
    {}, optional={"id": JSON, "title": JSON, "text": JSON, "published_utc": JSON}
)
LINES = st.one_of(JSON.map(json.dumps), RECORDS.map(json.dumps), st.text(max_size=40)).map(
    str.encode
)


@settings(max_examples=30, deadline=None)
@given(hostile=LINES | st.binary(max_size=40).filter(lambda b: b"\n" not in b))
@example(hostile=b'{"id": "x", "text": "\\ud800 half"}')
@example(hostile=b'{"id": 7, "text": "Taipei", "published_utc": "99999-01-01"}')
def test_any_line_is_analysed_or_named_and_the_next_line_is_analysed(hostile: bytes) -> None:
    result = analyze(hostile.replace(b"\n", b" ") + b"\n" + json.dumps(GOOD).encode() + b"\n")
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output
    assert analysed_ids(result)[-1] == "good"
    if result.exit_code == 1:
        assert result.stderr.startswith("<stdin>: line 1: ")
        assert len(result.stderr.strip().splitlines()) == 2


def test_a_line_of_megabytes_costs_only_the_text_analysed() -> None:
    """Each text is cut to the first 50,000 characters analysed; a line of 3 MB of words is
    read, cut and analysed with the others."""
    big = {"id": "big", "title": "Lai Ching-te visits Taipei", "text": "word " * 600_000}
    result = analyze((json.dumps(big) + "\n" + json.dumps(GOOD) + "\n").encode())
    assert result.exit_code == 0, result.output
    assert analysed_ids(result) == ["big", "good"]
