"""Romanised Japanese in English copy: long vowels with macrons ("Tōkyō", "TŌKYŌ", "Kōno
Tarō", also as a vowel and a combining macron) and islands named with their Japanese suffixes
("Miyako-jima", "Okinawa-hontō") are read as the knowledge base writes them, and mentions keep
the text as written. Texts written for these tests."""

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from linking_helpers import mentions

from monitor.nlp.romanised_japanese import english_reading


def links(text: str, published: str = "2025-07-15") -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text, published)}


CAPITAL_ACTING = (
    "TŌKYŌ — Beijing protested on Tuesday after Tōkyō approved the white paper, and Tōkyō "
    "rejected the protest."
)


def test_a_capital_written_with_macrons_acts_as_its_government() -> None:
    found = mentions(CAPITAL_ACTING)
    acting = [m.entity_id for m in found if m.text == "Tōkyō"]
    assert acting and set(acting) == {"japan"}
    assert links(CAPITAL_ACTING)["TŌKYŌ"] == "tokyo"  # the dateline is the city
    for mention in found:
        assert mention.text == CAPITAL_ACTING[mention.start : mention.end]


def test_a_combining_macron_reads_as_the_precomposed_one() -> None:
    decomposed = unicodedata.normalize("NFD", CAPITAL_ACTING)
    assert decomposed != CAPITAL_ACTING
    by_surface = {unicodedata.normalize("NFC", m.text): m.entity_id for m in mentions(decomposed)}
    assert by_surface == links(CAPITAL_ACTING)


def test_islands_named_with_japanese_suffixes_are_the_knowledge_bases_islands() -> None:
    text = (
        "Two Chinese bombers flew between Okinawa-hontō and Miyako-jima into the Pacific, "
        "and a drone passed between Yonaguni-jima and Taiwan, Japan's Joint Staff said."
    )
    found = links(text)
    assert found["Okinawa-hontō"] == "okinawa-island"
    assert found["Miyako-jima"] == "miyako-island"
    assert found["Yonaguni-jima"] == "yonaguni"


def test_other_accents_and_plain_copy_are_read_as_written() -> None:
    assert english_reading("Côte d'Ivoire and Zürich backed the statement").origins is None
    assert english_reading("Miyako Island and Tokyo").origins is None
    assert english_reading("a Miyako-jima-based unit").text == "a Miyako-jima-based unit"


MACRONS = {"o": "ō", "u": "ū", "a": "ā", "O": "Ō", "U": "Ū"}
PLAIN = (
    "TOKYO — Japan's Defense Ministry said Chinese ships sailed between Okinawa and "
    "Miyako Island, and Tokyo protested to Beijing; Kono Taro spoke in Kyushu."
)


@st.composite
def marked_copy(draw: st.DrawFn) -> str:
    """PLAIN with any of its vowels marked long, precomposed or as a combining macron."""
    out = []
    for char in PLAIN:
        if char in MACRONS and draw(st.booleans()):
            char = MACRONS[char] if draw(st.booleans()) else char + "\u0304"
        out.append(char)
    return "".join(out)


@settings(max_examples=60, deadline=None)
@given(marked_copy())
def test_marked_vowels_read_as_plain_and_point_back_into_the_text_given(text: str) -> None:
    read = english_reading(text)
    assert read.text == PLAIN
    for word in re.finditer(r"\w+", PLAIN):
        start, end = read.original_offset(word.start()), read.original_end(word.end())
        written = unicodedata.normalize("NFD", text[start:end])
        assert "".join(c for c in written if not unicodedata.combining(c)) == word.group()


def test_japanese_names_family_name_first_in_capitals_and_macrons_are_the_people() -> None:
    text = (
        "TŌKYŌ — Defense Minister KISHI Nobuo met Finance Minister KATŌ Katsunobu and LDP "
        "lawmaker Kōno Tarō on Friday. Kishi said Japan would respond."
    )
    found = links(text, "2021-06-04")
    assert found["KISHI Nobuo"] == found["Kishi"] == "nobuo-kishi"
    assert found["KATŌ Katsunobu"] == "katsunobu-kato"
    assert found["Kōno Tarō"] == "taro-kono"
