"""OCR text of scanned print (clippings, printed bulletins, PDF reports): the digit one read as
"l", words hyphenated across line breaks, "rn" read for "m" in a name. Analysed as what was
printed, with mentions whose offsets and surfaces are the text given's."""

import json
import re
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.json_lines import json_lines
from monitor.nlp.analyze import Analysis, TextToAnalyse, analyse
from monitor.nlp.romanised_japanese import english_reading

PUBLISHED = datetime(2025, 6, 21, 2, 0, tzinfo=UTC)
DATA = Path(__file__).parent / "data"

PRINTED = (
    "PLA activities around Taiwan\n\n"
    "1. Duration: 0600 June 20, 2025 to 0600 June 21, 2025\n"
    "2. 24 PLA aircraft and 7 PLAN vessels were detected around Taiwan. Of the aircraft, 15 "
    "crossed the median line and entered Taiwan's southwestern air defense "
    "identification zone, including J-10 and J-16 fighters.\n"
    "3. Minister of National Defense Wellington Koo said the ministry would respond. "
    "Koo spoke in Taipei."
)
SCANNED = (
    "PLA activities around Taiwan\n\n"
    "l. Duration: 0600 June 20, 2025 to 0600 June 2l, 2025\n"
    "2. 24 PLA aircraft and 7 PLAN vessels were detected around Taiwan. Of the aircraft, l5 "
    "crossed the median line and entered Taiwan's south-\nwestern air defense "
    "identifi-\ncation zone, including J-l0 and J-16 fighters.\n"
    "3. Minister of National Defense Wellington Koo said the ministry would respond. "
    "Koo spoke in Taipei."
)


def analysed(text: str) -> Analysis:
    (found,) = analyse([TextToAnalyse("x", text, "en", PUBLISHED)])
    return found


def test_a_scanned_release_gives_the_printed_releases_facts_and_entities() -> None:
    printed, scanned = analysed(PRINTED), analysed(SCANNED)
    facts = {(i.count, i.what, i.zone, str(i.day)) for i in scanned.incursions}
    assert facts == {(i.count, i.what, i.zone, str(i.day)) for i in printed.incursions}
    assert {(15, "median line"), (15, "ADIZ"), (24, "around Taiwan")} <= {
        (count, zone) for count, _, zone, _ in facts
    }
    assert sorted(m.entity_id for m in scanned.mentions) == sorted(
        m.entity_id for m in printed.mentions
    )


def test_mentions_over_a_slip_keep_the_scanned_text_as_their_surface() -> None:
    found = analysed(SCANNED)
    for mention in found.mentions:
        assert mention.text == SCANNED[mention.start : mention.end]
    by_id = {m.entity_id: m.text for m in found.mentions}
    assert by_id["adiz"] == "air defense identifi-\ncation zone"
    assert by_id["j-10"] == "J-l0"


def test_a_misread_name_is_linked_as_the_name_the_article_spells_right() -> None:
    text = (
        "Japan protests missile launch\n\nDefense Minister Shinjiro Koizurni said on Tuesday "
        "that Chlnese missiles fell in Japan's exclusive economic zone. Koizumi called it a "
        "grave matter, and Chinese officials did not comment."
    )
    found = analysed(text)
    linked = {m.text: m.entity_id for m in found.mentions}
    assert linked["Shinjiro Koizurni"] == linked["Koizumi"] == "shinjiro-koizumi"
    assert linked["Chlnese"] == linked["Chinese"] == "china"


def test_eleven_read_as_two_letters_alone_is_eleven() -> None:
    assert (
        english_reading("and ll of the aircraft crossed").text == "and 11 of the aircraft crossed"
    )


def test_a_word_the_article_writes_with_its_hyphen_keeps_it_when_broken() -> None:
    text = "an anti-\nsubmarine plane and two anti-submarine helicopters"
    assert (
        english_reading(text).text == "an anti-submarine plane and two anti-submarine helicopters"
    )


def test_words_and_numbers_that_only_look_like_slips_are_left_alone() -> None:
    text = (
        "CO2 and G7, I said, O.K.; Type 054A; I. Introduction\nl ship; we'll see (ll. 4-6), WW II"
    )
    assert english_reading(text).origins is None


def test_copy_that_was_never_scanned_is_read_as_written() -> None:
    """Every English passage written for the project outside the OCR set reads the same, but
    for the whitespace around it (text_edges.py)."""
    paths = [DATA / "entity_eval.jsonl", *sorted((DATA / "dev").glob("*.jsonl"))]
    for path in paths:
        for _, line in json_lines(path):
            passage = json.loads(line)
            text = f"{passage.get('title', '')}\n\n{passage['text']}"
            assert english_reading(text).text == text.strip(), passage["id"]


@st.composite
def scanned_copy(draw: st.DrawFn) -> tuple[str, str]:
    """The printed release, and a scan of it: any of its ones inside a number read as "l",
    any of its longer words broken across a line with a hyphen."""
    pieces = re.split(r"(\d+|[A-Za-z][a-z]{3,})", PRINTED)
    scanned = []
    for piece in pieces:
        if piece.isdigit() and len(piece) > 1:
            piece = "".join(
                "l" if digit == "1" and draw(st.booleans()) else digit for digit in piece
            )
        elif piece.isalpha() and len(piece) > 3 and draw(st.booleans()):
            cut = draw(st.integers(1, len(piece) - 1))
            piece = f"{piece[:cut]}-\n{piece[cut:]}"
        scanned.append(piece)
    return PRINTED, "".join(scanned)


@settings(max_examples=200, deadline=None)
@given(scanned_copy())
def test_a_scan_reads_as_the_printed_text_and_points_back_into_itself(
    copies: tuple[str, str],
) -> None:
    printed, scanned = copies
    mended = english_reading(scanned)
    assert mended.text == printed
    for word in re.finditer(r"[A-Za-z]+", printed):
        start, end = mended.original_offset(word.start()), mended.original_offset(word.end())
        assert scanned[start:end].replace("-\n", "") == word.group()
