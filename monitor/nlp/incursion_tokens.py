"""Tokens of one sentence for the incursion grammar, and the dates written among them.

A report's day is the day it covers: "from 6 a.m. on June 14 to 6 a.m. on June 15" is the
15th, "in the 24 hours to 6 a.m. Tuesday" is Tuesday. The day a ministry *said* something
("the ministry said Thursday"), a dateline ("TOKYO, Aug. 6 (Kyodo)") or a time converted to GMT
("(2200 GMT Sunday)") is the day of the telling, used only when the sentence gives no other.
"""

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from .english_words import slip_of
from .incursion_captions import AFTER_TENS, FILLERS
from .incursion_clocks import is_clock as is_clock  # read by the other incursion modules
from .incursion_clocks import opens_a_window
from .incursion_day_labels import labels_a_cell
from .incursion_day_ordinals import day_of_month, day_of_this_month, spoken_day
from .incursion_event_bounds import bounds_another_period
from .incursion_time_words import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from .incursion_told_days import names_an_event, opens_a_telling, told_day
from .incursion_utc_days import days_ahead_of_utc
from .incursion_words import CRAFT_NOUNS, DASHES, QUOTES, SMALL_NUMBERS, SPELLED, TENS

# Clock times (whole, so the colon of "10:42 a.m." ends no clause), numbers with thousands
# separators, words (with inner hyphens, apostrophes and dots, so "J-16s", "a.m" and "Taiwan's"
# stay whole), dashes, emphasis marks, then any other mark.
_TOKEN = re.compile(
    r"\d{1,2}[:.]\d\d(?=\s*[ap]\.?m\b)|\d{1,2}:\d\d(?![\d:])|\d{1,3}(?:,\d{3})+(?!\d)"
    r"|[^\W_]+(?:[-'’.][^\W_]+|(?<=\d)/\d+)*|--|\*\*+|__+|\S"
)
# Markdown's strong emphasis ("**four** CCG ships", "**Aircraft:** 9"): a mark of how the words
# look, never a word of the claim, dropped as quotation marks are. A lone "*" may be a bullet.
_EMPHASIS = re.compile(r"\*\*+|__+")
# The marks that ask for an emoji's picture ("✈️" is "✈" and U+FE0F) or join two into one:
# how a pictograph looks, no word; the pictograph itself stays, as a line's bullet.
_PRESENTATION_MARKS = {"\ufe0f", "\ufe0e", "\u200d"}
_EMPHASIS_STARTS = ("**", "__")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s$")
_POSSESSIVE_ENDS = ("'s", "’s")


@dataclass(frozen=True)
class Token:
    text: str  # as written, possessive removed
    low: str  # lower case, possessive removed
    start: int  # character offset in the sentence
    possessive: bool = False


def tokenize(sentence: str) -> list[Token]:
    """Word and punctuation tokens; quotation marks are dropped (they never change a count)."""
    return list(_tokens(sentence))


# Small words a slip of the keyboard doubles; "had had" and "that that" can be meant.
_SLIPS_DOUBLED = {"the", "a", "an", "of", "to", "in", "on", "and"}
# A footnote's mark ("one official ship.²") is no digit of a count, and glued to the word it
# follows it hides the word ("ship.²" is no craft noun); a space in its place keeps the offsets.
_FOOTNOTE_MARKS = str.maketrans(dict.fromkeys("¹²³⁴⁵⁶⁷⁸⁹⁰", " "))


