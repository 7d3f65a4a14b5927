"""The Japanese and Chinese theme corpora hold the CJK blind sets that joined them exactly as the
documented rule writes them (title, a blank line and the text; the passage's class as style;
every fifth labelled passage to `test`), and in the order they were written.

bench/cjk_theme_sets.py finds which sets a corpus holds by their passages' text and takes them
out or keeps them in on that basis: a set joined in another form (a title dropped, a relabelled
row, another split) would be measured as a set the model never read, and its fifths would leave
the held-out split without anyone seeing it."""

import json
from pathlib import Path

import pytest
from conftest import ROOT

from monitor.json_lines import json_lines

DATA = ROOT / "tests" / "data" / "cjk"
CORPUS = ROOT / "models" / "training"
TEST_EVERY = 5


def _rule_rows(path: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for record in (json.loads(line) for _, line in json_lines(path)):
        if record.get("themes") is None:
            continue
        title = record.get("title") or ""
        rows.append({
            "id": record["id"],
            "text": f"{title}\n\n{record['text']}" if title else record["text"],
            "cooperation": int(record["themes"]["cooperation"]),
            "security": int(record["themes"]["security"]),
            "split": "test" if len(rows) % TEST_EVERY == TEST_EVERY - 1 else "train",
            "style": record.get("class", "mixed"),
        })  # fmt: skip
    return rows


def _set_of(row_id: str) -> str:
    """ "zh-blind27-004" -> "blind27"; the project's own passages ("zh-0001") -> ""."""
    stem = row_id.split("-")[1]
    return stem if stem.startswith("blind") else ""


@pytest.mark.parametrize(("language", "at_least"), [("ja", 23), ("zh", 19)])
def test_each_joined_blind_set_is_in_the_corpus_as_the_rule_writes_it(
    language: str, at_least: int
) -> None:
    corpus = [json.loads(line) for _, line in json_lines(CORPUS / f"themes-{language}.jsonl")]
    joined: dict[str, list[dict[str, object]]] = {}
    for row in corpus:
        if name := _set_of(row["id"]):
            joined.setdefault(name, []).append(row)
    numbers = sorted(int(name.removeprefix("blind") or 1) for name in joined)

    assert numbers == list(range(1, numbers[-1] + 1)) and numbers[-1] >= at_least
    for name, rows in joined.items():
        assert rows == _rule_rows(DATA / f"{language}-{name}.jsonl"), name
