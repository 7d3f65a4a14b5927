"""A capital in the header line of an event listing, a forum report or a channel post: where the
event was held or the post was filed, the city, never its government.

Listings set their facts in cells split by pipes ("Thursday, 23 May 2024, 14:00–16:30 | INDSR
Conference Room B, Taipei | Mandarin and English", "Lunch talk | Wednesday 16 October | Berlin
and online", "🇹🇼 TAIPEI | The Cabinet on Thursday ..."); reports and notes open on the city and
the date ("Taipei, 5 October 2021", "Brussels, Wednesday 11 December 2024, 15:00–16:30 CET",
"deterrence panel (Tokyo, Nov 3)") or close on the city after it ("20 March 2026, Tokyo"), as
wire copy opens on its dateline ("TOKYO, May 2 (Reuters)"). A government acts in a clause; a
cell or a dated line holds no clause for it to act in.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

import numpy as np

from .context import words
from .distinct_words import words_kept
from .doc_text import doc_text
from .incursion_time_words import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from .incursion_words import DASHES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PIPES = frozenset({"|", "¦", "·"})  # "PACIFIC DISINFORMATION MONITOR · Tokyo": a masthead's
CELL_WITHIN = 12  # tokens read each way from a capital to the pipe or line break closing its cell
EVENT_WITHIN = 20  # tokens back to a bullet's start: 'Security Consultative Committee ("2+2"), '
# "| Canberra and online", "| Berlin or Zoom": a venue offered with a way to join from afar.
REMOTE = words("online virtual hybrid zoom livestream livestreamed webcast")
JOINING = frozenset({"and", "or", "&", "+", "/"})
# The events a report's heading names before the city it met in.
EVENTS = words("""
    dialogue dialogues symposium workshop roundtable forum conference seminar meeting summit
    session consultations talks colloquium
""")
NAME_JOINS = frozenset({"of", "and", "on", "for", "the", "in", "to", "s"})


def venue_city(doc: Doc, span: Span) -> bool:
    """Is the capital the place of a listing's cell or a dated opening?"""
    return (
        _listing_cell(doc, span)
        or _dated_opening(doc, span)
        or _dated_close(doc, span)
        or _event_line(doc, span)
        or _agency_dateline(doc, span)
    )


JOINED_CITIES = 3  # "TOKYO and TAIPEI, May 6": capitals a release's dateline may join


def dateline_form(doc: Doc, span: Span) -> bool:
    """A capital in capitals set as a dateline, quoted or cited inside the text: "TAIPEI (CNA)",
    "TOKYO, May 2 (Reuters)", and each city a joint release's dateline joins: "TOKYO and
    TAIPEI, May 6, 2026 /PRNewswire/". That is where a story was filed: the city. So is one
    opening its line, or a dated entry's, before a dash or colon (`_entry_place`)."""
    if not span.text.isupper() or len(span.text) < 3:
        return False
    end = span.end
    for _ in range(JOINED_CITIES):
        joined = end + 1 < len(doc) and doc[end].lower_ in ("and", "&")
        if not (joined and doc[end + 1].text.isupper() and doc[end + 1].is_alpha):
            break
        end += 2
    after = doc[end : end + 3]
    if len(after) == 3 and after[0].text == "(" and after[2].text == ")":
        return after[1].text[:1].isupper()  # "(CNA)", "(Xinhua)"
    if after and (after[0].text in DASHES or after[0].text == ":"):
        return _entry_place(doc, span.start)
    return len(after) > 1 and after[0].text == "," and after[1].lower_.rstrip(".") in MONTHS


def _entry_place(doc: Doc, start: int) -> bool:
    """A capital in capitals before a dash or colon is a dateline or a diary entry's place when
    it opens its line ("TAIPEI and TOKYO — Two years into ...") or follows the dash of the
    line's date ("Tue 21 — TOKYO: Diet votes for prime minister"). Where a capital in
    capitals closes a clause's subject ("BEIJING: WE WILL RESPOND"), the line is all capitals
    and is left to the words after it."""
    before, opened = _cell_before(doc, start)
    if opened == "|":
        return _after_section_label(before)
    if opened != "\n":
        return False
    # "SONGSHAN CULTURAL AND CREATIVE PARK, TAIPEI —": a dateline naming the venue before its
    # city, all in capitals as the city is
    venue = len(before) > 1 and before[-1].text == "," and doc[start + 1].text in DASHES
    if venue and all(t.is_upper or t.text == "," for t in before):
        return True
    # "TAIPEI and TOKYO —": each city of a joint dateline, joined by "and" ("BEIJING VS TOKYO:"
    # heads a row between the governments)
    joined = not before or before[-1].lower_ in ("and", "&")
    if joined and all(t.lower_ in ("and", "&") or (t.is_upper and t.is_alpha) for t in before):
        return True
    return before[-1].text in DASHES and any(t.like_num for t in before[:-1])


