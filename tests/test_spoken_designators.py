"""Automatic captions read type designators out: "jay sixteens", "h six k", "kj five hundreds",
"tb zero zero one". An analyst searching the archive for the J-16 or the KJ-500 finds such a
transcript as they find wire copy; the stored surface is what the caption wrote, and words that
spell no designator the knowledge base knows stay words."""

from datetime import UTC, datetime
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st
from linking_helpers import mentions

from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.caption_case import caption_names, read_captions
from monitor.nlp.kb import default_kb
from monitor.nlp.spoken_designators import designator_edits

KB = default_kb()
CAPTION = (
    "[00:00:01] taiwan says it tracked twenty six chinese aircraft around the island today\n"
    "[00:00:05] mostly jay sixteens a couple of kj five hundreds and a tb zero zero one drone\n"
    "[00:00:09] they also sent h six k bombers and a y eight on a two day patrol\n"
    "[00:00:14] it was the biggest since twenty nineteen says section two thirty two\n"
)


def test_designators_read_out_in_a_caption_are_linked_as_written() -> None:
    found = {m.text: m.entity_id for m in mentions(CAPTION, "2026-01-13")}
    assert found["jay sixteens"] == "j-16"
    assert found["kj five hundreds"] == "kj-500"
    assert found["tb zero zero one"] == "tb-001"
    assert found["h six k"] == "h-6k"
    assert found["y eight"] == "y-8"
    for mention in mentions(CAPTION, "2026-01-13"):
        assert CAPTION[mention.start : mention.end] == mention.text


def test_number_words_that_spell_no_known_designator_stay_words() -> None:
    read = read_captions(CAPTION, KB).text
    assert "on a two day patrol" in read
    assert "since twenty nineteen says section two thirty two" in read


def test_the_caption_s_incursion_count_is_read_as_before() -> None:
    moment = datetime(2026, 1, 13, tzinfo=UTC)
    (result,) = analyse([TextToAnalyse("t", CAPTION, "en", moment)])
    assert (26, "aircraft") in {(fact.count, fact.what) for fact in result.incursions}


def test_copy_written_with_capitals_is_read_as_written() -> None:
    wire = "Taiwan said eight J sixteen fighters and a Y eight flew near the island.\n" * 3
    read = read_captions(wire, KB)
    assert read.text == wire
    assert read.origins is None


NAMES = caption_names(KB)
WORDS = ["j", "jay", "h", "kj", "tb", "y", "k", "a", "the", "six", "sixteen", "sixteens", "zero"]
WORDS += ["one", "five", "hundred", "hundreds", "eight", "twenty", "two", "thirty", "ten", "day"]


@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_every_edit_writes_a_known_designator_over_whole_words_in_order(words: list[str]) -> None:
    body = " ".join(words)
    edits = designator_edits(body, 0, NAMES.designators)
    assert all(edit.replacement in NAMES.designators for edit in edits)
    assert all(body[edit.start : edit.end].split() for edit in edits)
    assert all(before.end < after.start for before, after in pairwise(edits))
    assert all(
        (edit.start == 0 or body[edit.start - 1] == " ")
        and (edit.end == len(body) or body[edit.end] == " ")
        for edit in edits
    )
