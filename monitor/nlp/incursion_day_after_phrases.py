"""The phrase "a day after <event>," that opens a sentence or its clause: where it ends, so that
what it tells of its event ("A day after Beijing ended its three-day drills, ...") is no scope
of the count after it, and a day written past it ("..., a day after 12 aircraft flew in on
Saturday") is known for the recalled count's own or the main clause's."""

from bisect import bisect_left

from . import incursion_time_words as tw
from . import incursion_words as w
from .incursion_phrases import craft_of, match, number_at
from .incursion_tokens import Token

_OPENERS = {":", ",", "—", "--", "-"}
_PHRASE_REACH = 30  # words from a recalled count to the comma that closes its opening phrase
_APPOSITION_REACH = 12  # ", eight H-6K bombers and four J-16 fighters,"
_VERBS = w.BARE_FOLLOWERS | w.REPORT_VERBS | w.DETECTIONS


def fronted_event_ends(words: list[Token], day_before: list[int], first: int) -> int:
    """Where a phrase "a day after <event>," that opens the sentence or its clause ends, if one
    does before the count at `first` ("A day after Beijing ended its drills, the ministry said
    it tracked 26 aircraft"): it dates the statement after the event, so the count is of the
    report's day, and what the phrase says of the event is no scope of the count. "came a day
    after the ministry reported 45 aircraft" recalls the count instead, and "The previous day,
    the ministry had reported 45 aircraft" dates it; 0 when there is no such phrase."""
    for at in reversed(day_before):
        if at >= first:
            continue
        opens = at == 0 or words[at - 1].low in _OPENERS
        if not opens or match(words, at, tw.DAY_EARLIER):
            return 0
        comma = next((j for j in range(at, first) if words[j].low == ","), None)
        return 0 if comma is None else comma + 1
    return 0


def opening_phrase_end(words: list[Token], day_before: list[int], first: int) -> int:
    """The comma after the count at `first` that closes a phrase "a day after ..." opening
    the sentence or its clause before that count; the sentence's length if there is none. The
    commas around the count's breakdown ("a day after 12 aircraft, eight H-6K bombers and four
    J-16 fighters, flew in on Saturday") close no phrase: the count's verb and day follow."""
    before = bisect_left(day_before, first)
    opening = day_before[before - 1] if before else None
    if opening is None or (opening and words[opening - 1].low not in _OPENERS):
        return len(words)
    # The phrase closes within a few words of its count: a comma farther on closes another
    # clause, and scanning the rest of a long sentence for each count would be quadratic.
    j = first
    while j < min(len(words), first + _PHRASE_REACH):
        if words[j].low == ",":
            if (closing := _apposition_closes(words, j)) is None:
                return j
            j = closing
        j += 1
    return len(words)


def _apposition_closes(words: list[Token], comma: int) -> int | None:
    """The comma closing a breakdown set off after the comma at `comma` (", eight H-6K bombers
    and four J-16 fighters,"): counts of craft with no verb, closed by a comma; None if what
    follows is no such list."""
    if number_at(words, comma + 1) is None:
        return None
    for j in range(comma + 1, min(len(words), comma + 1 + _APPOSITION_REACH)):
        if words[j].low == ",":
            listed = any(craft_of(token) for token in words[comma + 1 : j])
            return j if listed else None
        if words[j].low in _VERBS or words[j].low in (";", ":", "."):
            return None
    return None
