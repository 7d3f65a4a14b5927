"""Every JSON Lines file monitor writes reads back whole through the one reader, whatever line
separators its text holds.

Web copy carries U+2028, U+2029 and U+0085, which `json.dumps(..., ensure_ascii=False)` keeps
raw; a reader that splits where `str.splitlines()` does cuts such a record in two. The writers
are `monitor export`, `monitor analyze --jsonl` and the corpus files (a labelled set joined to
the theme corpus by bench/join_theme_corpus.py); the reader is monitor.json_lines."""

import importlib.util
import json
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from monitor.cli.demo import DEMO_CONFIG
from monitor.cli.main import main
from monitor.json_lines import as_json_lines, json_lines, json_lines_in
from monitor.nlp.evaluation import load_passages
from monitor.nlp.themes import load_corpus

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("join_theme_corpus", ROOT / "bench" / "join_theme_corpus.py")  # fmt: skip
assert _spec and _spec.loader
join_theme_corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(join_theme_corpus)

# The breaks `str.splitlines()` cuts at besides "\n": those JSON keeps raw first, then the
# control characters it escapes, which must come back as written too.
SEPARATORS = ["\u2028", "\u2029", "\x85", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"]
WORDS = ["Japan and Taiwan signed a fisheries accord.", " Talks resume in May.", " Kinmen"]
# English prose with separators strewn through it, as copied from a web page.
WEB_COPY = st.lists(st.sampled_from(SEPARATORS) | st.sampled_from(WORDS), min_size=1).map(
    lambda parts: WORDS[0] + "".join(parts)
)
FEW = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    db = tmp_path_factory.mktemp("round-trips") / "demo.db"
    result = CliRunner().invoke(main, ["demo", "--db", str(db)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    yield db


@FEW
@given(title=WEB_COPY, summary=WEB_COPY)
def test_an_exported_article_reads_back_whole(demo_db: Path, title: str, summary: str) -> None:
    with sqlite3.connect(demo_db) as conn:
        (article,) = conn.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()
        conn.execute(
            "UPDATE articles SET title = ?, summary = ? WHERE id = ?", (title, summary, article)
        )
    exported = CliRunner().invoke(
        main, ["export", "--config", str(DEMO_CONFIG), "--db", str(demo_db)],
        catch_exceptions=False,
    )  # fmt: skip
    records = [json.loads(line) for _, line in json_lines_in(exported.stdout)]
    (row,) = [record for record in records if record["id"] == article]
    assert (row["title"], row["summary"]) == (title, summary)


@FEW
@given(title=WEB_COPY, text=WEB_COPY)
def test_analyze_jsonl_reads_and_writes_each_record_whole(title: str, text: str) -> None:
    records = [{"id": "a", "title": title, "text": text}, {"id": "b", "text": text}]
    result = CliRunner().invoke(
        main, ["analyze", "--jsonl"], input=as_json_lines(records), catch_exceptions=False
    )
    outputs = [json.loads(line) for _, line in json_lines_in(result.stdout)]
    assert [output["id"] for output in outputs] == ["a", "b"]
    # Each mention's offsets point into the whole text read: the title, a blank line, the text.
    for output, read in zip(outputs, [f"{title}\n\n{text}", text], strict=True):
        for mention in output["entities"]:
            assert read[mention["start"] : mention["end"]] == mention["text"]


@FEW
@given(text=WEB_COPY)
# Romanised names (here run together as copy pasted without its break) read as Tagalog to the
# detector until names the knowledge base knows were left out of what it reads (language.py).
@example(text=WORDS[0] + " Kinmen" + WORDS[0])
def test_a_labelled_passage_joins_the_corpus_and_loads_whole(text: str) -> None:
    record = {
        "id": "blind999-a-005",
        "class": "dual-theme",
        "published_utc": "2026-06-15T09:30:00Z",
        "title": "Fisheries accord",
        "text": text,
        "entities": [],
        "incursions": [],
        "themes": {"cooperation": 1, "security": 0},
    }
    # A directory of its own per example: Hypothesis reruns the body under one tmp_path.
    with tempfile.TemporaryDirectory() as directory:
        labelled, corpus = Path(directory) / "blind-999.jsonl", Path(directory) / "themes.jsonl"
        labelled.write_text(as_json_lines([record]), encoding="utf-8")
        (passage,) = load_passages(labelled)
        assert passage.text == f"Fisheries accord\n\n{text}"
        rows, _ = join_theme_corpus.corpus_rows(labelled)
        assert [row["text"] for row in rows] == [text]
        corpus.write_text(as_json_lines(rows), encoding="utf-8")
        assert [example.text for example in load_corpus(corpus)] == [text]
        assert [json.loads(line) for _, line in json_lines(corpus)] == rows
