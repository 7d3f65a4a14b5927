"""Whose is it? The country an article is written from, and the words around one mention.

A Taipei-datelined story's "the Foreign Ministry" is Taiwan's; "Beijing warned" is China's
government, "Taipei's night markets" the city. These are the word cues that decide, read from
the Doc the model produced (tokens and entities only: no parser), so they cost next to nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .kb import KnowledgeBase
from .kb_matcher import DEMONYM
from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# "TAIPEI (CNA) —", "TOKYO, Nov. 7 (Jiji Press)--", "NAHA, Japan, Nov. 24 (Kyodo) --",
# "Taipei, Nov. 24 (CNA)": a place at the start of a paragraph, then a dash or an outlet credit.
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Za-z'.]*(?:[ -][A-Z][A-Za-z'.]*){0,3})"
    r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}))??"
    r"(?:,?[ \t]*(?:[A-Z][a-z]{2,4}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}))?"
    r"[ \t]*(?:\((?P<outlet>[^()\n]{2,60})\)[ \t]*(?:—|–|--|-)?|(?:—|–|--|-))",
    re.M,
)
DATELINE_WITHIN = 600  # characters: the first paragraph of the body, after a title

# A capital stands for its government when it acts: it says, warns or approves; it is asked,
# angered or thanked; it has a policy or a protest; it is one of two capitals in relations.
SAYING_OR_ACTING = _words("""
    said says say warned warns warn urged urges urge accused accuses accuse approved approves
    approve thanked thanks thank protested protests condemned condemns announced announces
    responded responds demanded demands rejected rejects welcomed welcomes criticized criticised
    criticizes criticises insisted insists claimed claims denied denies vowed vows pledged
    pledges agreed agrees has have had will would should must wants wanted sees saw views
    considers regards hopes plans planned opposes opposed lodged lodges sent sends imposed
    imposes sanctioned pressed presses pushed pushes expressed expresses called calls told tells
    asked asks maintains argued argues fears feared retaliated slammed slams blasted blasts hit
    hits rapped raps rebuked rebukes eyes eyed seeks sought signed signs offered offers
    reiterated reiterates confirmed confirms stressed stresses summoned summons recalled
    responded decided decides declined declines refused refuses objected objects backed backs
    supports supported issued issues released ordered orders launched launches deployed deploys
    fired fires conducted conducts threatened threatens notified notifies is was remains
""")
ACTED_UPON = _words("""
    angered angering angers angered urged warned told accused thanked criticized criticised
    pressured pressuring rebuked reassured reassure irritated irritating provoked provoking
    provoke defied defying lobbied asked informed notified alarmed infuriated annoyed upset
    antagonize antagonise antagonizing antagonising placate placating appease appeasing
    persuade persuaded pressure deter deterring deterred courted courting snubbed snub
""")
RELATIONS = _words("""
    ties relations talks dialogue pressure tensions friction rift row dispute disputes
    negotiations consultations cooperation coordination support protest protests warnings
    objections response criticism backing alliance engagement contacts channel channels
    summit deal agreement rapprochement détente detente standoff spat
""")
GOVERNMENT_ACTS = _words("""
    policy policies decision decisions protest protests response position stance approval
    claim claims pressure warning warnings military government leaders leadership officials
    diplomats envoy ambassador demands ties relations actions moves reaction intentions
    sovereignty coercion campaign plan plans strategy support objection objections foreign
    defense defence trade sanctions ban refusal insistence assertion assertions statement
    statements view views rule control efforts aggression threats threat position red
    reunification unification approach posture demand request stance retaliation anger
    displeasure concerns concern interests ambitions intent goals line tactics
""")
LINKING = frozenset({"with", "from", "by", "against", "to", "between"})
# A capital after these is a place: "in Tokyo", "near Beijing", "flights to Taipei", "visited
# Seoul"; before these it is the city: "Taipei Mayor", "Beijing time", "Tokyo's subway".
PLACE_BEFORE = frozenset(
    {"in", "at", "near", "outside", "inside", "around", "across", "via", "into", "to", "from"}
)
FUNCTION_WORDS = _words("""
    of and or in on at to for from with by that which who whose as also did does said says
    would could should may might can will has have had is was were are be been being but
    while after before since until when where if than
""")
MOVING = _words("""
    visited visiting visit visits arrived arrives arriving returned returning returns flew
    fly flying travelled traveled travelling traveling landed landing headed heading departed
    left leaving toured touring reached based living lives lived born
""")
CITY_NOUNS = _words("""
    mayor mayors city residents resident streets street night market markets subway metro mrt
    airport airports station skyline district districts hall marathon zoo university
    citizens suburbs outskirts downtown traffic hotel hotels restaurants neighborhood
    neighbourhood weather time olympics stock police court courts prefecture municipal
    assembly councillors councilors dome tower towers area areas region
