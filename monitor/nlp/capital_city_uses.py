"""What English does only with a city, never with a government, and the one thing it does only
with a government, whatever a capital's neighbours say otherwise.

A place is what a relative "where" follows ("figures from Taipei, where the ministry
reported"), what distances are measured to ("closer than Taipei", "Taipei is a shorter flight
from Naha than Tokyo is"), what hosts a festival, a forum or a race ("Taipei hosts regional
deans' forum", "Taipei's bid to host a mind-sports festival") and what has the trades of
culture and leisure: publishers, galleries, practices, salons and cafés ("small Taipei houses",
"a group of Tokyo publishers", "a young Taipei practice", "Taipei's chess cafés"). A government
is what decisions, orders and pressure "come from" ("the decisions come from Tokyo and
Beijing"), where "students come from Tokyo" come from the city.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from .capital_addresses import RELATIONS
from .context import SAYING_OR_ACTING, words
from .doc_words import lower_words
from .sentence_bounds import sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

POSSESSIVE = frozenset({"'s", "’s"})
# Comparatives of distance: "closer than Taipei", "nearer to Naha than to Tokyo".
NEARER = words("closer nearer farther further")
# Comparatives that measure a way when a way is named: "a shorter flight than Tokyo is".
SHORTER = words("shorter longer quicker faster cheaper")
WAYS = words("""
    flight flights drive ride trip journey sail crossing ferry hop commute train
""")
COMPARED_WITHIN = 6  # tokens back from "than" to the comparative, within the sentence
# "Taipei is a shorter flight from Naha", "Taipei was closer": the capital as what is measured.
BEING = words("is was are were's")
# What may stand between the verb and the comparative it takes: "Taipei is a shorter flight",
# "Tokyo was much closer". Any other word makes the comparative another's: in "Tokyo was
# sliding further down the path" and "Tokyo was ready to provide further help" the capital
# slides and is ready, as a government does, and nothing is measured to it.
DEGREES = words("a an much far even still no slightly somewhat rather")
MEASURED_WITHIN = 4  # tokens after the verb to the comparative or the way
HOSTING = words("host hosts hosted hosting")
# Between a capital and its hosting verb: "Taipei will host", "Taipei's bid to host", "Tokyo is
# set to host", "Taipei, which hosts".
TO_HOST = words("will would is was set to bid bids 's ’s also again first , which")
HOST_WITHIN = 5
# What a city hosts and a government does not: meetings of the public, not of governments
# (summits, talks and delegations are hosted by governments, and stay theirs).
HOSTED_EVENTS = words("""
    festival festivals fair fairs forum forums championship championships tournament
    tournaments marathon marathons race races games olympics expo expos exhibition exhibitions
    biennale triennale congress convention conventions open cup competition competitions
    concert concerts show shows match matches regatta
""")
EVENT_WITHIN = 8  # tokens after the hosting verb to the event's noun
# The trades of a city's culture and leisure, which no government keeps: a capital before them,
# or whose they are, is the city.
CITY_TRADES = (
    words("""
    publisher publishers house houses practice practices studio studios gallery galleries
    salon salons cafe cafes bookshop bookshops bookstore bookstores bookseller booksellers
    architect architects designer designers poet poets novelist novelists translator
    translators illustrator illustrators
""")
    | words("""
    jeweller jewellers jeweler jewelers shipper shippers auctioneer auctioneers saleroom
    salerooms museum museums underwriters insurers wholesaler wholesalers florist florists
    nursery nurseries builder builders modeller modellers modeler modelers
""")
    | words("""
    photographer photographers photojournalist photojournalists painter painters musician
    musicians chef chefs golfer golfers angler anglers
""")
    | words("chain chains retailer retailers")
)  # the art market's and its carriers': "lifts Taipei jewellers", "a Tokyo shipper", "Tokyo
# museum loan", "Tokyo's art underwriters"; the produce and flower trade's: "sell to Tokyo's
# wholesalers", "Taipei florists"; a hobby's makers: "Tokyo builder Daisuke Mori"; the arts'
# and sports' own people, whom a city has and a government does not: "Seoul street
# photographer Kim", "a Tokyo golfer", "Taipei wedding photographers"; the shops' chains: "with
# Taipei drugstore chain Daily Leaf"
# "Beijing's practice of detaining" is the government's habit; "a Taipei practice" is a firm.
PRACTICES = words("practice practices")
TRADE_MODIFIERS = 2  # lower-case words between the possessive and the trade: "go", "chess"
# Words that end the compound a capital opens: the trade must be its head, reached past
# modifiers only ("Taipei's chess cafés"), not past a preposition, conjunction or article that
# opens a phrase of its own ("provoking Beijing by allowing House Speaker Nancy Pelosi").
CLAUSE_WORDS = words("""
    by of to for with in on at from into onto as than that which who whom whose and or but nor
    the a an is was are were be been has have had will would not
""")
# What a government issues, which "comes from" its capital.
ISSUED = words("""
    decision decisions order orders instructions instruction directive directives
    pressure warning warnings signal signals
