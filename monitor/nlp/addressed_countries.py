"""The countries a generic body addresses or watches, which are not its own.

A body that thanks, urges or protests to a country speaks to another government: "The Ministry
of Foreign Affairs thanked Tokyo within hours" is Taiwan's ministry, never Japan's, however
often the paragraph names Japan; so is "MOFA thanks the government and people of Japan", and
"the Foreign Ministry is trying to persuade Beijing" is not China's. A message's owner is no one
addressed: "The Foreign Ministry said it had conveyed Japan's concerns to the Chinese side" is
Japan's. A body that detects, tracks or shadows another side's ships or aircraft is not that
side's: "the Ministry of National Defense said it had detected a patrol by the Chinese
military", "coast guard boat diverted to shadow Chinese ships". Only the body's own clause is
read: its verb right after it, or after "said it had" ("The Defense Ministry said it had
conveyed grave concern to Russia and China"), and that verb's object up to the clause's end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import words
from .entity_countries import country_of
from .kb_matcher import DEMONYM
from .resolve import resolve_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .context import DocEntities
    from .kb import KnowledgeBase


# Verbs whose object is the government addressed: a country, its capital, or a body or person
# of it. Nationality words are not read here: "urged Japanese nationals to leave" is a
# ministry's own people.
ADDRESSING = words("""
    thank thanks thanked thanking
    urge urges urged urging persuade persuades persuaded persuading
    convey conveys conveyed conveying protest protests protested protesting
    lodge lodges lodged lodging summon summons summoned summoning
    accuse accuses accused accusing condemn condemns condemned condemning
    criticize criticizes criticized criticizing criticise criticises criticised criticising
""")
# Verbs whose object is the other side's craft or forces, named by a nationality word too.
WATCHING = words("""
    detect detects detected detecting track tracks tracked tracking
    monitor monitors monitored monitoring shadow shadows shadowed shadowing
    spot spots spotted spotting tail tails tailed tailing
""")
# Verbs whose object is the message and whose addressee follows "to" or "with": a country owning
# the message in the possessive is the sender ("conveyed Japan's concerns to the Chinese side"
# is Japan's Foreign Ministry speaking), never the one addressed.
SENDING = words("convey conveys conveyed conveying lodge lodges lodged lodging")
POSSESSIVE = frozenset({"'s", "’s"})
SAYING = frozenset({"said", "says", "saying"})
# Words that may stand between a body and its verb: "MOFA also thanked", "the Foreign Ministry
# is trying to persuade", "MOFA over there thanked", "(MOFA) sincerely thanks".
VERB_WITHIN = 5
# Where a verb's object ends: the clause's end, or a word that opens another phrase ("thanks
# Japan for donating 1 million US dollars": the dollars are no one addressed).
# A saying verb ends it too: "thanked the delegation and said Taiwan would deepen ties" reports
# what the body says of its own country, whom it does not address.
OBJECT_ENDS = frozenset({",", ".", ";", ":", "for", "that", "because", "since", "after", "while"})
OBJECT_ENDS |= SAYING
# An addressing verb's object ends at a quotation too: "accused Tokyo of 'hyping the China
# threat'" quotes the accuser; a watched thing may be quoted ("a 'joint combat readiness
# patrol' by the Chinese military").
QUOTES = frozenset({'"', "“", "‘"})
# A name after these is where the one addressed is, not who: "summoned a Chinese Embassy
# official in Tokyo".
PLACING = frozenset({"in", "at", "near", "off", "around"})
OBJECT_WITHIN = 12


def addressed_countries(doc: Doc, span: Span, ents: DocEntities, kb: KnowledgeBase) -> set[str]:
    """The countries the body at `span` addresses or watches in its own clause; empty when its
    clause has no such verb."""
    verb = _verb_after(doc, span.end)
    if verb is None:
        return set()
    watching = doc[verb].lower_ in WATCHING
    found: set[str] = set()
    end = min(len(doc), verb + 1 + OBJECT_WITHIN)
    index = verb + 1
    ends = OBJECT_ENDS if watching else OBJECT_ENDS | QUOTES
    while index < end and doc[index].lower_ not in ends and not _breaks(doc, index):
        ent = ents.by_start.get(index)
        if ent is None:
            index += 1
            continue
        key = ent.kb_id_ or resolve_name(ent.text, kb) or ""
        placed = doc[index - 1].lower_ in PLACING
        sender = doc[verb].lower_ in SENDING and doc[ent.end : ent.end + 1].text in POSSESSIVE
        if not (placed or sender) and _stands_for_a_government(key, watching, kb):
            country = country_of(key, kb)
            found |= {country} if country else set()
        index = ent.end
    return found


def _verb_after(doc: Doc, start: int) -> int | None:
    """The index of the addressing or watching verb the body governs, if one stands within
    VERB_WITHIN words after it, or as many after its "said it" ("said it had detected")."""
    end = min(len(doc), start + VERB_WITHIN)
    index = start
    while index < end:
        word = doc[index].lower_
        if word in ADDRESSING or word in WATCHING:
            return index
        if word in (",", ".", ";", ":") or _breaks(doc, index):
            return None
        if word in SAYING and index + 1 < len(doc) and doc[index + 1].lower_ == "it":
            end = min(len(doc), index + 2 + VERB_WITHIN)
        index += 1
    return None


def _stands_for_a_government(key: str, watching: bool, kb: KnowledgeBase) -> bool:
    """A country or its capital; for an addressing verb one of its bodies or people too, and
    for a watching verb a nationality word ("shadow Chinese ships"), the other side's craft,
    never its named bodies ("monitor claims about Self-Defense Force deployments" watches for
    the force, not it). A place is none: "MOD protests flight near Yonaguni" protests to no one
    on the island."""
    if key.startswith(DEMONYM):
        return watching
    entry = kb.entities.get(key)
    if entry is None:
        return False
    return entry.kind in ("country", "capital") or (
        not watching and entry.type in ("ORG", "PERSON")
    )


def _breaks(doc: Doc, index: int) -> bool:
    """Whether a line ends before the token at `index`: a headline's clause ends with it."""
    return "\n" in doc[index].text or "\n" in doc[index - 1].whitespace_
