"""Is a capital its government or its city? "Beijing warned Tokyo" is two governments; "in
Tokyo", "Taipei's night markets" and "Tokyo-based" are the cities. The word cues around the
capital decide, read from the Doc's tokens and entities.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .adverbs import adverb_at
from .capital_addresses import QUOTES, RELATIONS, addressed
from .capital_callers import spoken_from
from .capital_city_uses import PLACE_BEFORE, issued_from, used_as_the_city
from .capital_commerce import names_a_business
from .capital_compounds import qualifies_a_noun
from .capital_decisions import decided_in, stirred_in
from .capital_destinations import chosen_by_travellers
from .capital_hosted_events import compared_with_city_life, hosts_an_event
from .capital_kinds import closes_a_name, made_to_act, one_of_other_localities
from .capital_nouns_after import (
    GOVERNMENT_ACTS,
    city_body_follows,
    named_part_follows,
    named_quarter_follows,
    names_a_city_institution,
    noun_after_compound,
    place_follows,
)
from .capital_places import written_as_a_place
from .capital_sums import states_money
from .capital_trips import (
    MOVING,
    driven_from,
    left_with_something,
    possessive_decides,
    travelled_to,
)
from .city_nouns import (
    CITY_NOUNS,
    city_life_after,
    closes_on_city_noun,
    in_a_market_session,
    names_a_city_thing,
)
from .city_refuse import city_refuse_after
from .context import SAYING_OR_ACTING, DocEntities, words
from .paragraphs import PARAGRAPH_BREAK
from .places import PAIRED, alternates, heading, placed, time_zone
from .sentence_bounds import sentence_start
from .venue_lines import dateline_form

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# "awaiting ratification in Tokyo and Manila": a treaty is ratified by the government, so the
# capital it waits in stands for it.
RATIFYING = words("ratification ratified ratify ratifies ratifying")
# "a new administration in Washington", "the leadership in Beijing", "the regime in Pyongyang":
# the government named by the capital it sits in. Not "the government in Tokyo", which writers
# label as the city as often as the government, nor "officials in Seoul", who are only there.
SEATED_GOVERNMENTS = words("administration administrations leadership leaderships regime")
# "our friends in Washington", "our allies in Tokyo": the friends a speaker's side has in a
# capital are its government, the one a government's people deal with. Only "our", the voice of
# a side: "her friends in Tokyo" live in the city.
FRIENDS = words("friends allies partners counterparts")
# A capital after PLACE_BEFORE is a place: "in Tokyo", "near Beijing", "flights to Taipei".
# ("flew over Manila", "turned toward Tokyo", "passing through Tokyo": where craft go is a place;
# "a rescue drill off Manila" is held in the sea beside the city.)
# "shrugs off Beijing", "brushed off Tokyo": an "off" these verbs take puts nothing on a map.
PUT_OFF = words("""
    shrug shrugs shrugged shrugging brush brushes brushed brushing fend fends fended fending
    ward wards warded warding cut cuts cutting laugh laughs laughed laughing
""")
# "central Seoul", "downtown Taipei", "greater Tokyo": a part of the city is the city.
PARTS_OF_A_CITY = words("""
    central downtown northern southern eastern western northeastern northwestern southeastern
    southwestern greater suburban inner outer
""")
# "aimed as much at Tokyo as at Taipei": what is aimed at a capital is aimed at its government.
AIMED = words("aimed aiming aims directed targeted targeting pointed")
AIM_WINDOW = 10  # tokens back from "at", within the sentence
# "Taipei-based", "Tokyo-born", "Tokyo-bound": a compound of the capital and one of these is
# where someone is based, born or going.
# So is where someone was trained or raised and where a thing was made: "a Tokyo-trained
# creative director", "Taipei-raised", "Tokyo-made".
CITY_COMPOUNDS = words("based born area datelined bound trained educated raised bred made")
# "The forum's next meeting is planned for Tokyo": where an event is set is the city.
SET = words("planned scheduled slated")
# "the governor of Tokyo", "the mayor of Seoul", "the streets of Beijing", "from the vicinity
# of Pyongyang": the head, the parts or the surroundings of a city are the city's. Not every
# city noun: "in the service of Beijing" serves the government. A map shows the city: "the
# app's street map of Taipei".
OF_A_CITY = words("""
    governor governors mayor mayors residents citizens streets suburbs outskirts skyline
    prosecutors courts vicinity environs half city bookshops bookstores shops cafes bars
    map maps tour tours dealers traders merchants vendors shopkeepers markets
