"""A count that sizes a list, a register, a database or a fleet numbers its entries, not craft
sighted around Taiwan that day; only a sentence that sights its members, or sends them into a
zone, counts them."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import around_taiwan, facts_at

FRIDAY = datetime(2026, 5, 8, 9, tzinfo=UTC)
REPORT = "Taiwan's defence ministry said it detected 17 Chinese military aircraft on Thursday. "
REPORTED = [around_taiwan(17, "aircraft", "2026-05-07")]


@pytest.mark.parametrize(
    "collection",
    [
        "The coast guard has drawn up a watch list of roughly 80 ships run from Chinese ports.",
        "Customs officers keep a register of 24 vessels from Chinese ports.",
        "The navy's database of 36 Chinese warships gives each one's hull number.",
        "Beijing now commands a fleet of 45 large coast guard cutters, the report noted.",
    ],
)
def test_a_count_that_sizes_a_collection_is_no_craft_sighted(collection: str) -> None:
    assert facts_at(REPORT + collection, FRIDAY) == REPORTED


def test_a_fleet_that_the_sentence_sends_into_a_zone_is_counted() -> None:
    text = (
        "Taiwan's coast guard said a fleet of five China Coast Guard ships entered restricted "
        "waters off Kinmen on Thursday."
    )
    assert facts_at(text, FRIDAY) == [
        (5, "official ships", "restricted waters", "Kinmen", "2026-05-07")
    ]


def test_a_fleet_that_a_ministry_sighted_is_counted() -> None:
    text = (
        "Taiwan's defence ministry said a fleet of nine PLA Navy ships was detected around "
        "the island on Thursday."
    )
    assert facts_at(text, FRIDAY) == [around_taiwan(9, "navy vessels", "2026-05-07")]
