"""Misspelt craft words in incursion copy: a slip one edit off a craft, zone or place word
("militry", "aircarft", "contigous") reads as the word, and an ordinary English word that
shares a craft word's letters or is one edit off it ("sector" and "escort", "continuous" and
"contiguous", "portal" and "patrol") is never read as a slip of it. Words and sentences
written for these tests; the real spaCy model, as in the other tests."""

from datetime import UTC, datetime

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from incursion_helpers import Fact, facts_at

from monitor.nlp import incursion_words as w
from monitor.nlp.english_words import english_words
from monitor.nlp.incursion_modifiers import modifies
from monitor.nlp.incursion_tokens import tokenize

PUBLISHED = datetime(2026, 9, 16, 7, 0, tzinfo=UTC)  # a Wednesday
TODAY = "2026-09-16"
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def facts(text: str) -> list[Fact]:
    return facts_at(text, PUBLISHED)


@st.composite
def slips(draw: st.DrawFn, word: str) -> str:
    """One edit of `word`, as a typist makes it: a letter dropped, doubled or added, changed,
    or two neighbours swapped; never a word of its own."""
    at = draw(st.integers(0, len(word) - 2))
    letter = draw(st.sampled_from(LETTERS))
    edit = draw(st.sampled_from(["drop", "add", "change", "swap"]))
    slip = {
        "drop": word[:at] + word[at + 1 :],
        "add": word[:at] + letter + word[at:],
        "change": word[:at] + letter + word[at + 1 :],
        "swap": word[:at] + word[at + 1] + word[at] + word[at + 2 :],
    }[edit]
    assume(slip != word and slip not in english_words())
    return slip


@settings(max_examples=20, deadline=None)
@given(slip=slips("military"))
def test_a_report_with_military_misspelt_still_gives_its_count(slip: str) -> None:
    text = f"The ministry said 23 Chinese {slip} aircraft were detected around Taiwan on Wednesday."
    assert facts(text) == [(23, "aircraft", "around Taiwan", "Taiwan", TODAY)]


def test_a_dropped_letter_in_a_craft_modifier_is_read_as_the_word() -> None:
    text = "The ministry said 14 Chinese militry aircraft were detected around the island today."
    assert facts(text) == [(14, "aircraft", "around Taiwan", "Taiwan", TODAY)]


def _words_near_craft_words() -> list[str]:
    """Ordinary words that have a craft modifier's letters in another order, or are one
    letter off a word of zones and places: what a match by letters alone reads as them."""
    targets = {"".join(sorted(m)) for m in w.MODIFIERS if len(m) >= 6}
    near = {
        word
        for word in english_words().forms
        if len(word) >= 6 and word not in w.MODIFIERS and "".join(sorted(word)) in targets
    }
    return sorted(near | {"continuous", "medians", "officiate", "identifications"})


@settings(max_examples=20, deadline=None)
@given(word=st.sampled_from(_words_near_craft_words()))
def test_an_ordinary_word_is_never_read_as_a_misspelt_craft_word(word: str) -> None:
    assume(word not in w.SPELLED)
    assert [token.low for token in tokenize(f"They spoke of the {word} on Monday.")][4] == word
    assert not modifies(word, word)


def test_continuous_waters_are_no_contiguous_zone() -> None:
    text = (
        "Japan's coast guard said two China Coast Guard ships stayed in the continuous waters "
        "off the Senkaku Islands on Wednesday."
    )
    assert facts(text) == []