""")  # "half of Taipei was melting down", "a sister city of Beijing", "the bookshops of Taipei",
# "otaku tours of Taipei", "the antique dealers of Taipei": who keeps its shops and stalls


def capital_acts(doc: Doc, span: Span, ents: DocEntities) -> bool:
    """Does this capital stand for its government here? Newsrooms use capitals for governments
    far more often than for the cities, so it does unless the words around it make it a place:
    "officials in Seoul", "visited Tokyo", "Taipei's night markets", "the Tokyo summit",
    "Tokyo-based". Relations decide before a place word: "protests from Beijing" acts."""
    before = _words_before(doc, span.start)
    after = [t for t in doc[span.end : span.end + 2]]
    following = [t.lower_ for t in after] + ["", ""]
    clock = before[1] in ("time", "times") and before[0] not in OCCASIONS
    clock = clock or CLOCK_TIME.match(before[1]) is not None  # "14:20 Taipei (0620 GMT)"
    clock = clock or (before[1] in MERIDIEMS and before[0][:1].isdigit())  # "2 p.m. Taipei"
    clock = clock and following[0] not in CLAUSE_VERBS  # "it is time Tokyo acted"
    clock = clock and following[0] not in ("'s", "’s")  # a chapter's "33:15 Beijing's Response"
    clock = clock and not _opens_a_paragraph(doc, span.start)  # "10:30 a.m.\n\nBeijing began"
    if clock or (following[0] == "(" and time_zone(after)):
        return False  # "all times Taipei (GMT+8)": the clock of the city
    if dateline_form(doc, span):
        return False  # 'a story opening "SEOUL (Yonhap) —"' quotes where it was filed
    if len(span) > 1 and span[-1].text == "city":
        return False  # "the Taipei city government" is the city's; "Guatemala City" is a name
    if written_as_a_place(doc, span):
        return False  # "Washington, D.C., is ...", "leaves for Tokyo", "its Seoul headquarters"
    if used_as_the_city(doc, span):
        return False  # "from Taipei, where ...", "closer than Taipei", "small Taipei houses"
    if names_a_business(doc, span):
        return False  # "Taipei research firm BrandPulse", "sells it to Tokyo commuters"
    if closes_a_name(doc, span) or one_of_other_localities(doc, span):
        return False  # "Whisky Live Taipei closed", "Taipei and the other municipalities"
    if issued_from(doc, span):
        return True  # "the decisions come from Tokyo"
    if _seat_of_body(doc, span, following[0]) or _credited_place(doc, span):
        return False  # "Source: Ministry of Economic Affairs, Taipei.", "Sell-In Weekly, Tokyo:"
    if heading(doc, span):
        return False  # a section "TOKYO" heads the news from the city
    # "CNA (Taipei):", "Kyodo (Tokyo)": where the name before is based; "14:00 (Taipei)",
    # "February 16, 2026 (Tokyo)": the city whose clock or calendar dates the call or note
    spaced = [t.text for t in doc[max(span.start - 4, 0) : span.start - 1] if not t.is_space]
    prior = spaced[-1] if spaced else ""
    named = prior[:1].isupper() or prior[-1:].isdigit()
    if named and before[1] == "(" and following[0].startswith(")"):
        return False
    if before[1] == "(" and (following[0] == "):" or following[:2] == [")", ":"]):
        return False  # "Global Times editorial (Beijing):": a label's place
    if before[1] == "of" and before[0] in OF_A_CITY:
        return False  # "the governor of Tokyo opened the park"
    if _seat_of_a_house(doc, span.start) or _seat_of_a_firm(doc, span.start, ents):
        return False  # "underwriters at Lloyd's of London", "Kaido Fleet Services of Tokyo"
    if before == ["out", "of"] and following[0] not in ("'s", "’s"):
        return False  # "his first trip out of Taipei": where one leaves is a place
    if before[1] in PARTS_OF_A_CITY:
        return False  # "a briefing room in central Seoul"
    if alternates(doc, span.start) or placed(doc, span.start) or travelled_to(doc, span.start):
        return False  # "meetings alternating between Taipei and Tokyo" are held in the cities
    if chosen_by_travellers(doc, span.start):
        return False  # "travellers who now favour Seoul and Bangkok" go to the cities
    if driven_from(doc, span.start, span.end):
        return False  # "instead of driving Tokyo to Osaka": a route's start is ground
    if following[0] in ("'s", "’s") and (following[1] in CITY_NOUNS or city_life_after(doc, span)):
        return False  # "Taipei's night markets", even in a sentence about an arms sale
    if hosts_an_event(doc, span) or compared_with_city_life(doc, span):
        return False  # "Taipei's school bus expo", "Taipei's parking is tighter than Tokyo's"
    if city_refuse_after(doc, span):
        return False  # "Taipei's rubbish", "Taipei garbage crews"; not "Beijing's waste ban"
    if closes_on_city_noun(doc, span):
        return False  # "its Tokyo-Taipei flights", "Manila and Seoul departures"
    if following[0] in ("-", "–") and following[1] in CITY_COMPOUNDS:
        return False  # "Taipei-based researchers", "Tokyo-bound flights": the city's compounds
    if before[1] == "to" and following[0] == ")" and _name_glossed(doc, span.start - 2):
        return True  # "the Senkaku Islands (Diaoyu to Beijing)": the name a government uses
    if spoken_from(doc, span):
        return False  # "told Rappler by phone from Taipei": where the speaker is
    if addressed(doc, span, before):
        return True  # "protested to Beijing", "figures from Taipei", "To Beijing, I say again"
    if before[1] == "in" and (
        before[0] in RATIFYING or decided_in(doc, span) or stirred_in(doc, span)
    ):
        return True  # "awaits ratification in Tokyo", "made in Beijing", "a nerve in Tokyo"
    if before[1] == "in" and before[0] in SEATED_GOVERNMENTS and doc[span.start - 2].is_lower:
        return True  # "a new administration in Washington"; not "the Coast Guard Administration"
    if before[1] == "in" and before[0] in FRIENDS and _ours(doc, span.start - 2):
        return True  # "I hope our friends in Washington will not be offended"
    if before[1] == "from" and states_money(doc, span.start):
        return True  # "subsidies of up to 732 billion yen from Tokyo": a state's money
    if before[1] == "at" and _aimed_at(doc, span):
        return True  # "a drill aimed squarely at Taipei"
    if before[1] == "at" and following[0] in ("'s", "’s") and following[1] in BIDDING:
        return True  # "left off the list at Beijing's insistence"
    if left_with_something(doc, span.start, span.end):
        return True  # "had left Beijing no choice": not the city someone left
    if following[0] in ("'s", "’s") and possessive_decides(before):
        pass  # "in Beijing's eyes", "respond to Seoul's demands": the possessive below decides
    elif (before[1] in PLACE_BEFORE and before[0] not in PUT_OFF) or before[1] in MOVING:
        # "pressure from Beijing", "ties to Taipei"; but "talks in Beijing" meet in the city
        return before[0] in RELATIONS and before[1] in ("to", "from", "over", "toward", "towards")
    if before[1] == "for" and (before[0] in MOVING or before[0] in CITY_NOUNS or before[0] in SET):
        return False  # "bound for Tokyo", "flights for Taipei", "planned for Tokyo"
    if made_to_act(doc, span):
        return True  # "help Washington replenish stocks": not "Washington ... stocks" traded
    if qualifies_a_noun(doc, span):
        return False  # "Seoul artist postpones Taipei week", "the odd Taipei couple"
    # figures, not an ordinal: "put diplomacy with Beijing first" leaves the government acting
    if names_a_city_thing(doc, span) or _numbered(doc, span.end):
        return False  # "Taipei Mayor", "Beijing time", "Tokyo notebook", "Taipei 101"
    if in_a_market_session(doc, span):
        return False  # "little changed in early Taipei trade"
    if following[0] in ("'s", "’s"):
        return (
            following[1] not in CITY_NOUNS
            and not place_follows(ents, span.end + 1)
            and not named_part_follows(doc, span.end + 1)
            and not named_quarter_follows(doc, span.end + 1, before[1])
            and not city_body_follows(ents, span.end + 1)
        )
    modified = _modified_after_article(doc, span.start) or (
        before[0] in ("the", "a", "an") and before[1] in SEQUENCE
    )  # "at the last Taipei edition": the article's noun is the capital's
    if (before[1] in ("the", "a", "an") or before[1] in OWNERS or modified) and following[
        0
    ].isalpha():
        if adverb_at(doc, span.end):
            return True  # "a build-up Beijing regularly criticises": a clause's subject
        if names_a_city_institution(doc, span.end):
            return False  # "a Taipei defense think tank" is a tank, whatever "defense" says
        noun = noun_after_compound(doc, span.end)
        return noun in GOVERNMENT_ACTS or noun in SAYING_OR_ACTING
    return True


# Emphasis marks markdown_marks.py leaves as written (a text with no other Markdown): "signed
# in **Taipei** on Wednesday" reads "signed in" before the capital.
EMPHASIS = frozenset({"*", "**", "_", "__"})
# A time of day before a capital gives its clock, as a live blog's "14:20 Taipei" does.
CLOCK_TIME = re.compile(r"^(\d{1,2}[:.]\d{2}[–-])?\d{1,2}[:.]\d{2}$")  # "07:00–10:00 Taipei"
# "(Saturday, 2 p.m. Taipei)": an hour of the day read on the city's clock.
MERIDIEMS = frozenset({"a.m.", "p.m.", "am", "pm"})
# "for the first time Manila has asked": "time" after these is an occasion, not a clock.
# So is "time" after an article or "same": "at the same time Washington paused", "by the time
# Tokyo replied" open a clause with the capital its subject.
OCCASIONS = words("first second third last next only every each this that any same the a")
# "it is time Tokyo did too", "high time Seoul spoke up": a verb after the capital makes "time"
# the start of a clause with the capital its subject, not a clock ("all times Taipei").
CLAUSE_VERBS = SAYING_OR_ACTING | words("""
    did does acted acts spoke speaks stepped steps woke wakes learned learnt followed follows
