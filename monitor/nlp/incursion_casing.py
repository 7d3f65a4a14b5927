"""Posts and threads write a report's words in lower case: "mnd numbers for today r out. 14 pla
aircraft, 8 plan ships ... into the central & northern adiz". The readers know those words by
their written case (initials in capitals, names with a capital: it is what tells "PLA" from a
word), so a text is read with them restored. Each word keeps its length, so every offset read
in the restored text is the written text's.

Radio scripts, wire flashes and telex copy do the opposite and write every word in capitals
("SPOTTED 18 CHINESE MILITARY AIRCRAFT AND SIX NAVY SHIPS"), where the capitals tell nothing:
every word looks like a name. Such a text is read as the lower-case one is, its months and
weekdays with their capital, which is what dates a word."""

import re

from .incursion_designators import is_count
from .incursion_time_words import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from .incursion_words import CRAFT_NOUNS

# Initials and names that are no English word in lower case, so restoring them needs no context.
_CASED = {
    word.lower(): word
    for word in ("PLA", "PLAAF", "MND", "ADIZ", "CCG", "PRC", "JCG", "China", "Chinese", "Taiwan")
    + ("Senkaku", "Senkakus", "Kinmen", "People's Liberation Army")  # a caption's lower case
}
_ALTERNATIVES = "|".join(_CASED)
_LOWER_WORD = re.compile(rf"\b(?:{_ALTERNATIVES}|plan)\b")
# "plan" is the English word ("the plan", "plan to") unless its craft follow ("8 plan ships") or
# a count comes before it at the end of a clause ("9 plan, 2 balloons").
_NEXT_WORD = re.compile(r"\s*([^\W_]+|[^\w\s]|$)")
_LAST_WORD = re.compile(r"([^\W_]+)\s*$")
_SHIPS = {noun for noun, craft in CRAFT_NOUNS.items() if craft == "ships"} | {"navy"}
_WORD_BEFORE_REACH = 24  # characters: the word just before is all "plan" is read by
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_DAY_WORDS = {*MONTHS, *WEEKDAYS, *WEEKDAY_ABBREVIATIONS}
# A text in capitals: a word of lower case among 20 capitals is a slip ("J-16s"); fewer
# letters than a line's worth may be a heading of initials ("PLA ADIZ").
_SHOUTED_LETTERS = 20
_SLIPS_PER_CAPITAL = 20


def with_report_words_cased(text: str) -> str:
    """The text with the report words it writes in lower case, or with all its words in
    capitals, in their usual case."""
    text = _unshouted(text)
    if not _LOWER_WORD.search(text):
        return text
    return _LOWER_WORD.sub(lambda match: _cased(text, match), text)


def _cased(text: str, match: re.Match[str]) -> str:
    word = match.group()
    if word != "plan":
        return _CASED[word]
    after = _NEXT_WORD.match(text, match.end())
    following = after.group(1).lower() if after else ""
    before = _LAST_WORD.search(text, max(0, match.start() - _WORD_BEFORE_REACH), match.start())
    counted = before is not None and is_count(before.group(1).lower())
    ends_clause = following == "" or not following[0].isalnum()
    return "PLAN" if following in _SHIPS or (counted and ends_clause) else word


def _unshouted(text: str) -> str:
    """A text written in capitals in lower case but for its months and weekdays ("TUES 27
    FEB" as "Tues 27 Feb"); any other text as it is, but for its lines written in capitals:
    a newswire's flashes stacked over a story or listed in a digest ("0135 GMT *TAIWAN SAYS 12
    CHINESE MILITARY AIRCRAFT ...") under a headline and over a credit in lower case. ASCII
    letters only, so that every word keeps its length."""
    capitals = sum(map(str.isupper, text))
    if _shouted(text, capitals):
        return _ASCII_WORD.sub(_unshouted_word, text)
    if capitals < _SHOUTED_LETTERS:
        return text  # no line of it has the capitals to be shouted, as most sentences have not
    lines = text.splitlines(keepends=True)
    return "".join(
        _ASCII_WORD.sub(_unshouted_word, line) if _shouted(line) else line for line in lines
    )


def _shouted(text: str, capitals: int | None = None) -> bool:
    # map over the str methods, not a generator a character: every sentence is asked, and the
    # article's text once as a whole, so this was most of the casing's time
    capitals = sum(map(str.isupper, text)) if capitals is None else capitals
    if capitals < _SHOUTED_LETTERS:
        return False  # most sentences have too few capitals to be shouted: no lower case read
    return sum(map(str.islower, text)) * _SLIPS_PER_CAPITAL <= capitals


def _unshouted_word(match: re.Match[str]) -> str:
    word = match.group().lower()
    return word.capitalize() if word in _DAY_WORDS else word
