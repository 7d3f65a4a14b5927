"""Whose defence ministry counts China's craft around Taiwan? Taiwan's.

Editorials, letters, headlines and record layouts carry no dateline, yet their bare "Ministry of
National Defense" or "MND" is plain to a reader: the body that releases counts of PLA aircraft
and ships around Taiwan is Taiwan's. Japan's reports count craft near Japan and the Senkakus,
and China's ministry counts none of its own, so the signal is the incursion facts the
ministry's paragraph states: every one of them around Taiwan. A paragraph that ends in a colon
announces the list or table under it; a headline announces the whole story. A paragraph that
counts crossings of the median line says so as plainly, even when its figures are monthly totals
or table cells the incursion rules leave: only Taiwan's ministry counts them, and China's speaks
of the line only to deny it ("the so-called median line"). The same counts rule China's ministry
out where a Xiamen dateline or a story full of Beijing's words would choose it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from .coast_guard_sides import COAST_GUARD, coast_guard_side
from .doc_text import doc_text
from .english import headline_end
from .incursion_words import CRAFT_NOUNS
from .incursions import find_incursions
from .paragraphs import Paragraphs, paragraphs_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_MEDIAN_LINE = re.compile(r"\bmedian[- ]line\b", re.IGNORECASE)
_SO_CALLED = re.compile(r"\bso-called\b", re.IGNORECASE)
TAIWAN = "taiwan"  # the id of its country entity
TAIWAN_PLACE = "Taiwan"  # the place of a fact around it
TAIWAN_MND = "taiwan-mnd"  # the body whose reports these are
CHINA = "china"  # whose ministry never counts its own craft
JAPAN = "japan"
# Whose side counts the craft a fact places: Taiwan's around Taiwan, Kinmen and Matsu, Japan's
# around the Senkakus.
COUNTING_SIDES = {TAIWAN_PLACE: TAIWAN, "Kinmen": TAIWAN, "Matsu": TAIWAN, "Senkaku Islands": JAPAN}
# Armed services Taiwan's copy names without an owner, capitalised ("the guard of honour drawn
# from the Army, Navy and Air Force", "Our Armed Forces ... employed Navy vessels"), where
# Japan's calls its own Self-Defense Forces. A bare coast guard has its own rule, since China's
# own reports of a patrol near the Senkakus say "the coast guard said" of the China Coast Guard.
BARE_SERVICES = frozenset({"navy", "army", "air force", "marine corps", "armed forces"})
# Copy written from elsewhere names the region's bodies by their countries ("Taiwan's Ministry
# of National Defense reported 17 PLA aircraft" in a keynote at the US Naval Academy, "Taiwan's
# MND said" in an alumni letter, "Japan's Ministry of Defense said" beside "a Navy veteran from
# Yigo" in a wire story), and its bare "the Army" is its own: the side's own copy names them bare.
_NAMED_BY_COUNTRY = re.compile(
    r"\b(?:(?:Taiwan|China|Japan)'s|Taiwanese|Japanese)\s+(?:[A-Z]|coast guard|defen[cs]e|military)"
)


def counts_craft_around_taiwan(
    doc: Doc, span: Span, published: date | None, below: bool = False
) -> bool:
    """Whether the span's paragraph (with what it announces) states facts, all around Taiwan,
    or counts crossings of the median line; with `below`, also whether it counts nothing and
    the paragraph after it counts so. Newsletters and bulletins name the ministry in a line of
    its own ("The Ministry of National Defense's daily reports for the past week, as our
    readers shared them") and list its counts in the paragraphs or bullets under it."""
    text = doc_text(doc)
    headline = span.start_char <= headline_end(doc)
    block = _block(doc, text, span.start_char, headline)
    places = _places(doc, text, block, published)
    if places or not below or headline or block[1] >= len(text):
        return places == {TAIWAN_PLACE}
    following = _block(doc, text, _paragraphs(doc, text).next_start(block[1]), False)
    # The line and the counts under it are read together: the line names whose reports the
    # counts are, which places them around Taiwan when no row names a place.
    return _places(doc, text, (block[0], following[1]), published) == {TAIWAN_PLACE}


def counted_as_the_other_side(
    doc: Doc,
    span: Span,
    form: str,
    candidates: tuple[str, ...],
    published: date | None,
    home: str | None,
) -> bool:
    """Whether China's body of this generic form is ruled out because the copy counts China's
    craft as the other side's: the ministry whose paragraph counts them around Taiwan is
    Taiwan's (China's counts none of its own craft), and a bare service in an
    article that counts them anywhere is the counting side's, never China's, whose craft the
    article counts ("the guard of honour drawn from the Army, Navy and Air Force" in a protocol
    release that lists "8 PLA aircraft and 5 PLAN vessels around Taiwan")."""
    if TAIWAN_MND in candidates:
        return counts_craft_around_taiwan(doc, span, published)
    return _counting_side(doc, span, form, published, home) is not None


def counters_country(
    doc: Doc,
    span: Span,
    form: str,
    candidates: tuple[str, ...],
    published: date | None,
    home: str | None,
) -> str | None:
    """The counting side, for a body nothing else decided: "the MND released 30 PLA aircraft
    ..." in an editorial is Taiwan's, whose counts say whose it is, or as a newsletter's line of
    its own, the counts listed under it; so is a bare service in Taiwan's own copy that counts
    them ("Our Armed Forces monitored the situation and employed CAP aircraft, Navy vessels")."""
    if TAIWAN_MND in candidates:
        below = counts_craft_around_taiwan(doc, span, published, below=True)
        return TAIWAN if below else None
    return _counting_side(doc, span, form, published, home)


def _counting_side(
    doc: Doc, span: Span, form: str, published: date | None, home: str | None
) -> str | None:
    """Taiwan, for a capitalised bare service in Taiwan's own copy counting craft around it;
    None for a common noun ("the navy"), counts elsewhere too, copy at home in another country
    or naming the region's bodies by their countries. A bare coast guard, lower case too, is
    the side's that counts the ships its paragraph (or headline) places (coast_guard_sides.py)."""
    if form == COAST_GUARD:
        if span.start and doc[span.start - 1].lower_ in OWNING_PRONOUNS:
            return None  # "the PRC relies on ... the use of its coast guard": the pronoun's owner
        text = doc_text(doc)
        headline = span.start_char <= headline_end(doc)
        if headline and _US_COAST_GUARD.search(text):
            return None  # a US Coast Guard story ("Coast Guard crews from Astoria ...") is no count
        places = _places(doc, text, _block(doc, text, span.start_char, headline), published)
        return coast_guard_side(doc, {COUNTING_SIDES.get(place) for place in places}, home)
    if form not in BARE_SERVICES or span.text.islower() or _counted(doc, span):
        return None
    sides = {COUNTING_SIDES[place] for place in _article_places(doc, published)}
    if sides != {TAIWAN} or home not in (None, TAIWAN):
        return None
    if "names_by_country" not in doc.user_data:  # read once an article, not once a mention
        doc.user_data["names_by_country"] = bool(_NAMED_BY_COUNTRY.search(doc_text(doc)))
    return None if doc.user_data["names_by_country"] else TAIWAN


# "its coast guard", "their coast guard": the pronoun says whose, and it may be the side counted.
OWNING_PRONOUNS = frozenset({"its", "their"})
# The US Coast Guard named in full or by its units: a headline's bare "Coast Guard" over such a
# story is that service, though the story reports a Matsu count further down.
_US_COAST_GUARD = re.compile(
    r"\b(?:U\.?S\.?|United States) Coast Guard\b|\bUSCG\b"
    r"|\bCoast Guard (?:Sector|District|Station|Air Station|Cutter|Academy)\b"
)


def _counted(doc: Doc, span: Span) -> bool:
    """Whether the service names craft given a count ("Navy vessels: 7" in a list of the PLA's
    craft, "7 Navy vessels", a table's column "| Navy vessels |"): the counted side's craft,
    not the counting side's service, which its own release names without one ("employed CAP
    aircraft, Navy vessels")."""
    craft = span.end < len(doc) and doc[span.end].lower_ in CRAFT_NOUNS
    if not craft:
        return False
    after = doc[span.end + 1 : span.end + 3]
    before = doc[span.start - 1] if span.start else None
    counted = any(t.text in (":", "|") or t.like_num for t in after)
    return counted or bool(before and (before.like_num or before.text == "|"))


def _article_places(doc: Doc, published: date | None) -> set[str]:
    """The places of the facts the whole article states."""
    text = doc_text(doc)
    return set(_fact_places(doc, text, (0, len(text)), published))


def denies_the_median_line(doc: Doc, span: Span) -> bool:
    """Whether the span's paragraph speaks of the "so-called" median line: China's voice, whose
    ministry denies the line that Taiwan's counts crossings of."""
    text = doc_text(doc)
    block = _block(doc, text, span.start_char, span.start_char <= headline_end(doc))
    return bool(_MEDIAN_LINE.search(text, *block) and _SO_CALLED.search(text, *block))


def _places(doc: Doc, text: str, block: tuple[int, int], published: date | None) -> set[str]:
    """The places of the facts a paragraph states; Taiwan's alone when it counts crossings of
    the median line."""
    # Every mention in a paragraph gets the same answer: read each paragraph once an article,
    # since reading it again for each mention made a feed of thousands of "■ MND: 16 aircraft"
    # lines, one paragraph, quadratic (27 s at 50,000 characters).
    answers = doc.user_data.setdefault("craft_report_places", {})
    if (block, published) not in answers:
        median = _MEDIAN_LINE.search(text, *block) and not _SO_CALLED.search(text, *block)
        answers[block, published] = (
            {TAIWAN_PLACE} if median else _fact_places(doc, text, block, published)
        )
    return set(answers[block, published])


def _fact_places(
    doc: Doc, text: str, block: tuple[int, int], published: date | None
) -> frozenset[str]:
    """The places of the facts a stretch of the text states, read once an article a stretch:
    a headline's block and the whole article's (_article_places) are the same stretch, and
    reading the incursion facts is most of what linking a generic body costs."""
    answers = doc.user_data.setdefault("fact_places", {})
    if (block, published) not in answers:
        answers[block, published] = _read_fact_places(doc, text, block, published)
    found: frozenset[str] = answers[block, published]
    return found


def _read_fact_places(
    doc: Doc, text: str, block: tuple[int, int], published: date | None
) -> frozenset[str]:
    if "sentence_starts" not in doc.user_data:
        spans = [(sent.start_char, sent.end_char) for sent in doc.sents]
        doc.user_data["sentence_starts"] = ([a for a, _ in spans], [b for _, b in spans])
    starts, ends = doc.user_data["sentence_starts"]
    first, last = bisect_left(starts, block[0]), bisect_left(starts, block[1])
    sentences = [text[starts[i] : ends[i]] for i in range(first, last)]
    day = datetime.combine(published, time(), UTC) if published else datetime.now(UTC)
    return frozenset(fact.place for fact in find_incursions(sentences, day, with_recalled=True))


def _block(doc: Doc, text: str, offset: int, headline: bool) -> tuple[int, int]:
    """The character range of the paragraph holding `offset`, and of the paragraph after it
    when it ends in a colon ("... read as follows:") or a question mark; the whole text for a
    headline. A quiz's or an FAQ's question and its answer are one block whether the copy
    parts them or not ("How many aircraft entered Taiwan's ADIZ?" / "Two, the ministry
    said."): the answer's counts are of the place the question names."""
    if headline:
        return 0, len(text)
    paragraphs = _paragraphs(doc, text)
    start, end = paragraphs.around(offset)
    before = text[:start].rstrip()
    if start > 0 and before.endswith("?"):
        start = paragraphs.around(len(before) - 1)[0]
    if text[start:end].rstrip().endswith((":", "?")):
        end = paragraphs.around(paragraphs.next_start(end))[1]
    return start, end


def _paragraphs(doc: Doc, text: str) -> Paragraphs:
    """The article's paragraphs (paragraphs.py), found once an article, not once a mention."""
    if "paragraphs" not in doc.user_data:
        doc.user_data["paragraphs"] = paragraphs_of(text)
    found: Paragraphs = doc.user_data["paragraphs"]
    return found