def _listing_cell(doc: Doc, span: Span) -> bool:
    """A capital that is its pipe-split cell, alone ("| Taipei |", "🇹🇼 TAIPEI |"), closing an
    address ("| INDSR Conference Room B, Taipei |") or with a note of how to join or where to
    go ("| Canberra and online", "| Taipei (venue details sent to registered participants)")."""
    if not _cell_stops(doc)[1]:
        return False  # no pipe splits the article into cells
    before, opened = _cell_before(doc, span.start)
    after, closed = _cell_after(doc, span.end)
    if "|" not in (opened, closed):
        return False
    # "Tamkang Hall Room 2, Taipei": a named venue, a comma, then its city
    address = bool(before) and before[-1].text == "," and any(t.is_title for t in before[:-1])
    if not (_only_marks(before) or address or _joined_names(before, joiner_first=False)):
        return False
    if not after or after[0].text == "(" or _joined_names(after, joiner_first=True):
        return True  # "| Taipei / Tokyo |": each city a newsletter's item was written from
    return len(after) == 2 and after[0].lower_ in JOINING and after[1].lower_ in REMOTE


def _dated_opening(doc: Doc, span: Span) -> bool:
    """A capital opening its line, cell or bracket with a date after its comma: "Taipei, 5
    October 2021", "Forum report | Taipei, 25 October 2023", "(Tokyo, Tue)", "**Tokyo, Nov. 12
    (Jiji Press)**": the place a report or a note is dated from. So is one set between commas
    after the event a short line or a slide's bullet names: "• Kishida–Biden summit,
    Washington, 13 January", "• Security Consultative Committee ("2+2"), Washington, 14 April":
    the event, where, when; no clause for a government to act in."""
    before, opened = _cell_before(doc, span.start, EVENT_WITHIN)
    # "Summary of the closed-door briefing — Tokyo, 12 March", "Next meeting: Tokyo, March 2025"
    # "4. Taipei, June 19 (Focus Taiwan)", "C) Taipei, June 10", "[5] Taipei, June 2": a digest
    # numbers or letters its items before their datelines
    numbered = _ITEM_NUMBER.match("".join(t.text for t in before)) is not None
    lined = opened in ("|", "\n") and (
        _only_marks(before) or numbered or before[-1].text in LINE_LEADS or _credit(before)
    )
    opens = lined or (bool(before) and before[-1].text == "(")
    end = _past_joined_places(doc, span.end)  # "Taipei / Kumamoto, July 12, 2025"
    after = doc[end : end + 3]
    return opens and len(after) == 3 and after[0].text == "," and _dated(after[1], after[2])


def _agency_dateline(doc: Doc, span: Span) -> bool:
    """'Xinhua News Agency Beijing February 17 telegram': a translated agency dateline sets the
    city and the month and day after the agency's name, with no comma between."""
    after = doc[span.end : span.end + 2]
    if len(after) < 2 or after[0].lower_.rstrip(".") not in MONTHS or not after[1].is_digit:
        return False
    return span.start == 0 or breaks_after(doc[span.start - 1]) or doc[span.start - 1].is_title


def _past_joined_places(doc: Doc, end: int) -> int:
    """Where a run of places joined to the one ending at `end` by "/", "&" or "and" ends: a
    bulletin dated from two cities ("Taipei / Kumamoto, July 12") dates each of them."""
    while end + 1 < len(doc) and doc[end].lower_ in JOINING:
        if not (doc[end + 1].is_alpha and doc[end + 1].text[:1].isupper()):
            break
        end += 2
    return end


