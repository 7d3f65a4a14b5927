"""bench/theme_leave_out.py: a model measured on a group of joined sets never read that group,
and the corpus it learns from is the one the shipped model learned from, plus the other sets."""

import importlib.util
import json
import sys
from pathlib import Path

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))  # the script imports theme_errors beside it
_spec = importlib.util.spec_from_file_location(
    "theme_leave_out", ROOT / "bench" / "theme_leave_out.py"
)
assert _spec and _spec.loader
leave_out = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(leave_out)


def _row(passage_id: str, split: str = "train") -> dict[str, object]:
    return {
        "id": passage_id,
        "text": f"Passage {passage_id}: coast guards of two partners sign a rescue memorandum.",
        "cooperation": 1,
        "security": 0,
        "split": split,
        "style": "wire",
    }


def _write(path: Path, ids: list[str]) -> Path:
    path.write_text("".join(json.dumps(_row(i)) + "\n" for i in ids))
    return path


def _texts(examples: list[object]) -> list[str]:
    return [e.text.split(":")[0].removeprefix("Passage ") for e in examples]  # type: ignore[attr-defined]


def test_a_left_out_group_never_reaches_the_corpus_it_is_measured_against(tmp_path: Path) -> None:
    rows = _write(tmp_path / "joined.jsonl", ["blind68-a-001", "blind70-b-002", "blind71-a-003"])
    corpus = _write(tmp_path / "themes.jsonl", ["p1-0001", "blind12-a-004"])

    examples = leave_out.corpus_leaving_out(rows, {68, 69, 70}, corpus)

    assert _texts(examples) == ["p1-0001", "blind12-a-004", "blind71-a-003"]


def test_rows_the_corpus_already_holds_are_counted_once(tmp_path: Path) -> None:
    """A corpus that was joined in place (join_theme_corpus.py appends) gives the same training
    rows as one that was not: the rows of the candidate file are taken from it alone."""
    joined = ["blind68-a-001", "blind71-a-003"]
    rows = _write(tmp_path / "joined.jsonl", joined)
    corpus = _write(tmp_path / "themes.jsonl", ["p1-0001", *joined])

    examples = leave_out.corpus_leaving_out(rows, {71}, corpus)

    assert _texts(examples) == ["p1-0001", "blind68-a-001"]
    assert _texts(leave_out.corpus_without(rows, corpus)) == ["p1-0001"]
