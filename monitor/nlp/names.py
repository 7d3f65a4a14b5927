"""Name normalisation: the many ways outlets write one name, folded to one lookup key.

"Defence Minister Kishi Nobuo's" and "defense minister nobuo kishi" fold to keys that the knowledge
base recognises; the variants generated here also become the EntityRuler's patterns.
"""

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

# Leading words that say who someone is, not who they are. Longest first so that "Prime
# Minister" is removed whole rather than leaving "Minister".
TITLES = sorted(
    """
    prime minister|deputy prime minister|defence minister|defense minister|foreign minister|
    minister of defence|minister of defense|minister of foreign affairs|chief cabinet secretary|
    economy minister|trade minister|interior minister|minister|vice president|president|
    premier|vice premier|former president|former prime minister|former premier|former|
    secretary of state|defense secretary|defence secretary|secretary|us secretary|
    chairman|chairwoman|chairperson|chair|party chair|leader|ambassador|envoy|representative|
    spokesman|spokeswoman|spokesperson|lawmaker|legislator|senator|governor|mayor|magistrate|
    chief|defense chief|defence chief|army chief|navy chief|military chief|
    general|gen|admiral|adm|lieutenant general|lt gen|colonel|col|captain|capt|
    mr|mrs|ms|dr|professor|prof|speaker|deputy|acting|then|incumbent|emperor|empress|
    candidate|candidates|presidential candidate|nominee
    """.replace("\n", "").split("|"),
    key=len,
    reverse=True,
)
TITLE_WORDS = [t.strip() for t in TITLES if t.strip()]
# Titles as notes and briefs abbreviate them before a family name ("FM Motegi + DM Koizumi",
# "SecState Rubio", "SFA Lazaro + SND Teodoro"): read only before a word that is a family name
# of the knowledge base, never stripped from the front of names as TITLES are.
TITLE_ABBREVIATIONS = frozenset(
    {"fm", "dm", "pm", "secstate", "secdef", "sec", "sen", "rep", "amb", "sfa", "snd"}
)

# British spellings and their American twins, word by word; and the one-word spelling of a
# two-word name that wire copy uses as often ("coastguard", the Guardian's and the BBC's); and
# the abbreviation Japanese wires write after a prefecture's name; and the two romanisations of
# the Japanese word for island.
SPELLINGS = {
    "defence": "defense",
    "centre": "center",
    "harbour": "harbor",
    "organisation": "organization",
    "programme": "program",
    "grey": "gray",
    "labour": "labor",
    "honour": "honor",
    "neighbour": "neighbor",
    "modernisation": "modernization",
    "militarisation": "militarization",
    "normalisation": "normalization",
    "coastguard": "coast guard",
    "coastguards": "coast guards",
    "pref": "prefecture",  # Kyodo's "Okinawa Pref."
    # 島 "island" is romanised "-jima" or "-shima" after a name (Uotsuri-jima, Uotsuri-shima).
    "shima": "jima",
}
SPELLINGS_BACK = {american: british for british, american in SPELLINGS.items()}
# British and Australian copy splits a compass point with a hyphen where American closes it
# up: "North-east Asia", "South-east Asia" are Northeast and Southeast Asia.
_COMPASS = re.compile(r"\b(north|south)[- ]?(east|west)\b", re.IGNORECASE)

_DASHES = re.compile(r"[\u2010-\u2015\u2212\-_/]")
_POSSESSIVE = re.compile(r"(?:['\u2019]s\b|(?<=s)['\u2019](?=\s|$))")
_NOT_WORD = re.compile(r"[^\w+ ]")
_SPACES = re.compile(r"\s+")
_LETTERS = re.compile(r"[^\W\d_]+")


