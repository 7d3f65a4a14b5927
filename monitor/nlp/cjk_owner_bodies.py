"""A body's bare name after the article has said whose it is ("美國國防安全合作署宣布，國務院
批准", "美國聯邦眾議院通過……待參議院審議"): another country's body of that name.

Chinese copy shortens a foreign body's name once its country is plain: the State Department's
full name is 美國國務院, and after an American agency or 美方 in the same sentence its bare
國務院 is the State Department's, not China's State Council the bare name alone means; after
美國眾議院, 參議院 is the American Senate, not Japan's House of Councillors. Whose a bare name is
is told by the country written just before it (美國聯邦眾議院: the federal word between), else
by the last body, side word (美方) or capital acting for its government (華府) earlier in its
sentence: a place named on the way
("台灣時間昨天") is when or where, not whose.

Only a bare name the knowledge base gives one other country's body whole (國務院, China's) and
the owner's body as the owner's name and the bare name ("美國" + "國務院") is taken: a name
several countries' bodies share (外交部) is already read by whose the article says it is.
Japanese copy writes a foreign body's country every time (中国外務省, 米国務省) and its bare
外務省 is Japan's own, so Japanese text is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .cjk_entity_words import COUNTRY_ABBREVIATIONS
from .cjk_script import CJK, fold
from .kb import KnowledgeBase
from .mention import Mention, relinked

# Between a country's name and its body's: "美國聯邦眾議院" is 美國 + 眾議院.
FEDERAL = fold("聯邦")
# Hiragana: the text is Japanese.
HIRAGANA = re.compile("[\u3041-\u309f]")
HAN_OR_DIGIT = re.compile(r"[\u3400-\u9fff0-9０-９]")
# A sentence ends at these: an owner before them says nothing of the next sentence's bodies.
SENTENCE_ENDS = frozenset("。！？\n")
# An owner is named within a sentence's length before its body: farther back, a text without
# full stops would be read back whole for every body.
OWNER_REACH = 200

_BUILT: dict[str, dict[tuple[str, str], str]] = {}  # by knowledge-base digest, once a process


def owners_bodies(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, each bare body name whose owner the sentence names linked to the owner's
    body of that name."""
    if HIRAGANA.search(text):
        return mentions
    if kb.digest not in _BUILT:
        _BUILT[kb.digest] = _owned_bodies(kb)
    bodies = _BUILT[kb.digest]
    bare_names = {bare for _, bare in bodies}
    result: list[Mention] = []
    for mention in mentions:
        # the bodies before as relinked: "美國聯邦眾議院……參議院" is owned by the first's owner
        bare = mention.in_kb and fold(mention.text) in bare_names
        owner = _owner(text, result, mention, kb) if bare else None
        body = bodies.get((owner, fold(mention.text))) if owner else None
        moved = body is not None and body != mention.entity_id
        if body is None and _anothers_namesake(text, result, mention, kb):
            mention = unlinked(mention)
        result.append(relinked(mention, body, kb) if body and moved else mention)
    return result


def unlinked(mention: Mention) -> Mention:
    """The mention as a name outside the knowledge base, as a reader who cannot look it up
    leaves it."""
    return replace(
        mention,
        canonical=mention.text,
        entity_id=f"{mention.label.lower()}:{fold(mention.text)}",
        in_kb=False,
        description=None,
    )


def _anothers_namesake(
    text: str, before: list[Mention], mention: Mention, kb: KnowledgeBase
) -> bool:
    """Whether a body's bare name is written straight after another country's name or its
    one-character abbreviation ("美國農業部", "美農業部上修…": America's Department of
    Agriculture), which the knowledge base does not hold: that country's body of the name, not
    the one the bare name alone means (Taiwan's ministry), so it is left unlinked."""
    entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
    if entry is None or entry.type != "ORG" or not entry.country or mention.start < 1:
        return False
    owner = next((m for m in reversed(before) if m.end == mention.start and m.in_kb), None)
    country = kb.entities.get(owner.entity_id) if owner else None
    if country is not None and country.kind == "country":
        return country.id != entry.country
    # 日 and 中 end a date and other words ("13日外交部", "其中"): never abbreviations here
    char = text[mention.start - 1]
    abbreviation = COUNTRY_ABBREVIATIONS.get(char) if char not in "日中" else None
    standing_apart = mention.start < 2 or not HAN_OR_DIGIT.match(text[mention.start - 2])
    return abbreviation is not None and standing_apart and abbreviation != entry.country


def _owner(text: str, before: list[Mention], mention: Mention, kb: KnowledgeBase) -> str | None:
    """The country the sentence says the body at `mention` belongs to, if it says."""
    for earlier in reversed(before):
        if mention.start - earlier.end > OWNER_REACH:
            return None
        between = fold(text[earlier.end : mention.start])
        if SENTENCE_ENDS.intersection(between):
            return None
        entry = kb.entities.get(earlier.entity_id) if earlier.in_kb else None
        if entry is None:
            continue
        if entry.kind == "country" and between in ("", FEDERAL):
            return entry.id
        # a side word, or a capital standing for its government ("華府一名國務院官員")
        if earlier.kind in ("demonym", "capital"):
            return earlier.entity_id
        if entry.type == "ORG" and entry.country:
            return entry.country
    return None


def _owned_bodies(kb: KnowledgeBase) -> dict[tuple[str, str], str]:
    """(country, folded bare name) -> the body the knowledge base names as the country's name
    followed by the bare name ("美國國務院" -> united-states, 國務院)."""
    country_names = {
        entry.id: [fold(a) for a in (entry.name, *entry.aliases) if CJK.search(a)]
        for entry in kb.entities.values()
        if entry.kind == "country"
    }
    whole: dict[str, set[str]] = {}
    for entry in kb.entities.values():
        for alias in entry.aliases:
            whole.setdefault(fold(alias), set()).add(entry.id)
    bodies: dict[tuple[str, str], str] = {}
    for entry in kb.entities.values():
        names = country_names.get(entry.country or "", [])
        for alias in map(fold, entry.aliases):
            for name in names:
                bare = alias[len(name) :]
                others = whole.get(bare, set()) if alias.startswith(name) else set()
                if len(others) == 1 and kb.entities[next(iter(others))].country != entry.country:
                    bodies.setdefault((entry.country or "", bare), entry.id)
    return bodies
