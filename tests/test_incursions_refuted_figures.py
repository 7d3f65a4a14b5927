"""Figures a text names only to call them wrong give no fact, and the figure it gives as right
keeps its own: a fact-check's rated claim, a letter's quotation that the next sentence refutes,
a figure denied beside the right one ("41, not 100"), a wire correction's old figure, a figure
questioned ("Sixty?"). A ministry's own figure, quoted or said, stays a fact."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

PUBLISHED = datetime(2026, 3, 13, 10, 0, tzinfo=UTC)
MONDAY = "2026-03-09"


def test_a_letters_quoted_claim_that_the_next_sentence_refutes_gives_no_fact() -> None:
    text = (
        'Regarding the op-ed "Taiwan is running out of time": The writer claimed that China '
        '"flew 300 aircraft around Taiwan in a single day last fall." No such thing happened.'
        "\n\nOn Monday, the ministry reported 45 Chinese military aircraft around Taiwan."
    )
    assert facts_at(text, PUBLISHED) == [(45, "aircraft", "around Taiwan", "Taiwan", MONDAY)]


def test_a_quoted_report_that_no_sentence_refutes_is_a_fact() -> None:
    text = (
        'Your report quoted the Ministry of National Defense: "We tracked 32 Chinese aircraft '
        'around Taiwan on Monday." Nobody on my train looked up from their phones.'
    )
    assert facts_at(text, PUBLISHED) == [(32, "aircraft", "around Taiwan", "Taiwan", MONDAY)]


def test_a_claim_rated_at_its_lines_end_runs_over_sentences_and_gives_no_fact() -> None:
    text = (
        "Fact-checking three viral claims\n\n"
        '1. "China sent 60 warplanes to welcome the delegation. Taiwan hid it!!" - MISLEADING\n'
        "The Ministry of National Defense reported 27 PLA aircraft around Taiwan on Monday."
    )
    assert facts_at(text, PUBLISHED) == [(27, "aircraft", "around Taiwan", "Taiwan", MONDAY)]


def test_a_labelled_verdict_in_brackets_makes_the_quoted_post_no_report() -> None:
    text = (
        '[Claim] A post said: "70 Chinese warplanes and 30 warships blockaded Taiwan today. '
        "Media silent.\"\n\n[Verdict] False\n\nTaiwan's Ministry of National Defense said it "
        "detected 21 PLA aircraft and 12 PLA Navy ships around Taiwan on Monday."
    )
    assert facts_at(text, PUBLISHED) == [
        (12, "navy vessels", "around Taiwan", "Taiwan", MONDAY),
        (21, "aircraft", "around Taiwan", "Taiwan", MONDAY),
    ]


def test_a_figure_a_clause_says_appears_nowhere_gives_no_fact() -> None:
    text = (
        "Finding: False\n\nThe ministry listed 26 Chinese military aircraft and 11 navy vessels "
        "around Taiwan on Monday.\n\nThe figure of 100 warships around Taiwan appears nowhere "
        "in official data."
    )
    assert facts_at(text, PUBLISHED) == [
        (11, "navy vessels", "around Taiwan", "Taiwan", MONDAY),
        (26, "aircraft", "around Taiwan", "Taiwan", MONDAY),
    ]


def test_a_figure_someone_else_calls_false_keeps_its_fact() -> None:
    text = (
        "Taiwan's defence ministry said 30 Chinese aircraft were tracked around Taiwan on "
        "Monday, which Beijing said was false."
    )
    assert facts_at(text, PUBLISHED) == [(30, "aircraft", "around Taiwan", "Taiwan", MONDAY)]


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from([(41, "100"), (17, "sixty"), (45, "70")]),
    st.sampled_from(["Not {wrong} jets", "Not {wrong} Chinese aircraft"]),
)
def test_a_figure_denied_beside_the_right_one_gives_no_fact(
    figures: tuple[int, str], denied: str
) -> None:
    right, wrong = figures
    text = (
        f"{denied.format(wrong=wrong)} crossed the median line on Monday, as widely shared: "
        f"the MND said {right} Chinese aircraft did."
    )
    assert facts_at(text, PUBLISHED) == [(right, "aircraft", "median line", "Taiwan", MONDAY)]


@settings(max_examples=8, deadline=None)
@given(st.sampled_from([(27, 72), (45, 54), (3, 2)]), st.sampled_from(["to {n} from {o}", None]))
def test_a_corrections_old_figure_gives_no_fact(
    figures: tuple[int, int], wording: str | None
) -> None:
    new, old = figures
    told = (wording or "to {n} from {o}").format(n=new, o=old)
    text = (
        f"(Corrects number of aircraft in paragraph 2 {told})\n\nTAIPEI, March 9 (Reuters) - "
        f"Taiwan's defence ministry said {new} Chinese aircraft entered its ADIZ on Monday, "
        f"revising its count {told}."
    )
    assert facts_at(text, PUBLISHED) == [(new, "aircraft", "ADIZ", "Taiwan", MONDAY)]


def test_a_misquote_a_reply_questions_gives_no_fact() -> None:
    text = (
        "Reply from strait_watcher: Sixty jets over the median line? The MND said 17 Chinese "
        "aircraft crossed the median line on Monday."
    )
    assert facts_at(text, PUBLISHED) == [(17, "aircraft", "median line", "Taiwan", MONDAY)]
