"""A story told beside the day's figures: its parts are scored apart (told_figures.py), so a
study tour or a sister city's visit that reports the day's PLA or coast-guard counts is both
cooperation and security, as the annotation guide's writers label it, while a daily report
stays security alone. Passages in our own wording, in the shapes of real copy."""

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.nlp.themes import load_model
from monitor.nlp.told_figures import told_figures_apart

# An exchange's sentences: none tells a figure.
EXCHANGE = (
    "Thirty students from Ishigaki arrived in Hualien on Monday for a week-long homestay, "
    "welcomed at the county hall by the magistrate.",
    "The two sister cities signed their friendship pact in 1999 and have sent youth groups "
    "to each other every spring since.",
    "The mayor said the students would visit the Taroko Gorge and play a friendly baseball game "
    "with a local high school.",
    "The Ishigaki Japan-Taiwan Friendship Association said next year's tour would be \"bigger "
    'than ever".',
)
# The day's figures, as the desks tell them beside such a story.
FIGURES = (
    "Taiwan's defence ministry said 23 PLA aircraft and six navy ships operated around the "
    "island on Sunday.",
    "Two China Coast Guard ships entered Japan's territorial waters off the Senkakus on "
    "Saturday, the Japan Coast Guard said.",
    "The ministry counted four balloons, three of which crossed the median line.",
)
# Sentences with a count of craft and no word of the military: no figures.
CIVIL = (
    "China Airlines said it would add two aircraft to its Okinawa route in the summer.",
    "Some 40 ships called at Keelung port last month, a record for cruise lines.",
)


def test_an_exchange_that_tells_the_days_figures_is_both() -> None:
    """The exchange's words keep the figures under the security threshold when read as one bag
    of words, and the figures keep the exchange under the cooperation one."""
    story = "Ishigaki students begin Hualien homestay as PLA activity continues\n\n" + " ".join(
        EXCHANGE[:2] + FIGURES[:1] + EXCHANGE[2:]
    )
    (scores,) = load_model().score([story])
    assert scores.tags == ("cooperation", "security")


def test_a_daily_report_stays_security_alone() -> None:
    """The rest of a daily report is still about the military, so it decides no cooperation."""
    report = (
        "TAIPEI (CNA) — Taiwan's Ministry of National Defense said Monday it had detected 21 "
        "Chinese military aircraft and seven navy vessels around Taiwan in the 24 hours to 6 a.m. "
        "Of the aircraft, 14 crossed the median line and entered the southwestern ADIZ. "
        "The ministry said it had dispatched combat air patrol aircraft, navy vessels and "
        "land-based missile systems to monitor the activity. "
        "China has stepped up military pressure on Taiwan since President Lai took office."
    )
    (scores,) = load_model().score([report])
    assert scores.tags == ("security",)


def test_a_count_of_civil_craft_is_no_figure() -> None:
    assert told_figures_apart(" ".join(EXCHANGE[:2] + CIVIL)) is None


@given(
    st.lists(st.sampled_from(EXCHANGE + CIVIL + FIGURES), min_size=1, max_size=8),
    st.sampled_from([" ", "\n", "\n\n"]),
)
@settings(max_examples=80, deadline=None)
def test_each_sentence_goes_to_its_part_in_order(sentences: list[str], separator: str) -> None:
    """Whatever the mix and the layout, the figures' part holds exactly the figure sentences and
    the rest every other one, each in the text's order; a text of one kind is not split."""
    told = [s for s in sentences if s in FIGURES]
    other = [s for s in sentences if s not in FIGURES]
    parts = told_figures_apart(separator.join(sentences))
    if not told or not other:
        assert parts is None
    else:
        assert parts == (" ".join(told), " ".join(other))
