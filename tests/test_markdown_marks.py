"""Notes pasted from chat assistants and note apps, written in Markdown: bold names, links whose
text is a headline and whose address is an outlet's site, headings, quotes, section emoji.
Analysed as the words they show, with mentions whose offsets and surfaces are the text given's,
no mention from an address, and the same incursion facts as the text without its marks."""

import re
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.nlp.analyze import Analysis, TextToAnalyse, analyse
from monitor.nlp.footnote_marks import writes_footnotes
from monitor.nlp.markdown_marks import read_without_marks, writes_markdown
from monitor.nlp.pronunciation_guides import writes_pronunciation

PUBLISHED = datetime(2025, 11, 19, 2, 0, tzinfo=UTC)

NOTES = (
    "PLA activity around Taiwan — summary for Tue, Nov 19\n"
    "## Key developments\n\n"
    "- **Taiwan's Ministry of National Defense (MND)** reported **24 Chinese military "
    "aircraft** and **8 naval vessels** operating around Taiwan in the 24 hours to 6 a.m. on "
    "Tuesday.\n"
    "- Of the aircraft, **15** crossed the median line and entered the ADIZ.\n"
    "- **President Lai Ching-te** met *Defense Minister Wellington Koo*.\n"
    "> 📌 `ETC` named no exercise.\n\n"
    "**Sources:** [Focus Taiwan](https://focustaiwan.tw/cross-strait/), "
    "[Japan, Taiwan coast guards hold drill off Yonaguni](https://english.kyodonews.net/news/)"
    " — Kyodo, https://www.taipeitimes.com/News/taiwan/"
)


def analysed(text: str) -> Analysis:
    (found,) = analyse([TextToAnalyse("x", text, "en", PUBLISHED)])
    return found


def test_names_written_in_markdown_are_found_with_the_written_texts_surfaces() -> None:
    found = analysed(NOTES)
    ids = {m.entity_id for m in found.mentions}
    assert {"lai-ching-te", "wellington-koo", "taiwan-mnd", "cna", "yonaguni", "kyodo"} <= ids
    for mention in found.mentions:
        assert mention.text == NOTES[mention.start : mention.end]
        assert not re.search(r"[*\[\]()`#>]", mention.text)


def test_an_address_names_nothing() -> None:
    found = analysed(NOTES)
    addresses = [m.span() for m in re.finditer(r"https?://\S+", NOTES)]
    for mention in found.mentions:
        assert not any(start <= mention.start < end for start, end in addresses), mention
    assert "taipei-times" not in {m.entity_id for m in found.mentions}


def test_the_marks_change_no_incursion_fact() -> None:
    plain = re.sub(r"\*\*|^## |^> ", "", NOTES, flags=re.M)
    facts = {(i.count, i.what, i.zone, i.day) for i in analysed(NOTES).incursions}
    assert facts == {(i.count, i.what, i.zone, i.day) for i in analysed(plain).incursions}
    assert {(24, "around Taiwan"), (15, "median line"), (15, "ADIZ")} <= {
        (count, zone) for count, _, zone, _ in facts
    }


def test_a_bold_run_in_strait_heading_is_the_taiwan_strait() -> None:
    text = "Evening wrap.\n\n**Strait.** The MND's Friday report: 15 PLA aircraft and 8 vessels."
    found = analysed(text)
    assert ("Strait", "taiwan-strait") in {(m.text, m.entity_id) for m in found.mentions}


def test_plain_text_is_read_as_written() -> None:
    for text in (
        "40 aircraft* entered the zone.\n* Figures include drones.",
        "- MND: 12 aircraft\n- 4 ships",
        "The f*cking noise, 5*3 and a [sic] aside (see below).",
        "> quoted reply from the desk\nOK",
    ):
        assert not writes_markdown(text)
        assert read_without_marks(text).text is text


def test_marks_inside_words_are_kept() -> None:
    text = "**Note:** the Kuomintang's f*cking vote, 5*3 = 15, snake_case_name"
    assert (
        read_without_marks(text).text
        == "Note: the Kuomintang's f*cking vote, 5*3 = 15, snake_case_name"
    )


def test_marks_are_read_as_the_note_shows_them() -> None:
    text = "## Lede\nIn **Taipei**'s view, [MND](https://mnd.gov.tw/a) said so. Taiwan📌Japan"
    assert read_without_marks(text).text == " Lede\nIn Taipei's view, MND said so. Taiwan Japan"


def test_a_capital_in_bold_after_in_is_the_city() -> None:
    found = analysed("Notes\n\nThe forum met in **Taipei** on Monday; **Tokyo** said it would go.")
    linked = {(m.text, m.entity_id) for m in found.mentions}
    assert ("Taipei", "taipei") in linked
    assert ("Tokyo", "japan") in linked


def test_note_shorthand_for_countries_links_in_capitals_only() -> None:
    found = analysed(
        "JP–PH 2+2 readout\n\nNK fired 2 SRBMs; Japan will hand the PH Navy two destroyers. "
        "The water's pH was 8 and jp.example is a domain."
    )
    linked = {(m.text, m.entity_id) for m in found.mentions}
    assert {("JP", "japan"), ("PH", "philippines"), ("NK", "north-korea")} <= linked
    assert ("PH Navy", "philippine-navy") in linked
    assert not any(text in ("pH", "jp") for text, _ in linked)


MARKDOWN_ALPHABET = st.sampled_from(
    ["*", "**", "_", "__", "`", "[", "]", "(", ")", "#", "## ", ">", "\n", " ", "Taiwan", "MND"]
    + ["📌", "-", "12", "a", "¹", "²", "[1]", "[^2]", "[MEE-yah-koh]", "[HIGH KWUN]"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(MARKDOWN_ALPHABET, max_size=60).map("".join))
def test_reading_deletes_only_marks_and_every_word_keeps_its_written_place(text: str) -> None:
    read = read_without_marks(text)
    if not (writes_markdown(text) or writes_footnotes(text) or writes_pronunciation(text)):
        assert read.text is text
        return
    for at, char in enumerate(read.text):
        written = text[read.original_offset(at)]
        assert char == written or (char == " " and not (written.isascii() and written.isalnum()))
    for word in re.finditer(r"\w+", read.text):
        start, end = read.original_offset(word.start()), read.original_end(word.end())
        assert text[start:end] == word.group()
