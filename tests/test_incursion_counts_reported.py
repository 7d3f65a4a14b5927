"""A definite count the sentence reports there and then ("as part of the 32 aircraft and 11
navy ships it detected around Taiwan") is the report's figure, not a pointer back to craft
counted before. Written for these tests in the shape of blind-97's game reviews; the real
spaCy model and pipeline."""

from datetime import UTC, datetime

import pytest
from conftest import CI_EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

WEDNESDAY = datetime(2025, 2, 26, 7, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "clause", ["it detected", "it tracked", "the ministry reported", "that it had counted"]
)
def test_a_definite_count_its_own_clause_reports_is_a_fact(clause: str) -> None:
    text = (
        "In the real world that phrase comes from Taiwan's Ministry of National Defense. On "
        "Wednesday, the ministry said it had tracked such a patrol as part of the 32 Chinese "
        f"aircraft and 11 navy ships {clause} around Taiwan in the 24 hours to 6 a.m.; 23 of "
        "the aircraft entered the northern, central and southwestern ADIZ."
    )
    assert facts_at(text, WEDNESDAY) == [
        (11, "navy vessels", "around Taiwan", "Taiwan", "2025-02-26"),
        (23, "aircraft", "ADIZ", "Taiwan", "2025-02-26"),
        (32, "aircraft", "around Taiwan", "Taiwan", "2025-02-26"),
    ]


@pytest.mark.parametrize(
    "clause",
    ["the ministry said it tracked", "Taiwan said it had detected", "the MND says were detected",
     "the ministry said that it had spotted"],
)  # fmt: skip
def test_a_count_its_clause_says_was_detected_is_a_fact(clause: str) -> None:
    text = (
        "On Wednesday, the ministry said it had tracked such a patrol as part of the 32 Chinese "
        f"aircraft and 11 navy ships {clause} around Taiwan in the 24 hours to 6 a.m."
    )
    assert facts_at(text, WEDNESDAY) == [
        (11, "navy vessels", "around Taiwan", "Taiwan", "2025-02-26"),
        (32, "aircraft", "around Taiwan", "Taiwan", "2025-02-26"),
    ]


def test_a_definite_count_with_no_reporting_clause_still_points_back() -> None:
    text = (
        "Taiwan's defence ministry said on Wednesday it had detected 32 Chinese aircraft around "
        "Taiwan. The 32 aircraft included 20 fighters."
    )
    assert facts_at(text, WEDNESDAY) == [(32, "aircraft", "around Taiwan", "Taiwan", "2025-02-26")]


# The rule above as a property (profiles in tests/conftest.py): whatever the reporting clause
# and the figures, a definite count its own clause reports is the report's fact.
CLAUSES = ["it detected", "it tracked", "the ministry reported", "that it had counted",
           "it had detected", "the ministry said it tracked"]  # fmt: skip


@settings(max_examples=CI_EXAMPLES // 4)
@given(st.sampled_from(CLAUSES), st.integers(3, 60), st.integers(2, 30), st.data())
def test_a_definite_count_reported_in_its_own_clause_is_a_fact_for_any_figures(
    clause: str, aircraft: int, ships: int, data: st.DataObject
) -> None:
    entered = data.draw(st.integers(1, aircraft - 1))
    text = (
        "On Wednesday, the ministry said it had tracked such a patrol as part of the "
        f"{aircraft} Chinese aircraft and {ships} navy ships {clause} around Taiwan in the 24 "
        f"hours to 6 a.m.; {entered} of the aircraft entered the northern and southwestern ADIZ."
    )
    assert facts_at(text, WEDNESDAY) == sorted(
        [
            (ships, "navy vessels", "around Taiwan", "Taiwan", "2025-02-26"),
            (entered, "aircraft", "ADIZ", "Taiwan", "2025-02-26"),
            (aircraft, "aircraft", "around Taiwan", "Taiwan", "2025-02-26"),
        ]
    )
