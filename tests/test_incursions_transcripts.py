"""Incursion facts in speech-to-text transcripts (monitor/nlp/incursion_captions.py and the
number words of incursion_tokens.py): automatic captions stamp each cue with its time and cut
sentences where the speaker paused, write numbers as words with no hyphen ("thirty two"),
repeat a number or hesitate ("eighteen eighteen", "seven uh coast guard"), spell initials
letter by letter ("a d i z") and mishear terms ("the meeting line"). A listener charts the same
facts as from the ministry's own wording. Real spaCy model and the real pipeline."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import facts_at

from monitor.nlp.incursion_captions import caption_cues_as_sentences, with_spoken_terms_written
from monitor.nlp.incursion_phrases import number_at
from monitor.nlp.incursion_tokens import tokenize

TUESDAY = datetime(2025, 3, 18, 1, 30, tzinfo=UTC)
TODAY = "2025-03-18"


def test_a_caption_with_numbers_in_words_gives_the_reports_facts() -> None:
    text = (
        "[00:00:00] [Music]\n"
        "[00:00:07] taiwan's defense ministry says it tracked thirty two chinese military "
        "aircraft and nine navy ships operating around the island\n"
        "[00:00:14] in the twenty four hours up to six a.m. today\n"
        "[00:00:17] uh twenty one of those aircraft crossed the median line and entered "
        "taiwan's northern central and southwestern air defense identification zone\n"
        "[00:00:31] in other news cold air will push temperatures in taipei down to eleven "
        "degrees tonight\n"
    )
    assert facts_at(text, TUESDAY) == sorted([
        (32, "aircraft", "around Taiwan", "Taiwan", TODAY),
        (9, "navy vessels", "around Taiwan", "Taiwan", TODAY),
        (21, "aircraft", "median line", "Taiwan", TODAY),
        (21, "aircraft", "ADIZ", "Taiwan", TODAY),
    ])  # fmt: skip


def test_cues_cut_mid_sentence_are_read_as_one_sentence_with_its_day() -> None:
    text = (
        "[00:00:00] taiwan says it has detected more than forty chinese warplanes\n"
        "[00:00:04] and fourteen warships around the island\n"
        "[00:00:11] in the twenty four hours to six a.m. on monday\n"
        "[00:00:14] the defense ministry in taipei said its forces were on high alert\n"
    )
    assert facts_at(text, TUESDAY) == [
        (14, "navy vessels", "around Taiwan", "Taiwan", "2025-03-17"),
        (40, "aircraft", "around Taiwan", "Taiwan", "2025-03-17"),
    ]


def test_a_cue_with_the_verb_its_craft_waited_for_gives_their_zone() -> None:
    text = (
        "[00:00:02] taiwan says twelve chinese military aircraft including eight j sixteen "
        "fighters\n"
        "[00:00:08] flew into its air defence zone on monday\n"
    )
    assert facts_at(text, TUESDAY) == [(12, "aircraft", "ADIZ", "Taiwan", "2025-03-17")]


def test_a_repeated_number_spelled_initials_and_a_misheard_median_line() -> None:
    text = (
        "Strait Talk ep. 212 (auto-generated transcript)\n\n"
        "Speaker 1 (00:01:02): so the m n d tracked twenty six chinese aircraft this morning\n"
        "Speaker 1 (00:01:16): eighteen eighteen crossed the meeting line and went into the "
        "northern central and southwestern a diz\n"
    )
    assert facts_at(text, TUESDAY) == [
        (18, "aircraft", "ADIZ", "Taiwan", TODAY),
        (18, "aircraft", "median line", "Taiwan", TODAY),
        (26, "aircraft", "around Taiwan", "Taiwan", TODAY),
    ]


def test_a_day_after_a_pause_and_a_conjunction_is_its_own_clauses() -> None:
    text = (
        "[00:00:00] taiwan says chinese fighter jets crossed the medium line several times "
        "this week\n"
        "[00:00:06] and on monday eleven chinese aircraft flew into the southwest corner of "
        "its a d i z\n"
    )
    assert facts_at(text, TUESDAY) == [(11, "aircraft", "ADIZ", "Taiwan", "2025-03-17")]


def test_a_split_island_name_and_a_lower_case_pla_are_read() -> None:
    senkaku = (
        "[00:00:00] four china coast guard ships entered japanese territorial waters around "
        "the sen kaku islands on tuesday morning\n"
    )
    assert facts_at(senkaku, TUESDAY) == [
        (4, "official ships", "territorial waters", "Senkaku Islands", TODAY)
    ]
    radio = (
        "in the twenty four hours to six o'clock this morning the ministry of national "
        "defense detected ten people's liberation army aircraft and six navy vessels around "
        "taiwan\n"
    )
    assert facts_at(radio, TUESDAY) == [
        (6, "navy vessels", "around Taiwan", "Taiwan", TODAY),
        (10, "aircraft", "around Taiwan", "Taiwan", TODAY),
    ]


def test_cues_of_another_speaker_or_after_a_full_stop_stay_apart() -> None:
    cues = [
        "Speaker 1 (00:00:04): the ministry counted ten ships\n",
        "Speaker 2 (00:00:09): and twelve aircraft\n",
        "[00:00:12] it said so.\n",
        "[00:00:14] and that was all\n",
    ]
    assert caption_cues_as_sentences(cues) == [
        "the ministry counted ten ships\n",
        "and twelve aircraft\n",
        "it said so.\n",
        "and that was all\n",
    ]


def test_spoken_terms_keep_the_texts_length_and_words_stay_words() -> None:
    for spoken in ("into the a d i z", "the meeting line", "sen kaku islands", "the p l a n"):
        assert len(with_spoken_terms_written(spoken)) == len(spoken)
    assert with_spoken_terms_written("into the a diz today") == "into the ADIZ  today"
    for words in ("a plan to meet", "a meeting on the line", "the adiz", "kin of men"):
        assert with_spoken_terms_written(words) == words


def test_a_count_of_the_week_after_the_days_before_an_event_is_the_days() -> None:
    saturday = datetime(2024, 1, 6, 5, 15, tzinfo=UTC)
    text = (
        "Taiwan said Saturday that three Chinese balloons had crossed the median line of the "
        "Taiwan Strait, a week before the island holds presidential and legislative elections."
    )
    assert facts_at(text, saturday) == [(3, "balloons", "median line", "Taiwan", "2024-01-06")]
    recalled = "A week before, the ministry had tracked 40 Chinese aircraft around Taiwan."
    assert facts_at(recalled, saturday) == []


_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@given(tens=st.integers(2, 9), unit=st.integers(1, 9), joint=st.sampled_from([" ", "  ", "-"]))
def test_tens_and_units_spoken_apart_are_one_number(tens: int, unit: int, joint: str) -> None:
    words = tokenize(f"detected {_TENS[tens - 2]}{joint}{_UNITS[unit - 1]} aircraft")
    assert number_at(words, 1) == (tens * 10 + unit, 1)
    assert words[2].low == "aircraft"


@given(tens=st.integers(2, 9), unit=st.integers(1, 9))
def test_tens_and_units_apart_by_a_mark_are_two_numbers(tens: int, unit: int) -> None:
    words = tokenize(f"{_TENS[tens - 2]}, {_UNITS[unit - 1]} aircraft")
    assert number_at(words, 0) == (tens * 10, 0)
    assert number_at(words, 2) == (unit, 2)