""")
COMING = words("come comes came coming")
# A capital after these is a place: "in Tokyo", "near Beijing", "flights to Taipei".
PLACE_BEFORE = frozenset(
    {"in", "at", "near", "outside", "inside", "around", "across", "via", "into", "to", "from",
     "over", "above", "toward", "towards", "through", "off"}
)  # fmt: skip


def used_as_the_city(doc: Doc, span: Span) -> bool:
    """Is the capital used as nothing but a city: a place a "where" clause follows, a place
    distances are measured to, a host of public events, the home of a trade of culture, or
    ground that bombs and strikes fall on?"""
    return (
        _where_follows(doc, span)
        or _measured_to(doc, span)
        or _hosts_an_event(doc, span)
        or _has_a_trade(doc, span)
        or _trade_in(doc, span)
        or _has_buildings(doc, span)
        or _struck(doc, span)
        or _one_of_other_cities(doc, span)
        or _called_a_place(doc, span)
    )


# "rated Taipei a good place for expatriate families", "voted Tokyo the best city for food": a
# capital that a verb of rating or naming calls a place, a city or a destination is the city;
# "made Beijing a partner" calls it no place, and "gave Tokyo a place at the table" rates
# nothing: both stay the government's.
RATING = words("""
    rate rates rated rating rank ranks ranked ranking vote votes voted name names named call
    calls called consider considers considered find finds found deem deems deemed
""")
PLACE_NOUNS = words("place places city destination destinations spot home")
COMPLEMENT_WITHIN = 3  # words from the article to the noun: "a good place", "the best city"


def _called_a_place(doc: Doc, span: Span) -> bool:
    if span.start == 0 or doc[span.start - 1].lower_ not in RATING:
        return False
    after = [t.lower_ for t in doc[span.end : span.end + COMPLEMENT_WITHIN + 1]]
    if not after or after[0] not in ("a", "an", "the"):
        return False
    return any(word in PLACE_NOUNS for word in after[1:])


# "Taipei and most other cities closed offices", "Tokyo, Osaka and other cities": "other"
# makes the capital one of the class the noun names, so it is a city as they are.
OTHER_CITIES = words("city cities town towns municipalities")
OTHER_WITHIN = 3  # words between the join and "other": "and most other", "and many other"


def _one_of_other_cities(doc: Doc, span: Span) -> bool:
    after = lower_words(doc)[span.end : span.end + OTHER_WITHIN + 3]
    if not after or after[0] not in ("and", "or", ","):
        return False
    for k, word in enumerate(after[1 : OTHER_WITHIN + 1], start=1):
        if word == "other":
            return k + 1 < len(after) and after[k + 1] in OTHER_CITIES
    return False


def _trade_in(doc: Doc, span: Span) -> bool:
    """'Booksellers in Tokyo's Jimbocho', 'galleries at Taipei's Huashan': a trade of culture
    is where it works, so the capital it is "in" or "at" is the city, whatever its possessive
    owns (a quarter the model may take for a body)."""
    if span.start < 2 or doc[span.start - 1].lower_ not in ("in", "at"):
        return False
    return _folded(doc[span.start - 2].lower_) in CITY_TRADES


# What a city has and a government does not: buildings for the dead, the stage and leisure.
# "Tokyo now has several automated columbaria" counts the city's; "Beijing has several
# options" or "Tokyo has two destroyers there" are the government's, whose nouns are none of
# these.
BUILDINGS = words("""
    columbarium columbaria cemetery cemeteries crematorium crematoria funeral theatre theatres
    theater theaters cinemas zoo zoos aquarium aquariums casino casinos museum museums parks
    galleries cafes bars restaurants hotels shops stores malls shelters
