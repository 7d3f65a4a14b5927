"""Countries named inside other words: the nationality word or owner that opens a longer name
("Chinese" in "Chinese Navy", "U.S." in "U.S. State Department"), and each country of a pair
or compound written as one word ("U.S.-Japan", "U.S.-made").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .doc_words import words_text
from .english import token_indices
from .kb import KnowledgeBase
from .mention import Mention
from .names import fold
from .qualified_bodies import SERVICE_ENDINGS, qualifies_its_body

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The place an office abroad is named for: "... Institute in Taiwan", "... Office to Taipei".
_SEAT_ABROAD = re.compile(r" (?:in|to) (?:the )?[A-Z]")


def leading_demonyms(doc: Doc, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The nationality word that opens a longer name is a mention of its country too: "Chinese"
    in "Chinese Navy", "Philippine" in "Philippine Coast Guard". So is the name that opens a
    body's or a concept's name ("U.S." in "U.S. State Department", "PLA" in "PLA Eastern
    Theater Command", "Taiwan" in "Taiwan contingency"), when the article names that owner on
    its own too: then every spelling of it counts alike, and an article that only speaks of
    "a Taiwan contingency" is not made an article naming Taiwan. A country that only qualifies
    a body, whose name stands without it ("U.S." in "U.S. House", "US" in "US State
    Department", "U.S. military"), is named all the same (`qualifies_its_body`). A concept is
    about the country that opens it, so for a concept a nationality word or an acting capital
    names the country as well ("Taiwanese officials", "Taipei protested"); a body is only its
    country's, and "Japanese waters" beside "Japan Coast Guard" does not make "Japan" in it a
    mention."""
    named = {m.entity_id for m in mentions if m.in_kb and m.kind == "name"}
    spoken_of = {m.entity_id for m in mentions if m.in_kb and m.kind != "name"}
    found = []
    for mention in mentions:
        # "The Philippine Department of Health said": the article opening a sentence is the
        # model's, and the nationality word after it opens the name all the same.
        bare = mention.text.removeprefix("The ").removeprefix("the ")
        start = mention.start + len(mention.text) - len(bare)
        word = _leading_nationality(bare, kb)
        country = kb.demonyms.get(fold(word))
        if (
            country
            and country != mention.entity_id
            and not _anothers(mention, country, kb)
            and not _shared_word(fold(word), country, kb)
            and not _opens_own_name(mention, word, kb)
        ):
            demonym = Mention(word, "GPE", kb.entities[country].name, country, start,
                              start + len(word), True, "demonym",
                              kb.entities[country].description)  # fmt: skip
            found.append(demonym)
        elif abbreviated := _abbreviated_owner(mention, kb):
            found.append(abbreviated)
        elif owner := _leading_owner(mention, kb):
            concept = mention.in_kb and kb.entities[mention.entity_id].type == "TERM"
            if (
                owner.entity_id in named
                or (concept and owner.entity_id in spoken_of)
                or qualifies_its_body(mention, owner, kb)
            ):
                found.append(owner)
    return found


def _leading_nationality(name: str, kb: KnowledgeBase) -> str:
    """The words that open a longer name as a nationality: "Chinese" of "Chinese Navy", and both
    words of a two-word one, "South Korean" of "South Korean Joint Chiefs of Staff" ("South"
    alone is no nationality). The first word when none is; nothing for a one-word name."""
    words = name.split()
    if len(words) < 2:
        return ""
    pair = " ".join(words[:2])
    return pair if len(words) > 2 and fold(pair) in kb.demonyms else words[0]


def _anothers(mention: Mention, country: str, kb: KnowledgeBase) -> bool:
    """Whether the name the nationality word opens is no thing of that country's: a place no
    one country owns ("Korean Peninsula", the North's as well; "Philippine Sea") or a body of
    another ("Korean Central News Agency" is North Korea's, "German Marshall Fund" American)."""
    entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
    if entry is None:
        return False
    shared_place = entry.type == "LOC" and not entry.country
    return shared_place or (entry.country is not None and entry.country != country)


def country_named(mention: Mention, kb: KnowledgeBase) -> str | None:
    """The country a name names outright: a country's own, or a concept's that opens with its
    country's name ("the Korea Air Defense Identification Zone" names South Korea as plainly
    as "Korea" would). A body's name does not ("China Coast Guard" ships in Japanese waters)."""
    entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
    if entry is None:
        return None
    if entry.kind == "country":
        return entry.id
    owner = kb.entities.get(entry.country or "")
    if entry.type != "TERM" or owner is None:
        return None
    text = fold(mention.text.removeprefix("the "))
    forms = (owner.name, *owner.aliases, *owner.demonyms)
    return owner.id if any(text.startswith(fold(form) + " ") for form in forms) else None


