"""Veterans' and alumni newsletters: chapters named for where they meet, the old and clipped
names members use (the ChiComs, Iwo, the Kaiji), offices the knowledge base
lacks opened by their country, and the two Koreas called by their halves."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linking_helpers import mentions


def links(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.entity_id) for m in mentions(text, "2025-10-01")}


def ids(text: str) -> set[str]:
    return {entity_id for _, entity_id in links(text)}


@pytest.mark.parametrize(
    ("text", "place", "entity_id"),
    [
        ("ADA Association, Okinawa Chapter (1-1 ADA alumni) — FLASH BULLETIN, 9 Jan 2026",
         "Okinawa", "okinawa"),
        ("Next study group: 17 January, Yokosuka Chapter hall. Bring your copy.",
         "Yokosuka", "yokosuka"),
        ("Members of the Osaka Branch met on Sunday to hear a talk on the Senkakus.",
         "Osaka", "osaka"),
    ],
)  # fmt: skip
def test_a_chapter_named_for_its_place_names_the_place(
    text: str, place: str, entity_id: str
) -> None:
    assert (place, entity_id) in links(text)


def test_a_unit_named_for_no_known_place_names_none() -> None:
    found = ids("The Eastern Branch of the coast guard said the Pine Valley Chapter would meet.")
    assert not {"okinawa", "yokosuka", "osaka"} & found


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("We could see the ChiComs on the scope every night.", "china"),
        ("The batteries around Amoy opened up on Quemoy in 1958.", "kinmen"),
        ("Two of our last living Iwo veterans made the trip, both past 100.", "iwo-jima"),
        ('The Maritime Self-Defense Force (we still say "the Kaiji" over beer) kept watch.',
         "jmsdf"),
        ("The missile was developed by the Chungshan Institute in Taoyuan.", "ncsist"),
        ("Japanese officials say the same traffic is coming through the Miyako gap.",
         "miyako-strait"),
        ("The PLA said the exercise around Taiwan Island tested joint combat.", "taiwan"),
        ('the DF-26, which Chinese state media nicknamed the "Guam Express", carries either.',
         "df-26"),
    ],
)  # fmt: skip
def test_old_and_clipped_names_members_use(text: str, entity_id: str) -> None:
    assert entity_id in ids(text)


def test_an_office_outside_the_knowledge_base_is_its_countrys() -> None:
    text = (
        "The U.S. said the launch was reckless. WASHINGTON (AP) — U.S. Space Command said it "
        'was tracking "two objects" after the launch.'
    )
    assert ("U.S.", "united-states") in {
        (m.text, m.entity_id) for m in mentions(text) if m.start > 40
    }


def test_an_office_is_not_given_a_country_the_article_never_names() -> None:
    assert "united-states" not in ids("U.S. Space Command said it was tracking two objects.")


def test_the_north_is_north_korea_once_named() -> None:
    text = (
        "North Korea's programme is continuing, the agency said. Kim Jong-un said the North's "
        "nuclear status was irreversible, and that the South was a forward base."
    )
    found = links(text)
    assert ("North", "north-korea") in found
    assert ("South", "south-korea") not in found  # South Korea is not named: the half is vague


def test_the_south_is_south_korea_beside_the_north() -> None:
    text = "North Korea and South Korea traded words. The North fired; the South answered."
    found = links(text)
    assert {("North", "north-korea"), ("South", "south-korea")} <= found


def test_the_north_without_the_koreas_is_no_country() -> None:
    found = ids("Troops from the North marched south in the war; the South China Sea is calm.")
    assert not {"north-korea", "south-korea"} & found


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["Pacific", "Atlantic", "China Sea", "Korean side", "of the country"]))
def test_the_half_opening_a_longer_name_is_not_the_country(rest: str) -> None:
    text = f"North Korea fired a missile. Ships from the North {rest} watched."
    assert ("North", "north-korea") not in links(text)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Washington and Beijing agreed at the Biden-Xi meeting in Lima in November 2024.",
         {"joe-biden", "xi-jinping"}),
        ("Officials prepared for the Trump–Xi summit in Busan.", {"donald-trump", "xi-jinping"}),
        ("The Kishida–Biden talks produced a joint statement.", {"fumio-kishida", "joe-biden"}),
    ],
)  # fmt: skip
def test_a_summit_named_by_its_leaders_names_each(text: str, people: set[str]) -> None:
    assert people <= ids(text)


def test_a_pair_with_a_name_two_people_bear_names_neither() -> None:
    found = ids("The Tsai-Xi exchange of letters was noted; the Taipei-Tokyo route reopened.")
    assert not {"tsai-ing-wen", "xi-jinping"} & found
