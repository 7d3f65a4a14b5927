"""Whose a bare armed service is ("the Navy", "the Marine Corps") when its sentence gives it no
owner: the country of a whole armed force named before it in that sentence, of the one who
speaks in it, of the place its base stands at (based_services.py), else a US local story's
own, else the US's in a paragraph about US forces at their Pacific bases (us_bases.py).

"Defense Minister Wellington Koo told reporters the Harpoons would go to the Marine Corps and
the Navy": a minister speaks of his own forces, even in a story datelined WASHINGTON whose
home would make them the US services; "The MND said it had employed CAP aircraft, Navy vessels"
is the ministry's navy, not the PLA Navy the story named in full above.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .based_services import based_service_country
from .context import ArticleContext
from .kb import KnowledgeBase
from .mention import Mention
from .names import fold
from .places import coordinated
from .response_lines import response_line_country
from .sentence_bounds import sentence_start
from .us_bases import us_base_branch_country
from .us_local_home import SERVICES, local_branch_country

if TYPE_CHECKING:
    from spacy.tokens import Span

SPEAKING = frozenset({"said", "says", "told", "tells", "added", "stated"})
# How far before a bare branch the force or the speaker that owns it may stand, in tokens:
# "Defense Minister Wellington Koo told reporters the Harpoons would go to ... the Navy".
REACH = 40
# How far past its first verb a subject's second one may stand ("thanked Washington and said").
SHARED_VERB_REACH = 8
CLAUSE_JOINS = frozenset({"and", "or", "of", "in", "at", "on", "to", "for", "from", "with"})
# Bodies a speaker names as his own: the armed services, and the coast guard, which copy writes
# in lower case ("Defense Minister Nakatani added that the coast guard had tracked ...").
OWN_BODIES = SERVICES | {"coast guard"}


def bare_branch_country(
    spans: list[Span],
    index: int,
    linked: dict[int, Mention | None],
    context: ArticleContext,
    kb: KnowledgeBase,
) -> str | None:
    """The country the bare branch at `index` belongs to by its sentence's speaker or a US
    local story; None when neither says, for the article's other cues to decide."""
    span = spans[index]
    if span.text.islower() and fold(span.text) in SERVICES:
        return None  # "the navy" is a common noun whichever force the story is about
    return (
        _speakers_country(spans, index, linked, kb)
        or based_service_country(spans, index, linked, kb)  # "the Navy's base in Zuoying"
        or local_branch_country(span, context, kb)
        or us_base_branch_country(spans, index, linked, context, kb)
    )


def owner_shown(
    spans: list[Span],
    index: int,
    linked: dict[int, Mention | None],
    context: ArticleContext,
    kb: KnowledgeBase,
) -> str | None:
    """The owner a bare service's own sentence or paragraph shows, which the article's
    definition of the word ("Navy" of "PLA Navy" named elsewhere) does not override: a whole
    armed force before it, or US forces at a Pacific base around it."""
    return armed_forces_before(spans, index, linked, kb) or us_base_branch_country(
        spans, index, linked, context.at(spans[index].start_char), kb
    )


def armed_forces_before(
    spans: list[Span], index: int, linked: dict[int, Mention | None], kb: KnowledgeBase
) -> str | None:
    """For a bare armed service or other generic body, the country of the body it is joined to
    in a list; for a service, also that of a response line or of a whole armed
    force named earlier in its sentence. "The U.S. Marine Corps and Navy" is the US Navy, even
    in a story datelined in Okinawa; in "The ROC Armed Forces monitored the situation and
    employed CAP aircraft, Navy vessels and ..." the Navy is that force's, even in a release
    that names the PLA Navy in full above it (whose head noun would otherwise decide). So is
    the same service named with its owner earlier in the sentence."""
    form = fold(spans[index].text)
    if form not in SERVICES:  # any generic body: "the Ministry of Economy ... and the MOFA"
        return joined_body_country(spans, index, linked, kb, form)
    if line := response_line_country(spans[index]):
        return line  # "employed CAP aircraft, Navy vessels and land-based missile systems"
    if joined := joined_body_country(spans, index, linked, kb, form):
        return joined
    # The same service named with its owner earlier in the sentence, its name written out, is
    # the one it refers back to: "a U.S. Navy destroyer sailed ... in what the Navy called a
    # routine transit". Another country's service under a name of its own is not ("The Japan
    # Maritime Self-Defense Force escorted the group, and the Navy said ..." in a US story).
    forces, services = kb.generic.get("armed forces", ()), kb.generic.get(form, ())
    for _, mention in _named_before(spans, index, linked):
        if mention.entity_id in forces or (
            mention.entity_id in services and _names_the_service(mention.text, form)
        ):
            return kb.entities[mention.entity_id].country
    return None