def opens_a_name(doc: Doc, start: int, end: int, kb: KnowledgeBase) -> bool:
    """Whether the nationality word at tokens `start`:`end` is shared with another country and
    opens a capitalised name ("the Korean Air Force scrambled"), which says whose body it is,
    where the recogniser left that name unmarked."""
    word = fold(words_text(doc, start, end))
    country = kb.demonyms.get(word)
    if country is None or end >= len(doc) or not _shared_word(word, country, kb):
        return False
    return doc[end].is_title and not doc[end].is_sent_start


def _opens_own_name(mention: Mention, word: str, kb: KnowledgeBase) -> bool:
    """Whether the nationality word opens, written whole, the own name of a place ("French
    Polynesia") or of an office named for where it sits abroad ("American Institute in Taiwan",
    "Indonesian Economic and Trade Office to Taipei"), or opens an embassy's or a consulate's
    name the knowledge base lacks ("the Chinese Embassy"): the word is the name's, as the seat
    is, and writers never label it. A body at home keeps its country ("Philippine Coast Guard")."""
    if not mention.in_kb and fold(mention.text).split()[-1:] in (["embassy"], ["consulate"]):
        return True
    entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
    if entry is None or not entry.name.startswith(word + " "):
        return False
    if entry.type not in ("GPE", "LOC") and not _SEAT_ABROAD.search(entry.name):
        return False
    written = mention.text.removeprefix("The ").removeprefix("the ")
    return fold(written) == fold(entry.name)


def _shared_word(word: str, country: str, kb: KnowledgeBase) -> bool:
    """Whether a nationality word ends another country's too ("Korean" in "North Korean"): it
    names its country standing alone ("Korean lawmakers"), but opening a name ("Korean Navy")
    it is that name's own word, and the name itself says whose body it is."""
    return bool(_countries_ending_in(word, kb) - {country})


# (knowledge-base digest, word) -> the countries of the nationality words the word ends: a
# name's first word is asked again and again, and each time read every nationality word
_ENDING_IN: dict[tuple[str, str], frozenset[str]] = {}


def _countries_ending_in(word: str, kb: KnowledgeBase) -> frozenset[str]:
    if (kb.digest, word) not in _ENDING_IN:
        _ENDING_IN[kb.digest, word] = frozenset(
            other for key, other in kb.demonyms.items() if key.endswith(" " + word)
        )
    return _ENDING_IN[kb.digest, word]


def _leading_owner(mention: Mention, kb: KnowledgeBase) -> Mention | None:
    """The longest run of leading words that names the country a body or concept belongs to,
    or the force a command belongs to. Places ("Taiwan Strait"), outlets ("Taiwan News"),
    people, equipment and other countries' bodies ("Taiwan Affairs Office") are not owned.
    A body the knowledge base lacks is owned by the country that opens its name ("U.S. Space
    Command", "the U.S. Consul General"): wire copy names a country's lesser offices so."""
    entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
    unknown_body = not mention.in_kb and mention.label == "ORG"
    if not unknown_body and (
        entry is None or entry.type not in ("ORG", "TERM") or entry.kind == "outlet"
    ):
        return None
    bare = mention.text.removeprefix("The ").removeprefix("the ") if unknown_body else mention.text
    article = len(mention.text) - len(bare)
    words = mention.text[article:].split()
    if unknown_body and opens_with_own_name(words, kb):
        return None
    for size in range(len(words) - 1, 0, -1):
        head = " ".join(words[:size])
        owner = kb.entities.get(kb.lookup(fold(head)) or "")
        if owner is None or entry is not None and owner.id == entry.id:
            continue
        country = entry.country if entry is not None else None
        owns = owner.kind == "country" and country in (None, owner.id)
        commands = entry is not None and owner.type == "ORG" and owner.country is not None
        if owns or (commands and owner.country == country):
            start = mention.start + article
            return Mention(head, owner.type, owner.name, owner.id, start, start + len(head),
                           True, description=owner.description)  # fmt: skip
    return None


SCHOOLS = frozenset({"academy", "college", "university", "school", "institute"})
# The last word of a newspaper's, a news site's or a wire's title ("U.S. Naval Institute News").
OUTLET_ENDINGS = frozenset(
    {"news", "times", "post", "journal", "herald", "tribune", "gazette", "newswire", "magazine"}
)


