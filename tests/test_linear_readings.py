"""Feeds are hostile: an item's text can be thousands of lines of counts, bodies and names. The
work of reading one grows as its length does, measured in lines of Python run (work_counts.py),
not in seconds; `bench/hostile_lengths.py` prints the seconds for growing numbers of lines."""

import re
from datetime import UTC, datetime

import pytest
from incursion_helpers import Fact, facts_at
from work_counts import grows_linearly

from monitor.nlp import (
    incursion_missile_landings,
    incursion_stays_left,
    person_of_place,
    places_in_names,
)
from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.incursions import find_incursions

PUBLISHED = datetime(2025, 7, 1, 1, 0, tzinfo=UTC)
TODAY = "2025-07-01"
MINISTRY_LINE = "\n■ MND: 16 Chinese aircraft and 5 ships around Taiwan"


def facts_of(sentences: list[str]) -> set[Fact]:
    found = find_incursions(sentences, PUBLISHED)
    return {(f.count, f.what, f.zone, f.place, f.day.isoformat()) for f in found}


def test_an_endless_sentence_of_ministry_lines_reads_in_work_linear_in_its_length() -> None:
    """A paragraph of "■ MND: ..." lines with no full stop is one sentence to a splitter that
    breaks at full stops alone (craft_reports.py reads a paragraph so). Each count asked of
    the whole sentence before it whether a foreign type, a semicolon or a verb of telling stood
    there: 2,000 lines took 23 s to link. Each kind's places are listed once a sentence now."""

    def read(lines: int) -> set[Fact]:
        return facts_of(["Daily report" + MINISTRY_LINE * lines])

    assert read(100) == {
        (16, "aircraft", "around Taiwan", "Taiwan", TODAY),
        (5, "navy vessels", "around Taiwan", "Taiwan", TODAY),
    }
    assert grows_linearly(read, 100)


def test_an_endless_sentence_is_searched_once_for_ships_leaving_after_hours(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A stay is dated by its length where its sentence tells the ships leaving at a clock
    after some hours; each of the thousands of facts of an endless sentence searched the whole
    sentence for that. The characters searched now grow as the sentence does."""
    searched = [0]
    leaving = incursion_stays_left._LEFT_AFTER

    class CountedSearch:
        def search(self, text: str) -> re.Match[str] | None:
            searched[0] += len(text)
            return leaving.search(text)

    monkeypatch.setattr(incursion_stays_left, "_LEFT_AFTER", CountedSearch())

    line = "\n■ MND: 14 PLA aircraft and 3 ships around Taiwan"  # read by no test before

    def characters_searched(lines: int) -> int:
        searched[0] = 0
        assert len(facts_of(["Daily report" + line * lines])) == 2
        return searched[0]

    assert characters_searched(200) < 2.3 * characters_searched(100)


def test_thousands_of_counting_lines_read_in_work_linear_in_their_number() -> None:
    """Each line's facts were checked against every fact kept before them for a stay whose
    part entered days before ("Two of them had entered the zone on Wednesday"): the facts kept
    are looked up by day now."""

    def read(lines: int) -> set[Fact]:
        return facts_of(["Daily report\n", *[MINISTRY_LINE.lstrip("\n")] * lines])

    assert read(100) == {
        (16, "aircraft", "around Taiwan", "Taiwan", TODAY),
        (5, "navy vessels", "around Taiwan", "Taiwan", TODAY),
    }
    assert grows_linearly(read, 100)


def test_an_endless_sentence_of_missiles_landing_reads_in_work_linear_in_its_length() -> None:
    """Where the missiles of each count landed was looked for among every place and zone of
    the sentence: those between the count and the next are bisected now. The rule's own work
    is measured: at these lengths the rest of the reading would hide it."""
    volley = "11 missiles fell near Taiwan, Kinmen, Matsu and Penghu, "

    def read(volleys: int) -> list[Fact]:
        return facts_at("China launched drills on Tuesday: " + volley * volleys, PUBLISHED)

    assert read(100) == [(11, "missiles", "around Taiwan", "Taiwan", TODAY)]
    assert grows_linearly(read, 100, within=incursion_missile_landings)


def test_a_feed_of_ministers_and_bodies_links_in_work_linear_in_its_length() -> None:
    """Whose a generic body is may be told by a minister titled in its sentence or a host
    receiving a visit there; each body looked over every name of the article for them. The
    names of its sentence are bisected now."""
    line = "The MND said Minister Lin met Ko Wen-je, the Navy and the Coast Guard in Tainan.\n\n"

    def read(lines: int) -> set[tuple[str, str | None]]:
        (result,) = analyse([TextToAnalyse("feed", line * lines, "en", PUBLISHED)])
        return {(mention.text, mention.entity_id) for mention in result.mentions}

    assert read(50) == {
        ("MND", "taiwan-mnd"), ("Lin", "lin-chia-lung"), ("Ko Wen-je", "ko-wen-je"),
        ("Navy", "roc-navy"), ("Coast Guard", "taiwan-coast-guard"), ("Tainan", "tainan"),
    }  # fmt: skip
    assert grows_linearly(read, 100)


def test_a_feed_of_people_beside_places_is_read_in_work_linear_in_its_length() -> None:
    """A person's name opened by a place and a trade ("Hualien photographer Su Chia-wei") is
    the person's after them; each person looked for its place among every place of the text.
    The longest place starting at each word is found once a text now."""
    line = "Hualien photographer Su Chia-wei met Lai Ching-te in Tainan.\n\n"

    def read(lines: int) -> set[tuple[str, str | None]]:
        (result,) = analyse([TextToAnalyse("feed", line * lines, "en", PUBLISHED)])
        return {(mention.text, mention.entity_id) for mention in result.mentions}

    assert read(50) == {
        ("Hualien", "hualien"), ("Su Chia-wei", "person:su-chia-wei"),
        ("Lai Ching-te", "lai-ching-te"), ("Tainan", "tainan"),
    }  # fmt: skip
    assert grows_linearly(read, 100, within=person_of_place)


def test_a_table_of_names_outside_the_knowledge_base_is_read_in_work_linear_in_its_rows() -> None:
    """A place inside a name the knowledge base lacks ("the Taiwan-US Defense Forum") is linked
    when the article names it on its own too; each such name (a table's cells "Aircraft" and
    "Ships" are names to the model) gathered every entity the article named apart from it. The
    names of the place's own entity are asked now, and only for a place inside."""
    row = "\n| Aircraft | 16 | ADIZ | Ships | 5 |"

    def read(rows: int) -> set[tuple[str, str | None]]:
        (result,) = analyse([TextToAnalyse("feed", "MND daily" + row * rows, "en", PUBLISHED)])
        return {(mention.text, mention.entity_id) for mention in result.mentions}

    assert read(50) == {
        ("MND", "taiwan-mnd"), ("ADIZ", "adiz"), ("Aircraft", "org:aircraft"),
        ("Ships", "org:ships"),
    }  # fmt: skip
    assert grows_linearly(read, 100, within=places_in_names)
