"""Official names as a browser translates Japanese, Chinese and Taiwanese pages word for word
link to the body they name, with its country: 中華民國國防部 is Taiwan's ministry although
its English holds "China", 中国海警局 is the China Coast Guard, 航空自衛隊 Japan's air force."""

import pytest
from linking_helpers import mentions


def linked(text: str, surface: str) -> list[str | None]:
    return [m.entity_id for m in mentions(text, "2025-10-01") if m.text == surface]


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        (
            "The Republic of China Ministry of National Defense explains: until today (22) 6 "
            "o'clock, detected Communist aircraft 27 sorties around Taiwan.",
            "Republic of China Ministry of National Defense",
            "taiwan-mnd",
        ),
        (
            "China Sea Police Bureau ships 4 ships are navigating near the Senkaku Islands.",
            "China Sea Police Bureau",
            "china-coast-guard",
        ),
        (
            "Xinhua News Agency Beijing telegram. China Sea Police 2 ship formation cruised.",
            "China Sea Police",
            "china-coast-guard",
        ),
        (
            "This is the 68th time this year that Sea Police ships broke into Kinmen waters.",
            "Sea Police",
            "china-coast-guard",
        ),
        (
            "Taiwan's defence ministry said the Communist Navy sent a destroyer east of Hualien.",
            "Communist Navy",
            "plan",
        ),
        (
            "According to the 11th District Maritime Security Headquarters, the ships left.",
            "11th District Maritime Security Headquarters",
            "jcg-11th-region",
        ),
        (
            "Patrol ships of the Maritime Security Agency are requesting them to leave.",
            "Maritime Security Agency",
            "japan-coast-guard",
        ),
        (
            "The Air Self-Defense Team scrambled fighters over the East China Sea.",
            "Air Self-Defense Team",
            "jasdf",
        ),
        (
            "The Integrated Staff Supervision Department of Japan announced the flights.",
            "Integrated Staff Supervision Department",
            "japan-joint-staff",
        ),
        (
            "Four ships were in the connected water area around the Senkaku Islands.",
            "connected water area",
            "contiguous-zone",
        ),
    ],
)
def test_a_translated_name_links_to_the_body_it_names(text: str, surface: str, entity: str) -> None:
    assert linked(text, surface) == [entity]


def test_the_bare_translated_ministry_takes_the_countrys_of_the_story() -> None:
    taipei = "TAIPEI (CNA) -- The National Defense Department said 24 Communist aircraft flew."
    beijing = "BEIJING (Xinhua) -- The National Defense Department said drills would go on."
    assert linked(taipei, "National Defense Department") == ["taiwan-mnd"]
    assert linked(beijing, "National Defense Department") == ["china-mnd"]
