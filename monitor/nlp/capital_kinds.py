"""What the words around a capital make it one of: the last word of a name ("Whisky Live
Taipei", "Art Fair Tokyo"), one of a class of local governments ("Taipei and the other special
municipalities"), or the subject of a clause another verb governs ("help Washington replenish
its stocks"). capital_actors.py asks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .city_nouns import CITY_NOUNS
from .context import FUNCTION_WORDS, words
from .sentence_bounds import sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# A capitalised word before a capital that does not start a name with it: a date ("On Monday
# Beijing said"), a place or a nationality ("the Taiwan Strait Beijing claims", "a Chinese
# Beijing"), a person ("Trump Washington"): none of these names a fair, an office or a bureau.
NOT_NAME_PARTS = frozenset({"DATE", "TIME", "GPE", "LOC", "NORP", "PERSON"})


def closes_a_name(doc: Doc, span: Span) -> bool:
    """Is the capital the last word of a name in running prose: "Whisky Live Taipei closed",
    "galleries back from Art Fair Tokyo, which", "the British Office Taipei said"? English puts
    a place at the end of an event's or an office's name to say where it is held or sits, and
    a government never ends a name. Only a word in title case before it (not an acronym,
    "JTEA Taipei chief", nor a headline's "V"), and a lower-case word or a mark after it: in a
    title-case headline ("Other Things Washington Gets Wrong") every word is capitalised and no
    run is a name."""
    if span.start == 0 or span.end >= len(doc):
        return False
    before, after = doc[span.start - 1], doc[span.end]
    if not (before.is_title and before.is_alpha) or before.is_upper:
        return False  # "BEIJING V TOKYO:": a letter or a word in capitals opens no name here
    if before.ent_type_ in NOT_NAME_PARTS:
        return False
    if sentence_start(doc, before.i) == before.i or before.lower_ in FUNCTION_WORDS:
        return False  # "But Tokyo said", "In Beijing": a sentence's first word, not a name's
    if before.is_stop or _opens_a_line_or_clause(doc, before.i):
        return False  # "Analysis: Why Beijing ...", "• Whether Tokyo ...", "- Expect Beijing to"
    if after.text in ("'s", "’s"):
        return False  # "By Emi Takeda Beijing's response": a byline run into the lede
    return after.is_lower or not (after.is_alpha or after.is_digit)


# Marks a headline's, a list's or a transcript's clause opens after, with its first word
# capitalised: "Panel 1: What Beijing demonstrated", "• Whether Beijing answers".
CLAUSE_MARKS = frozenset({"•", "·", "|", "*", "►", "▪", "■", "◆"})


def _opens_a_line_or_clause(doc: Doc, i: int) -> bool:
    """Whether the word at i opens a line, or a clause after a colon, a dash, a bracket or a
    bullet: there a capital marks the position, not a name."""
    previous = doc[i - 1] if i > 0 else None
    return (
        previous is None or previous.is_space or previous.is_punct or previous.text in CLAUSE_MARKS
    )


# The local governments a capital is one of: "Taipei and the other five special
# municipalities", "Tokyo and other prefectures". "and other capitals" is not among them:
# "Washington and other capitals protested" lists governments.
LOCALITIES = words("""
    municipalities cities counties prefectures towns localities boroughs wards metropolises
""")
PEERS_WITHIN = 4  # words between "other" and the noun: "five special", "large"


def one_of_other_localities(doc: Doc, span: Span) -> bool:
    """Does "and (the) other ... municipalities" follow the capital? "X and other Ys" makes X
    a Y, here a city, whose own council or budget is meant."""
    k = span.end
    if k >= len(doc) or doc[k].lower_ not in ("and", "or"):
        return False
    k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
    if k >= len(doc) or doc[k].lower_ != "other":
        return False
    for token in doc[k + 1 : k + 2 + PEERS_WITHIN]:
        if token.lower_ in LOCALITIES:
            return True
        if not token.is_alpha and not token.like_num:
            return False
    return False


# Verbs whose object is the subject of the bare verb after it: "help Washington replenish",
# "let Tokyo decide". What the capital does then is a government's act.
CAUSATIVES = words("help helps helped helping let lets letting")


def made_to_act(doc: Doc, span: Span) -> bool:
    """Is the capital the object of "help" or "let" and the subject of a bare verb after it:
    "factories could help Washington replenish stocks"? A noun there is the city's, and a
    plural or a city noun says so: "help Tokyo shops", "help Taipei commuters"."""
    if span.start == 0 or span.end >= len(doc):
        return False
    if doc[span.start - 1].lower_ not in CAUSATIVES:
        return False
    verb = doc[span.end]
    plain = verb.is_lower and verb.is_alpha and not verb.lower_.endswith("s")
    return plain and verb.lower_ not in CITY_NOUNS and verb.lower_ not in FUNCTION_WORDS