""")
# "my Taipei colleagues", "our Tokyo desk", "his Seoul stop": a determiner before the capital
# makes it a word about the noun after, which is the city's unless a government's. A possessive
# name or "whose" is such a determiner: "Liao's Taipei fan club", "Summer Sonic's Tokyo leg",
# "a singer whose Taipei fan club", where "Xi's Beijing government" stays the government's.
OWNERS = words("my our your his her their its whose 's ’s")
# "the last Taipei edition", "the next Tokyo round": a word of order between an article and the
# capital makes the capital a word about the noun after, as the article alone does.
SEQUENCE = words("last next first previous latest second third final inaugural")
# "at Beijing's insistence", "at Tokyo's request": a government bids, a city does not.
# So is what is put "at Tokyo's disposal": what the government may use as it decides.
BIDDING = words("""
    insistence request requests behest urging invitation demand instigation disposal
""")


# A figure after a capital names a thing of the city ("Taipei 101", "Tokyo 2020") unless it
# counts with a magnitude: "Japan donated 3 million doses, and Washington 2.5
# million" leaves out the verb the capital shares with "Japan", whose subject it is.
MAGNITUDES = words("million billion trillion thousand hundred percent per")


def _numbered(doc: Doc, end: int) -> bool:
    """Is the capital a name with a number, "Taipei 101", not a clause with its verb left out,
    "and Washington 2.5 million doses"?"""
    if end >= len(doc) or not doc[end].text[:1].isdigit():
        return False
    return end + 1 >= len(doc) or doc[end + 1].lower_ not in MAGNITUDES


def _ours(doc: Doc, noun: int) -> bool:
    """Is the noun at `noun` the speaking side's: "our friends"?"""
    return noun > 0 and doc[noun - 1].lower_ == "our"


