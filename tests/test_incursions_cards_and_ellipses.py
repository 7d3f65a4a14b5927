"""What a channel's card, a county's translated summary, a phone-in's write-up and a pilots'
forum report as the day's figures: lines led by a pictograph instead of a bullet ("✈️
Aircraft: 18"), a line whose count has its noun and a note in brackets ("PLA aircraft: 8
sorties (5 crossed ...)"), a programme's "this week's question" that dates the programme, not
the counts, and a later sentence that leaves out the zone said before ("On Sunday, 10 aircraft
had done so.")."""

from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.nlp.analyze import TextToAnalyse, analyse

Fact = tuple[int, str, str, date]


def facts(text: str, published: datetime) -> set[Fact]:
    (analysis,) = analyse([TextToAnalyse("card", text, "en", published)])
    return {(f.count, f.what, f.zone, f.day) for f in analysis.incursions}


CARD_DAY = datetime(2026, 1, 14, 2, 30, tzinfo=UTC)


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(["✈️", "✈", "🛩️"]),
    st.sampled_from(["🚢", "⚓️"]),
    st.sampled_from(["🎈", "🎈️"]),
    st.integers(min_value=2, max_value=40),
    st.integers(min_value=1, max_value=15),
)
def test_lines_led_by_pictographs_are_the_days_totals(
    plane: str, ship: str, balloon: str, aircraft: int, ships: int
) -> None:
    card = (
        "PLA Tracker | Jan 14, 2026\n\n"
        "Today's numbers from Taiwan's Ministry of National Defense "
        "(period: 06:00 Jan 13 – 06:00 Jan 14):\n\n"
        f"{plane} Aircraft: {aircraft}\n{ship} PLAN ships: {ships}\n{balloon} Balloons: 1\n"
        "↔️ Crossed the median line / entered ADIZ: 1 (north)\n"
    )
    day = date(2026, 1, 14)
    assert {
        (aircraft, "aircraft", "around Taiwan", day),
        (ships, "navy vessels", "around Taiwan", day),
        (1, "balloons", "around Taiwan", day),
    } <= facts(card, CARD_DAY)


def test_a_line_whose_count_has_a_noun_and_a_note_is_still_a_line_of_the_list() -> None:
    """The aircraft line keeps the bulletin open: the lines after it are its totals too."""
    summary = (
        "Cross-Strait Military Activity Summary, 9 Jan 2024\n\n"
        "Source: Ministry of National Defense (MND), R.O.C.\n\n"
        "Reporting period: 0600 hrs 8 Jan 2024 to 0600 hrs 9 Jan 2024\n\n"
        "PLA aircraft: 8 sorties (5 crossed the median line and entered the northern ADIZ)\n"
        "PLAN vessels: 6\nOfficial ships: 2\nBalloons: 2\n"
    )
    day = date(2024, 1, 9)
    assert facts(summary, datetime(2024, 1, 9, 6, 40, tzinfo=UTC)) == {
        (8, "aircraft", "around Taiwan", day),
        (5, "aircraft", "median line", day),
        (5, "aircraft", "ADIZ", day),
        (6, "navy vessels", "around Taiwan", day),
        (2, "official ships", "around Taiwan", day),
        (2, "balloons", "around Taiwan", day),
    }


PHONE_IN_DAY = datetime(2023, 2, 22, 9, tzinfo=UTC)  # a Wednesday


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(["question", "guest", "episode", "newsletter"]))
def test_this_weeks_part_of_a_programme_dates_the_programme_not_the_counts(part: str) -> None:
    text = (
        f"This week's {part} came from Monday's Defense Ministry report: 19 Chinese military "
        "aircraft tracked around Taiwan."
    )
    assert facts(text, PHONE_IN_DAY) == {(19, "aircraft", "around Taiwan", date(2023, 2, 20))}


def test_this_weeks_figures_are_still_the_weeks_sum() -> None:
    text = "This week's figures: 80 Chinese military aircraft tracked around Taiwan."
    assert facts(text, PHONE_IN_DAY) == set()


FORUM_DAY = datetime(2021, 9, 7, 8, 45, tzinfo=UTC)  # a Tuesday


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(
        [
            ("entered the southwestern ADIZ", "ADIZ"),
            ("crossed the median line", "median line"),
        ]
    ),
    st.sampled_from(["had done so", "did so", "had done the same", "did the same"]),
    st.sampled_from(["On Sunday, ", "On Sunday, it said, "]),
    st.integers(min_value=2, max_value=30),
)
def test_a_later_sentence_that_leaves_out_the_zone_does_what_the_one_before_did(
    went: tuple[str, str], ellipsis: str, opening: str, count: int
) -> None:
    words, zone = went
    text = (
        f"The ministry said on Tuesday that 19 PLA aircraft {words}. "
        f"{opening}{count} aircraft {ellipsis}."
    )
    assert facts(text, FORUM_DAY) == {
        (19, "aircraft", zone, date(2021, 9, 7)),
        (count, "aircraft", zone, date(2021, 9, 5)),
    }


def test_a_verb_of_entering_with_its_zone_left_out_enters_the_zone_said_before() -> None:
    text = (
        "On Wednesday (March 23), the ministry said 10 PLA aircraft entered the southwestern "
        "ADIZ. On Monday, 13 aircraft entered."
    )
    assert facts(text, datetime(2022, 3, 24, 6, 20, tzinfo=UTC)) == {
        (10, "aircraft", "ADIZ", date(2022, 3, 23)),
        (13, "aircraft", "ADIZ", date(2022, 3, 21)),
    }


def test_a_share_pointed_back_to_or_a_count_of_days_takes_no_zone_from_before() -> None:
    """Neither "how many of the 21 aircraft had done so" (untold) nor "five of the ten days"
    beside "the same two" barges counts craft that did what the sentence before said."""
    before = "The ministry said on Tuesday that 21 PLA aircraft entered the ADIZ. "
    untold = before + "It did not say how many of the 21 aircraft had done so."
    days = before + "Cloud hid the site for five of the ten days; the barges are the same two."
    expected = {(21, "aircraft", "ADIZ", date(2021, 9, 7))}
    assert facts(untold, FORUM_DAY) == expected
    assert facts(days, FORUM_DAY) == expected
