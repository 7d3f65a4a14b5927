"""The nouns that make a capital before them the city, and the runs of places that close on
one. "Taipei Mayor", "Beijing time" and "Tokyo's subway" are the city's; so are its press
("Tokyo papers", "Taipei's major dailies"), its races ("Tokyo candidates"), its life
("Tokyo condo prices", "London underwriters", "London brokers"), what flies or plays there
("their Taipei services", "Taipei dates") and its local bodies ("Seoul prosecutors", "Tokyo
Governor", "our Manila desk"). A route or a list of places before such a noun shares it: in
"Tokyo-Taipei flights", "Manila and Seoul departures" and "its Taipei-Sendai service" each
capital is a city a flight leaves or reaches, where "Beijing-Taipei relations" are the
governments'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .capital_addresses import QUOTES
from .context import FUNCTION_WORDS, SAYING_OR_ACTING, words
from .doc_text import doc_text
from .event_names import YEAR, called_an_event
from .headline_articles import in_a_headline

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CITY_NOUNS = words("""
    mayor mayors city residents resident streets street night market markets subway metro mrt
    airport airports station skyline district districts hall marathon zoo university
    citizens suburbs outskirts downtown traffic hotel hotels restaurants neighborhood
    neighbourhood weather time olympics stock police court courts prefecture municipal
    assembly councillors councilors dome tower towers area areas region newsroom newsrooms
    bureau bureaus flight flights route routes office offices stores shops condo condos
    housing benchmark commutes commuters readers stopover underwriters insurers commentators
    pundits columnists service services sector sectors dates concerts shows gigs prosecutor
    prosecutors procurators desk desks governor governors metropolitan correspondent
    correspondents reporter reporters mayoral gubernatorial stringer stringers diary diaries
    daybook stocks departures departure arrivals arrival brokers traders dealers buyers
    chapter chapters branch branches centre centres center centers stadium stadiums arena
    arenas papers newspapers newspaper dailies tabloids candidates voters bureaux savers
    households homeowners renters shoppers fans concertgoers audiences conventions leg legs
    performances recitals screenings tap leakage smog haze rainfall humidity congestion
    ridership occupancy vacancy rents billboards cleaners launderers
""")  # a stage's: "cancelled Taipei performances" ("performance" alone is also an economy's);
# a city's water works: "Taipei's tap-water leakage"; what is measured in a city, its water, air,
# rain, roads, trains and homes: "Taipei leakage at record low", "Seoul smog", "Tokyo rents";
# its trades: "Taipei cleaners wash the vests of both camps"
# A city's columns, fairs and counters, named with the capital before them: "Tokyo notebook",
# "Taipei week in review", "last month's Taipei bourse", "most Taipei counters", "Taipei pickup
# only", and past a word or two of the name: "Taipei Stamp Show", "Taipei Fashion Week", "the
# Taipei winter bourse". Only after the capital itself, not its possessive: "Beijing's week of
# drills" and "Beijing's show of force" are the government's.
CITY_EVENTS = words("""
    notebook notebooks week weekender bourse bourses counter counters pickup fair fairs expo show
    visit visits trip trips panel panels festival festivals fest countdown leg exhibition
    exhibitions summit summits conference conferences forum forums seminar seminars symposium
    symposia workshop workshops
""")  # "Subject: Tokyo visit -- draft schedule", "Manila panel: the RAA is signed", "Tokyo
# summit agrees on ...", "a Tokyo trade seminar": a meeting a city hosts, as "the Tokyo summit" is
# ("Tokyo International Film Festival", "Tokyo film fest", "the Taipei countdown" on New Year's
# Eve, a tour's "Tokyo leg")
# Events whose nouns are also verbs of a plural subject, which a headline may set after a
# capital's noun: "Taipei data show", "Tokyo officials visit", "Beijing hawks counter".
EVENT_VERBS = words("show visit counter")
# What an event does as a headline's subject, in the singular: "Taipei auto parts show opens".
# After it the noun before is the event, not a verb: "data show" has an object, never this verb.
EVENT_ACTS = words("opens closes draws ends begins starts kicks wraps returns attracts")
# Meetings named in the plural, and what they do as a headline's subject: "Tokyo talks agree on
# joint production", "Manila talks end without deal". The plural before a verb of a plural
# subject is a noun, the talks held in the city; "Tokyo talks tough" is the government's verb.
MEETINGS = words("talks negotiations consultations meetings")
MEETINGS_ACT = words("""
    agree end open close stall resume begin start fail collapse continue conclude yield produce
    reach seal wrap break