# Linking folds the same few thousand names article after article; bounded for a long service.
@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case, width, accents, dashes, dots, possessives and 'the' folded away; spelling American."""
    text = unicodedata.normalize("NFKC", text).strip()
    text = _POSSESSIVE.sub("", text)
    text = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).casefold()
    text = _DASHES.sub(" ", text)
    text = _NOT_WORD.sub("", text)
    text = _COMPASS.sub(r"\1\2", text)
    words = [SPELLINGS.get(word, word) for word in _SPACES.split(text) if word]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


# What fold keeps of an ASCII text, lowered, is letters, digits and "+": `may_hold` deletes the
# rest of ASCII.
_NOT_KEPT = str.maketrans(
    "", "", "".join(c for c in map(chr, range(128)) if not (c.isalnum() or c == "+"))
)
_RESPELT = frozenset(word for respelt in SPELLINGS.values() for word in respelt.split())


def may_hold(text: str, words: frozenset[str]) -> bool:
    """Whether one of `words` (single words, as fold writes them) may be a word of
    `fold(text)`: False only where none can be, for a fraction of what the fold costs. Of an
    ASCII text, fold deletes possessives and marks, lowers the case, spaces dashes, joins
    compass points and respells some words; each word it writes and does not respell is the
    text's letters, lowered, with at most marks deleted between them, so deleting every
    mark, dash and space instead leaves them side by side."""
    if not text.isascii():
        return True
    search = _search_for(words)
    if search is None:
        return True
    if "'" in text:
        text = _POSSESSIVE.sub("", text)
    return search(text.lower().translate(_NOT_KEPT)) is not None


@lru_cache(maxsize=64)
def _search_for(words: frozenset[str]) -> Callable[[str], re.Match[str] | None] | None:
    """A search for any of the words; None where a respelling may write one."""
    if not words.isdisjoint(_RESPELT):
        return None
    return re.compile("|".join(re.escape(word) for word in sorted(words))).search


_TITLE_SET = frozenset(TITLE_WORDS)
_MOST_TITLE_WORDS = max(len(title.split(" ")) for title in TITLE_WORDS)


def strip_titles(key: str) -> str:
    """Remove leading titles from a folded name: 'defense minister nobuo kishi' -> 'nobuo kishi'.
    Each round removes the longest title the key opens with, as a scan of the longest-first
    TITLE_WORDS would, but by looking up the key's first words: linking folds names by the
    hundred an article, and a scan of every title for each was a tenth of its time."""
    while key:
        words = key.split(" ", _MOST_TITLE_WORDS)
        # a title must be followed by a space, so never the key's last word
        for count in range(min(_MOST_TITLE_WORDS, len(words) - 1), 0, -1):
            title = " ".join(words[:count])
            if title in _TITLE_SET:
                key = key[len(title) + 1 :]
                break
        else:
            return key
    return key


def had_title(key: str) -> bool:
    return strip_titles(key) != key


def singular(key: str) -> str:
    """'taiwan straits' -> 'taiwan strait'; 'j 16s' -> 'j 16'; 'capabilities' -> 'capability'.
    Only the last word changes."""
    head, _, last = key.rpartition(" ")
    plural_word = len(last) > 3 and last.endswith("s") and not last.endswith("ss")
    plural_code = len(last) > 1 and last.endswith("s") and any(ch.isdigit() for ch in last)
    if len(last) > 4 and last.endswith("ies"):  # 'capabilities' -> 'capability'
        last = last[:-3] + "y"
    elif plural_word or plural_code:
        last = last[:-1]
    return f"{head} {last}".strip()


def capital_words(text: str) -> frozenset[str]:
    """The words a name writes in capitals, folded: "ABCS Corporation" -> {"abcs"}. One of them
    ending in S is initials of its own ("CNAS"), for initials take their plural with a small s
    ("ABCs", "MPs"); see KnowledgeBase.lookup."""
    return frozenset(
        fold(word) for word in _LETTERS.findall(text) if len(word) > 1 and word.isupper()
    )


def plural_of_initials(form: str) -> bool:
    """Whether a form ends in initials with the small s of their plural ("PLAs", "ICBMs"). Set
    in capitals, as a dateline's or a headline's forms are matched too, it would be other
    initials ("PLAS"), never this plural."""
    last = form.rpartition(" ")[2]
    return len(last) > 2 and last.endswith("s") and last[:-1].isalpha() and last[:-1].isupper()


def swapped_order(name: str) -> str | None:
    """'Nobuo Kishi' <-> 'Kishi Nobuo': East Asian and Western orders of a two-part name."""
    words = name.split()
    if len(words) != 2:
        return None
    return f"{words[1]} {words[0]}"


def spelling_variants(text: str) -> set[str]:
    """The text with British spellings made American and the other way round."""
    variants = {text}
    for table in (SPELLINGS, SPELLINGS_BACK):
        changed = text
        for source, target in table.items():
            # A word can only be replaced where it is written: most names hold none of the
            # table's words, and the knowledge base's thousands of names are spelt at start.
            if source in changed:
                changed = re.sub(rf"\b{source}\b", target, changed)
            if source.title() in changed:
                changed = re.sub(rf"\b{source.title()}\b", target.title(), changed)
        variants.add(changed)
    variants |= {_COMPASS.sub(r"\1-\2", v) for v in variants if _COMPASS.search(v)}
    return variants