""")


@dataclass(frozen=True)
class ArticleContext:
    """What the article says about itself: where it was written and by whom."""

    dateline_country: str | None = None
    outlet_country: str | None = None
    dateline: range = range(0)  # the dateline's character offsets: its place is a place

    def in_dateline(self, offset: int) -> bool:
        return offset in self.dateline

    @property
    def home(self) -> str | None:
        """The country a generic name belongs to when nothing nearer says."""
        return self.dateline_country or self.outlet_country


def article_context(doc: Doc, kb: KnowledgeBase) -> ArticleContext:
    from .entities import resolve_name

    text = doc.text
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text[:DATELINE_WITHIN])]
    for start in starts:
        match = _DATELINE.match(text, start)
        if not match:
            continue
        place = resolve_name(match.group("place"), kb) or resolve_name(
            match.group("region") or "", kb
        )
        outlet = resolve_name(match.group("outlet") or "", kb)
        dateline_country = country_of(place, kb)
        outlet_country = country_of(outlet, kb) if outlet else None
        if dateline_country or outlet_country:
            return ArticleContext(dateline_country, outlet_country, range(start, match.end()))
    return ArticleContext()


def country_of(entity_id: str | None, kb: KnowledgeBase) -> str | None:
    """The country an entity is, belongs to, or stands for (a capital)."""
    if not entity_id:
        return None
    if entity_id.startswith(DEMONYM):
        return entity_id.removeprefix(DEMONYM)
    entry = kb.entities.get(entity_id)
    if entry is None:
        return None
    if entry.kind == "country":
        return entry.id
    return entry.capital_of or entry.country


def qualifier(doc: Doc, span: Span, kb: KnowledgeBase) -> str | None:
    """A country named right before the span ("Taiwan's", "the Japanese", "U.S.") or right
    after it ("of Japan", "in Beijing"), within the sentence."""
    before = [e for e in doc.ents if e.end <= span.start and span.start - e.end <= 2]
    if before:
        gap = doc[before[-1].end : span.start]
        if all(t.lower_ in ("'s", "’s", "the", "-") for t in gap):
            found = country_of(before[-1].kb_id_ or _resolve(before[-1], kb), kb)
            if found and _is_country_word(before[-1], kb):
                return found
    after = doc[span.end : span.end + 3]
    if len(after) >= 2 and after[0].lower_ in ("of", "in"):
        for ent in doc.ents:
            if ent.start == span.end + 1 or (
                ent.start == span.end + 2 and after[1].lower_ == "the"
            ):
                return country_of(ent.kb_id_ or _resolve(ent, kb), kb)
    return None


def _resolve(span: Span, kb: KnowledgeBase) -> str | None:
    from .entities import resolve_name

    return resolve_name(span.text, kb)


def _is_country_word(span: Span, kb: KnowledgeBase) -> bool:
    """A country, its demonym or its capital: not any entity that belongs to a country."""
    key = span.kb_id_ or _resolve(span, kb) or ""
    entry = kb.entities.get(key)
    return key.startswith(DEMONYM) or (entry is not None and entry.kind in ("country", "capital"))


def capital_acts(doc: Doc, span: Span) -> bool:
    """Does this capital stand for its government here? Newsrooms use capitals for governments
    far more often than for the cities, so it does unless the words around it make it a place:
    "officials in Seoul", "visited Tokyo", "Taipei's night markets", "the Tokyo summit",
    "Tokyo-based". Relations decide before a place word: "protests from Beijing" acts."""
    before = [t.lower_ for t in doc[max(span.start - 2, 0) : span.start]]
    before = ["", ""][: 2 - len(before)] + before
    after = [t for t in doc[span.end : span.end + 2]]
    following = [t.lower_ for t in after] + ["", ""]
    if before[1] in PLACE_BEFORE or before[1] in MOVING:
        return before[0] in RELATIONS  # "ties with Taipei", "concerns to Beijing"
    if following[0] in CITY_NOUNS or (after and after[0].like_num):
        return False  # "Taipei Mayor", "Beijing time", "Taipei 101"
    if following[0] in ("-", "–") and following[1] in ("based", "born", "area"):
        return False
    if following[0] in ("'s", "’s"):
        return following[1] not in CITY_NOUNS and not _place_follows(doc, span.end + 1)
    if before[1] in ("the", "a", "an") and following[0].isalpha():
        return following[0] in GOVERNMENT_ACTS or following[0] in SAYING_OR_ACTING
    return True


def _place_follows(doc: Doc, start: int) -> bool:
    """A place name right after the possessive: "Beijing's Tiananmen Square"."""
    return any(e.start == start and e.label_ in ("GPE", "LOC", "FAC") for e in doc.ents)


def names_a_body(doc: Doc, span: Span) -> bool:
    """Whether a lower-case generic name ("military", "coast guard") names the body itself:
    after "the", a possessive or a nationality ("the military said", "China's coast guard"),
    and not as a modifier ("Chinese military aircraft", "China's military buildup")."""
    before = doc[span.start - 1].lower_ if span.start else ""
    determined = before in ("the", "'s", "’s", "its", "their", "our") or any(
        e.end == span.start and (e.label_ in ("NORP", "GPE") or e.kb_id_) for e in doc.ents
    )
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    modifies = after.isalpha() and after not in SAYING_OR_ACTING and after not in FUNCTION_WORDS
    return determined and not modifies


def coordinated(doc: Doc, first: Span, second: Span) -> bool:
    """'Beijing and Tokyo', 'Tokyo-Beijing', 'Washington, Tokyo and Seoul': joined as a pair."""
    between = [t.lower_ for t in doc[first.end : second.start]]
    return 0 < len(between) <= 2 and all(w in ("and", ",", "-", "–", "or") for w in between)


def folded_without_country(text: str, kb: KnowledgeBase) -> tuple[str | None, str]:
    """'the Chinese Foreign Ministry' -> ('china', 'foreign ministry'): a leading country
    word (name, alias or demonym) split from the rest of a name."""
    words = fold(text).split()
    for size in (3, 2, 1):
        head = " ".join(words[:size])
        country = kb.demonyms.get(head) or kb.index.get(head)
        if country and len(words) > size and country_of(country, kb) == country:
            return country, " ".join(words[size:])
    return None, fold(text)
