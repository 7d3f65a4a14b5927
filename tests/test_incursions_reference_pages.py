"""Incursion facts on wiki-style reference pages: citation marks glued to the words they support
("ADIZ.[41]", "8[citation needed]", "<ref>{{cite web ...}}</ref>") and flattened tables whose
empty last cell leaves only its bar ("13 March | 13 | 7 | 8 |"). A reader of the page charts
the same facts as from the ministry's own release."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, facts_at

from monitor.nlp.incursion_citations import without_citation_marks

PUBLISHED = datetime(2025, 3, 14, 8, 0, tzinfo=UTC)  # a Friday


def facts(text: str) -> list[Fact]:
    return facts_at(text, PUBLISHED)


def test_a_table_row_with_an_empty_last_cell_is_read_like_the_rows_above_it() -> None:
    text = (
        "Daily reports\n\n"
        "Date | PLA aircraft | PLAN vessels | Crossed median line / entered ADIZ | Ref\n"
        "11 March | 9 | 6 | 5 | [15]\n"
        "13 March | 13 | 7 | 8[citation needed] |\n"
    )
    assert facts(text) == sorted([
        (9, "aircraft", "around Taiwan", "Taiwan", "2025-03-11"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-03-11"),
        (5, "aircraft", "median line", "Taiwan", "2025-03-11"),
        (5, "aircraft", "ADIZ", "Taiwan", "2025-03-11"),
        (13, "aircraft", "around Taiwan", "Taiwan", "2025-03-13"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-03-13"),
        (8, "aircraft", "median line", "Taiwan", "2025-03-13"),
        (8, "aircraft", "ADIZ", "Taiwan", "2025-03-13"),
    ])  # fmt: skip


def test_a_short_row_of_a_table_whose_header_closes_with_a_bar_is_not_padded() -> None:
    """A header that closes with a bar closes every row with one: a row one cell short under it
    has lost a figure, not an empty last cell, and gives no facts."""
    text = (
        "Daily reports\n\n"
        "Date | PLA aircraft | Entered ADIZ | Ref |\n"
        "11 March | 9 | 5 | [15] |\n"
        "13 March | 13 | 8 |\n"
    )
    assert facts(text) == sorted([
        (9, "aircraft", "around Taiwan", "Taiwan", "2025-03-11"),
        (5, "aircraft", "ADIZ", "Taiwan", "2025-03-11"),
    ])  # fmt: skip


def test_a_page_sources_reference_does_not_hide_the_report_it_follows() -> None:
    text = (
        "14 March 2025: Twelve J-16 fighters and two KJ-500 aircraft flew into the south-western "
        "ADIZ, according to the MND's morning report.<ref>{{cite web |title=PLA activities in "
        "the waters and airspace around Taiwan |publisher=Ministry of National Defense "
        "|date=14 March 2025}}</ref> The report also listed five PLAN vessels operating around "
        'the island.<ref name="mnd0314"/>'
    )
    assert facts(text) == sorted([
        (14, "aircraft", "ADIZ", "Taiwan", "2025-03-14"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2025-03-14"),
    ])  # fmt: skip


def test_footnotes_after_a_cumulative_sentence_do_not_join_it_to_the_days_report() -> None:
    text = (
        "As of March 2025, the MND had announced more than 40 such patrols since 2023.[3][4] "
        "In the most recent, on 14 March 2025, the ministry said 27 aircraft had taken part, "
        "17 of them crossing the median line, alongside 8 PLAN ships.[5]"
    )
    assert facts(text) == sorted([
        (27, "aircraft", "around Taiwan", "Taiwan", "2025-03-14"),
        (17, "aircraft", "median line", "Taiwan", "2025-03-14"),
        (8, "navy vessels", "around Taiwan", "Taiwan", "2025-03-14"),
    ])  # fmt: skip


def test_a_bracketed_translation_after_a_space_is_not_a_citation_mark() -> None:
    """A translated title in brackets stands apart from the word before it: it stays text."""
    line = '"國防部偵獲9架次軍機" [MND detects 9 aircraft]. Liberty Times.'
    assert without_citation_marks([line]) == [line]


REPORT = [
    "On 14 March, the ministry said it had detected 20 Chinese military aircraft and 7 navy "
    "ships in the 24 hours to 6 a.m., with 11 aircraft crossing the median line.",
    "Chinese state media announced combat readiness drills off Fujian.",
    "The Central News Agency quoted a security official.",
]
MARKS = st.sampled_from(
    ["[1]", "[12]", "[citation needed]", "[needs update]", "[a]", '<ref name="mnd"/>',
     "<ref>{{cite web |title=PLA activities |date=14 March 2025}}</ref>"]
)  # fmt: skip


@given(st.lists(st.lists(MARKS, max_size=3), min_size=len(REPORT), max_size=len(REPORT)))
def test_citation_marks_after_sentences_change_no_fact(marks: list[list[str]]) -> None:
    plain = facts(" ".join(REPORT))
    cited = " ".join(
        sentence + "".join(after) for sentence, after in zip(REPORT, marks, strict=True)
    )
    assert facts(cited) == plain
