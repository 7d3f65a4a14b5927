"""Stories exported from news databases, from the real pipeline: Factiva's coded fields ("SN
Reuters News"), ProQuest's and LexisNexis's labelled ones ("Place of publication: Tokyo").
An outlet is linked however the service prints its name, a field's label is never a name, a
capital in a head field is the city, and the story's dateline after "Full text:" is read as a
dateline. Also the shapes blind-59 and blind-61 showed beside them: a bare service named with its
owner earlier in the sentence, a capital in apposition to "the capital", a prefecture's short name.

Each case is a shape blind-59's news-database exports and blind-61's plain-language stories
showed monitor reading wrongly.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.nlp.kb import default_kb
from monitor.nlp.resolve import OUTLET_TAIL_WORDS, resolve_name
from tests.linking_helpers import mentions

FACTIVA = """HD Taiwan reports 27 Chinese aircraft in its air defence zone
WC 268 words
PD 28 November 2021
SN {source}
SC LBA
LA English
CY (c) 2021 Reuters Limited

LP
TAIPEI, Nov 28 (Reuters) - Twenty-seven Chinese military aircraft entered Taiwan's air defence
zone on Sunday, Taiwan's defence ministry said.
"""

PROQUEST = """Title: Taiwan Detects 45 Chinese Military Aircraft
Author: Jiji Press
Publication title: Jiji Press English News Service; {city}
Publisher: Jiji Press Ltd.
Place of publication: {city}
Country of publication: Japan
Copyright: (c) Jiji Press Ltd. 2025. All rights reserved.

Full text: Taipei, Feb. 27 (Jiji Press)--Taiwan's Defense Ministry said Thursday that it
detected 45 Chinese military aircraft around Taiwan.
"""


def links(text: str) -> dict[str, set[tuple[str, str]]]:
    found: dict[str, set[tuple[str, str]]] = {}
    for m in mentions(text, "2025-02-27"):
        found.setdefault(m.text, set()).add((m.entity_id, m.kind))
    return found


@pytest.mark.parametrize(
    ("source", "outlet"),
    [
        ("Reuters News", "reuters"),
        ("Kyodo News", "kyodo"),
        ("Agence France Presse", "agence-france-presse"),
        ("Japan Economic Newswire", "kyodo"),
        ("Jiji Press English News Service", "jiji"),
    ],
)
def test_a_source_field_is_the_outlet_without_its_code(source: str, outlet: str) -> None:
    text = FACTIVA.format(source=source)
    start = text.index(f"SN {source}")
    found = [m for m in mentions(text) if m.start < start + len(source) + 3 and start < m.end]
    assert {m.entity_id for m in found} == {outlet}
    assert all(m.start >= start + 3 and not m.text.endswith("\n") for m in found)
    assert "LA" not in links(text)  # the language field's code names nothing


@pytest.mark.parametrize(
    ("printed", "outlet"),
    [
        ("Reuters Limited", "reuters"),
        ("Jiji Press Ltd.", "jiji"),
        ("Kyodo News International", "kyodo"),
        ("Reuters News", "reuters"),
        ("Jiji Press English News Service", "jiji"),
    ],
)
def test_an_outlet_with_its_company_or_service_words_is_the_outlet(
    printed: str, outlet: str
) -> None:
    assert resolve_name(printed, default_kb()) == outlet


def test_a_country_with_service_words_is_no_outlet() -> None:
    assert resolve_name("Japan Wire Service", default_kb()) is None  # not Japan


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(sorted(OUTLET_TAIL_WORDS)), min_size=1, max_size=3))
def test_any_tail_of_service_words_keeps_the_outlet(tail: list[str]) -> None:
    assert resolve_name(" ".join(["Reuters", *tail]), default_kb()) == "reuters"


@pytest.mark.parametrize(("city", "city_id"), [("Tokyo", "tokyo"), ("London", "london")])
def test_a_place_field_names_the_city_not_its_government(city: str, city_id: str) -> None:
    found = links(PROQUEST.format(city=city))
    assert found[city] == {(city_id, "name")}
    assert found["Taipei"] == {("taipei", "name")}  # the dateline after "Full text:"
    assert ("taiwan-mnd", "name") in found["Defense Ministry"]  # whose the dateline says


def test_a_factiva_headline_is_a_sentence_whose_capital_acts() -> None:
    text = "HD US approves arms sale to Taiwan, Beijing vows countermeasures\nWC 283 words\n"
    assert links(text)["Beijing"] == {("china", "capital")}


def test_a_bare_service_is_the_one_named_with_its_owner_earlier_in_the_sentence() -> None:
    text = (
        "TAIPEI (AP) — Taiwan's Defense Ministry said it tracked 20 aircraft.\n\n"
        "Last week, a U.S. Navy destroyer, the USS Milius, sailed through the Taiwan Strait in "
        "what the Navy called a routine transit."
    )
    assert links(text)["Navy"] == {("us-navy", "name")}


def test_a_nationality_named_nearer_leaves_a_bare_service_to_the_story() -> None:
    text = (
        "SALEM, Ore. (AP) — Oregon Air National Guard pilots shared the ramp at Kadena with "
        "Japan Air Self-Defense Force units and other American fighter squadrons while the Air "
        "Force replaces its aging F-15C/D fleet there."
    )
    assert links(text)["Air Force"] == {("us-air-force", "name")}


def test_a_capital_in_apposition_to_the_capital_is_the_city() -> None:
    text = (
        "HUALIEN, Taiwan (AP) — A strong earthquake shook eastern Taiwan early Tuesday. "
        "Buildings swayed in the capital, Taipei, about 150 kilometers away."
    )
    assert links(text)["Taipei"] == {("taipei", "name")}


def test_a_prefecture_named_without_its_unit_is_the_prefecture() -> None:
    text = (
        "The earthquake hit the Noto Peninsula in Ishikawa Prefecture. Taiwan's Ministry of "
        "Foreign Affairs said the money would go to Ishikawa through the exchange association."
    )
    assert links(text)["Ishikawa"] == {("ishikawa-prefecture", "name")}
