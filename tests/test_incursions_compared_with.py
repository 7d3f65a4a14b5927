"""What a thing is "different from", or differs from, is compared with it, as what it is "up
from" or "compared with" is: a count there names no craft sighted that day."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import around_taiwan, facts_at

FRIDAY = datetime(2026, 5, 8, 9, tzinfo=UTC)
REPORT = (
    "Taiwan's defence ministry said it detected 17 Chinese military aircraft around the island "
    "on Thursday. "
)


@pytest.mark.parametrize(
    "comparison",
    [
        "A Chinese flotilla lingering for a week shows up differently from one vessel that "
        "lingers for a month.",
        "A Chinese task group is different from three vessels sailing on their own.",
        "Such a patrol by a Chinese task group differs from two vessels passing through.",
    ],
)
def test_a_count_a_thing_is_told_apart_from_is_no_craft_sighted(comparison: str) -> None:
    assert facts_at(REPORT + comparison, FRIDAY) == [around_taiwan(17, "aircraft", "2026-05-07")]
