"""A verb of entering left without its zone, but for the day it happened: "16 aircraft entered
the ADIZ on Sunday, a day after 12 aircraft flew in on Saturday", "four ships entered Kinmen's
restricted waters on Wednesday ... after four ships entered on Saturday". The bare verb repeats
the act told before it, as "two more had done so" does, so it reaches the zone that act
reached; the day written after it is the count's own (rule 8), and no object of the verb."""

from . import incursion_time_words as tw
from . import incursion_words as w
from .incursion_tokens import Token

# Verbs of motion that enter a zone only with their particle: "flew in", "sailed back in".
_MOTIONS = {"flew", "sailed", "came", "moved", "went", "strayed", "ventured"}
_PARTICLES = {"in", "back"}
# What may follow the verb and still leave its zone unsaid: the day ("on Saturday", "on Jan. 3",
# "Saturday morning") and words that repeat the act ("again", "too").
_DAY_WORDS = {"on", "again", "too", "also", "as", "well", "morning", "afternoon", "evening",
              "night", "overnight", "earlier", "yesterday", "."}  # fmt: skip
_ENDS = {".", ";", ","}


def repeats_an_act(words: list[Token], i: int, days: set[int]) -> bool:
    """Whether the verb at i enters no zone of its own: it ends its clause ("..., and in the
    second, 19 did."), or only its day follows ("entered on Saturday", "flew in on Saturday.").
    A period after a day's abbreviation ("Jan.") is no end, nor is one inside it."""
    low = words[i].low
    if low in w.PROFORM_VERBS:
        j = i + 1
    elif low in _MOTIONS and i + 1 < len(words) and words[i + 1].low in _PARTICLES:
        j = i + 2 + (i + 2 < len(words) and words[i + 2].low == "in")
    else:
        return False
    if j == len(words) or words[j].low in _ENDS:
        return True
    dated = False
    while j < len(words) and (j in days or words[j].low in _DAY_WORDS | tw.MONTHS.keys()):
        dated = dated or j in days
        j += 1
    return dated and (j == len(words) or words[j].low in _ENDS)