""")
PLURALS_WITHOUT_S = words("data media people police")
EVENT_NAME_WORDS = 2  # name words between the capital and its event: "Stamp", "Fashion"
LONG_NAME_WORDS = 4  # in prose: "International", "Jewelry", "&", "Gem"
# The lower-case words an event's name may have before its noun: "the Taipei winter bourse",
# and what the event shows: "Tokyo film fest", "the Taipei book fair", "Tokyo game show".
EVENT_QUALIFIERS = words("""
    spring summer autumn fall winter annual film book game motor music jazz art design food
    trade toy gift travel
""")  # "a Taipei trade fair", "the Tokyo toy show", "Taipei travel fair": what a fair sells


def names_a_city_thing(doc: Doc, span: Span) -> bool:
    """Does the capital name a thing of the city after it: "Taipei Mayor", "Tokyo notebook",
    "Taipei Stamp Show", "the Taipei winter bourse", "Tokyo crypto desks"? The words between are
    the event's name: capitalised words that are no place ("Tokyo Warns Beijing") and no verb of
    a title-case headline ("Beijing Says"), or a season or a kind of event ("Tokyo film fest");
    before a market's desks, what they trade ("Tokyo bond traders")."""
    after = doc[span.end : span.end + EVENT_NAME_WORDS + 1]
    headline = in_a_headline(doc, span)
    if after and after[0].lower_ in CITY_NOUNS:
        return True
    if _market_desks(after):
        return True
    # A title-case headline capitalises every word, so only two are read there as a name; in
    # prose, capitalised words run as one name as long as a fair's may: "the annual Taipei
    # International Jewelry & Gem Show".
    reach = (EVENT_NAME_WORDS if headline else LONG_NAME_WORDS) + 1
    unquoted = [t for t in _unquoted(doc, span.end, reach) if t.text != "&"]
    if _named_event(doc, span, unquoted):
        return True
    for k, token in enumerate(unquoted):
        if k > 0 and not headline and YEAR.match(token.text):
            return True  # a fair's edition: "the opening of Taipei Print & Pack 2025"
        if token.lower_ in CITY_EVENTS:
            verb = token.lower_ in EVENT_VERBS and k > 0 and _plural(unquoted[k - 1])
            verb = verb and not _acts_next(doc, token, EVENT_ACTS)
            if verb and not _named_in_body(doc, unquoted[k - 1], token):
                return False  # a plural's verb: "Taipei data show", "Tokyo officials visit"
            # "show" right after the capital may be its verb ("let Beijing show restraint"),
            # unless set in capitals as a heading's "TAIPEI SHOW NOTES" is.
            return token.lower_ != "show" or k > 0 or token.is_upper
        if k == 0 and token.lower_ in MEETINGS and _acts_next(doc, token, MEETINGS_ACT):
            return True  # "Tokyo talks agree on joint missile production"
        if k == 0 and _plural(token) and not _event_next(unquoted):
            return False  # a headline's verb: "Beijing blacklists Taiwanese notebook maker"
        # a heading in capitals sets its name so: "TAIPEI THIS WEEK", "TOKYO GAME SHOW"
        cased = token.is_title or (token.is_upper and span.text.isupper())
        named = token.is_alpha and cased and token.ent_type_ != "GPE"
        named = named and token.lower_ not in SAYING_OR_ACTING  # not "WASHINGTON'S week"
        if not (named or token.lower_ in EVENT_QUALIFIERS or _shown_kind(token, headline)):
            return False
    return False