""")
HAVING = words("has have had boasts boasted")
# Adverbs between the capital and its verb: "Tokyo now has", "Seoul already boasts".
HAVING_ADVERBS = words("now already still also alone")
BUILDINGS_WITHIN = 4  # words after the verb to the noun: "several automated", "about 40 small"
# A count's own words, which open no clause: "has more than 4,000", "has fewer than ten".
COUNT_WORDS = words("more fewer than about over nearly almost some")


def _has_buildings(doc: Doc, span: Span) -> bool:
    """Does the capital have buildings of a city's life: "Tokyo now has several automated
    columbaria", "Seoul alone has 40 casinos", "air-raid shelters, of which Taipei alone has
    more than 4,000"? The words between the verb and the noun only count and describe them,
    lower-case and with no clause of their own; after "of which" the noun is the one before."""
    k = span.end
    while k < len(doc) and doc[k].lower_ in HAVING_ADVERBS:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in HAVING:
        return False
    of_which = [t.lower_ for t in doc[max(span.start - 4, 0) : span.start]]
    if of_which[1:] == [",", "of", "which"]:
        return _folded(of_which[0]) in BUILDINGS
    for token in doc[k + 1 : k + 2 + BUILDINGS_WITHIN]:
        if _folded(token.lower_) in BUILDINGS:
            return True
        if token.lower_ in COUNT_WORDS:
            continue
        if not (token.like_num or (token.is_lower and token.is_alpha)):
            return False
        if token.lower_ in CLAUSE_WORDS or token.lower_ in SAYING_OR_ACTING:
            return False
    return False


# What force does to a place: "US bombers struck Taipei on May 31, 1945", "a missile strike on
# Taipei", "the firebombing of Tokyo". A government is pressed or punished; only ground is hit
# by bombs, and writers label the city. ("Hit" and "attacks" are left out: tariffs hit
# governments, and a spokesman's "attacks on Taipei" are words.)
STRUCK = words("struck bombed shelled firebombed strafed")
STRIKES_ON = words("strike strikes raid raids bombing bombings firebombing")


def _struck(doc: Doc, span: Span) -> bool:
    """Is the capital what bombs or strikes fall on: "struck Taipei", "strikes on Taipei",
    "the bombing of Tokyo"?"""
    before = lower_words(doc)[max(span.start - 2, 0) : span.start]
    if before and before[-1] in STRUCK:
        return True
    return len(before) == 2 and before[1] in ("on", "of") and before[0] in STRIKES_ON


def issued_from(doc: Doc, span: Span) -> bool:
    """'the decisions come from Tokyo and Beijing': what a government issues comes from it."""
    if span.start < 3 or doc[span.start - 1].lower_ != "from":
        return False
    if doc[span.start - 2].lower_ not in COMING:
        return False
    subject = doc[span.start - 3].lower_
    return subject in ISSUED or subject in RELATIONS


def _where_follows(doc: Doc, span: Span) -> bool:
    """'from Taipei, where the Ministry of National Defense reported': a relative "where"
    makes a place of a capital after a preposition of place. A capital that opens its clause
    ("Tokyo, where Trump met Takaichi, welcomed ...") or that one deals "with" still acts."""
    after = lower_words(doc)[span.end : span.end + 2]
    return after == [",", "where"] and span.start > 0 and doc[span.start - 1].lower_ in PLACE_BEFORE


def _measured_to(doc: Doc, span: Span) -> bool:
    """'closer than Taipei', 'a shorter flight from Naha than Tokyo is', and the capital that
    such a comparison measures: 'Taipei is a shorter flight from Naha'."""
    if span.start > 0 and doc[span.start - 1].lower_ == "than":
        opening = max(sentence_start(doc, span.start), span.start - 1 - COMPARED_WITHIN)
        between = [t.lower_ for t in doc[opening : span.start - 1]]
        if any(word in NEARER for word in between):
            return True
        return any(word in SHORTER for word in between) and any(w in WAYS for w in between)
    after = lower_words(doc)[span.end : span.end + 1 + MEASURED_WITHIN]
    if not after or after[0] not in BEING:
        return False
    rest = after[1:]
    complement = next((word for word in rest if word not in DEGREES), "")
    return complement in NEARER or (complement in SHORTER and any(word in WAYS for word in rest))


def _hosts_an_event(doc: Doc, span: Span) -> bool:
    """'Taipei hosts regional deans' forum', "Taipei's bid to host an international mind-sports
    festival": the hosting verb close after the capital, and a public event in what it hosts."""
    for k in range(span.end, min(span.end + HOST_WITHIN, len(doc))):
        word = doc[k].lower_
        if word in HOSTING:
            ahead = doc[k + 1 : k + 1 + EVENT_WITHIN]
            return any(_a_public_event(token) for token in ahead)
        if word not in TO_HOST:
            return False
    return False


# Capitalised, these name meetings of governments: "host the ASEAN Regional Forum".
GOVERNMENT_MEETINGS = words("forum forums congress convention conventions")


def _a_public_event(token: Token) -> bool:
    word = _folded(token.lower_)
    return word in HOSTED_EVENTS and not (token.is_title and word in GOVERNMENT_MEETINGS)


def _has_a_trade(doc: Doc, span: Span) -> bool:
    """'small Taipei houses', 'a group of Tokyo publishers', "Taipei's chess cafés": the
    capital before a trade of culture or leisure, or owning one past a word or two."""
    start = span.end
    owned = start < len(doc) and doc[start].text in POSSESSIVE
    start += owned
    for token in doc[start : start + TRADE_MODIFIERS + 1]:
        if _folded(token.lower_) in CITY_TRADES:
            return not (owned and token.lower_ in PRACTICES)
        if not (token.is_lower and token.is_alpha) and token.text not in ("-", "‑"):
            return False
        if token.lower_ in CLAUSE_WORDS or token.lower_ in SAYING_OR_ACTING:
            # '"provoking" Beijing by allowing House Speaker Pelosi', 'Beijing wanted shipping
            # insurers in London to see': no compound, and a capital with a verb acts
            return False
    return False


def _folded(word: str) -> str:
    """The word without accents: "cafés" as "cafes"."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