@lru_cache(maxsize=4096)  # the rules read a sentence's tokens several times over
def _tokens(sentence: str) -> tuple[Token, ...]:
    tokens: list[Token] = []
    for match in _TOKEN.finditer(sentence.translate(_FOOTNOTE_MARKS)):
        text = match.group()
        # The patterns are asked only of the few words that start or end as they must.
        emphasis = text[:2] in _EMPHASIS_STARTS and _EMPHASIS.fullmatch(text)
        if text in QUOTES or text.lower() in FILLERS or emphasis:
            continue
        if text in _PRESENTATION_MARKS:
            continue
        possessive = text.endswith(_POSSESSIVE_ENDS) and bool(_POSSESSIVE.search(text))
        if possessive:
            text = text[:-2]
        low = text.lower()
        before = tokens[-1] if tokens else None
        if before and before.low == low and (low in _SLIPS_DOUBLED or low in SMALL_NUMBERS):
            continue  # "Nineteen of the the sorties", a speaker's "eighteen eighteen crossed"
        if before and before.low in TENS and low in AFTER_TENS and _spaced(sentence, before):
            # "thirty two aircraft", "march twenty first": one number, as with a hyphen
            low = f"{before.low}-{low}"
            tokens[-1] = Token(f"{before.text}-{text}", low, before.start, possessive)
            continue
        tokens.append(Token(text, _spelled(low), match.start(), possessive))
    return tuple(tokens)


def _spaced(sentence: str, before: Token) -> bool:
    """Whether only spaces follow the token before (no comma or dash between two numbers)."""
    end = before.start + len(before.text)
    return end < len(sentence) and sentence[end].isspace()


_SPELLED = frozenset(SPELLED)


@lru_cache(maxsize=1 << 16)  # a fuzzy search a word; news repeats its words
def _spelled(low: str) -> str:
    """The word of SPELLED that `low` misspells (english_words.slip_of), else `low`; only
    long words are compared."""
    if len(low) < 6 or low in CRAFT_NOUNS:
        return low
    return slip_of(low, _SPELLED) or low


@dataclass(frozen=True)
class WrittenDate:
    day: date
    first: int  # token indices it covers
    last: int
    told: bool  # the day of the telling or of leaving, not of the events


def written_dates(tokens: list[Token], published: date) -> list[WrittenDate]:
    """Dates in the tokens, read against the day of publication; none after the day after it:
    Taipei and Tokyo are ahead of UTC, and a report stamped 23:40 UTC on May 20 covers a window
    that ends at 6 a.m. on May 21, local time."""
    return list(_dates_of(tuple(tokens), published))


# A sentence's dates are read up to three times: by the undated-period and month-list filters
# and by the story itself; reading them is most of what tokens cost the incursion rules.
@lru_cache(maxsize=4096)
def _dates_of(tokens: tuple[Token, ...], published: date) -> tuple[WrittenDate, ...]:
    return tuple(_read_dates(list(tokens), published))


def _read_dates(tokens: list[Token], published: date) -> list[WrittenDate]:
    found = []
    in_gmt_aside = False
    covered = -1  # the last token of the date read last
    for index, token in enumerate(tokens):
        if index <= covered:
            continue
        if token.text == "(":
            in_gmt_aside = _aside_converts_time(tokens, index)
        elif token.text == ")":
            in_gmt_aside = False
        read = _date_at(tokens, index, published)
        if read is None or in_gmt_aside:
            continue
        day, last = read
        covered = last
        if opens_a_window(tokens, index, last):  # "since 6 a.m. Monday": Tuesday's report
            day += timedelta(days=1)
        day += timedelta(days=days_ahead_of_utc(tokens, index, last))  # "2200Z yesterday"
        if day <= published + timedelta(days=1) and not names_an_event(tokens, index, last):
            found.append(WrittenDate(day, index, last, told_day(tokens, index, last)))
    # "This morning the ministry said 30 aircraft had flown in on Monday": the opening day is
    # the telling's when the events told write a day of their own. A day that bounds a period
    # ("since Friday") or another event ("a surge that began on Sunday") is none of theirs,
    # and one that opens a clause of its own ("..., and on Friday it said") is its own telling.
    events = [
        d
        for d in found[1:]
        if not d.told
        and d.day != found[0].day
        and not bounds_another_period(tokens, d.first)
        and not _joins_a_clause(tokens, d.first)
    ]
    if events and opens_a_telling(tokens, found[0].first, found[0].last):
        found[0] = replace(found[0], told=True)
    return found