def _named_event(doc: Doc, span: Span, after: list[Token]) -> bool:
    """Does the capital open a name the article calls a show or a fair elsewhere: a headline's
    "Taipei Cycle opens" over "the Taipei Cycle show opened"? Read for the capitalised words
    right after the capital, the shortest name first."""
    name = span.text
    for token in after:
        if not (token.is_title and token.is_alpha and token.ent_type_ != "GPE"):
            return False
        name += " " + token.text
        if called_an_event(doc, name):
            return True
    return False


def _acts_next(doc: Doc, token: Token, verbs: frozenset[str]) -> bool:
    """Is the word after the event's noun one of `verbs`, in lower case: the noun is then the
    subject ("show opens", "talks agree"), not a verb of the plural before it."""
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return following is not None and following.is_lower and following.lower_ in verbs


def _unquoted(doc: Doc, start: int, count: int) -> list[Token]:
    """The first `count` tokens from `start` that are not quote marks."""
    found: list[Token] = []
    for token in doc[start : start + 2 * count]:
        skipped = token.text in QUOTES or _joins_kinds(doc, token)
        if not (skipped or (token.i > start and _joins_compound(doc, token))):
            found.append(token)  # "Tokyo 'ending industry' expo": a quoted name
        if len(found) == count:
            break
    return found


def _joins_kinds(doc: Doc, token: Token) -> bool:
    """Is the token an "and" between two lower-case words, the kinds one event shows: "toy"
    and "gift" in "Taipei toy and gift fair opens"? Read past, as a quote mark is."""
    if token.lower_ != "and" or token.i == 0 or token.i + 1 >= len(doc):
        return False
    return doc[token.i - 1].is_lower and doc[token.i + 1].is_lower


def _joins_compound(doc: Doc, token: Token) -> bool:
    """Is the token a hyphen inside a lower-case compound, "cleaning-tech" in "opens Tokyo
    cleaning-tech forum"? Its halves are read as two words of what the event shows."""
    if token.text not in HYPHENS or token.i + 1 >= len(doc) or doc[token.i - 1].whitespace_:
        return False
    return not token.whitespace_ and doc[token.i - 1].is_lower and doc[token.i + 1].is_lower


def _event_next(after: list[Token]) -> bool:
    """Is the second word after the capital an event's noun, so that a plural before it is
    what the event shows ("Taipei coatings show"), not the verb of a headline whose subject is
    the capital ("Beijing blacklists Taiwanese notebook maker")?"""
    return len(after) > 1 and after[1].lower_ in CITY_EVENTS


def _named_in_body(doc: Doc, plural: Token, event: Token) -> bool:
    """Does the article name a show by the plural and the event's noun, capitalised: a
    headline's "Taipei coatings show draws record turnout" over the body's "the Asia Coatings
    Show"? A trade in the plural ("coatings", "plastics") is what the show shows, not the
    subject of a verb "show"."""
    name = f"{plural.text.capitalize()} {event.text.capitalize()}"
    return name in doc_text(doc)


def _plural(token: Token) -> bool:
    """Is the lower-case word a plural noun? What an event shows stands before it in the
    singular, as nouns that qualify nouns do ("a model fair", "a book show"), so a plural
    before "show" or "visit" is that verb's subject."""
    word = token.lower_
    regular = len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
    return token.is_lower and (regular or word in PLURALS_WITHOUT_S)


# Prepositions FUNCTION_WORDS leaves out: "Beijing warns Tokyo over summit" shows no "over".
PREPOSITIONS = words("over about amid against despite under without between among around near")


def _shown_kind(token: Token, headline: bool) -> bool:
    """Is the token a lower-case word of what an event shows, in a headline, which drops the
    article that would otherwise decide the capital ("the Taipei model fair"): "model" in
    "Typhoon shuts Taipei model fair"? Never a function word or a verb: "urges Tokyo to visit"."""
    word = token.lower_
    plain = token.is_lower and token.is_alpha and word not in FUNCTION_WORDS | PREPOSITIONS
    return headline and plain and word not in SAYING_OR_ACTING


