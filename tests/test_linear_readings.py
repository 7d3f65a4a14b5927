"""Feeds are hostile: an item's text can be thousands of lines of counts, bodies and names. The
work of reading one grows as its length does, measured in lines of Python run (work_counts.py),
not in seconds; `bench/hostile_lengths.py` prints the seconds for growing numbers of lines."""

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from types import ModuleType
from typing import Any

import pytest
from incursion_helpers import Fact
from work_counts import calls_made, grows_linearly

from monitor.nlp import (
    article_names,
    dated_family_names,
    governing_laws,
    incursion_day_measures,
    incursion_event_starts,
    incursion_missile_landings,
    incursion_narrower_shares,
    incursion_stays_left,
    incursion_told_days,
    ministers_bodies,
    person_of_place,
    places_in_names,
    side_openers,
    visitors,
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

    assert read(50) == {
        (16, "aircraft", "around Taiwan", "Taiwan", TODAY),
        (5, "navy vessels", "around Taiwan", "Taiwan", TODAY),
    }
    assert grows_linearly(read, 100)


# Counts of two days sharing one act, in one endless sentence: each date is read for a day told
# or an event's start, each count for a share of a total, each fact for a part that entered.
DAYS_SHARING_AN_ACT = "9 Chinese jets on Monday and 14 on Tuesday entering ADIZ, "
DAYS_FACTS = {
    (9, "aircraft", "ADIZ", "Taiwan", "2025-06-30"),
    (14, "aircraft", "ADIZ", "Taiwan", TODAY),
}


@pytest.mark.parametrize(
    ("pattern", "head", "line", "facts"),
    [
        # a stay dated by its length: ships told leaving at a clock after some hours
        ("_LEFT_AFTER", "Daily report", "\n■ MND: 14 PLA aircraft and 3 ships around Taiwan", {
            (14, "aircraft", "around Taiwan", "Taiwan", TODAY),
            (3, "navy vessels", "around Taiwan", "Taiwan", TODAY),
        }),
        # a part of ships standing on a later day told entering the zone before
        ("_PART_ENTERED", "The ministry said ", DAYS_SHARING_AN_ACT, DAYS_FACTS),
    ],
    ids=["left-after-hours", "part-entered-before"],
)  # fmt: skip
def test_an_endless_sentence_is_searched_once_for_a_stays_words(
    monkeypatch: pytest.MonkeyPatch, pattern: str, head: str, line: str, facts: set[Fact]
) -> None:
    """Each of the thousands of facts of an endless sentence searched the whole sentence for
    the words of a stay; the characters searched now grow as the sentence does. (The texts are
    read by no other test: the searches of a sentence are kept for its next reading.)"""
    searched = [0]
    words = getattr(incursion_stays_left, pattern)

    class CountedSearch:
        def search(self, text: str) -> re.Match[str] | None:
            searched[0] += len(text)
            return words.search(text)

    monkeypatch.setattr(incursion_stays_left, pattern, CountedSearch())

    def characters_searched(times: int) -> int:
        searched[0] = 0
        assert facts_of([head + line * times]) == facts
        return searched[0]

    assert characters_searched(200) < 2.3 * characters_searched(100)


# Each rule its own lengths: a sentence read before keeps its dates (incursion_tokens._dates_of).
@pytest.mark.parametrize(
    ("rule", "clauses"),
    [(incursion_event_starts, 100), (incursion_told_days, 110), (incursion_narrower_shares, 120)],
)
def test_an_endless_sentence_of_days_sharing_an_act_reads_in_work_linear_in_its_length(
    rule: ModuleType, clauses: int
) -> None:
    """Each date of one endless sentence was read for a day of telling or an event's start by
    copying every word before it, and each count for a share of an earlier total by walking
    every count before it: the rules look back a fixed reach, or up the most craft counted."""

    def read(clauses: int) -> set[Fact]:
        return facts_of(["The MND said " + DAYS_SHARING_AN_ACT * clauses])

    assert read(clauses // 2) == DAYS_FACTS
    assert grows_linearly(read, clauses, within=rule)


def test_thousands_of_counting_lines_read_in_work_linear_in_their_number() -> None:
    """Each line's facts were checked against every fact kept before them for a stay whose
    part entered days before ("Two of them had entered the zone on Wednesday"): the facts kept
    are looked up by day now."""

    def read(lines: int) -> set[Fact]:
        return facts_of(["Daily report\n", *[MINISTRY_LINE.lstrip("\n")] * lines])

    assert read(50) == {
        (16, "aircraft", "around Taiwan", "Taiwan", TODAY),
        (5, "navy vessels", "around Taiwan", "Taiwan", TODAY),
    }
    assert grows_linearly(read, 100)


def test_an_endless_sentence_of_missiles_landing_reads_in_work_linear_in_its_length() -> None:
    """Where the missiles of each count landed was looked for among every place and zone of
    the sentence: those between the count and the next are bisected now. The rule's own work
    is measured: at these lengths the rest of the reading would hide it."""
    volley = "11 missiles fell near Taiwan, Kinmen, Matsu and Penghu, "

    def read(volleys: int) -> set[Fact]:
        return facts_of(["China launched drills on Tuesday: " + volley * volleys])

    assert read(50) == {(11, "missiles", "around Taiwan", "Taiwan", TODAY)}
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


def test_an_endless_log_of_dated_entries_reads_in_work_linear_in_its_length() -> None:
    """Each entry's bare number ("Mar. 4 — five") was asked whether its clause's day gives it
    as the day's measure ("On Monday it was 56") by copying every word before it; the rule reads
    the few words before the number it needs. The entries are of March, more than a week before
    the story: no facts (rule 8)."""
    entries = "Mar. 3 — two Chinese drones near Taiwan; Mar. 4 — five; "

    def read(pairs: int) -> set[Fact]:
        return facts_of(["The MND's log: " + entries * pairs])

    assert read(50) == set()
    assert grows_linearly(read, 100, within=incursion_day_measures)


def test_a_bulletin_of_one_long_line_is_linked_in_work_linear_in_its_length() -> None:
    """A masthead's country is home to a bulletin's bare offices unless the item (the line) names
    another country as its subject; each name joined the whole text again (spaCy's `doc.text`)
    and searched it back and ahead for its line's ends. The lines' starts are found once a text
    now, and the text joined once; the work counted is every call, spaCy's compiled ones too."""
    item = "ICRT News\nThe premier said Japan agreed, Beijing said. "

    def read(items: int) -> set[tuple[str, str | None]]:
        (result,) = analyse([TextToAnalyse("bulletin", item * items, "en", PUBLISHED)])
        return {(mention.text, mention.entity_id) for mention in result.mentions}

    # Each line names Japan and Beijing as subjects: whose premier it is, it does not say.
    assert read(20) == {("ICRT", "icrt"), ("Japan", "japan"), ("Beijing", "china")}
    assert grows_linearly(read, 40, measure=calls_made)


def test_a_feed_of_bare_marines_is_linked_in_work_linear_in_its_length() -> None:
    """A bare "Marine" is the corps only where the article names the corps in full somewhere;
    each one joined and searched the whole text for that. The article is searched once now."""
    line = "Taiwan hosted the drill. A Marine said the Navy helped.\n\n"

    def read(lines: int) -> set[tuple[str, str | None]]:
        (result,) = analyse([TextToAnalyse("feed", line * lines, "en", PUBLISHED)])
        return {(mention.text, mention.entity_id) for mention in result.mentions}

    assert read(20) == {("Taiwan", "taiwan"), ("Navy", "roc-navy")}
    assert grows_linearly(read, 50, measure=calls_made)


@pytest.mark.parametrize(
    ("rule", "clause", "names"),
    [
        # a minister titled in a body's sentence: the sentence's titled names, listed once
        (ministers_bodies, "the MND said Japan and Taiwan agreed, ",
         {("MND", "taiwan-mnd"), ("Japan", "japan"), ("Taiwan", "taiwan")}),
        # "on Japan's side": the article's side phrases, read once and bisected
        (side_openers, "on Japan's side the Defense Ministry agreed, ",
         {("Japan", "japan"), ("Defense Ministry", "japan-mod")}),
        # a lone family name dated by a year its sentence names: the years, once a sentence
        (dated_family_names, "Kishi met Lai in 1958, ",
         {("Kishi", "org:kishi"), ("Lai", "person:lai")}),
        # robustAP: a host receiving a visit, asked of every name of the body's sentence: the
        # names right before the sentence's receiving verbs, listed once a Doc
        (visitors,
         "Japan's Foreign Minister Takeshi Iwaya said the Foreign Ministry would respond, ",
         {("Japan", "japan"), ("Takeshi Iwaya", "takeshi-iwaya"),
          ("Foreign Ministry", "japan-mofa")}),
        # a family name another full name writes: the people's names, by word, once an article
        (article_names, "Lin Chia-lung met Lai Ching-te and Koo, ",
         {("Lin Chia-lung", "lin-chia-lung"), ("Lai Ching-te", "lai-ching-te"),
          ("Koo", "wellington-koo")}),
    ],
    ids=["titled-ministers", "side-phrases", "years-named", "received-visits", "people-named"],
)  # fmt: skip
def test_an_endless_sentence_of_names_is_linked_in_work_linear_in_its_length(
    rule: ModuleType, clause: str, names: set[tuple[str, str | None]]
) -> None:
    """A feed with no full stop is one sentence; each body or name in it asked the whole
    sentence for what the rule looks for. What it looks for is found once now."""

    def read(clauses: int) -> set[tuple[str, str | None]]:
        (result,) = analyse([TextToAnalyse("feed", clause * clauses, "en", PUBLISHED)])
        return {(mention.text, mention.entity_id) for mention in result.mentions}

    assert read(20) == names
    assert grows_linearly(read, 50, within=rule)


def test_an_endless_sentence_of_bodies_is_searched_for_a_law_in_text_linear_in_its_length(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A body in a sentence framed by a country's law ("Under Japan's firearms rules, ...") is
    that country's; each body searched its sentence from the start for the law's phrase, so a
    sentence of thousands of bodies was read once for each (robustAP). It is read from the first
    "under" now, and not at all where none stands: the characters searched grow as it does."""
    searched = 0
    law = governing_laws._UNDER_A_LAW

    class Counted:
        def finditer(self, text: str) -> Iterator[re.Match[str]]:
            nonlocal searched
            searched += len(text)
            return law.finditer(text)

    monkeypatch.setattr(governing_laws, "_UNDER_A_LAW", Counted())
    clause = "Japan's Foreign Minister Takeshi Iwaya said the Foreign Ministry would respond, "

    def characters_searched(clauses: int) -> int:
        nonlocal searched
        searched = 0
        analyse([TextToAnalyse("feed", clause * clauses, "en", PUBLISHED)])
        return searched

    characters_searched(5)
    assert characters_searched(100) <= 2.3 * characters_searched(50)
    framed = "Under Japan's firearms rules, the Coast Guard checks each gun."
    (result,) = analyse([TextToAnalyse("feed", framed, "en", PUBLISHED)])
    assert ("Coast Guard", "japan-coast-guard") in {(m.text, m.entity_id) for m in result.mentions}


def test_each_titled_ministers_countries_are_asked_once_an_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A sentence without end of one country's minister titled before its ministry: each body
    asked the knowledge base again, for each titled name of the sentence, which ministries the
    minister headed (robustAP: 409,600 asks at 8,000 words). Asked once a minister now; the
    body is still his country's ministry."""
    asked = 0
    heads_of = ministers_bodies._heads_of

    def counted(*args: Any) -> set[str]:
        nonlocal asked
        asked += 1
        return heads_of(*args)

    monkeypatch.setattr(ministers_bodies, "_heads_of", counted)
    clause = "Japan's Foreign Minister Takeshi Iwaya said the Foreign Ministry would respond, "
    (result,) = analyse([TextToAnalyse("feed", clause * 40, "en", PUBLISHED)])
    assert ("Foreign Ministry", "japan-mofa") in {(m.text, m.entity_id) for m in result.mentions}
    assert asked <= 2