def _dated_close(doc: Doc, span: Span) -> bool:
    """A capital closing a line of its own that opens on the date, as a statement's or a
    letter's head writes it: "20 March 2026, Tokyo", "March 20, 2026, Tokyo". The place it is
    dated from. So is one after an event's name and its date, as an event report heads itself:
    "TECRO New Year reception, Jan. 8, Tokyo". A blank line or the text's end follows: a line
    broken in mid-sentence ("20 March 2026, Tokyo / warned Beijing") goes on with its clause."""
    before, opened = _cell_before(doc, span.start, EVENT_WITHIN)
    if opened != "\n" or len(before) < 3 or before[-1].text != ",":
        return False
    if not LINE_OF_ITS_OWN.match(doc_text(doc), span.end_char):
        return False
    commas = [k for k, t in enumerate(before[:-1]) if t.text == ","]
    return any(_a_date([t for t in before[k + 1 : -1] if t.text != ","]) for k in [-1, *commas])


def _a_date(tokens: list[Token]) -> bool:
    """'20 March 2026', 'Jan. 8', 'Tue Nov. 7': a date and nothing else."""
    return (
        len(tokens) >= 2
        and _dated(tokens[0], tokens[1])
        and all(
            t.is_digit
            or t.lower_.rstrip(".") in MONTHS
            or t.lower_.rstrip(".") in WEEKDAYS | WEEKDAY_ABBREVIATIONS
            for t in tokens
        )
    )


LINE_LEADS = frozenset({",", "—", "–", ":"})
_ITEM_NUMBER = re.compile(r"^[(\[]?(?:\d{1,2}|[A-Za-z])[.)\]]$")
LINE_OF_ITS_OWN = re.compile(r"[ \t]*(?:\r?\n[ \t]*\r?\n|\s*\Z)")
DAY_RANGE = re.compile(r"^\d{1,2}[–-]\d{1,2}$")  # "Tokyo, 16–17 June 2025"
NUMERIC_DATE = re.compile(r"^\d{1,2}/\d{1,2}$")  # "Taipei, 8/20 — According to ..."


def _dated(first: Token, second: Token) -> bool:
    """'Wednesday', 'Tue', 'Nov. 12', '5 October', '16–17 June', '8/20': a day or a date opens
    here."""
    if NUMERIC_DATE.match(first.text):
        return True
    word = first.lower_.rstrip(".")
    if not first.whitespace_ and second.is_alpha:
        word = word + second.lower_  # the model splits "Wed" as "We" "d"
    if word in MONTHS or word in WEEKDAYS or word in WEEKDAY_ABBREVIATIONS:
        return True
    dayed = first.is_digit or DAY_RANGE.match(first.text) is not None
    return dayed and second.lower_.rstrip(".") in MONTHS


def _event_line(doc: Doc, span: Span) -> bool:
    """A capital after the comma of a line that names an event in title case, closing the line
    or before a dash: "Maritime Law Enforcement Roundtable (Track 2), Taipei", "US–Taiwan–Japan
    Scholars' Workshop, Taipei — Day 2 notes". A report's heading says where the event met; the
    line holds no clause for a government to act in."""
    before, opened = _cell_before(doc, span.start, EVENT_WITHIN)
    if opened != "\n" or len(before) < 2 or before[-1].text != ",":
        return False
    named = [t for t in before[:-1] if t.is_alpha]
    if not named or not all(t.text[:1].isupper() or t.lower_ in NAME_JOINS for t in named):
        return False
    if not any(t.lower_ in EVENTS for t in named):
        return False
    after, closed = _cell_after(doc, span.end)
    return (not after and closed == "\n") or (bool(after) and after[0].text in DASHES)


def breaks_after(token: Token) -> bool:
    return "\n" in token.text or "\n" in token.whitespace_


SECTION_LABEL_WORDS = 2  # "Brief", "World News": a section label's words after its bar


def _after_section_label(before: list[Token]) -> bool:
    """Does the capital follow a section label's bar and its last title-case words: "Travel |
    Brief TOKYO — The agency expects ..."? A page run into one text sets its items' labels so,
    and the capital in capitals after one is the item's dateline, as it is opening a line."""
    words = len(before) <= SECTION_LABEL_WORDS
    return words and all(t.is_title and t.is_alpha for t in before)


