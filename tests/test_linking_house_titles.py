"""A title standing for one person on the publication date: "the President" in an office's own
release that also names a visiting head ("President Santiago Peña") is the home's holder, and
"PM" in capitals ("Japan's PM", "Australian PM") is the prime minister, while "3 PM" is a clock.
Sentences written for these tests in the shapes of blind-84 and blind-85's releases and briefs.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.linking_helpers import mentions


def links(text: str, published: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in mentions(text, published)]


RELEASE = (
    "On the morning of March 17, President Lai Ching-te received the letters of credence of "
    "the new ambassador. In remarks, the President welcomed the envoy, who conveyed the "
    "greetings of President Santiago Peña."
)


def test_the_capitalised_president_of_a_release_is_the_holder_it_introduced() -> None:
    assert ("President", "lai-ching-te") in links(RELEASE, "2026-03-17")


def test_two_heads_in_office_leave_the_president_undecided() -> None:
    text = (
        "President Lai Ching-te spoke with President Donald Trump by video. Afterwards, the "
        "President thanked the staff."
    )
    assert not [m for m in links(text, "2025-06-01") if m[0] == "President"]


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from([("Japan's", "shigeru-ishiba"), ("Australian", "anthony-albanese")]),
    st.sampled_from(["calls for calm", "provoked this", "stands by Taipei"]),
    st.integers(min_value=1, max_value=11),
)
def test_pm_in_capitals_is_the_prime_minister_and_a_clock_is_not(
    country: tuple[str, str], clause: str, hour: int
) -> None:
    text = f"{country[0]} PM {clause}, posts say. The briefing starts at {hour} PM on Monday."
    found = [m for m in links(text, "2025-06-01") if m[0] == "PM"]
    assert found == [("PM", country[1])]
