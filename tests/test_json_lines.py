"""A labelled passage whose text holds a Unicode line break loads whole.

JSON writes U+2028, U+2029 and U+0085 raw inside a string (`ensure_ascii=False`, as the labelling
guide and `--jsonl` do), and text copied from a web page may hold them; `str.splitlines()` broke
such a record in two, so the theme corpus refused to load and a scored set stopped with a
JSONDecodeError."""

import json
from pathlib import Path

import pytest

from monitor.json_lines import json_lines
from monitor.nlp.evaluation import load_passages
from monitor.nlp.themes import load_corpus

UNICODE_LINE_BREAKS = ["\u2028", "\u2029", "\x85"]


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records),
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("line_break", UNICODE_LINE_BREAKS)
def test_a_theme_corpus_passage_keeps_its_unicode_line_break(
    tmp_path: Path, line_break: str
) -> None:
    text = f"Japan and Taiwan signed a fisheries accord.{line_break}Talks resume in May."
    corpus = write_jsonl(
        tmp_path / "themes.jsonl",
        [
            {"id": "p1-0001", "text": text, "cooperation": 1, "security": 0, "split": "train"},
            {"id": "p1-0002", "text": "Drills near Kinmen.", "cooperation": 0, "security": 1,
             "split": "test"},
        ],
    )  # fmt: skip
    examples = load_corpus(corpus)
    assert [example.text for example in examples] == [text, "Drills near Kinmen."]


@pytest.mark.parametrize("line_break", UNICODE_LINE_BREAKS)
def test_a_scored_passage_keeps_its_unicode_line_break(tmp_path: Path, line_break: str) -> None:
    text = f"TAIPEI (CNA) — 28 Chinese aircraft entered the ADIZ.{line_break}The ministry said."
    record = {
        "id": "set-a-001",
        "class": "daily-report",
        "published_utc": "2026-06-15T09:30:00Z",
        "title": "",
        "text": text,
        "entities": [],
        "incursions": [],
        "themes": {"cooperation": 0, "security": 1},
    }
    passages = load_passages(write_jsonl(tmp_path / "set.jsonl", [record, record | {"id": "b"}]))
    assert [(passage.id, passage.text) for passage in passages] == [
        ("set-a-001", text),
        ("b", text),
    ]


def test_line_numbers_count_line_ends_alone_and_blank_lines_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"  # a file saved on Windows ends its lines in "\r\n"
    path.write_bytes('{"a": "one\u2028two"}\r\n\r\n  \n{"b": 2}\r\n'.encode())
    assert list(json_lines(path)) == [(1, '{"a": "one\u2028two"}'), (4, '{"b": 2}')]