def sentence_day(dates: list[WrittenDate]) -> date | None:
    """The latest day of the events, else the latest day of the telling."""
    events = [d.day for d in dates if not d.told]
    return max(events or [d.day for d in dates], default=None)


DATELINE_REACH = 12  # a dateline's tokens: "KINMEN, Sept. 3, 2025 (Taipei Times) —" has 12


def clause_days(tokens: list[Token], dates: list[WrittenDate]) -> list[WrittenDate]:
    """The days of a sentence that opens with its day and joins clauses of other days ("On
    Sunday, four ships entered ..., the coast guard said, and on Wednesday a drone flew ..."),
    each where its clause opens: the opening day, then each opening a joined clause ("and on
    Wednesday", ", on Wednesday", "; on Wednesday"). None for any other sentence."""
    if len(dates) < 2:
        return []
    # The sentence opens after a dateline's dash: "TOKYO (Kyodo) -- On Monday, ...".
    dashes = [i for i, token in enumerate(tokens[:DATELINE_REACH]) if token.text in DASHES]
    first = dashes[-1] + 1 if dashes else 0
    # ... or after a colon that announces it: "The new year opened softer: on Sunday, ...".
    colons = [i for i, token in enumerate(tokens[: dates[0].first]) if token.text == ":"]
    first = max(first, colons[-1] + 1 if colons else 0)
    first += first < len(tokens) and tokens[first].low == "on"
    dates = [d for d in dates if d.first >= first]  # not the dateline's own date
    if not dates:
        return []
    joined = [d for d in dates[1:] if _joins_a_clause(tokens, d.first)]
    # "Four ships were in the zone on Monday, and on Sunday two of them entered ...": a
    # joined clause that opens with its day is of that day, whether or not the sentence
    # opened with one; the clauses before it keep the first day written.
    return (
        [dates[0], *joined]
        if joined and (dates[0].first == first or _opens(tokens, joined))
        else []
    )


_ASIDE_REACH = 5  # the words of an aside between "and," and "on Saturday": "a day earlier"


def _opens(tokens: list[Token], joined: list[WrittenDate]) -> bool:
    """Whether each joined day opens a clause ("and on Sunday"), not closes one (", on Sunday")."""
    return all(
        d.first > 1
        and tokens[d.first - 1].low == "on"
        and (tokens[d.first - 2].low != "," or _set_off_after_and(tokens, d.first - 1))
        for d in joined
    )


def _set_off_after_and(tokens: list[Token], on: int) -> bool:
    """Whether the "on" at `on` follows "and" with commas setting it off: "... on Sunday and,
    on Saturday, 23 aircraft", "and, a day earlier, on Saturday, 23 aircraft" open a clause;
    "which Taiwan claims and calls the Diaoyutai Islands, on Sunday" closes one, as no comma
    follows its "and"."""
    j = on - 1  # the comma before "on"; an aside may stand between it and the one after "and"
    if j > 0 and tokens[j - 1].low != "and":
        j -= 1
        while j > 0 and on - j <= _ASIDE_REACH and tokens[j].low != ",":
            j -= 1
    return j > 0 and tokens[j].low == "," and tokens[j - 1].low == "and"


def _joins_a_clause(tokens: list[Token], first: int) -> bool:
    before = [t.low for t in tokens[max(0, first - 2) : first]]
    if before[-1:] == ["on"]:
        before = [t.low for t in tokens[max(0, first - 3) : first - 1]]
    return bool(before) and before[-1] in ("and", ",", ";", "while", "then")


def date_tokens(dates: list[WrittenDate]) -> dict[int, date]:
    """The day each token written as a date gives, by token index."""
    return {index: d.day for d in dates for index in range(d.first, d.last + 1)}


