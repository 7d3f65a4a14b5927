"""Sentences that count nothing and name no craft, which the incursion grammar reads for their
zones and places alone, or as nothing at all when they name none, instead of asking every rule
at every word (incursion_silent_sentences.py): a story's facts are the same, their days too,
however many such sentences stand between a day and its counts."""

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from unittest.mock import patch

from conftest import CI_EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

from monitor.nlp import incursion_grammar
from monitor.nlp import incursion_time_words as tw
from monitor.nlp import incursion_words as w
from monitor.nlp.incursion_claims import Reading
from monitor.nlp.incursion_grammar import read_sentence
from monitor.nlp.incursion_silent_sentences import counts_or_names_craft, names_a_place
from monitor.nlp.incursion_tokens import date_tokens, tokenize, written_dates
from monitor.nlp.incursion_zones import AROUND_OBJECTS, AROUND_PREPOSITIONS, ZONE_PHRASES

PUBLISHED = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)  # a Wednesday
# Said, met, thanked, watched: a day's news around a report, naming no craft, count or zone.
AROUND_THE_REPORT = [
    "Defence Minister Wellington Koo briefed lawmakers behind closed doors on Monday.",
    "He told them the military was watching closely and would respond calmly.",
    "Opposition legislators asked for more detail, and several called for a special session.",
    "The Presidential Office thanked the armed forces for their work.",
    "Analysts said the pressure was meant to test the new government.",
]


def test_a_count_after_sentences_that_name_nothing_keeps_the_day_they_wrote() -> None:
    assert not any(_names_something(s) for s in AROUND_THE_REPORT)
    text = (
        "Taiwan reports more Chinese military activity\n\n"
        + " ".join(AROUND_THE_REPORT)
        + "\n\nThe ministry said 18 Chinese military aircraft had crossed the median line."
    )
    assert facts_at(text, PUBLISHED) == [(18, "aircraft", "median line", "Taiwan", "2026-03-09")]


def _names_something(sentence: str) -> bool:
    tokens = tokenize(sentence)
    return counts_or_names_craft(tokens) or names_a_place(tokens)


def test_a_sentence_with_a_count_or_a_craft_is_read_whole() -> None:
    for sentence in [
        "Officials said none had entered.",
        "Both were tracked.",
        "A third followed later.",
        "The ministry saw a dozen.",
        "The J-16s flew on.",
        "It counted 12 in all.",
    ]:
        assert counts_or_names_craft(tokenize(sentence)), sentence
    assert not counts_or_names_craft(tokenize("It happened in 2025, around 6am on 3/2."))


def test_a_sentence_with_a_zone_or_a_place_is_read_for_them() -> None:
    for sentence in [
        "It happened inside the ADIZ.",
        "Crews stayed off Kinmen.",
        "Crews stayed near Yonaguni.",
        "Crews stayed off Fujian.",
    ]:
        tokens = tokenize(sentence)
        assert names_a_place(tokens) and not counts_or_names_craft(tokens), sentence


def _words(*tables: Iterable[str] | Mapping[str, object]) -> set[str]:
    """Every word of the tables of words and phrases the grammar reads."""
    found: set[str] = set()
    for table in tables:
        values = table.values() if isinstance(table, Mapping) else []
        phrases = [phrase for value in values if isinstance(value, list) for phrase in value]
        for key in [*table, *phrases]:
            found.update(key.split() if isinstance(key, str) else key)
    return found


# The grammar's own words, in lower case and as a sentence opens with them, and its marks.
GRAMMAR_WORDS = _words(
    w.NUMBER_WORDS, w.APPROXIMATIONS, w.CRAFT_NOUNS, w.MODIFIERS, w.FOREIGN, w.PLACES, w.OUTSIDE,
    w.CLAUSE_ENDS, w.SUBORDINATORS, w.BREAKDOWNS, w.COMPARISONS, w.ELLIPSES, w.DETECTIONS,
    w.HEDGES, w.BARE_FOLLOWERS, w.VAGUE, w.FRACTIONS, w.EVENTS, w.ALONG, w.DEFINITES,
    w.PARTITIVE_OBJECTS, w.NUMBERED, tw.MONTHS, tw.WEEKDAYS, tw.CUMULATIVE, tw.DAY_BEFORE,
    tw.PERIOD_PREPOSITIONS, AROUND_PREPOSITIONS, AROUND_OBJECTS, ZONE_PHRASES,
    {"there", "it", "our", "its", "of", "and", "but", "used", "to", "no", "none", "both"},
)  # fmt: skip
MARKS = [",", ".", ":", ";", "—", "-", "(", ")", "Taiwan's", "island's", "12", "J-16s", "KJ-500",
         "PLAN"]  # fmt: skip
VOCABULARY = sorted({form for low in GRAMMAR_WORDS for form in (low, low.capitalize())}) + MARKS
QUIET = [word for word in VOCABULARY if not counts_or_names_craft(tokenize(word))]


def _read_at_every_word(sentence: str) -> Reading:
    with patch.object(incursion_grammar, "counts_or_names_craft", lambda words: True):
        return _read(sentence)


def _read(sentence: str) -> Reading:
    tokens = tokenize(sentence)
    every_date = written_dates(tokens, PUBLISHED.date())
    return read_sentence(tokens, date_tokens(every_date), frozenset(date_tokens(every_date)))


# Each word where a rule may read it: alone, after an article or a verb, before a verb, and
# after a place's preposition ("the ADIZ", "a third entered", "none", "near Yonaguni").
PLACINGS = ["{}", "the {} entered", "a {} entered", "sailed into the {}", "it sailed near {}"]


def test_each_word_of_the_grammar_reads_the_same_as_read_at_every_word() -> None:
    for word in VOCABULARY:
        for placing in PLACINGS:
            sentence = placing.format(word)
            assert _read(sentence) == _read_at_every_word(sentence), sentence


@settings(max_examples=CI_EXAMPLES * 5)
@given(
    st.one_of(
        st.lists(st.sampled_from(QUIET), min_size=1, max_size=30),
        st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=30),
    ).map(" ".join)
)
def test_a_sentence_reads_the_same_as_read_at_every_word(sentence: str) -> None:
    assert _read(sentence) == _read_at_every_word(sentence)
