"""Letters an article uses, without brackets, for a name it wrote in full before: a thread that
names "the PLA Eastern Theater Command" then writes "ETC spokesman Shi Yi", or "the contiguous
zone" then "ship-days in the CZ". The letters stand for that name from there on, as a bracketed
"(ETC)" would have said.

Only letters the knowledge base does not know as a name of their own ("MND" stays the shared
generic name its rules decide), only when one name the article wrote has them, and only after
that name: "TW" opening a digest is Taiwan even if "territorial waters" follows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .english import token_indices
from .kb import KnowledgeBase
from .mention import Mention, mention_of
from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

_WORD = re.compile(r"[A-Za-z][\w']*")
SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "to"})
# A body's name of three words or more, so that a two-word name does not claim a common pair of
# capitals (initials.spelt_bodies); a term of two ("contiguous zone", "median line") is a
# phrase, not a name any word pair shares.
BODY_MIN_WORDS, TERM_MIN_WORDS = 3, 2


def initialisms(doc: Doc, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions with every later capitalised abbreviation of a name written in full linked
    to it: an outside-knowledge-base span ("ETC" read as an unknown body) is relinked, and
    letters no span covers ("CZ") are added."""
    spelt = _spelt_names(mentions, kb)
    if not spelt:
        return mentions
    covered = {m.start: m for m in mentions}
    taken = {offset for m in mentions if m.in_kb for offset in range(m.start, m.end)}
    relinked: dict[int, Mention] = {}
    for i in token_indices(doc, lambda word: word in spelt):  # not every token of the article
        token = doc[i]
        found = spelt.get(token.text) if token.is_upper and token.is_alpha else None
        if found is None or token.idx < found[1] or token.idx in taken:
            continue
        before = covered.get(token.idx)
        if before is not None and before.end != token.idx + len(token.text):
            continue  # the letters inside a longer name the model marked
        relinked[token.idx] = mention_of(doc[token.i : token.i + 1], found[0], kb)
    kept = [m for m in mentions if m.start not in relinked]
    return sorted(kept + list(relinked.values()), key=lambda m: m.start)


def _spelt_names(mentions: list[Mention], kb: KnowledgeBase) -> dict[str, tuple[str, int]]:
    """Letters -> (entity id, where its full name first ends) for bodies and terms the article
    writes in full, when one entity alone has the letters and the knowledge base does not."""
    found: dict[str, tuple[str, int]] = {}
    shared: set[str] = set()
    unknown: dict[tuple[str, int], list[str]] = {}  # an article names its bodies again and again
    for mention in mentions:
        entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
        if entry is None or entry.type not in ("ORG", "TERM") or entry.kind == "outlet":
            continue
        min_words = BODY_MIN_WORDS if entry.type == "ORG" else TERM_MIN_WORDS
        if (mention.text, min_words) not in unknown:
            unknown[mention.text, min_words] = [
                letters
                for letters in _letters(mention.text, min_words)
                if not (kb.lookup(fold(letters)) or kb.generic_form(fold(letters)))
            ]
        for letters in unknown[mention.text, min_words]:
            if letters in found and found[letters][0] != entry.id:
                shared.add(letters)
            found.setdefault(letters, (entry.id, mention.end))
    return {letters: place for letters, place in found.items() if letters not in shared}


def _letters(written: str, min_words: int) -> list[str]:
    """The capitals a name written in full is shortened to, with or without the owner before it:
    its capitalised words' initials ("PLA Eastern Theater Command" -> "PETC" and "ETC"), or for
    a name written in lower case every word's but the small ones ("contiguous zone" -> "CZ")."""
    words = [w for w in _WORD.findall(written) if w.lower() not in SMALL_WORDS]
    titled = any(w[:1].isupper() for w in words)
    if titled and not all(w[:1].isupper() for w in words):
        return []  # "Air defence Zone": no initials a reader would take from it
    return ["".join(w[0] for w in words[k:]).upper() for k in range(len(words) - min_words + 1)]