def opens_with_own_name(words: list[str], kb: KnowledgeBase) -> bool:
    """Whether a name the knowledge base lacks is no country's body but a longer name of its
    own: it opens with a knowledge-base name longer than the country's ("Taiwan News Alert",
    "China Times News Network", "the Taiwan Strait Working Group", "Japan Coast Guard
    Commandant"), or it is an outlet's title ("U.S. Naval Institute News"). The longest match
    wins: the country that opens such a name is a word of it, not a mention."""
    if fold(words[-1]) in OUTLET_ENDINGS:
        return True
    for size in range(len(words) - 1, 1, -1):
        entity_id = kb.lookup(fold(" ".join(words[:size])))
        if entity_id is not None and kb.entities[entity_id].kind != "country":
            return True
    return False


def _abbreviated_owner(mention: Mention, kb: KnowledgeBase) -> Mention | None:
    """The country whose abbreviation opens an organisation's name the knowledge base lacks:
    "U.S." in "The U.S. Government Accountability Office" (blind88-a-005) or "the U.S. Defense
    Contract Audit Agency" (blind88-a-014). An official name spells its country out, so the
    abbreviation only says whose body it is, as in "U.S. State Department"; a service's
    designation keeps it ("U.S. Space Force"), and so does a school's ("U.S. Naval War
    College", blind85-b-038: the United States Naval War College). A name that opens with one
    of the country's own bodies is the country's too: "the US House Armed Services Committee"."""
    if mention.in_kb or mention.label != "ORG":
        return None
    words = mention.text.split()
    lead = 1 if words[:1] in (["the"], ["The"]) else 0
    if len(words) < lead + 3 or fold(words[-1]) in SERVICE_ENDINGS | SCHOOLS:
        return None
    word = words[lead]
    country = kb.entities.get(kb.lookup(fold(word)) or "")
    if country is None or country.kind != "country" or not word.replace(".", "").isupper():
        return None
    if opens_with_own_name(words[lead:], kb) and not _opens_with_own_body(
        words[lead:], country.id, kb
    ):
        return None
    start = mention.start + mention.text.index(word, len(words[0]) * lead)
    return Mention(word, country.type, country.name, country.id, start, start + len(word), True,
                   description=country.description)  # fmt: skip


def _opens_with_own_body(words: list[str], country: str, kb: KnowledgeBase) -> bool:
    """Does the name open with a longer name of a body of `country` itself: "US House" of "the
    US House Armed Services Committee", a committee of the House, whose country the
    abbreviation still names ("U.S. Naval Institute News", an outlet's title, does not)?"""
    if fold(words[-1]) in OUTLET_ENDINGS:
        return False
    for size in range(len(words) - 1, 1, -1):
        entity_id = kb.lookup(fold(" ".join(words[:size])))
        if entity_id is not None:
            entry = kb.entities[entity_id]
            return entry.type == "ORG" and entry.country == country and entry.kind != "outlet"
    return False


def country_pairs(doc: Doc, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Each country of a pair written as one word: "U.S.-Japan", "US-Taiwan"; and the country
    before a participle, "U.S.-made" (the tokenizer keeps a dotted abbreviation's compound
    whole). A name outside the knowledge base that is only such a pair ("U.S.-Japan" the
    model took for an organisation) leaves `mentions` for its countries."""
    pairs = [m for m in mentions if not m.in_kb and " " not in m.text and _all_countries(m, kb)]
    for pair in pairs:
        mentions.remove(pair)
    found: list[Mention] = []
    hyphened = token_indices(doc, lambda word: "-" in word.strip("-"))
    if not hyphened:  # no pair to read: the mentions' offsets are not gathered
        return found
    taken = {offset for m in mentions for offset in range(m.start, m.end)}
    for i in hyphened:
        start, text = doc[i].idx, doc[i].text
        if start in taken:
            continue
        parts: list[tuple[str, int, str]] = []
        offset = start
        pieces = text.split("-")
        for position, part in enumerate(pieces):
            entity_id = kb.lookup(fold(part)) if part else None
            if entity_id is None or kb.entities[entity_id].kind != "country":
                participle = position == len(pieces) - 1 and part.isalpha() and part.islower()
                parts = parts if participle else []
                break
            parts.append((part, offset, entity_id))
            offset += len(part) + 1
        for part, start, entity_id in parts:
            entry = kb.entities[entity_id]
            end = start + len(part)
            found.append(Mention(part, entry.type, entry.name, entity_id, start, end, True,
                                 description=entry.description))  # fmt: skip
    return found


def _all_countries(mention: Mention, kb: KnowledgeBase) -> bool:
    pieces = mention.text.split("-")
    found = [kb.entities.get(kb.lookup(fold(piece)) or "") for piece in pieces]
    return len(pieces) > 1 and all(e is not None and e.kind == "country" for e in found)
