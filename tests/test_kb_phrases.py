"""The knowledge base's names are split once and kept for the merge's matchers (kb_phrases.py):
a pipeline built from the kept names finds what one that split them finds, an edit to the
knowledge base is matched at once, and a damaged copy is never read."""

from pathlib import Path

import pytest

import monitor.nlp.kb_phrases
from monitor.datadir import cache_dir
from monitor.nlp.english import Pipeline, load_pipeline
from monitor.nlp.kb import KB_PATH, KnowledgeBase, load_kb

STORY = (
    "TAIPEI — Defense Minister Wellington Koo said the Xanadu Strait Council met on Monday, "
    "as the MND counted 14 PLA aircraft near the Taiwan Strait.\n\n"
    "The council's chair told Japanese reporters in Tokyo that the Zembla Harbour Board agreed."
)
COUNCIL = "  - {id: xanadu-council, name: Xanadu Strait Council, type: ORG}\n"
BOARD = "  - {id: zembla-board, name: Zembla Harbour Board, type: ORG, aliases: [ZHB]}\n"


def _entities(pipeline: Pipeline) -> list[tuple[str, str, str]]:
    with pipeline.nlp.memory_zone():
        (doc,) = pipeline.process([STORY])
        return [(e.text, e.label_, e.kb_id_) for e in doc.ents]


def _kb(tmp_path: Path, *entries: str) -> KnowledgeBase:
    mine = tmp_path / "entities.yaml"
    mine.write_text("version: 1\nentities:\n" + "".join(entries))
    return load_kb(KB_PATH, mine)


def _no_splitting(monkeypatch: pytest.MonkeyPatch) -> None:
    def split(*_: object) -> None:
        raise AssertionError("the knowledge base's names were split again")

    monkeypatch.setattr(monitor.nlp.kb_phrases, "_split", split)


def test_kept_names_find_what_split_names_find(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path / "data"))
    kb = _kb(tmp_path, COUNCIL)
    split = _entities(load_pipeline(kb))
    assert ("Xanadu Strait Council", "ORG", "xanadu-council") in split
    assert ("Wellington Koo", "PERSON", "wellington-koo") in split
    _no_splitting(monkeypatch)
    assert _entities(load_pipeline(kb)) == split


def test_an_edit_to_the_knowledge_base_is_matched_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path / "data"))
    before = _entities(load_pipeline(_kb(tmp_path, COUNCIL)))
    assert not any(kb_id == "zembla-board" for _, _, kb_id in before)
    after = _entities(load_pipeline(_kb(tmp_path, COUNCIL, BOARD)))
    assert ("Zembla Harbour Board", "ORG", "zembla-board") in after
    assert len(list(cache_dir().glob("kb-phrases-*.json"))) == 2


def test_a_damaged_copy_is_split_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path / "data"))
    kb = _kb(tmp_path, COUNCIL)
    split = _entities(load_pipeline(kb))
    (kept,) = cache_dir().glob("kb-phrases-*.json")
    for damage in ('[{"gpe:taiwan": [["x"]]}, {}]', '[{"gpe:taiwan": [[1, 2]]}', "[]"):
        kept.write_text(damage)
        assert _entities(load_pipeline(kb)) == split
    _no_splitting(monkeypatch)  # written anew, and read from then on
    assert _entities(load_pipeline(kb)) == split
