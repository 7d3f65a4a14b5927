"""Cables, telexes and memos write whole lines in capitals: a subject line ("SUBJECT: AMBASSADOR
GLASS CALLS ON FOREIGN MINISTER MOTEGI"), a headline, a signature ("GREENE"). The model finds
names by their capitals, so in such a line every word looks like a name, or none does, and the
knowledge base matches most names only as copy writes them. A line written in capitals, in a
text that writes lower case elsewhere, is read as a headline writes it: the knowledge base's
names in their own case ("Taipei", "AIT", "Raymond Greene"), English words in lower case, every
other word with a capital ("Subject: ambassador Glass calls on ...").

Only the case of letters changes, so every offset read in the recased copy is the written
text's, and the surfaces stored are the written text's slices (analyze.py). A line that is
only a place ("TOKYO", a dateline on its own line) is left as written: the linker reads a
dateline in capitals as one.
"""

from __future__ import annotations

import calendar
import re

from .caption_case import WORD, CaptionNames, cached_caption_names, known_name
from .kb import KnowledgeBase

SERIAL_DIGITS = 5  # a cable's serial number: "000731"; no year or count on such a line is as long
# An unknown word this short that is no English word is initials or a code ("SBU", "PREL",
# "VTC"), written in capitals whatever the line; a name this short is most often known ("LAI").
MAX_CODE_LETTERS = 4
CALENDAR_WORDS = frozenset(
    word.lower()
    for names in (calendar.month_name, calendar.month_abbr, calendar.day_name, calendar.day_abbr)
    for word in names
    if word
)
# By knowledge-base digest, built on the first such line: its people's family names.
_FAMILIES: dict[str, frozenset[str]] = {}


# A cable's header field: "SUBJECT: ...", "TAGS: PREL, MARR". Only a cable's lines in capitals
# are recased: a wire bulletin's ("*TAIWAN: DEPLOYED CAP AIRCRAFT, NAVY VESSELS") and a report's
# running heads ("SQUEEZING THE STRAIT") name bodies and places by their capitals, which the
# linker reads as written.
CABLE_FIELD = re.compile(r"^[ \t]*(?:SUBJECT|SUBJ|TAGS)[ \t]*:", re.M)


def read_capital_lines(text: str, kb: KnowledgeBase) -> str:
    """`text` with its lines written in capitals recased as a headline writes them, or `text`
    itself when it has none or writes nothing in lower case (a wire in capitals throughout is
    read as written)."""
    if not _has_lower_case(text) or not CABLE_FIELD.search(text):
        return text
    lines = text.splitlines(keepends=True)
    if not any(_in_capitals(line) for line in lines):
        return text
    names, families = _names(kb)
    recased = "".join(
        _recased(line, names, families) if _in_capitals(line) else line for line in lines
    )
    return recased if len(recased) == len(text) else text


def _in_capitals(line: str) -> bool:
    """A line with a word of two letters or more and no letter in lower case."""
    return not _has_lower_case(line) and any(len(w) > 1 and w.isalpha() for w in WORD.findall(line))


def _has_lower_case(text: str) -> bool:
    return any(char.islower() for char in text)


def _names(kb: KnowledgeBase) -> tuple[CaptionNames, frozenset[str]]:
    if kb.digest not in _FAMILIES:
        _FAMILIES[kb.digest] = frozenset(name.lower() for name in kb.family_names)
    return cached_caption_names(kb), _FAMILIES[kb.digest]


def _recased(line: str, names: CaptionNames, families: frozenset[str]) -> str:
    words = list(WORD.finditer(line))
    if _only_places(words, names, families):
        return line
    if _routes_a_cable(words):
        return _routing_cased(line, words, names)
    chars = list(line)
    index = 0
    while index < len(words):
        word = words[index]
        possessive = line[word.start() - 1 : word.start()] in ("'", "’")
        cased = (
            word.group().lower()
            if possessive
            else _word_cased(word.group(), index == 0, names, families)
        )
        taken = known_name(words, index, names) or (cased,)
        for match, cased in zip(words[index : index + len(taken)], taken, strict=True):
            if len(cased) == len(match.group()):  # a few letters change length in case
                chars[match.start() : match.end()] = cased
        index += len(taken)
    return "".join(chars)


def _only_places(words: list[re.Match[str]], names: CaptionNames, families: frozenset[str]) -> bool:
    """A dateline on its own line ("TOKYO") keeps its capitals, which is how the linker knows
    a dateline; a signature's family name is no place."""
    letters = [m.group() for m in words if m.group().isalpha()]
    return len(letters) <= 2 and all(
        (word.lower(),) in names.names and word.lower() not in families for word in letters
    )


def _routes_a_cable(words: list[re.Match[str]]) -> bool:
    """A cable's routing line ends with its serial number: "UNCLAS AIT TAIPEI 000731"."""
    return bool(words) and len(words[-1].group()) >= SERIAL_DIGITS and words[-1].group().isdigit()


def _routing_cased(line: str, words: list[re.Match[str]], names: CaptionNames) -> str:
    """A routing line's classification ("UNCLAS", "C O N F I D E N T I A L") and office words
    ("AMEMBASSY") in lower case, so that the model joins none of them to the post; the post's
    names as written ("AIT TAIPEI"): the post is where the cable is filed from, as a dateline in
    capitals is."""
    chars = list(line)
    index = 0
    while index < len(words):
        taken = known_name(words, index, names)
        if taken is None:
            word = words[index]
            lower = word.group().lower()
            if len(lower) == len(word.group()):
                chars[word.start() : word.end()] = lower
        index += len(taken or (None,))
    return "".join(chars)


def _word_cased(word: str, first: bool, names: CaptionNames, families: frozenset[str]) -> str:
    """A word as a sentence writes it, each part of a hyphened one on its own
    ("PHILIPPINES-JAPAN" is "Philippines-Japan", "WHOLE-OF-SOCIETY" is "whole-of-society")."""
    parts = word.split("-")
    return "-".join(
        _part_cased(part, first and at == 0, names, families) for at, part in enumerate(parts)
    )


def _part_cased(word: str, first: bool, names: CaptionNames, families: frozenset[str]) -> str:
    """Figures and letters alone as written ("000731", "G7", "B"), initials with stops too
    ("U.S"); a name of the knowledge base in its own case; its initials ("MND") and short words
    that are no English word ("SBU", "PREL") in capitals; months and days with a capital; an
    English word in lower case away from the line's start, so that a headline's verbs and nouns
    ("TURNS ECONOMIC SCREWS") join no name; the rest, family names among them ("GLASS"), with
    a capital."""
    lower = word.lower()
    if len(word) <= 1 or "." in word or any(c.isdigit() for c in word):
        return word
    if (lower,) in names.names:
        return names.names[(lower,)][0]
    if lower in CALENDAR_WORDS:
        return word[:1] + lower[1:]
    if lower in names.initials or (len(word) <= MAX_CODE_LETTERS and lower not in names.common):
        return word
    if not first and lower in names.common and lower not in families:
        return lower
    return word[:1] + lower[1:]
