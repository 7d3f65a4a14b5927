"""A capital that qualifies the noun after it, as a place does: "Seoul artist postpones Taipei
week", "Tokyo sign firms cash in on LDP race", "Tokyo ad rates up 9%", "the odd Taipei couple on
holiday". English tells such a compound from a clause by agreement: a capital that acts is
singular, so its verb ends in -s or -ed, or is a modal or an irregular past ("Beijing warns",
"Tokyo will", "Taipei set to"); a bare singular word after it is a noun it qualifies, and an
article and an adjective before it make it a word about the noun after. The noun phrase is the
government's only when its head is one of a government's acts ("Beijing trade pressure"), as
capital_actors.py reads it after an article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .adverbs import adverb_at
from .capital_nouns_after import GOVERNMENT_ACTS, lower_words_hold
from .context import FUNCTION_WORDS, SAYING_OR_ACTING, words
from .headline_articles import in_a_headline

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Verbs of a singular subject that end in neither -s nor -ed: modals, and the irregular pasts
# a headline may set after its subject ("Taipei set to", "Tokyo cut rates", "Beijing hit back").
BARE_VERBS = words("""
    can cannot could will would shall should may might must need dare ought did
    set cut hit put let bid shut quit spread cast cost hurt split beat led held told sent won
    lost made took gave got saw met sought kept left paid sold bought brought built struck
    stood threw drew rose fell broke chose spoke wrote flew ran came went began became found
    heard felt meant read slid swung sank shook withdrew bent lent spent fought taught caught
    thought overtook undercut upheld withheld
""")
# Words after a capital in a headline that say when or how, not what: "Tokyo last week",
# "Beijing again", "Taipei not".
NOT_NOUNS = words("""
    last next this early late soon not never also again still too already alone itself
    instead first once ever even just only yesterday today tomorrow tonight no
    over about against amid after before despite without within between beyond under above
    near via per like off out up down behind around along among through during until upon
    plus versus vs so yet if because unless though although
""")  # and the prepositions and conjunctions after an object: "Beijing slams Tokyo over ..."
# Where a headline's noun phrase starts: the line's start, a clause after a colon, a semicolon
# or a dash ("Signage: Tokyo ad rates up 9%"), or a preposition's object ("lawmakers fly in for
# Taipei security dialogue"). A capital after another word is a verb's object ("Tokyo demands
# Beijing remove buoy"), one of two subjects ("US, Tokyo sign pact") or a clause's subject after
# a conjunction ("the line that Beijing no longer respects"), whose next word may be a bare verb.
CLAUSE_OPENERS = frozenset({"", ":", ";", "—", "–", "|"}) | words("""
    for at in on from with against after before amid over into inside across near of
""")


def qualifies_a_noun(doc: Doc, span: Span) -> bool:
    """Is the capital a word about the noun after it, that noun none of a government's acts:
    a headline's "Seoul artist postpones", or, anywhere, an article and an adjective before
    it, "the odd Taipei couple"?"""
    if span.end + 1 >= len(doc) or not _bare_noun(doc, span.end):
        return False
    if lower_words_hold(doc, span.end, GOVERNMENT_NOUNS):
        return False  # "Beijing trade pressure", "Beijing travel advisory"
    if _described(doc, span.start):
        return True  # the article's noun is the capital's: "the odd Taipei couple"
    previous = doc[span.start - 1].text.strip().lower() if span.start else ""
    if previous not in CLAUSE_OPENERS or not in_a_headline(doc, span):
        return False
    # the compound goes on ("Tokyo sign firms", a hyphened "Taipei air-raid drill") or its verb
    # follows ("Seoul artist postpones")
    next_word = doc[span.end + 1]
    if next_word.text in HYPHENS and span.end + 2 < len(doc):
        next_word = doc[span.end + 2]
    goes_on = next_word.is_lower and next_word.is_alpha
    return goes_on and next_word.lower_ not in FUNCTION_WORDS and next_word.lower_ != "to"


# A government's acts a headline names with its capital before them, besides those
# capital_nouns_after.py lists: "Beijing travel advisory", "Tokyo row deepens", the rules it
# makes ("over Beijing export curbs"), the figures it publishes ("Taipei data show ...") and
# its forces' acts ("Pyongyang satellite launch").
GOVERNMENT_NOUNS = GOVERNMENT_ACTS | words("""
    advisory advisories row rift spat feud data figures statistics census law laws rules
    regulations curbs controls tariff tariffs duties quota quotas closure closures measures
    launch launches test tests blockade incursion incursions
""")


def _bare_noun(doc: Doc, k: int) -> bool:
    """Is the word at k a lower-case singular word that is no verb of a singular subject: not
    in -s, -ed or -ing, no modal, irregular past or adverb?"""
    token: Token = doc[k]
    word = token.lower_
    if not (token.is_lower and token.is_alpha) or word.endswith(("s", "ed", "ing")):
        return False
    if word in BARE_VERBS or word in NOT_NOUNS or word in FUNCTION_WORDS:
        return False
    return word not in SAYING_OR_ACTING and not adverb_at(doc, k)


HYPHENS = frozenset({"-", "‑"})
# Articles before the adjective: "the odd Taipei couple", "a young Seoul designer".
ARTICLES = words("the a an")
# Degree words and comparatives open a clause with the capital its subject: "the more Beijing
# pushes", "the sooner Tokyo acts".
DEGREES = words("more less most least")


def _described(doc: Doc, start: int) -> bool:
    """Do an article and one lower-case adjective stand right before the capital?"""
    if start < 2:
        return False
    adjective, article = doc[start - 1], doc[start - 2]
    if article.lower_ not in ARTICLES or not (adjective.is_lower and adjective.is_alpha):
        return False
    word = adjective.lower_
    return word not in FUNCTION_WORDS and word not in DEGREES and not word.endswith("er")
