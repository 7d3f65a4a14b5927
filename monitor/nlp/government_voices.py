"""A government that reacts, and the body that speaks for it.

Copy names a government by its capital or its country as the subject of a reaction, then lets
a generic body voice it: "Taipei declined to comment directly, with the Ministry of Foreign
Affairs saying only that ...", "Tokyo lodged a protest through diplomatic channels, the Foreign
Ministry said", "Taiwan reported seven Chinese balloons ..., the Defense Ministry said",
"Beijing was quick to object. A Foreign Ministry spokesman, Lin Jian, told a regular briefing".
The body is that government's, whatever the dateline says (a BEIJING/TOKYO dateline on the
first). The subject is read where the sentence opens, or, when the body opens its sentence,
where the sentence before it in the paragraph opens. Armed services and coast guards are left
out: "China sent warships near Guam. The Navy said it was tracking them" is the US Navy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import words
from .entity_countries import country_of
from .kb_matcher import DEMONYM
from .resolve import resolve_name
from .sentence_bounds import sentence_of
from .us_local_home import SERVICES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .context import DocEntities
    from .kb import KnowledgeBase

# What a government does when it reacts, as the verb after its name.
REACTING = words("""
    said says declined declines welcomed welcomes thanked thanks protested protests lodged
    lodges objected objects condemned condemns rejected rejects reported reports responded
    responds denied denies urged urges warned warns criticized criticised criticizes criticises
    expressed expresses voiced voices summoned summons insisted insists demanded demands
    accused accuses called calls vowed vows quick
""")
# Words between the subject and its verb: "Taipei also welcomed", "Beijing was quick to
# object". They tell nothing alone: "China has deployed 1,000 missiles" is no reaction.
BEFORE_VERB = words("has had have was is were also quickly swiftly")
# What a body calls a thing is its words as much as what it says: 'for what the Presidential
# Office called a "lasting partnership"', 'what the ministry described as "routine"'.
SPEAKING = frozenset({
    "said", "says", "saying", "told", "tells", "added", "stated", "called", "calls", "termed",
    "terms", "described", "describes",
})  # fmt: skip
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople"})
# Words a body's speech may wait for: "a Foreign Ministry spokesman, Lin Jian, told".
SPEECH_WITHIN = 8
# Tokens that open a sentence before its subject: a bullet, a quote, an article.
OPENERS = frozenset({"*", "-", "•", "–", "—", '"', "“", "the"})
LEFT_OUT = SERVICES | {"coast guard"}
# Tokens from the subject to the body that voices it: a clause or two. A line without full
# stops is one "sentence", whose opening names no subject of a body far down it.
SUBJECT_WITHIN = 45


def voiced_government(
    doc: Doc, span: Span, form: str, ents: DocEntities, kb: KnowledgeBase
) -> str | None:
    """The country whose reaction the body at `span` voices, if its sentence (or the one
    before, when the body opens its own) opens on that country reacting."""
    if form in LEFT_OUT or not _speaks(doc, span, ents):
        return None
    sentence = sentence_of(doc, span.start)
    if span.start - sentence.start > SUBJECT_WITHIN:
        return None
    subject = _reacting_subject(doc, sentence.start, span.start, ents, kb)
    if subject is not None or not _opens(doc, sentence.start, span.start) or sentence.start == 0:
        return subject
    if "\n" in doc[sentence.start - 1].whitespace_ + doc[sentence.start - 1].text:
        return None  # a new paragraph turns to another subject
    before = sentence_of(doc, sentence.start - 1)
    return _reacting_subject(doc, before.start, before.end, ents, kb)


def _speaks(doc: Doc, span: Span, ents: DocEntities) -> bool:
    """Whether the body speaks: a word of speech follows it, past its spokesperson and a
    name in commas."""
    index, end = span.end, min(len(doc), span.end + SPEECH_WITHIN)
    while index < end:
        word = doc[index].lower_
        if word in SPEAKING:
            return True
        if word in (".", ";", "\n") or "\n" in doc[index].text:
            return False
        named = ents.by_start.get(index)
        index = named.end if named is not None else index + 1
    return False


def _opens(doc: Doc, start: int, body: int) -> bool:
    return all(doc[i].lower_ in OPENERS or not doc[i].is_alpha for i in range(start, body))


def _reacting_subject(
    doc: Doc, start: int, end: int, ents: DocEntities, kb: KnowledgeBase
) -> str | None:
    """The country or capital that opens the sentence from `start` as its subject, its verb
    one of reaction ("Taipei declined", "Beijing was quick to object", "Tokyo lodged")."""
    first = start
    while first < end and (doc[first].lower_ in OPENERS or not doc[first].is_alpha):
        first += 1
    subject = ents.by_start.get(first)
    if subject is None:
        return None
    verb = subject.end
    while verb < end and doc[verb].lower_ in BEFORE_VERB:
        verb += 1
    if verb >= end or doc[verb].lower_ not in REACTING:
        return None
    key = subject.kb_id_ or resolve_name(subject.text, kb) or ""
    entry = kb.entities.get(key)
    if key.startswith(DEMONYM) or entry is None or entry.kind not in ("country", "capital"):
        return None
    return country_of(key, kb)
