"""Incursion facts in copy that chat assistants, students and teachers write: footnote marks
glued to figures and names, bold lead words before a dash, debate cards' labelled evidence
lines, a teacher's correction of a draft's figure or day, habits ("on normal days") that
report no day, a clause of other craft after a semicolon, and Taiwan pointed back to by "it"."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.nlp.footnote_marks import FOOTNOTE
from monitor.nlp.markdown_marks import read_without_marks
from tests.incursion_helpers import facts_at

TUESDAY = datetime(2025, 12, 2, 0, 30, tzinfo=UTC)  # 08:30 on Tuesday in Taipei


def test_a_bold_lead_word_with_a_dash_heads_its_paragraph() -> None:
    text = (
        "Your Tuesday briefing\n\n"
        "**Jets** — Taiwan's Ministry of National Defense detected 15 PLA aircraft and seven "
        "naval vessels around the island in the 24 hours to 6 a.m. today; six of the aircraft "
        "entered the southwestern ADIZ[2].\n\n"
        "**Markets** — The TAIEX closed 1.2% higher[4]."
    )
    assert facts_at(text, TUESDAY) == [
        (6, "aircraft", "ADIZ", "Taiwan", "2025-12-02"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-12-02"),
        (15, "aircraft", "around Taiwan", "Taiwan", "2025-12-02"),
    ]


PLAIN = (
    "Taiwan's Ministry of National Defense detected 21 PLA aircraft and seven naval vessels "
    "around Taiwan in the 24 hours to 6 a.m. today. Of the aircraft, 12 entered the ADIZ."
)


@settings(max_examples=12, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["Taiwan", "aircraft", "vessels", "ADIZ", "21", "12"]),
                  st.sampled_from(["[1]", "[2][3]", "¹", "²³", "[^4]"])),
        max_size=4,
    )
)  # fmt: skip
def test_footnote_marks_glued_to_words_and_figures_change_no_fact(
    marks: list[tuple[str, str]],
) -> None:
    marked = PLAIN
    for word, mark in marks:
        marked = marked.replace(f"{word} ", f"{word}{mark} ", 1)
    assert facts_at(marked, TUESDAY) == facts_at(PLAIN, TUESDAY)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab1 .[]^¹²", max_size=40))
def test_a_text_is_read_without_its_glued_footnotes_and_keeps_its_offsets(text: str) -> None:
    read = read_without_marks(text)
    assert FOOTNOTE.search(read.text) is None or FOOTNOTE.search(text) is not None
    for at, char in enumerate(read.text):
        assert char == text[read.original_offset(at)] or char == " "


def test_a_list_of_sources_keeps_the_numbers_that_label_its_names() -> None:
    # A number after a space labels the name after it and parts the list; one glued after a
    # name is its footnote mark and goes, and so does one before a figure's noun.
    read = read_without_marks("Sources: ¹Nikkei Asia ²Focus Taiwan; Taiwan MND³, [1] NHK")
    assert read.text == "Sources: ¹Nikkei Asia ²Focus Taiwan; Taiwan MND, [1] NHK"
    assert read_without_marks("21[1] PLA aircraft").text == "21 PLA aircraft"


def test_a_mark_before_a_capitalised_word_stays_so_two_names_do_not_run_together() -> None:
    text = "Officials pointed to the Taiwan Strait[1] Koo said the drills went on."
    assert read_without_marks(text).text == text


def test_a_debate_cards_labelled_evidence_lines_report_their_days() -> None:
    text = (
        "Evidence card #7 — Are the drills working?\n\n"
        "EVIDENCE 1 — Taiwan's Defense Ministry, Wednesday: in the 24 hours to 6 a.m., 35 PLA "
        "aircraft and eight warships were detected around Taiwan.\n"
        "EVIDENCE 2 — On Monday, the last day of the drills, the ministry reported 91 aircraft "
        "and 12 ships; 54 aircraft crossed the median line.\n\n"
        "WATCH OUT: The other side will say the PLA was already flying 20–30 aircraft on "
        "normal days."
    )
    published = datetime(2023, 4, 12, 10, tzinfo=UTC)
    assert facts_at(text, published) == [
        (8, "navy vessels", "around Taiwan", "Taiwan", "2023-04-12"),
        (12, "navy vessels", "around Taiwan", "Taiwan", "2023-04-10"),
        (35, "aircraft", "around Taiwan", "Taiwan", "2023-04-12"),
        (54, "aircraft", "median line", "Taiwan", "2023-04-10"),
        (91, "aircraft", "around Taiwan", "Taiwan", "2023-04-10"),
    ]


def test_a_habit_on_a_typical_day_reports_no_day() -> None:
    text = (
        "Taiwan's defence ministry said the PLA flies about 30 aircraft around Taiwan on a "
        "typical day."
    )
    assert facts_at(text, TUESDAY) == []


def test_a_teachers_correction_replaces_the_drafts_figure_and_day() -> None:
    draft = (
        "WORLD BRIEFS — draft 2\n\n"
        "Taiwan's Defence Ministry said on Wednesday that it had detected 32 Chinese military "
        "aircraft and eight warships around Taiwan in the 24 hours to 6 a.m.\n\n"
        "[Teacher's note: Check your source — the ministry's figure was 23 aircraft, not 32.]"
    )
    assert facts_at(draft, datetime(2025, 4, 23, 3, tzinfo=UTC)) == [
        (8, "navy vessels", "around Taiwan", "Taiwan", "2025-04-23"),
        (23, "aircraft", "around Taiwan", "Taiwan", "2025-04-23"),
    ]
    journal = (
        "Summary: On Saturday, China sent 19 warplanes into Taiwan's ADIZ, the Defense "
        "Ministry said.\n\n"
        "Teacher's note: Careful with days — the ministry's report was for Sunday (Nov. 28), "
        "not Saturday."
    )
    assert facts_at(journal, datetime(2021, 11, 29, 6, tzinfo=UTC)) == [
        (19, "aircraft", "ADIZ", "Taiwan", "2021-11-28")
    ]


def test_a_clause_of_other_craft_after_a_semicolon_keeps_its_place() -> None:
    text = (
        "At a glance (from Taiwan's MND, 6 a.m. Dec. 1 – 6 a.m. Dec. 2)\n\n"
        "Aircraft: 21 PLA aircraft were tracked around Taiwan.\n"
        "Zones: 14 of the aircraft crossed the median line and entered the ADIZ; the Y-9 flew "
        "on through the Bashi Channel."
    )
    assert facts_at(text, TUESDAY) == [
        (14, "aircraft", "ADIZ", "Taiwan", "2025-12-02"),
        (14, "aircraft", "median line", "Taiwan", "2025-12-02"),
        (21, "aircraft", "around Taiwan", "Taiwan", "2025-12-02"),
    ]


def test_it_pointing_back_to_taiwan_is_around_taiwan() -> None:
    text = (
        "Latest from the wires\n\n"
        "TAIPEI (CNA) — Taiwan on Tuesday reported nine Chinese military aircraft and four "
        "naval vessels operating around it, the Ministry of National Defense said."
    )
    assert facts_at(text, TUESDAY) == [
        (4, "navy vessels", "around Taiwan", "Taiwan", "2025-12-02"),
        (9, "aircraft", "around Taiwan", "Taiwan", "2025-12-02"),
    ]


def test_counts_each_dated_after_them_are_those_days_reports() -> None:
    text = (
        "Taiwan tracked 11 Chinese military aircraft and seven naval ships around the country "
        "between 6 a.m. Sunday and 6 a.m. Monday, the Ministry of National Defense said.\n\n"
        "The MND reported 13 aircraft and six ships on Sunday, and nine aircraft and eight "
        "ships on Saturday."
    )
    assert facts_at(text, datetime(2024, 4, 1, 6, tzinfo=UTC)) == [
        (6, "navy vessels", "around Taiwan", "Taiwan", "2024-03-31"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2024-04-01"),
        (8, "navy vessels", "around Taiwan", "Taiwan", "2024-03-30"),
        (9, "aircraft", "around Taiwan", "Taiwan", "2024-03-30"),
        (11, "aircraft", "around Taiwan", "Taiwan", "2024-04-01"),
        (13, "aircraft", "around Taiwan", "Taiwan", "2024-03-31"),
    ]
