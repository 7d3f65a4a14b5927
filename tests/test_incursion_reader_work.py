"""The incursion reader's work done once and only where it can find something (perfX), every
reading the same: the layout steps' marks are searched in a text joined again only after a step
wrote a sentence anew, and the reporting side's names are tried only where their words stand
(word_search.first_match), with the boundaries and lookbehinds they are written with.
"""

import re
from datetime import UTC, datetime
from unittest.mock import patch

import pytest
from conftest import CI_EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

from monitor.nlp import incursion_layouts
from monitor.nlp.incursion_layouts import as_plain_sentences
from monitor.nlp.reporting_clocks import (
    _JAPANESE_PLACES,
    _JAPANESE_REPORTERS,
    _OTHER_REPORTERS,
    _TAIWANESE_PLACES,
    TAIPEI_AND_BEIJING_HOURS,
    TOKYO_HOURS,
    reporting_hours,
)
from monitor.nlp.word_search import first_match

_BAR = re.compile(r"\|")


def _bars_cells(sentences: list[str]) -> list[str]:
    return [sentence.replace(", ", " | ") for sentence in sentences]


def _bars_cells_in_place(sentences: list[str]) -> list[str]:
    sentences[:] = _bars_cells(sentences)
    return sentences


def _reads_bars(sentences: list[str]) -> list[str]:
    return [sentence.replace(" | ", "; ") for sentence in sentences]


@pytest.mark.parametrize("writer", [_bars_cells, _bars_cells_in_place])
def test_a_layout_step_finds_the_mark_an_earlier_step_wrote(writer: incursion_layouts.Step) -> None:
    # A step marked by a bar runs on a text whose bars an earlier step wrote, whether it wrote
    # them in a new list or in the one it was given.
    steps = ((writer, None), (_reads_bars, _BAR))
    with patch.object(incursion_layouts, "LAYOUT_STEPS", steps):
        assert as_plain_sentences(["aircraft 8, ships 6"]) == ["aircraft 8; ships 6"]


def test_a_layout_step_leaves_a_text_without_its_mark_alone() -> None:
    steps = ((lambda sentences: list(sentences), None), (_reads_bars, _BAR))
    with patch.object(incursion_layouts, "LAYOUT_STEPS", steps):
        assert as_plain_sentences(["aircraft 8 | ships 6"]) == ["aircraft 8; ships 6"]
        assert as_plain_sentences(["aircraft 8, ships 6"]) == ["aircraft 8, ships 6"]


# The reporting side's names as copy writes them, and what stands around them: a letter or a
# "上" before one, a letter after it, so that their word boundaries and lookbehinds decide.
_NAMES = [
    "Joint Staff Office", "Japan's Joint Staff", "JSO", "Japanese coast guard", "JCG",
    "Regional Coast Guard", "Japan Ministry of Defence", "Ministry of Defense of Japan",
    "Japan Air Self-Defense Force", "統合幕僚監部", "統幕", "防衛省", "海上保安庁", "海保",
    "MND", "Ministry of National Defense", "Coast Guard Administration", "CGA",
    "Taiwan's defence ministry", "the island's coast guard", "Taiwanese coast guard",
    "Eastern Theater Command", "国防部", "海巡署", "東部戦区", "Senkakus", "尖閣", "Kinmen",
    "Matsu", "金門", "马祖",
]  # fmt: skip
_AROUND = ["", " ", "x", "上", "'s", "s", ".", "\n", "-"]
_PATTERNS = [_JAPANESE_REPORTERS, _OTHER_REPORTERS, _JAPANESE_PLACES, _TAIWANESE_PLACES]


@settings(max_examples=CI_EXAMPLES * 20)
@given(
    pieces=st.lists(st.sampled_from(_NAMES + _AROUND), max_size=12),
    pattern=st.sampled_from(_PATTERNS),
)
def test_a_pattern_tried_where_its_words_stand_matches_as_a_search(
    pieces: list[str], pattern: re.Pattern[str]
) -> None:
    text = "".join(pieces)
    found, searched = first_match(pattern, text), pattern.search(text)
    assert (found and found.span()) == (searched and searched.span())


def test_a_name_inside_another_word_names_no_reporting_side() -> None:
    # "JSOC" is no Joint Staff Office, and 上海保 is Shanghai's, no Japan Coast Guard (海保).
    taiwans = "Taiwan's coast guard counted the ships."
    assert reporting_hours(f"A JSOC officer spoke. {taiwans}") == TAIPEI_AND_BEIJING_HOURS
    assert reporting_hours(f"The JSO said so. {taiwans}") is None
    assert reporting_hours("上海保税区の船") is None
    assert reporting_hours("海保によると") == TOKYO_HOURS


def test_a_japan_coast_guard_story_is_dated_on_tokyos_day() -> None:
    # Stamped 15:30 UTC on Monday: already Tuesday in Tokyo, still Monday in Taipei.
    text = (
        "Chinese ships near the Senkakus\n\nNAHA -- Four China Coast Guard ships entered the "
        "contiguous zone around the Senkaku Islands today, the Japan Coast Guard said."
    )
    published = datetime(2026, 6, 8, 15, 30, tzinfo=UTC)
    assert facts_at(text, published) == [
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2026-06-09")
    ]


def test_a_pattern_whose_backslash_would_read_as_a_boundary_is_refused() -> None:
    with pytest.raises(ValueError, match="boundary"):
        first_match(re.compile(r"\\b"), "a\\b")