def _aside_converts_time(tokens: list[Token], index: int) -> bool:
    # "(2200 GMT Monday)" converts the local time to GMT, and its day is not the report's; an
    # offset after it names the local zone itself ("(report to 06:00 UTC+8 today)"), whose day is.
    window = tokens[index : index + 8]
    return any(
        t.low in ("gmt", "utc") and not (k + 1 < len(window) and window[k + 1].text in ("+", "-"))
        for k, t in enumerate(window)
    )


_NUMERIC_DATE = re.compile(r"(\d{1,2})/(\d{1,2})")
_LABEL_END = re.compile(r":|[0-2]\d:[0-5]\d")  # a label's colon, a log entry's time "09:10"

_DAY_PARTS = ("morning", "afternoon", "evening")


# The words that may write a date or open one ("the ninth of June"); any other date starts
# with a digit. The dates are read at every token, and most are neither.
_DATE_WORDS = (
    set(WEEKDAYS) | set(WEEKDAY_ABBREVIATIONS) | set(MONTHS)
    | {"today", "tonight", "this", "yesterday", "the"}
)  # fmt: skip


def _date_at(tokens: list[Token], index: int, published: date) -> tuple[date, int] | None:
    low = tokens[index].low
    if low not in _DATE_WORDS and not (low[:1].isdigit() or tokens[index].text[:1].isdigit()):
        return None
    weekday = WEEKDAYS.get(low, WEEKDAY_ABBREVIATIONS.get(low))
    if weekday is not None and index + 1 < len(tokens):  # "Wed 12/24", "Sat 27/12"
        # "- Wed. 3/18: 2 CCG ships": the abbreviation's full stop before the digits
        after = index + 1 + (tokens[index + 1].text == "." and index + 2 < len(tokens))
        # "Mon (6/8)": the digits in brackets after the weekday, the bracket closed after them
        bracketed = tokens[after].text == "(" and after + 2 < len(tokens)
        at = after + (bracketed and tokens[after + 2].text == ")")
        numeric = _numeric_date(tokens[at].text, weekday, published)
        if numeric is not None:
            return numeric, at + (at > after)
    # "also reported one balloon on 9/26", a line's label "7/14: 19 aircraft", a log's entry
    # stamped with its date and clock time ("22/04 09:10  MND report: 6 ..."): no weekday beside
    labels = index == 0 and bool(_LABEL_END.fullmatch(_low_at(tokens, index + 1)))
    if (labels or index and tokens[index - 1].low == "on") and (
        recent := _recent_date(low, published)
    ):
        return recent, index
    if low in WEEKDAYS:
        # "Monday, June 2", "on Monday (Dec. 22)": the date written beside a weekday is its day;
        # the weekday alone is read as the last one on or before publication.
        beside = index + 1 + (index + 1 < len(tokens) and tokens[index + 1].text in (",", "("))
        written = _date_at(tokens, beside, published) if beside < len(tokens) else None
        if written is not None and tokens[beside].low not in WEEKDAYS:
            bracketed = tokens[index + 1].text == "(" and written[1] + 1 < len(tokens)
            return written[0], written[1] + (bracketed and tokens[written[1] + 1].text == ")")
        back = (published.weekday() - WEEKDAYS[low]) % 7
        # "last Wednesday" in a Wednesday's story is the Wednesday a week before, never today
        last = index > 0 and tokens[index - 1].low == "last"
        return published - timedelta(days=back or 7 * last), index
    # "Tue 10 Mar: aircraft 22": the date after the label is the cell's day
    if labels_a_cell(tokens, index) and _date_at(tokens, index + 1, published) is None:
        return published - timedelta(
            days=(published.weekday() - WEEKDAY_ABBREVIATIONS[low]) % 7
        ), index
    if low in ("today", "tonight"):
        return published, index
    before, then = [t.low for t in tokens[max(index - 2, 0) : index]], _low_at(tokens, index + 1)
    if (this_month := day_of_this_month(before, low, then, published)) is not None:
        return this_month, index + (then in ("too", "also"))  # "On the 31st too, 4 ships"
    # "this morning's release had 10 aircraft": the part of the story's own day it was issued.
    if low == "this" and index + 1 < len(tokens) and tokens[index + 1].low in _DAY_PARTS:
        return published, index + 1
    if low == "yesterday":
        return published - timedelta(days=1), index
    if low in MONTHS:  # "Nov. 20", "June 15, 2025"
        after = index + 1 + (index + 1 < len(tokens) and tokens[index + 1].text == ".")
        day = _day_number(tokens, after)
        if day is not None:
            return _calendar(tokens, published, MONTHS[low], day, after)
        # "June the ninth"; the verb "may" is no month ("it may first ...")
        spoken = spoken_day([t.low for t in tokens[index + 1 : index + 3]], 0)
        if spoken is not None and tokens[index].text != "may":
            return _calendar(tokens, published, MONTHS[low], spoken[0], index + 1 + spoken[1])
    day = _day_number(tokens, index)  # "15 June"
    if day is not None and index + 1 < len(tokens) and tokens[index + 1].low in MONTHS:
        return _calendar(tokens, published, MONTHS[tokens[index + 1].low], day, index + 1)
    # "the ninth of June", "the 9th of June": the day spoken before its month
    lows = [t.low for t in tokens[index : index + 5]]
    if lows[0] == "the" and (spoken := spoken_day(lows, 0)) and lows[2:3] == ["of"]:
        month = MONTHS.get(_low_at(tokens, index + 3))
        return _calendar(tokens, published, month, spoken[0], index + 3) if month else None
    return None


