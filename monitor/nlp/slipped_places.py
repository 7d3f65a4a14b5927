"""A place the article names right, written elsewhere in it with a slip the entity finder did
not take for a name at all, or took for a title: "the Senakakus" beside "the Senkakus", "set
partly on Yonagni" beside "Yonaguni", "the Self-Defense Force's Yonagumi garrison". The right
spelling in the same article makes the slip plain: one letter dropped or added, a vowel for a
vowel, two letters swapped, or a letter for the one beside it on the keyboard ("m" for "n").
"""

from __future__ import annotations

import re

from .first_letters import one_word_names_by_letter
from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at, laid_over
from .names import fold
from .people import one_letter_dropped

PLACE_TYPES = frozenset({"GPE", "LOC"})
# A capitalised word of five letters or more: shorter ones are too many other words' slips.
WORD = re.compile(r"\b[A-Z][a-z]{4,}\b")
# Keys beside each other on a QWERTY keyboard, the slips of a finger rather than of spelling.
KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
KEYBOARD_MIN_LETTERS = 7  # "Yonagumi": a shorter name has too many neighbours one key away
FINAL_KEY_MIN_LETTERS = 6  # "Kinmem": a last consonant struck beside its key
# "Ishigake": a vowel for a vowel, which a name this long has no namesake one vowel away from
# ("Miyako" and "Miyaki" are two places).
VOWEL_SLIP_MIN_LETTERS = 8
VOWELS = frozenset("aeiouy")


def slipped_places(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions with each slip of a one-word place named right in the article linked to it.
    A word the knowledge base or the article already links is no slip."""
    named = {
        fold(m.text): m.entity_id
        for m in mentions
        if m.in_kb and " " not in m.text and kb.entities[m.entity_id].type in PLACE_TYPES
    }
    if not named:
        return mentions
    linked = {offset for m in mentions if m.in_kb for offset in range(m.start, m.end)}
    found = []
    # By word, all that does not hang on where it stands: an article writes its words again
    # and again, and asking the knowledge base for each was most of what the pass cost.
    slips: dict[str, str | None] = {}
    groups = one_word_names_by_letter(named)  # a slip keeps the first letter (first_letters.py)
    for match in WORD.finditer(text):
        if match.start() in linked:
            continue
        word = match.group()
        if word not in slips:
            key = fold(word)
            own = key in named or _a_word_of_its_own(key, kb)
            slips[word] = None if own else _slip_of(key, groups.get(key[:1], {}))
        entity_id = slips[word]
        if entity_id is not None:
            found.append(kb_mention_at(text, match.start(), match.end(), entity_id, kb))
    return laid_over(mentions, found) if found else mentions


def _a_word_of_its_own(word: str, kb: KnowledgeBase) -> bool:
    """Is the word a name or a nationality word the knowledge base knows: "Philippine" is the
    Philippines' adjective, not the name less its last letter."""
    return word in kb.demonyms or kb.lookup(word) is not None


def _slip_of(word: str, named: dict[str, str]) -> str | None:
    """The entity whose name `word` is a slip of, if only one fits: `named` holds the one-word
    names that open with its letter, all a slip may be of."""
    dropped = one_letter_dropped(word, named)
    if dropped is not None:
        return dropped
    fits = {
        entity_id
        for name, entity_id in named.items()
        if len(name) == len(word)  # the length asked first: cheap
        and (_key_beside(name, word) or _vowel_for_vowel(name, word))
    }
    return fits.pop() if len(fits) == 1 else None


def _key_beside(name: str, word: str) -> bool:
    """Whether `word` is `name` with one letter, not the first, struck on the key beside it:
    "yonagumi" for "yonaguni", and "kinmem" for "kinmen" with the last. A last vowel for a vowel
    makes another name of many ("Miyako", "Miyaki"), a last consonant for one seldom does, so a
    name of six letters may slip there."""
    if len(name) != len(word):
        return False
    differ = [k for k, (a, b) in enumerate(zip(name, word, strict=True)) if a != b]
    if len(differ) != 1 or differ[0] == 0:
        return False
    last = differ[0] == len(name) - 1
    consonants = not {name[-1], word[-1]} & VOWELS
    if len(name) < (FINAL_KEY_MIN_LETTERS if last and consonants else KEYBOARD_MIN_LETTERS):
        return False
    if last and not consonants:
        return False
    pair = name[differ[0]] + word[differ[0]]
    return any(pair in row or pair[::-1] in row for row in KEY_ROWS)


def _vowel_for_vowel(name: str, word: str) -> bool:
    """Whether `word` is a long `name` with one vowel, not the first letter, written as another
    vowel: "ishigake" for "ishigaki"."""
    if len(name) < VOWEL_SLIP_MIN_LETTERS:
        return False
    differ = [k for k, (a, b) in enumerate(zip(name, word, strict=True)) if a != b]
    return len(differ) == 1 and differ[0] > 0 and {name[differ[0]], word[differ[0]]} <= VOWELS