# Who trades in a city's markets and where: "Tokyo crypto desks", "Taipei bond traders", "Tokyo
# exchanges note muted reaction", "Tokyo trading floors", "Taipei jade buyers". A government has
# none of them.
MARKET_NOUNS = words("""
    desk desks traders dealers brokers investors exchanges exchange bourse markets stocks
    floor floors buyers sellers
""")
# What a government's desks deal in: "Beijing trade desks", "the Tokyo defence desk".
GOVERNMENT_FIELDS = words("trade defense defence foreign military security policy diplomatic")


def _market_desks(after: Span) -> bool:
    """Are the words after a capital a market noun, past lower-case words of what is traded
    ("crypto", "bond") that say nothing of a government's acts ("Beijing trade desks" might)?
    A word in "-s" between is a verb, not what is traded: "Tokyo regards exchanges between
    local governments" is the government's view. So is a verb of acting in any tense, and a
    function word opens a clause: "Washington wanted regular exchanges", "push Tokyo to expand
    exchanges" are the government's wishes and what it is pressed to do."""
    for k, token in enumerate(after):
        if token.lower_ in MARKET_NOUNS:
            return True
        traded = token.is_alpha and token.is_lower and not token.lower_.endswith("s")
        traded = traded and token.lower_ not in SAYING_OR_ACTING | FUNCTION_WORDS
        if k == len(after) - 1 or not traded or token.lower_ in GOVERNMENT_FIELDS:
            return False
    return False


# What joins the places of a route or a list: "Tokyo-Taipei", "Taipei–Sendai", "Tokyo/Osaka",
# "Manila and Seoul", "Hong Kong, Manila & Seoul".
JOINING = frozenset({"-", "–", "/", "and", "&", ","})
# What opens the noun phrase a run modifies: "its Tokyo-Taipei flights", "some Manila and Seoul
# departures", "the carrier's Taipei-Sendai service". A run after anything else may be a clause's
# subject ("the row between Tokyo and Beijing shows no sign"), its noun a verb.
DETERMINERS = words("the a an its their his her our your some all many several any these 's ’s")
# What a route of capitals shows in its cities: "a Tokyo-Taipei exhibition about border islands"
# travels between the two; governments meet in talks, not in exhibitions.
SHOWN_IN_BOTH = words("exhibition exhibitions fair fairs expo expos festival festivals")
# Places dashed together are one compound modifier of the noun after them, never a clause's
# subject, so they need no determiner: "load factors on Taipei–Tokyo routes".
DASHES = frozenset({"-", "–", "/"})
RUN_WITHIN = 8  # tokens after a capital: joins and the words of at most a few places' names


def closes_on_city_noun(doc: Doc, span: Span) -> bool:
    """Is the capital the first of places joined into a route or list that a city noun
    closes, after a determiner: "its Tokyo-Taipei flights", "some Manila and Seoul
    departures", "the carrier's Taipei-Sendai service", or dashed alone: "on Taipei–Tokyo
    routes"?
    The run is the joins and capitalised name words after the capital, read a few tokens at
    most; a capital with nothing joined after it is left to the words right after it."""
    determined = _opened_by_determiner(doc, span.start)
    joined = False
    for token in doc[span.end : span.end + RUN_WITHIN]:
        if token.lower_ in CITY_NOUNS or token.lower_ in SHOWN_IN_BOTH:
            return joined
        listed = token.text in JOINING or token.lower_ in JOINING
        if token.text in DASHES or (listed and determined):
            joined = True
        elif not (token.is_alpha and token.text[:1].isupper()):
            return False
    return False