def _opens_a_paragraph(doc: Doc, start: int) -> bool:
    """Does a blank line stand between the capital and the word before it, past quotes? A time
    that closes the paragraph before is no clock of the capital opening the next; one on the
    line above, in the same item, is ("Weather · 7:00\nTokyo: Sunny")."""
    breaks, k = "", start - 1
    while k >= 0 and (doc[k].is_space or doc[k].text in QUOTES):
        breaks += doc[k].text
        k -= 1
    breaks += doc[k].whitespace_ if k >= 0 else ""
    return PARAGRAPH_BREAK in breaks


def _modified_after_article(doc: Doc, start: int) -> bool:
    """ "a mid-sized Taipei children's publisher", "a family-run Tokyo inn": an indefinite
    article and a hyphened modifier before the capital make it a word about the noun after, as
    the article alone does; a hyphened compound only ever modifies a noun, where a bare word
    between may be a clause's ("a warning that Beijing would act")."""
    if start < 4 or doc[start - 2].text not in ("-", "‑"):
        return False
    modifier = (doc[start - 1], doc[start - 3])
    return doc[start - 4].lower_ in ("a", "an") and all(w.is_alpha and w.is_lower for w in modifier)


def _words_before(doc: Doc, start: int) -> list[str]:
    """The two words before a capital, lower-cased, padded with "" at the text's start; quote
    and emphasis marks, a pair's "both" and spaces are skipped, so 'expressed "serious concern"
    to Beijing' reads "concern to". Four tokens back at most: a run of marks must not make each
    capital a scan of the text."""
    found: list[str] = []
    k = start - 1
    while k >= max(start - 4, 0) and len(found) < 2:
        word = doc[k].lower_
        if not (word in QUOTES or word in EMPHASIS or word in PAIRED or doc[k].is_space):
            found.insert(0, word)
        k -= 1
    return ["", ""][: 2 - len(found)] + found