def _cell_before(doc: Doc, start: int, within: int = CELL_WITHIN) -> tuple[list[Token], str]:
    """The tokens of the capital's cell before it, in order, and what opens the cell: "|", "\n"
    (a line break or the text's start) or "" when `within` (at most EVENT_WITHIN) tokens pass
    first. Five readings ask it of each capital, so the longest cell is read once a capital,
    and a shorter reach is its last `within` tokens: none of them opened the cell."""
    cells = doc.user_data.setdefault("venue_cells_before", {})
    if start not in cells:
        cells[start] = _read_cell_before(doc, start, EVENT_WITHIN)
    cell, opened = cells[start]
    if len(cell) < within:
        return cell, opened
    return cell[len(cell) - within :], "\n" if start == within else ""


def _read_cell_before(doc: Doc, start: int, within: int) -> tuple[list[Token], str]:
    first = max(start - within, 0)
    stops, pipes = _cell_stops(doc)
    at = bisect_left(stops, start) - 1  # the last stop before the capital
    if at >= 0 and stops[at] >= first:
        return [doc[k] for k in range(stops[at] + 1, start)], "|" if stops[at] in pipes else "\n"
    return [doc[k] for k in range(first, start)], "\n" if first == 0 else ""


def _cell_after(doc: Doc, end: int) -> tuple[list[Token], str]:
    """The tokens of the capital's cell after it and what closes the cell, as _cell_before."""
    if end > 0 and breaks_after(doc[end - 1]):
        return [], "\n"
    last = min(end + CELL_WITHIN, len(doc))
    stops, pipes = _cell_stops(doc)
    at = bisect_left(stops, end)  # the first stop at or after the word after the capital
    if at < len(stops) and stops[at] < last:
        return [doc[k] for k in range(end, stops[at])], "|" if stops[at] in pipes else "\n"
    return [doc[k] for k in range(end, last)], "\n" if last == len(doc) else ""


def _cell_stops(doc: Doc) -> tuple[list[int], frozenset[int]]:
    """The indices of the tokens that end a cell, in order (a line break or a pipe), and those
    that are pipes: read once an article from its distinct words, not token by token around
    each capital, which built a Token for each of some 27,000 words read on the 400 wire
    stories. A newline is a token of its own, as spaCy's whitespace after a token is one space
    or none, so the token's text tells what breaks_after tells."""
    if "venue_cell_stops" not in doc.user_data:
        stops = np.flatnonzero(words_kept(doc, lambda word: "\n" in word or word in PIPES))
        pipes = np.flatnonzero(words_kept(doc, lambda word: word in PIPES))
        doc.user_data["venue_cell_stops"] = (stops.tolist(), frozenset(pipes.tolist()))
    found: tuple[list[int], frozenset[int]] = doc.user_data["venue_cell_stops"]
    return found


def _joined_names(tokens: list[Token], joiner_first: bool) -> bool:
    """The rest of a cell of names joined by "and", "/" or "&": "Taipei /" before the capital,
    "/ Tokyo" after it."""
    if not tokens or len(tokens) % 2:
        return False
    names = tokens[1::2] if joiner_first else tokens[::2]
    joiners = tokens[::2] if joiner_first else tokens[1::2]
    named = all(t.is_alpha and (t.is_title or t.is_upper) for t in names)
    return named and all(t.lower_ in JOINING for t in joiners)


def _credit(tokens: list[Token]) -> bool:
    """An outlet's name in brackets, all there is before the place: a roundup may credit each
    item before its dateline ("(Kyodo) Tokyo, June 3 --", "[Yonhap] Seoul, June 3 -")."""
    if len(tokens) < 3 or (tokens[0].text, tokens[-1].text) not in (("(", ")"), ("[", "]")):
        return False
    return all(t.text[:1].isupper() or t.text in NAME_MARKS for t in tokens[1:-1])


# What may stand between the words of an outlet's name: "Lock & Safe Japan", "Jiji Press".
NAME_MARKS = frozenset({"&", "-", "'", "’", "."})


def _only_marks(tokens: list[Token]) -> bool:
    """Nothing but list marks, emphasis or a flag: '**', '-', '🇹🇼' hold no word."""
    return all(not any(c.isalnum() for c in token.text) for token in tokens)
