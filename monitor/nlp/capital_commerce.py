"""Capitals in trade copy: the businesses, the market and the customers a capital names before
them are the city's. "Taipei research firm BrandPulse", "Tokyo importer Hibiya Green Trading",
"a smaller Tokyo shop", "Taipei's media owners", "its first Taipei flagship", "Taipei gold" on
a brokers' desk, "ads aimed at Tokyo commuters": English puts a place before a business or a
market to say where it works, and a government keeps neither. The noun must close the
compound, so an adjective or a verb spelt like one reads as before: "Beijing's firm stance",
"Tokyo's gold reserves". So are the sales of what the city's shops sell ("Tokyo lens sales"),
and a hyphened compound before the business is one modifier of it ("Seoul's duty-free stores").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .capital_city_uses import CLAUSE_WORDS, POSSESSIVE
from .context import SAYING_OR_ACTING, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# A business, its pages, its owners and operators, and what its market trades: "a Taipei
# research firm", "Taipei's ad pages", "Taipei's media owners", "Taipei's vending operators",
# "Taipei gold".
BUSINESSES = words("""
    firm firms shop shops store stores boutique boutiques flagship flagships showroom showrooms
    brokerage brokerages printer printers printworks owners operator operators pages gold bullion
    chain chains importer importers exporter exporters distributor distributors contractor
    contractors roaster roasters manufacturer manufacturers developer developers
""")  # "Tokyo's biggest game-centre chains said": a trade's chains of shops; a firm by its
# trade, as copy writes one before its name: "Tokyo importer Hibiya Green Trading", "Taipei
# contractor Jade Pool Engineering"
# The city's customers, whom a sale or a campaign reaches where they live ("sells a weekend
# break to Tokyo commuters"): a government is no one's commuter or shopper.
CUSTOMERS = words("""
    commuters shoppers consumers diners households homeowners renters readers viewers
    audiences fans
""")
# Spelt like adjectives or verbs ("Beijing firm on Taiwan", "Tokyo shops for jets"): a
# business only after a determiner or a trade's modifier, "a Tokyo shop", "Taipei research
# firm".
AMBIGUOUS = words("firm firms shop shops store stores")
DETERMINERS = words("a an the its their our his her this that one first")
MODIFIERS = 2  # lower-case words of the trade between the capital and its noun: "media", "ad"
# A noun that modifies another in English is singular ("a shoe shop", "defence firms"), save
# the nouns that have no singular: so a word in -s between the capital and the business is a
# verb, and the capital its subject ("Beijing sanctions defense firms").
PLURAL_MODIFIERS = words("arms news sales goods savings clothes electronics graphics logistics")
# Singular nouns spelt in -s, which qualify a noun as any singular does: "Tokyo lens sales",
# "a Taipei gas retailer". A word in "-ss" or "-us" is never a plural either ("glass", "bus").
SINGULAR_IN_S = words("lens gas chassis series species")
# What a market sells, counted as sales, once a product names it: "Tokyo lens sales", "Taipei
# winter sales" are what the city's shops sell. Not arms, which governments sell ("Washington
# arms sales"), nor a bare "Tokyo sales", nor a possessive's ("Washington's sales").
SALES = words("sales")
STATE_GOODS = words("""
    arms weapons weapon missile missiles jet jets fighter fighters military defense defence
    munitions
""")


# The words a company's registered name ends in: "Tokyo's Kumo Character Holdings", "Taipei's
# Evermore Electronics Corp.". A government body's name never does ("Beijing's Taiwan Affairs
# Office"), so a capital owning such a name is where the company is.
CORPORATE_ENDINGS = words("""
    holdings corp corp. corporation inc inc. co. ltd ltd. plc industries electronics securities
""")
COMPANY_NAME_WORDS = 5  # "Kumo Character Holdings", "Taiwan Semiconductor Manufacturing Co."


def names_a_business(doc: Doc, span: Span) -> bool:
    """Does the capital, or its possessive, stand before a business, its market or its
    customers, which close the noun phrase?"""
    start = span.end
    owned = start < len(doc) and doc[start].text in POSSESSIVE
    start += owned
    if owned and _company_named(doc, start):
        return True
    k = start
    for _ in range(MODIFIERS + 1):
        k = _past_hyphened(doc, k)  # "Seoul's duty-free stores": one modifier of the noun
        if k >= len(doc):
            return False
        token = doc[k]
        noun = token.lower_
        if noun in SALES and k > start and not owned:
            return all(_product(t) for t in doc[start:k])  # "Taipei winter sales hold up"
        if noun in BUSINESSES or (noun in CUSTOMERS and k == start):
            if not _closes(doc, k + 1):
                return False
            if noun in AMBIGUOUS and k == start:
                return _determined(doc, span.start)
            return True
        if not (token.is_lower and token.is_alpha):
            return False
        if noun in CLAUSE_WORDS or noun in SAYING_OR_ACTING:
            return False
        if _plural(noun):
            return False
        k += 1
    return False


def _product(token: Token) -> bool:
    """Can the word before "sales" name what a city's shops sell: a noun, not a verb whose
    object the sales are ("Washington approved sales", "Tokyo eyeing sales"), nor the arms a
    government sells? Hyphens of a compound read as its words."""
    word = token.lower_
    if token.text in ("-", "‑"):
        return True
    verb = word.endswith(("ed", "ing")) or word in SAYING_OR_ACTING
    return token.is_lower and token.is_alpha and not verb and word not in STATE_GOODS


def _plural(noun: str) -> bool:
    """Is a lower-case modifier a plural, so a verb, not a noun qualifying the next?"""
    if noun in PLURAL_MODIFIERS or noun in SINGULAR_IN_S or noun.endswith(("ss", "us")):
        return False
    return noun.endswith("s")


COMPOUND_PARTS = 3  # hyphens a compound modifier may have: "state-of-the-art"


def _past_hyphened(doc: Doc, k: int) -> int:
    """The last word of a hyphened compound opening at `k` ("duty-free", "high-end"), which
    qualifies the noun after it as one word does; `k` itself when none opens there."""
    for _ in range(COMPOUND_PARTS):
        if k + 2 < len(doc) and doc[k + 1].text in ("-", "‑") and doc[k + 2].is_alpha:
            k += 2
        else:
            break
    return k


def _company_named(doc: Doc, start: int) -> bool:
    """Does a company's name follow at `start`: capitalised words up to a corporate ending?"""
    for token in doc[start : start + COMPANY_NAME_WORDS]:
        if token.lower_ in CORPORATE_ENDINGS and token.i > start:
            return True
        if not token.text[:1].isupper():
            return False
    return False


def _closes(doc: Doc, k: int) -> bool:
    """Does nothing that goes on with the noun follow at `k`: no lower-case word other than
    one that opens a phrase of its own ("Taipei gold, brokers say", "a Tokyo shop in June") or
    the noun phrase's own verb ("Seoul's vending operators say")?"""
    if k >= len(doc):
        return True
    token: Token = doc[k]
    closing = token.lower_ in CLAUSE_WORDS or token.lower_ in SAYING_OR_ACTING
    return not (token.is_lower and token.is_alpha) or closing


def _determined(doc: Doc, start: int) -> bool:
    """Is there a determiner among the two words before the capital: "a Tokyo shop", "a
    smaller Tokyo shop"?"""
    return any(token.lower_ in DETERMINERS for token in doc[max(start - 2, 0) : start])
