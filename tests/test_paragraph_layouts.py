"""A story reads the same whichever way its feed separated the paragraphs: a blank line, a single
line break (HTML's <p> turned to text), CRLF, or a blank line holding a space. The incursion facts
and the entities `analyze` returns may not change with the layout (monitor/nlp/paragraphs.py)."""

from datetime import UTC, datetime
from functools import cache

import pytest
from conftest import CI_EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import Fact, facts_at
from layout_variants import layouts, links
from linking_helpers import mentions

from monitor.ingest.sanitize import html_to_text

PUBLISHED = datetime(2025, 6, 4, 3, 0, tzinfo=UTC)  # a Wednesday morning in East Asia

# Stories in the shapes of the labelled sets, each a headline and paragraphs of prose.
COAST_GUARD = [
    "Chinese patrol boats loiter near the Senkakus for a record year",
    "China Coast Guard ships were seen in the contiguous zone around the Senkaku Islands on 350 "
    "days this year, the Japan Coast Guard said on Tuesday.",
    "On Tuesday alone, three China Coast Guard ships were sailing in the contiguous zone, the "
    "40th day in a row.",
    'An official said the coast guard would keep watching the waters "with a sense of '
    'urgency". The government plans to add patrol ships.',
]
DAILY_REPORT = [
    "PLA aircraft and ships tracked around Taiwan",
    "TAIPEI (CNA) — Taiwan's Ministry of National Defense said it detected 14 Chinese military "
    "aircraft and six naval vessels around Taiwan in the 24 hours to 6 a.m. on Wednesday.",
    "Of the aircraft, nine crossed the median line of the Taiwan Strait and entered the "
    "northern and southwestern parts of the ADIZ, the ministry said.",
    "The ministry said it had monitored the situation and dispatched aircraft, navy vessels "
    "and coastal missile systems in response.",
]
MINISTRIES = [
    "Ministry tallies a busy month",
    "The ministry counted 310 sorties around Taiwan in March, up from 250 in February.",
    "It said 12 Chinese military aircraft and five ships were detected around Taiwan in the 24 "
    "hours to 6 a.m. on Monday.",
    "The foreign ministry in Beijing said the drills were a warning to separatists. The defense "
    "ministry did not comment.",
]
MORNING_REPORT = [
    "Drills and a morning count",
    "Beijing announced live-fire drills off Fujian on Monday.",
    "The defence ministry's morning report listed 18 Chinese aircraft around Taiwan.",
    "Residents of Kinmen said they heard nothing.",
]
SCENES = [
    "Reactions across the region",
    "In Tokyo, the foreign ministry summoned a Chinese diplomat over the incursion.",
    "The defence ministry said two Chinese drones flew between Yonaguni and Taiwan on Sunday.",
    "From Manila, the coast guard reported Chinese vessels near Scarborough Shoal. The foreign "
    "ministry lodged a protest.",
]
STORIES = [COAST_GUARD, DAILY_REPORT, MINISTRIES, MORNING_REPORT, SCENES]
# How feeds send a paragraph's end besides a blank line: one line break (a CMS export, <p>
# flattened to text), CRLF (copy written on Windows) and a "blank" line with a space in it.
BREAKS = ["\n", "\r\n", "\n \n"]


@cache  # each story's reading with blank lines is compared with every other layout's
def reading(text: str) -> tuple[list[Fact], list[tuple[str, str | None, str]]]:
    """The incursion facts and the entities (surface, id, kind) `analyze` returns."""
    return facts_at(text, PUBLISHED), links(text, PUBLISHED.date().isoformat())


@pytest.mark.parametrize("story", STORIES, ids=lambda story: story[0])
@pytest.mark.parametrize("separator", BREAKS, ids=repr)
def test_a_story_reads_the_same_whichever_break_its_feed_put_between_paragraphs(
    story: list[str], separator: str
) -> None:
    assert reading(separator.join(story)) == reading("\n\n".join(story))


def test_a_story_from_a_feeds_html_reads_as_the_same_story_in_plain_text() -> None:
    # ingest turns each <p> into a line of its own: a single line break between paragraphs
    body = html_to_text("".join(f"<p>{paragraph}</p>" for paragraph in COAST_GUARD[1:]))
    assert reading(f"{COAST_GUARD[0]}\n\n{body}") == reading("\n\n".join(COAST_GUARD))


def test_mentions_index_the_text_as_the_feed_sent_it() -> None:
    text = "\r\n \r\n".join(DAILY_REPORT) + "\r\n"
    found = mentions(text, "2025-06-04")
    assert found
    assert all(text[m.start : m.end] == m.text for m in found)


def test_the_rows_of_a_table_stay_one_block_under_its_label() -> None:
    # A table's rows end without a full stop: their single breaks are no paragraph's end, so
    # the label's day still dates every row, whether the lines end in LF or CRLF.
    table = (
        "Ministry of National Defense, 24 hours to 6 a.m. Tuesday:\n"
        "PLA aircraft: 11\nPLAN vessels: 7\nOfficial ships: 2"
    )
    assert facts_at(table.replace("\n", "\r\n"), PUBLISHED) == facts_at(table, PUBLISHED)
    assert {fact[4] for fact in facts_at(table, PUBLISHED)} == {"2025-06-03"}


@settings(max_examples=CI_EXAMPLES // 4)
@given(st.sampled_from(STORIES).flatmap(layouts))
def test_facts_and_entities_do_not_change_with_the_layout(texts: tuple[str, str]) -> None:
    plain, laid_out = texts
    assert reading(laid_out) == reading(plain)
