"""A festival, fair, show or fashion week named after its place counts the place: a reader who
searches the archive for Kinmen or Sapporo finds the stories of their festivals, while a venue
that ends in its own noun stays the venue."""

import pytest
from linking_helpers import mentions


def _linked(text: str) -> set[str]:
    return {m.entity_id for m in mentions(text) if m.in_kb}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The opening of the Kinmen Sea Art Festival went ahead on Saturday.", "kinmen"),
        ("Designers showed their spring lines at Taipei Fashion Week on Friday.", "taipei"),
        ("Crowds filled the Sapporo Snow Festival despite the cold.", "sapporo"),
        ("Collectors queued at the Naha Stamp Fair on Oct. 3.", "naha"),
        ("The Taipei International Travel Fair drew 300,000 visitors.", "taipei"),
        ("The Taipei Innovative Textile Application Show opened on Wednesday.", "taipei"),
    ],
)
def test_the_place_that_names_an_event_is_a_mention_of_the_place(text: str, place: str) -> None:
    assert place in _linked(text)


def test_a_venue_named_after_its_city_stays_the_venue() -> None:
    found = mentions("The drones were shown at the Taipei Nangang Exhibition Center in September.")
    assert "taipei" not in {m.entity_id for m in found}


def test_a_bodys_event_leaves_the_bodys_name_whole() -> None:
    text = "Next week: the Japan Mint's Expo 2025 proofs, and why you should wait for them."
    assert "japan" not in _linked(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Full results from Sunday's Okinawa Marathon were published on Tuesday.", "okinawa"),
        ("About 18,000 runners started the NAHA Marathon on Sunday.", "naha"),
        ("For most of the 4,000 runners, the Kinmen Marathon was a flat, fast loop.", "kinmen"),
        ("Sea fog held up the start of the Matsu Marathon in Nangan.", "matsu"),
        (
            "Crews entered in the Taipei International Dragon Boat Championships were back on the "
            "river.",
            "taipei",
        ),
        ("The Miyako Triathlon was cut short by the heat.", "miyako-island"),
    ],
)
def test_the_place_that_names_a_race_is_a_mention_of_the_place(text: str, place: str) -> None:
    assert place in _linked(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two mares from Ireland were supplemented for the Japan Cup at Fuchu.", "japan"),
        ("Entries for the Hong Kong International Races closed on Monday.", "hong-kong"),
        ("She won the Taipei Open in straight sets on Sunday.", "taipei"),
        ("Few bettors had backed the colt for the Tokyo Grand Prix.", "tokyo"),
    ],
)
def test_the_place_a_turf_or_court_prize_is_named_for_is_a_mention(text: str, place: str) -> None:
    assert place in _linked(text)
