"""A bare "MND" the article leaves undecided is the body the knowledge base names as its usual
reading in the region's news (Taiwan's ministry), while a qualifier or a dateline that names
another country still decides; a user's knowledge base claims a form the same way. "MOFA",
Japan's in one in thirteen labelled passages, has no usual reading and stays unlinked."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linking_helpers import mentions

from monitor.errors import ConfigError
from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.kb import KB_PATH, KnowledgeBase, load_kb


def linked(text: str, kb: KnowledgeBase | None = None) -> dict[str, str]:
    if kb is None:
        return {m.text: m.entity_id for m in mentions(text, "2025-10-01")}
    moment = datetime(2025, 10, 1, tzinfo=UTC)
    (result,) = analyse([TextToAnalyse("t", text, "en", moment)], kb=kb)
    return {m.text: m.entity_id for m in result.mentions}


@pytest.mark.parametrize(
    ("text", "surface", "body"),
    [
        ("PLA aircraft tracker, week 40\n\n17 aircraft, 6 vessels. Source: MND", "MND", "taiwan-mnd"),
        ("Figures from MND's daily 6 a.m. reports show a busy week for the PLA.", "MND", "taiwan-mnd"),
    ],
)  # fmt: skip
def test_an_undecided_abbreviation_is_its_usual_body(text: str, surface: str, body: str) -> None:
    """No dateline, outlet, qualifier or country near says whose: the usual reading links it."""
    assert linked(text).get(surface) == body


def test_a_form_no_body_claims_stays_unlinked_when_undecided() -> None:
    assert "MOFA" not in linked("MOFA thanked lawmakers in Prague for the resolution on Tuesday.")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("South Korea's MND said the drill would go ahead on Friday.", "sk-mnd"),
        ("SEOUL (Yonhap) — The MND said on Friday the joint drill would go ahead.", "sk-mnd"),
        ("TOKYO (Kyodo) — MOFA summoned the Chinese ambassador on Friday.", "japan-mofa"),
    ],
)  # fmt: skip
def test_a_qualifier_or_dateline_naming_another_country_still_wins(text: str, body: str) -> None:
    found = linked(text)
    form = "MND" if "MND" in text else "MOFA"
    assert found.get(form) == body


@settings(max_examples=12, deadline=None)
@given(
    country=st.sampled_from([("China's", "china-mnd"), ("South Korea's", "sk-mnd")]),
    verb=st.sampled_from(["said", "announced on Monday", "warned"]),
)
def test_a_named_country_always_beats_the_usual_reading(
    country: tuple[str, str], verb: str
) -> None:
    words, body = country
    assert linked(f"{words} MND {verb} that the exercise would continue.").get("MND") == body


def test_a_users_knowledge_base_claims_a_usual_reading_the_same_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A user who follows Beijing's ministry makes it the usual "MND"; their entry replaces the
    shipped one with its id and its claim comes before the shipped claim."""
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path / "data"))
    shipped = load_kb(KB_PATH).entities["china-mnd"]
    mine = tmp_path / "entities.yaml"
    entry = shipped.model_dump(mode="json", exclude_defaults=True) | {"usual": ["MND"]}
    mine.write_text(json.dumps({"version": 1, "entities": [entry]}))  # JSON is YAML too
    kb = load_kb(KB_PATH, mine)
    assert kb.usual["mnd"] == "china-mnd"
    assert linked("17 aircraft, 6 vessels. Source: MND", kb).get("MND") == "china-mnd"


def test_a_usual_form_must_be_one_of_the_entrys_generic_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path / "data"))
    mine = tmp_path / "entities.yaml"
    mine.write_text(
        "version: 1\nentities:\n"
        "  - {id: x, name: Xanadu Defense Board, type: ORG, generic: [XDB], usual: [MND]}\n"
    )
    with pytest.raises(ConfigError, match="usual: 'mnd' is not one of its generic names"):
        load_kb(KB_PATH, mine)
