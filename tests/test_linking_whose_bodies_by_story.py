"""Whose a bare body is by what the story tells a reader: a paragraph opened by a short
sentence about a country, the capital a spokesperson is placed in (or "there"), the nationals a
ministry advises, a reply that says what the body's own country will do; and a city's metro,
candidates before a name and a modified capital before a noun."""

import pytest
from linking_helpers import mentions

from monitor.nlp.kb import default_kb
from monitor.nlp.subject_scenes import subject_scenes


def linked(text: str, surface: str) -> list[str]:
    return [m.entity_id for m in mentions(text, "2025-06-02") if m.text == surface]


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        # a short lead sentence about a country: the paragraph's bodies are its own
        ("TAIPEI — The Presidential Office welcomed the new radar deal with the US.\n\n"
         "Beijing hit back at once. The Foreign Ministry called the deal a provocation.",
         "Foreign Ministry", "china-mfa"),
        ("TAIPEI — Taiwan's army wants more interpreters for its drills with allies.\n\n"
         "The United States trains the most. Its language school in California teaches "
         "Mandarin to recruits of the Army and the Navy each year.", "Navy", "us-navy"),
        # a spokesperson placed in a capital, or "there" after one
        ("TOKYO — A Japanese toy maker said its shipment was held at the port of Dalian. A "
         "Foreign Ministry spokeswoman in Beijing said firms must obey the law.",
         "Foreign Ministry", "china-mfa"),
        ("TAIPEI — The map was never accepted by Beijing; last year a Foreign Ministry "
         "official there called it invalid.", "Foreign Ministry", "china-mfa"),
        # the nationals a ministry advises are its own
        ("TOKYO — Travel agents braced for cancellations after the foreign ministry urged "
         "Chinese citizens to avoid trips to Japan.", "foreign ministry", "china-mfa"),
        # what a body says its own country will do names no one it addresses
        ("TAIPEI — Japanese lawmakers ended their visit on Friday. The Ministry of Foreign "
         "Affairs thanked the visitors and said Taiwan would keep working with Japan.",
         "Ministry of Foreign Affairs", "taiwan-mofa"),
    ],
)  # fmt: skip
def test_the_story_says_whose_a_bare_body_is(text: str, surface: str, entity: str) -> None:
    assert linked(text, surface) == [entity]


@pytest.mark.parametrize(
    "text",
    [
        # a long first sentence is a story of its own, not a heading for the paragraph
        "Beijing said on Monday that it would send more ships to the area. The Ministry",
        # a city that is no capital leads nothing
        "Osaka reacted calmly. The Foreign Ministry",
    ],
)
def test_only_a_short_sentence_about_a_country_leads_a_paragraph(text: str) -> None:
    assert list(subject_scenes(text, default_kb())) == []


def test_a_city_metro_in_lower_case_is_the_city() -> None:
    text = (
        "TAIPEI — Steel for a Taichung metro extension sat at the quay, while the Taichung Metro "
        "said its trains ran on time."
    )
    found = [(m.text, m.entity_id) for m in mentions(text, "2025-06-02") if "Taichung" in m.text]
    assert found == [("Taichung", "taichung"), ("Taichung Metro", "taichung-metro")]


def test_candidates_before_a_name_are_a_title() -> None:
    text = "TAIPEI (CNA) — Candidates Lai Ching-te and Hou Yu-ih will each speak for 30 minutes."
    assert "lai-ching-te" in {m.entity_id for m in mentions(text, "2023-12-20")}


def test_a_modified_capital_before_a_noun_is_the_city() -> None:
    text = 'TAIPEI — "Costs keep rising," said the head of a mid-sized Taipei toy maker.'
    assert linked(text, "Taipei")[-1] == "taipei"
