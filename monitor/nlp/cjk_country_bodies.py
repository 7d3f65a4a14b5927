"""A country's body written as Chinese copy writes any country's: the country's Chinese name or
its one-character abbreviation, then the word for the body ("澳大利亚国防部", "澳海军"). The
knowledge base spells a few such names (美國國防部, 澳洲海軍, 韓國國防部); read by its spellings
alone, "澳大利亚国防部" would be the country and a bare 国防部 whose country the article decides,
and "澳海军" a bare 海军, which mainland copy means as the PLA Navy.

The words for bodies are learned from the base's own Chinese names: a body's name that opens
with one of its country's names leaves the body's word ("美國國防部" leaves 國防部, said of a
Department of Defense). A body of another country whose English generic names share one with
that word's (Australia's Department of Defence is also "Department of Defense") is written with
the word after each of its country's names, unless the country is one of the four the base
spells in full (FOLLOWED). A form two bodies would take, or one the base has already, is left as
it is. Such a form is no name where its word and a 長 after it are a title ("澳大利亚国防部长马尔斯"
is the country and its minister, as the sets label it) or where another one-character country
comes before its abbreviation ("日菲海警": two countries' coast guards), see body_gives_way; nor
is a ministry the base spells so itself, before the 長 of its minister ("美国国防部长赫格塞思" is
the country and its secretary: 13 of 14 such labels in the sets), but for Taiwan's: Chinese
copy names the island's ministries whole, its country's name and all ("台湾国防部长顾立雄": 11
of 12 label 台湾国防部), as it calls no other side's so (`spelled_country_bodies`).
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_entity_words import COUNTRY_ABBREVIATIONS
from .cjk_script import CJK, fold
from .kb import KnowledgeBase

# One-character countries before a body's word ("澳海军", "英國防部"): Chinese copy's Australia,
# 澳, which Japanese writes 豪 (not in COUNTRY_ABBREVIATIONS, whose characters open any word:
# 港澳 is Hong Kong and Macau), and those of COUNTRY_ABBREVIATIONS that end no common word
# before one: not 中 ("其中海軍"), 日 ("今日海軍"), 美 ("完美"), 台 ("平台"), 比 or 印.
ABBREVIATIONS = {
    "澳": "australia",
    **{
        char: country
        for char, country in COUNTRY_ABBREVIATIONS.items()
        if char not in "中日美台臺比印"
    },
}
# The four countries the sets follow: the base spells their bodies in every script already, and
# their names open other words before a body's ("日本海军演" is war games in the Sea of Japan,
# "日本海警戒" a patrol there).
FOLLOWED = frozenset({"china", "taiwan", "japan", "united-states"})
MIN_BODY_WORD_CHARS = 2  # "海軍", "國防部": a single character is a word part
MINISTRY_WORD = fold("部")  # whose head's title is 部長
OWN_NAMED = "taiwan"  # whose ministries Chinese copy names whole before 長


def country_body_forms(kb: KnowledgeBase, known: dict[str, str]) -> dict[str, str]:
    """Folded form -> body id of each body written with each name of its country and a body
    word learned from the base, when only that body takes the form and `known` lacks it."""
    names = _country_names(kb)
    words = _body_words(kb, names)
    openings = {country: set(full) for country, full in names.items()}
    for abbreviation, country in ABBREVIATIONS.items():
        openings.setdefault(country, set()).add(fold(abbreviation))
    taken: dict[str, set[str]] = {}
    for entry in kb.entities.values():
        if entry.type != "ORG" or entry.country not in openings:
            continue
        if entry.country not in FOLLOWED:
            generics = {g.casefold() for g in entry.generic}
            alike = [word for word, said_of in words.items() if generics & said_of]
        elif not any(CJK.search(text) for text in (entry.name, *entry.aliases)):
            # A followed country's body the base writes in no CJK script (the US Commerce
            # Department) is written as a like body of another country is, after the country's
            # name (中國商務部 -> 美國商務部); read by spellings alone, 美國商務部 would be the
            # country and China's MOFCOM. Like: the same field, whatever the English word for the
            # body ("Department of Commerce" is China's "Ministry of Commerce"). Only a department
            # or ministry: 日本國會議員 is Japan and its lawmakers, as the sets label it.
            fields = {_field(g) for g in entry.generic if _BODY_KIND.search(g.casefold())}
            alike = [word for word, said_of in words.items() if fields & set(map(_field, said_of))]
        else:
            continue
        for word in alike:
            for opening in openings[entry.country]:
                taken.setdefault(opening + word, set()).add(entry.id)
    return {
        form: next(iter(ids)) for form, ids in taken.items() if len(ids) == 1 and form not in known
    }


def spelled_country_bodies(kb: KnowledgeBase) -> frozenset[str]:
    """The folded CJK names the base gives a ministry that open with one of its country's names
    and go on with a ministry's word of two characters or more ("美國國防部", "中國外交部"), but
    for Taiwan's (module docstring)."""
    names = _country_names(kb)
    return frozenset(
        folded
        for entry in kb.entities.values()
        if entry.type == "ORG" and entry.country in names and entry.country != OWN_NAMED
        for folded in map(fold, entry.aliases)
        if _all_han(folded)
        and folded.endswith(MINISTRY_WORD)
        and any(
            folded.startswith(name) and len(folded) - len(name) >= MIN_BODY_WORD_CHARS
            for name in names[entry.country]
        )
    )