# Places and people of a city's daily life that a capital's possessive owns past a word or two:
# "Tokyo's fish markets", "Taipei's back streets", "Beijing's hutong restaurants", "Taipei's
# international tourist hotels", "Taipei's international schools", "Seoul's young children".
# Never offices, which a government has ("Beijing's liaison office"), nor a noun that is also
# a verb ("stations", "stores", "stalls": "Beijing's navy stations ships there"). A festival is
# the city's too ("Taipei's Lantern Festival opens this weekend"); a parade is not: "Beijing's
# Victory Day military parade" is the government's show.
CITY_LIFE = words("""
    market markets street streets restaurants hotels neighborhood neighborhoods neighbourhood
    neighbourhoods schools kindergartens children families venues district districts trees
    parks gardens governor mayor dailies newspapers festival festivals fireworks carnival
    shops bookshops cafes bars malls quarter quarters lanes alleys alleyways backstreets
    arcades basements shelters hikers walkers joggers cyclists machines kiosks parking pools
    pool stadium stadiums
""")  # "Taipei's comic shops sit out an air-raid drill", "Tokyo's vending machines", "Taipei's
# coach parking", "Taipei's new 50-metre pool" (not its "transit", which is also a warship's:
# "Washington's latest transit")
# A city's old quarters, its lanes and the shelters under its streets are the city's: "Tokyo's
# old print quarter", "Taipei's 4,000-odd air-raid shelters". A quarter after an ordinal is a
# period of the year ("Beijing's first quarter"), which a possessive's figures belong to.
ORDINALS = words("first second third fourth final last")
# Words between the possessive and the place: "Tokyo's famous Tsukiji outer market",
# "Taipei's Raohe night market", "Tokyo's single-seat districts", "Tokyo's nationalist governor"
CITY_LIFE_MODIFIERS = 3
HYPHENS = frozenset({"-", "‑"})


def city_life_after(doc: Doc, span: Span) -> bool:
    """Is the capital's possessive followed by a place or the people of the city's life, past a
    few words of description or a place's own name: "Tokyo's fish markets are doing fine",
    "Taipei's children", "Manila's business district", "Tokyo's Somei-Yoshino trees"?"""
    described = 0
    for token in doc[span.end + 1 : span.end + 2 + 2 * CITY_LIFE_MODIFIERS]:
        if token.lower_ in CITY_LIFE:
            return not (token.lower_.startswith("quarter") and _after_ordinal(token))
        if token.text in HYPHENS or (token.like_num and token.i == span.end + 1):
            continue  # a count says how many: "Taipei's 4,600-odd air-raid shelters"
        if token.like_num and token.i + 1 < len(doc) and doc[token.i + 1].text in HYPHENS:
            continue  # a measure's figure: "Taipei's new 50-metre pool"
        described += 1
        if described > CITY_LIFE_MODIFIERS or not token.is_alpha:
            return False
        if token.lower_ in SAYING_OR_ACTING:
            return False  # "Tokyo's Defense Ministry said children ...": a clause, not a place
    return False


def _after_ordinal(token: Token) -> bool:
    """Does an ordinal come before the word, past a hyphen: "first quarter", "third-quarter"?"""
    before = token.nbor(-1)
    if before.text in HYPHENS and before.i > 0:
        before = before.nbor(-1)
    return before.lower_ in ORDINALS


def _opened_by_determiner(doc: Doc, start: int) -> bool:
    """Does a determiner open the run the capital at `start` stands in, past the places and
    joins before it ("their Seoul, Manila & Tokyo arrivals")?"""
    for k in range(start - 1, max(start - RUN_WITHIN, 0) - 1, -1):
        token = doc[k]
        if token.lower_ in DETERMINERS:
            return True
        if not (token.text in JOINING or token.lower_ in JOINING or token.text[:1].isupper()):
            return False
    return False


# The part of a trading day before a market's name: "in early Taipei trade", "in afternoon Tokyo
# trading". Only a market has a session, so the capital is the city's exchange.
SESSIONS = words("early late morning afternoon midday mid-morning mid-afternoon thin light")
SESSION_NOUNS = words("trade trading dealings")


def in_a_market_session(doc: Doc, span: Span) -> bool:
    """Is the capital the market of a session: "little changed in early Taipei trade"?"""
    if span.start < 2 or span.end >= len(doc):
        return False
    opened = doc[span.start - 2].lower_ == "in" and doc[span.start - 1].lower_ in SESSIONS
    return opened and doc[span.end].lower_ in SESSION_NOUNS
