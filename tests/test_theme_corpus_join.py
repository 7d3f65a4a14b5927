"""bench/join_theme_corpus.py: a scored blind set joins the English theme corpus the documented
way, and the corpus holds every set it has joined exactly so."""

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from monitor.json_lines import json_lines

SCRIPT = ROOT / "bench" / "join_theme_corpus.py"
_spec = importlib.util.spec_from_file_location("join_theme_corpus", SCRIPT)
assert _spec and _spec.loader
join = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(join)

ENGLISH = (
    "TAIPEI, March 3 (CNA) - Taiwan's defence ministry said it had detected 21 Chinese military "
    "aircraft and seven navy ships around the island in the 24 hours to 6 a.m., and that the "
    "armed forces were monitoring the situation with patrol aircraft and land-based missiles."
)
JAPANESE = (
    "台湾国防部は３日、同日午前６時までの２４時間に中国軍機２１機と艦艇７隻が台湾周辺で確認"
    "されたと発表した。このうち１３機が台湾海峡の中間線を越えたという。"
)
CHINESE = (
    "國防部今日公布，自昨日上午6時至今日上午6時止，偵獲共機21架次、共艦7艘，持續在臺海周邊活動。"
)


def _record(number: int, text: str, title: str = "Jets near Taiwan") -> dict[str, object]:
    return {
        "id": f"blind99-a-{number:03d}",
        "class": "daily-report",
        "title": title,
        "text": text,
        "entities": [],
        "incursions": [],
        "themes": {"cooperation": number % 2, "security": 1},
    }


def test_every_fifth_passage_is_held_out_and_the_row_is_the_text_alone(tmp_path: Path) -> None:
    path = tmp_path / "blind-99.jsonl"
    path.write_text("".join(json.dumps(_record(n, ENGLISH)) + "\n" for n in range(1, 11)))

    rows, left_out = join.corpus_rows(path)

    assert left_out == []
    assert [row["id"] for row in rows if row["split"] == "test"] == [
        "blind99-a-005",
        "blind99-a-010",
    ]
    assert rows[2] == {
        "id": "blind99-a-003",
        "text": ENGLISH,  # no title: the corpus holds passages as bodies of text
        "cooperation": 1,
        "security": 1,
        "split": "train",
        "style": "daily-report",
    }


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("中国軍機２１機が台湾周辺に", JAPANESE),
        ("共機21架次", CHINESE),
        ("PLA activities around Taiwan", f"{CHINESE}\n\n{CHINESE}"),
    ],
)
def test_a_passage_read_as_japanese_or_chinese_stays_out(
    tmp_path: Path, title: str, text: str
) -> None:
    """In use such a passage goes to the Japanese or Chinese analysis, never to the English
    model, whatever its title says."""
    path = tmp_path / "blind-99.jsonl"
    records = [_record(1, ENGLISH), _record(2, text, title)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))

    rows, left_out = join.corpus_rows(path)

    assert [row["id"] for row in rows] == ["blind99-a-001"] and left_out == ["blind99-a-002"]


def test_the_corpus_holds_every_joined_blind_set_as_the_rule_writes_it() -> None:
    """The blind sets join in order once scored, so the corpus holds blind-1 to blind-N and
    none after; each passage as `corpus_rows` writes it, none missing, none held otherwise (a
    relabelled row or a changed split would show here)."""
    corpus = ROOT / "models" / "training" / "themes.jsonl"
    ids = [json.loads(line)["id"] for _, line in json_lines(corpus)]
    numbers = (re.match(r"blind(\d*)-", i) for i in ids)
    # "blind-001" is blind-1's, "blind12-a-001" blind-12's
    joined = sorted({int(number[1] or 1) for number in numbers if number})
    assert joined == list(range(1, joined[-1] + 1)) and joined[-1] >= 67

    checked = subprocess.run(
        [sys.executable, str(SCRIPT), "--sets", f"1-{joined[-1]}", "--check"],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip

    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "0 not yet in the corpus, 0 held otherwise" in checked.stdout