def _country_names(kb: KnowledgeBase) -> dict[str, set[str]]:
    """Each country's Chinese names, folded ("澳大利亚", "澳洲")."""
    return {
        entry.id: {fold(text) for text in (entry.name, *entry.aliases) if _all_han(text)}
        for entry in kb.entities.values()
        if entry.kind == "country"
    }


def _body_words(kb: KnowledgeBase, names: dict[str, set[str]]) -> dict[str, set[str]]:
    """Folded body word -> the English generic names of the bodies the base writes with it
    after their country's longest name ("美國國防部" -> 國防部, {"department of defense", ...})."""
    words: dict[str, set[str]] = {}
    for entry in kb.entities.values():
        if entry.type != "ORG" or not entry.generic or entry.country not in names:
            continue
        for text in (entry.name, *entry.aliases):
            folded = fold(text)
            opening = max(
                (n for n in names[entry.country] if folded.startswith(n)), key=len, default=""
            )
            word = folded[len(opening) :]
            if opening and len(word) >= MIN_BODY_WORD_CHARS and _all_han(word):
                words.setdefault(word, set()).update(g.casefold() for g in entry.generic)
    return words


# The word English gives a ministry's or department's kind, before or after its field.
_BODY_KIND = re.compile(r"^(?:the )?(?:department|ministry) of (?:the )?| (?:department|ministry)$")


def _field(generic: str) -> str:
    """What a body's English generic name says it deals with ("Commerce Department" and "Ministry
    of Commerce": commerce), casefolded."""
    return _BODY_KIND.sub("", generic.casefold())


def _all_han(text: str) -> bool:
    return bool(text) and all(CJK.match(c) and not "\u3040" <= c <= "\u30ff" for c in text)


def body_gives_way(folded: str, start: int, end: int, bodies: frozenset[str]) -> bool:
    """Whether the country's body at [start, end), one of `bodies` (country_body_forms' and
    spelled_country_bodies'), is no name here: its word heads a title (長 after it) or another
    country's abbreviation comes before its own (module docstring)."""
    if folded[start:end] not in bodies:
        return False
    abbreviations = _folded_abbreviations()
    joined = folded[start] in abbreviations and folded[start - 1 : start] in abbreviations
    return joined or folded.startswith(fold("長"), end)


@cache
def _folded_abbreviations() -> frozenset[str]:
    return frozenset(fold(char) for char in (*COUNTRY_ABBREVIATIONS, *ABBREVIATIONS))
