"""A bare service in Taiwan's own copy that counts China's craft is Taiwan's, never China's: a
Taipei protocol release's "guard of honour drawn from the Army, Navy and Air Force" beside the
ministry's count of PLA aircraft around Taiwan."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.linking_helpers import mentions

PROGRAMME = (
    "10:00  Welcome ceremony with full military honours; inspection of the guard of honour "
    "drawn from the Army, Navy and Air Force\n10:40  Bilateral talks with President Lai "
    "Ching-te\n\nMEDIA ADVISORY: the Ministry of National Defense 6 a.m. report lists {aircraft} "
    "PLA aircraft and {ships} PLAN vessels around Taiwan."
)


def linked(text: str, surface: str) -> list[str]:
    return [m.entity_id for m in mentions(text) if m.text == surface]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (PROGRAMME.format(aircraft=8, ships=5), "Navy", "roc-navy"),
        (PROGRAMME.format(aircraft=8, ships=5), "Air Force", "roc-air-force"),
        ("Every weekday the club reads the Ministry of National Defense report aloud: 34 PLA "
         "aircraft and 9 PLAN ships were detected around Taiwan. Our Armed Forces monitored the "
         "situation and employed CAP aircraft, Navy vessels and land-based missile systems.",
         "Armed Forces", "roc-armed-forces"),
    ],
)  # fmt: skip
def test_a_bare_body_in_copy_counting_chinas_craft_is_the_counting_sides(
    text: str, surface: str, expected: str
) -> None:
    assert linked(text, surface) == [expected]


def test_a_bare_service_beside_no_counts_is_left_to_the_other_cues() -> None:
    """Without counts around Taiwan the rule says nothing: the PLA named before the bare Navy
    in its sentence still owns it."""
    text = "Taiwan's military has modernised quickly. The PLA, for its part, sent Navy destroyers."
    assert linked(text, "Navy") == ["plan"]


def test_a_bare_coast_guard_in_copy_at_home_on_the_other_side_is_left_to_it() -> None:
    """Beijing's own report of its patrol is China's coast guard, whatever the counts say."""
    text = (
        "BEIJING, Dec. 2 (Global Times) -- A China Coast Guard formation patrolled within the "
        "territorial waters of China's Diaoyu Dao on Wednesday, the coast guard said.\n\n"
        "Japanese media said the Japan Coast Guard had tracked four Chinese government ships in "
        "the contiguous zone around the islands, which Japan calls the Senkaku Islands."
    )
    assert linked(text, "coast guard") == ["china-coast-guard"]


@settings(max_examples=8, deadline=None)
@given(
    st.integers(min_value=2, max_value=40),
    st.integers(min_value=1, max_value=12),
    st.sampled_from(["Navy", "Air Force", "Army"]),
)
def test_a_service_in_a_release_counting_pla_craft_is_never_chinas(
    aircraft: int, ships: int, service: str
) -> None:
    """Whatever the counts, the services of the release that lists them are Taiwan's."""
    owners = linked(PROGRAMME.format(aircraft=aircraft, ships=ships), service)
    assert owners and not {"plan", "plaaf", "pla-ground-force"} & set(owners)


@pytest.mark.parametrize(
    "row",
    [
        "Navy vessels: {n}",
        "{n} Navy vessels",
        "Navy ships {n}",
        "Date | Aircraft | Navy vessels | Balloons\nJan. 11 | 5 | {n} | —",
    ],
)
def test_a_service_naming_the_counted_craft_is_not_the_counting_side(row: str) -> None:
    """A row of the PLA's craft ("Navy vessels: 7") counts China's ships, so the rule that gives
    the counting side its own bare services leaves it alone."""
    for n in (3, 7, 12):
        text = (
            "PLA ACTIVITY AROUND TAIWAN\n24 hours to 6 a.m. Saturday\n\nAircraft: 21\n"
            f"Entered ADIZ: 15\n{row.format(n=n)}\nOfficial ships: 1"
        )
        assert "roc-navy" not in linked(text, "Navy")