GLOSSED_NAME_WORDS = 4  # "(Huangyan Island to Beijing)": the words of a place's other name


def _name_glossed(doc: Doc, end: int) -> bool:
    """Is there a bracket opening on a capitalised name that ends at `end`: "(Diaoyu" to Beijing,
    "(Huangyan Island" to Beijing? A place's name "to" a capital is what its government calls
    it, a claim, where "flights to Taipei" go to the city."""
    for k in range(end, max(end - GLOSSED_NAME_WORDS, -1), -1):
        if doc[k].text == "(":
            return k < end
        if not doc[k].text[:1].isupper():
            return False
    return False


def _seat_of_body(doc: Doc, span: Span, following: str) -> bool:
    """A capital after a body's name and a comma, closing the line or sentence: "Source:
    Ministry of National Defense, Taipei." says where the body sits, as an address does."""
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    ends = following in (".", "") or "\n" in following
    return ends and doc[span.start - 2].ent_type_ == "ORG"


def _seat_of_a_house(doc: Doc, start: int) -> bool:
    """A capital after a capitalised possessive and "of": "Lloyd's of London" names a house by
    its founder and its seat, the city; a government is never written so."""
    return (
        start >= 3
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].text in ("'s", "’s")
        and doc[start - 3].text[:1].isupper()
    )


def _seat_of_a_firm(doc: Doc, start: int, ents: DocEntities) -> bool:
    """A capital after "of" and an organisation's name the knowledge base does not know: "a
    memorandum with Kaido Fleet Services of Tokyo" says where the firm is, as "Lloyd's of
    London" does. A state's body is known or generic ("the Foreign Ministry of ..."), and a
    firm is no government's."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    name = ents.by_end.get(start - 1)  # the name ends where "of" stands
    return name is not None and name.label_ == "ORG" and not name.kb_id_


# What may stand between the words of a credited name: "Sell-In Weekly", "Stem & Petal".
NAME_MARKS = frozenset({"-", "&", "'", "’", "."})


def _credited_place(doc: Doc, span: Span) -> bool:
    """Is the capital between a comma and a colon after a name that opens the line: "Sell-In
    Weekly, Tokyo: Our own January poll found ..."? A line that opens on a name and its place
    credits what follows to them, as a byline does; the place is where the name is."""
    if span.start < 2 or span.end >= len(doc) or doc[span.end].text != ":":
        return False
    if doc[span.start - 1].text != "," or doc[span.start - 2].ent_type_ == "GPE":
        return False  # "Seoul, Tokyo:" lists places
    k = span.start - 2
    while k >= 0 and not doc[k].is_space:
        if not (doc[k].text[:1].isupper() or doc[k].text in NAME_MARKS):
            return False
        k -= 1
    return k < 0 or "\n" in doc[k].text


def _aimed_at(doc: Doc, span: Span) -> bool:
    """'at Tokyo' closing an aim: 'the transit was aimed as much at Tokyo as at Taipei'."""
    start = max(sentence_start(doc, span.start), span.start - AIM_WINDOW)
    return any(token.lower_ in AIMED for token in doc[start : span.start - 1])
