"""The explore profile searches every property wider, whatever count the property sets itself.

A property may set its own count (`@settings(max_examples=12)`: each example reads a long report),
and that count is what CI runs. MONITOR_HYPOTHESIS=explore widens it 25 times, as it widens the
properties that take the profile's count; before, such a property ran its CI count in explore too.
"""

from conftest import EXPLORE_SCALE, widen_for_explore
from hypothesis import given, settings
from hypothesis import strategies as st


def test_a_property_with_its_own_count_is_searched_25_times_wider() -> None:
    drawn: list[str] = []

    @settings(max_examples=4)
    @given(st.text(min_size=8))
    def property_with_its_own_count(text: str) -> None:
        drawn.append(text)

    widen_for_explore(property_with_its_own_count)
    property_with_its_own_count()
    assert len(drawn) >= 4 * EXPLORE_SCALE * 0.9  # a repeat draw is not run again


def test_a_property_with_the_profile_count_is_left_to_the_profile() -> None:
    drawn: list[str] = []

    @given(st.text(min_size=8))
    def property_with_the_profile_count(text: str) -> None:
        drawn.append(text)

    widen_for_explore(property_with_the_profile_count)
    property_with_the_profile_count()
    assert len(drawn) <= settings.default.max_examples
