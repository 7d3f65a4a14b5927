"""The parsed knowledge base is cached as JSON under the hash of the file's bytes: the same
entries as the YAML gives, a damaged or stale copy never used, an edit never missed."""

from pathlib import Path

import pytest

import monitor.nlp.kb
from monitor.datadir import cache_dir
from monitor.errors import ConfigError
from monitor.nlp.kb import KB_PATH, load_kb


def test_the_cached_knowledge_base_equals_the_parsed_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path))
    parsed = load_kb(KB_PATH)
    (cached,) = cache_dir().glob("kb-*.json")

    def no_yaml(raw: bytes, path: Path) -> None:
        raise AssertionError("the YAML was parsed again")

    monkeypatch.setattr(monitor.nlp.kb, "parse_kb_yaml", no_yaml)
    assert load_kb(KB_PATH) == parsed
    monkeypatch.undo()

    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path))
    cached.write_text('{"version": 1, "entities": "damaged"}')
    assert load_kb(KB_PATH) == parsed  # the YAML decides, and the copy is written again
    assert load_kb(KB_PATH) == parsed


def test_an_edited_file_is_parsed_again_and_its_errors_still_surface(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path / "data"))
    mine = tmp_path / "entities.yaml"
    mine.write_text("version: 1\nentities:\n  - id: x\n    name: Xanadu Strait\n    type: LOC\n")
    assert "x" in load_kb(KB_PATH, mine).entities
    mine.write_text("version: 1\nentities:\n  - id: x\n    name: [not, a, name]\n    type: LOC\n")
    with pytest.raises(ConfigError, match=r"entities\[0\]: name"):
        load_kb(KB_PATH, mine)


# --- linkAB: a capital may act for the organisation seated there ---
def test_a_capital_may_act_for_an_organisation_but_not_for_a_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path / "data"))
    mine = tmp_path / "entities.yaml"
    seat = (
        "version: 1\nentities:\n"
        "  - {id: pact, name: Coral Sea Pact, type: ORG}\n"
        "  - {id: port-amber, name: Port Amber, type: GPE, kind: capital, capital_of: pact}\n"
    )
    mine.write_text(seat)
    assert load_kb(KB_PATH, mine).entities["port-amber"].capital_of == "pact"
    mine.write_text(seat.replace("type: ORG", "type: LOC"))
    with pytest.raises(ConfigError, match="'pact' is not a country or an organisation"):
        load_kb(KB_PATH, mine)
