"""The marks a word sets for counts (a clause's end, a hedge, a period's opening, a day before)
are read only once a sentence's first claim is read, for the words before it too, and never in
a sentence that names a craft and counts none (incursion_grammar._read_at): a count keeps every
mark written before it, and a story's facts are the same."""

from datetime import UTC, datetime
from unittest.mock import patch

import pytest
from incursion_helpers import facts_at

from monitor.nlp import incursion_grammar
from monitor.nlp.incursion_grammar import read_sentence
from monitor.nlp.incursion_tokens import date_tokens, tokenize, written_dates

PUBLISHED = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "facts"),
    [
        # A period opened, a hedge, a day before: marks of words before the count, no sighting.
        ("Since January, the ministry said, 1,200 Chinese military aircraft have entered the ADIZ.", []),  # noqa: E501
        ("Beijing could send 40 Chinese aircraft into the ADIZ, the ministry said.", []),
        ("A day earlier, 12 Chinese aircraft crossed the median line, the ministry said.", [
            (12, "aircraft", "median line", "Taiwan", "2026-03-10"),
        ]),
        # A craft named before its count, and a part after the words that announce it.
        ("The ministry said Chinese aircraft were tracked, and 12 crossed the median line on Tuesday.", [  # noqa: E501
            (12, "aircraft", "median line", "Taiwan", "2026-03-10"),
        ]),
        ("Chinese aircraft, including 12 that crossed the median line, were tracked on Tuesday.", [
            (12, "aircraft", "median line", "Taiwan", "2026-03-10"),
        ]),
    ],
)  # fmt: skip
def test_a_count_keeps_the_marks_written_before_it(sentence: str, facts: list[object]) -> None:
    assert facts_at(sentence, PUBLISHED) == facts


def _read(sentence: str) -> list[int]:
    """The words whose marks for counts the grammar read, in the order it read them."""
    tokens = tokenize(sentence)
    every_date = written_dates(tokens, PUBLISHED.date())
    marked: list[int] = []
    mark_counts_at = incursion_grammar._mark_counts_at

    def spy(*args: object) -> None:
        marked.append(args[2])  # type: ignore[arg-type]
        mark_counts_at(*args)  # type: ignore[arg-type]

    with patch.object(incursion_grammar, "_mark_counts_at", spy):
        read_sentence(tokens, date_tokens(every_date), frozenset(date_tokens(every_date)))
    return marked


def test_a_sentence_that_names_a_craft_and_counts_none_reads_no_marks_for_counts() -> None:
    for sentence in [
        "Officials said Chinese warships had sailed past Okinawa.",
        "The drills involved warplanes and warships from the Eastern Theater Command.",
    ]:
        assert _read(sentence) == [], sentence


def test_a_sentence_with_a_count_reads_its_words_marks_once_each_in_order() -> None:
    marked = _read("Beijing could send 40 Chinese aircraft into the ADIZ, the ministry said.")
    assert marked == sorted(set(marked)) and marked[:3] == [0, 1, 2]  # "Beijing could send"