def _names_the_service(name: str, form: str) -> bool:
    """Whether a service's name writes out the bare form: "U.S. Navy" does "navy"."""
    words = fold(name).split()
    size = len(form.split())
    return any(" ".join(words[i : i + size]) == form for i in range(len(words)))


def joined_body_country(
    spans: list[Span], index: int, linked: dict[int, Mention | None], kb: KnowledgeBase, form: str
) -> str | None:
    """The country of a body right beside the bare service or generic body in a pair or list
    ("the U.S. Marine Corps and Navy", "Navy, Army and Marine Corps", "the Ministry of Economy,
    Trade and Industry and the Ministry of Foreign Affairs"), when that country has such a body:
    the writer let the first name's owner stand for both. Past the services, only a body of the
    same kind does, one cabinet's ministries listed together; a ministry and an association
    ("backed by the Ministry of Foreign Affairs and the Japan-Taiwan Exchange Association") may
    be the two sides' partners."""
    owners = {kb.entities[i].country for i in kb.generic.get(form, ())}
    span = spans[index]
    for other in (index - 1, index + 1):
        mention = linked.get(other)
        if mention is None or not mention.in_kb:
            continue
        if form not in SERVICES and _kind_word(spans[other]) != _kind_word(span):
            continue
        entry = kb.entities[mention.entity_id]
        first, second = sorted((spans[other], span), key=lambda s: s.start)
        joined = coordinated(span.doc, first, second) or _joined_past_article(first, second)
        if entry.type == "ORG" and entry.country in owners and joined:
            return entry.country
    return None


def _kind_word(span: Span) -> str:
    """The word that opens a body's name past its article: "Ministry" of "the Ministry of
    Economy, Trade and Industry", the kind of body it is."""
    words = [t.lower_ for t in span if t.lower_ != "the"]
    return words[0] if words else ""


def _joined_past_article(first: Span, second: Span) -> bool:
    """'the Ministry of Economy, Trade and Industry and the Ministry of Foreign Affairs': a list
    of bodies repeats the article after its join."""
    between = [t.lower_ for t in first.doc[first.end : second.start]]
    return between in (["and", "the"], [",", "the"], ["or", "the"])


def _speakers_country(
    spans: list[Span], index: int, linked: dict[int, Mention | None], kb: KnowledgeBase
) -> str | None:
    """The country of the person or body that speaks before the branch or the coast guard in
    its sentence ("Koo told", "The MND said"), when that country has such a body; None for
    two speakers."""
    form = fold(spans[index].text)
    if form not in OWN_BODIES:
        return None
    owners = {kb.entities[i].country for i in kb.generic.get(form, ())}
    found = set()
    for speaker, mention in _named_before(spans, index, linked):
        if not mention.in_kb or not _speaks(speaker):
            continue
        country = kb.entities[mention.entity_id].country
        if country in owners:
            found.add(country)
    return found.pop() if len(found) == 1 else None


def _speaks(speaker: Span) -> bool:
    """Whether a name is the one who speaks: a speaking verb right after it ("The MND said"),
    or joined by "and" to the verb it governs, within its clause ("the Ministry of National
    Defense thanked Washington and said ..."): the verbs of one subject share it."""
    doc = speaker.doc
    if doc[speaker.end].lower_ in SPEAKING:
        return True
    if not doc[speaker.end].is_lower or doc[speaker.end].lower_ in CLAUSE_JOINS:
        return False  # no verb of its own after it: "the MND and the coast guard said"
    clause = doc[speaker.end + 1 : speaker.end + SHARED_VERB_REACH]
    for token, after in zip(clause, clause[1:], strict=False):
        if token.is_punct:
            return False
        if token.lower_ == "and" and after.lower_ in SPEAKING:
            return True
    return False


def _named_before(
    spans: list[Span], index: int, linked: dict[int, Mention | None]
) -> Iterator[tuple[Span, Mention]]:
    """The linked mentions before the one at `index` in its sentence, nearest first, and no
    further back than REACH tokens: each bare branch reads only its own clause's neighbours,
    where reading the whole article for each made a long article of them quadratic."""
    span = spans[index]
    first = max(sentence_start(span.doc, span.start), span.start - REACH)
    for before in range(index - 1, -1, -1):
        if spans[before].start < first:
            return
        mention = linked[before]
        if mention is not None and spans[before].end <= span.start:
            yield spans[before], mention
