"""Capitals listed together ("Seoul, Tokyo and Beijing") are read as one: if one of them acts,
all do. So are the two ends of "from Taipei to Beijing": a switch of recognition between
governments, or a route between cities, never one of each. A list that a preposition of place
opens is a list of places, whatever its last member is followed by: in "restaurants in Tokyo and
Taipei are still full" the "in" governs both cities. Not when the people placed there are a
government's: "officials in Tokyo and Washington have pressed Taipei", "friends in Washington
and Tokyo" are the governments, as the sets label them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .capital_city_uses import CITY_TRADES
from .capital_owners import owns_its_state_body
from .city_nouns import CITY_NOUNS
from .context import words
from .places import coordinated, opens_a_clause
from .repeated_prepositions import listed_together

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .kb import KBEntry, KnowledgeBase
    from .mention import Mention


def acting_lists(
    doc: Doc, spans: list[Span], capitals: list[int], acting: set[int], beside_cities: set[int]
) -> set[int]:
    """The capitals (indices into `spans`) that act, once each list of joined capitals acts
    together: a list acts if one of its capitals does, unless one is joined to a city that is
    no capital (`beside_cities`): "Tokyo, Beijing, Taipei, Naha, Kaohsiung" and "between
    Taipei, Tokyo and Shanghai" list cities, and no government is a city's peer."""
    # A list joins only capitals next to each other: each run of joined ones is decided together.
    # Asking every pair made it cubic.
    runs: list[list[int]] = []
    for index in sorted(capitals, key=lambda index: spans[index].start):
        joined = runs and (
            listed_together(doc, spans[runs[-1][-1]], spans[index])
            or _from_to(doc, spans[runs[-1][-1]], spans[index])
        )
        if joined and not opens_a_clause(doc, spans[index].start):  # "in Vilnius, and Beijing has"
            runs[-1].append(index)
        else:
            runs.append([index])
    decided = set(acting)
    for run in runs:
        placed = len(run) > 1 and run[0] not in acting and _after_place_word(doc, spans[run[0]])
        if placed or beside_cities.intersection(run):
            decided.difference_update(run)
        elif decided.intersection(run):
            decided.update(run)
    return decided


# Prepositions that set what stands before them in the list's places; "to" and "from" are also
# what governments are told and send, and travel lists are capital_actors' own.
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "around", "across"})
# People who come from a city, not from its government: "Collectors from Manila and Seoul".
CITY_PEOPLE = words("""
    collectors visitors tourists travellers travelers students artists exhibitors bidders guests
""")
# People whom a place in a capital makes its government's voice.
GOVERNMENT_PEOPLE = words("""
    officials allies partners friends politicians planners diplomats leaders policymakers
    counterparts governments lawmakers strategists hawks ministers
""")


def _after_place_word(doc: Doc, first: Span) -> bool:
    """Does a preposition of place open the list ("organisers in Taipei, Tokyo and Seoul"), with
    no government's people before it? Its first capital was read as a place, not as a
    government addressed or aimed at ("aimed at Tokyo and Seoul" acts, and the list acts).
    "From" opens a list of where people and firms of a city's trades come from ("Dealers from
    Seoul and Tokyo said", "Galleries from Tokyo and Seoul reported"); what else comes from
    capitals is a government's ("protests from Beijing and Tokyo", "grant conditions from
    Washington, Tokyo and Canberra")."""
    if first.start < 2:
        return False
    opening, before = doc[first.start - 1].lower_, doc[first.start - 2].lower_
    if opening == "from":
        return before in CITY_NOUNS or before in CITY_TRADES or before in CITY_PEOPLE
    return opening in LOCATIVE and before not in GOVERNMENT_PEOPLE


def _from_to(doc: Doc, first: Span, second: Span) -> bool:
    """Are the two capitals the ends of "from ... to ..."?"""
    if first.start == 0 or doc[first.start - 1].lower_ != "from":
        return False
    return second.start == first.end + 1 and doc[first.end].lower_ == "to"


LIST_JOINS = frozenset({",", "and", "or", "&"})


def joined_as_a_list(doc: Doc, first: Span, second: Span) -> bool:
    """Are the two names joined as a pair or a list ("Tokyo and Osaka", "Tokyo, Beijing,
    Taipei, Naha")? A comma alone between two names that no list goes on from closes a phrase
    set before the clause: in "Across the channel to Xiamen, Beijing has never recognised the
    line" the capital opens the clause."""
    if not coordinated(doc, first, second):
        return False
    if doc[first.end : second.start].text.strip() != ",":
        return True
    after = doc[second.end].lower_ if second.end < len(doc) else ""
    before = doc[first.start - 1].lower_ if first.start > 0 else ""
    return after in LIST_JOINS or before in LIST_JOINS or before == ":"


def paired_with_city(
    doc: Doc, spans: list[Span], linked: dict[int, Mention | None], index: int, kb: KnowledgeBase
) -> bool:
    """'between Hong Kong and Taipei', 'Tokyo and Osaka': a capital joined to a city that is no
    capital is a city too, however far along the list it stands ("Manila, Singapore and Hong
    Kong sectors": a country joined between them keeps no government in a list of cities). So
    is one dashed to any place that has no government of its own to pair with: "the
    Taipei–Kumamoto service", "Taipei–Guam nonstops" are routes; and one at an end of "from ...
    to ..." whose other end is such a place ("a wall of noise from Tokyo to Texas", "from Taipei
    to Kaohsiung"): a span of ground, no government sends to a state. An island or other ground
    of a country counts as a city: "photographers from Kinmen and Taipei" come from two places,
    and no government is an island's peer."""
    if owns_its_state_body(doc, spans, linked, index, kb):
        return False  # "around Kinmen and Beijing's maritime militia operates": a new clause
    for step in (-1, 1):
        near, other = index, index + step
        while (mention := linked.get(other)) is not None:
            first, second = sorted((near, other))
            entry = kb.entities.get(mention.entity_id)
            if entry is None or entry.type not in ("GPE", "LOC"):
                break
            if entry.kind not in ("country", "capital"):
                between = doc[spans[first].end : spans[second].start].text
                dashed = between in ("-", "–")
                # an island's pair takes no comma: ", and Tokyo lodged a protest" opens a clause
                islands = _ungoverned(entry) and between.strip() in ("and", "or", "&")
                if (entry.kind == "city" or islands or dashed) and joined_as_a_list(
                    doc, spans[first], spans[second]
                ):
                    return True
                if near == index and _from_to(doc, spans[first], spans[second]):
                    return True
            if not joined_as_a_list(doc, spans[first], spans[second]):
                break
            near, other = other, other + step
    return False


def _ungoverned(entry: KBEntry) -> bool:
    """Is the place ground of one country with no government of its own, an island or a base
    ("Kinmen", "Ishigaki", "Kadena Air Base"), not a sea or a region (which have no country)?"""
    return entry.type == "LOC" and entry.country is not None