def _numeric_date(text: str, weekday: int, published: date) -> date | None:
    """A date written in digits beside its weekday ("Wed 12/24"): month first or day first,
    whichever reading falls on that weekday, in the year that puts it on or before the day
    after publication. When both fall on it ("Sun 8/3": Aug. 3, 2025 and Mar. 8, 2026), the
    nearer the story is: a tracker lists recent days."""
    found = _NUMERIC_DATE.fullmatch(text)
    if found is None:
        return None
    first, second = int(found.group(1)), int(found.group(2))
    readings: list[date] = []
    for month, day in ((first, second), (second, first)):
        year = published.year - ((month, day) > (published.month, published.day + 1))
        try:
            written = date(year, month, day)
        except ValueError:
            continue
        if written.weekday() == weekday:
            readings.append(written)
    return max(readings, default=None)


def _recent_date(text: str, published: date) -> date | None:
    """A date in digits with no weekday beside it ("on 9/26"): month first or day first, the
    reading within the month before publication (a note recalls the days it covers); none if
    both readings or neither fall there, as "on 3/4 of the days" does not."""
    found = _NUMERIC_DATE.fullmatch(text)
    if found is None:
        return None
    first, second = int(found.group(1)), int(found.group(2))
    readings = set()
    for month, day in ((first, second), (second, first)):
        for year in (published.year, published.year - 1):
            try:
                written = date(year, month, day)
            except ValueError:
                continue
            if timedelta(0) <= published - written <= timedelta(days=31):
                readings.add(written)
    return readings.pop() if len(readings) == 1 else None


def _low_at(tokens: list[Token], index: int) -> str:
    return tokens[index].low if index < len(tokens) else ""


def _day_number(tokens: list[Token], index: int) -> int | None:
    return day_of_month(tokens[index].text) if index < len(tokens) else None


def _calendar(
    tokens: list[Token], published: date, month: int, day: int, last: int
) -> tuple[date, int] | None:
    year = published.year
    # "June 15, 2025", and "4 August 2022" as British copy and papers write it, with no comma
    at = last + 1 + (last + 1 < len(tokens) and tokens[last + 1].text == ",")
    if at < len(tokens) and re.fullmatch(r"(?:19|20)\d\d", tokens[at].text):
        year, last = int(tokens[at].text), at
    elif (month, day) > (published.month, published.day + 1):
        year -= 1  # "Dec. 30" read in January; "the busiest day came on April 1" in January
    try:
        return date(year, month, day), last
    except ValueError:
        return None
