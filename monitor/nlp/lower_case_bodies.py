"""Whether a lower-case generic name ("military", "coast guard", "foreign ministry") names the
body itself or only modifies a noun ("Chinese military aircraft"), by the words around it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .adverbs import adverb_at
from .city_nouns import DETERMINERS
from .context import FUNCTION_WORDS, SAYING_OR_ACTING, DocEntities, words
from .headline_articles import in_a_headline
from .incursion_words import CRAFT_NOUNS
from .qualifiers import QUOTES
from .spokespeople import speaks_for
from .verb_shapes import IRREGULAR_PASTS, regular_past

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# What a ministry does in a daily report: "the defence ministry detected 31 aircraft", "data
# from the defense ministry show". Said of "the military" or "armed forces", a common noun that
# is no body's name (docs/evaluation-sets.md), they decide nothing.
MINISTRIES = frozenset({"ministry", "office", "agency", "department"})
REPORTING_BODIES = MINISTRIES | {"guard"}  # "coast guard"
ISSUED = words("report reports data figures statement statements update updates bulletin")
# What a coast guard issues, not its reports "on the Senkakus", which may be papers about it:
# "according to coast guard figures", "drivers follow coast guard notices".
GUARD_ISSUED = words("data figures statement statements update updates bulletin notices")
COMMON_NOUNS = frozenset({"military", "forces"})  # "the military", "the armed forces"
ABOUT = frozenset({"on", "of", "about", "from", "for", "in"})
AT_SEA = words("near off around outside inside within along beyond")
OBSERVING = words("""
    detected detects tracked tracks spotted spots monitored monitors recorded records observed
    observes counted counts logged logs reported reports noted notes show shows showed shown
    dispatched dispatches scrambled scrambles intercepted intercepts
""")


def names_a_body(doc: Doc, span: Span, ents: DocEntities) -> bool:
    """Whether a lower-case generic name ("military", "coast guard") names the body itself:
    after "the", a possessive or a nationality ("the military said", "China's coast guard"),
    and not as a modifier ("Chinese military aircraft", "China's military buildup"); or as
    the body a named spokesperson speaks for ("foreign ministry spokesman Guo Jiakun")."""
    if speaks_for(span, ents):
        return True
    start = span.start - 1 if span.start and doc[span.start - 1].text in QUOTES else span.start
    before = doc[start - 1].lower_ if start else ""
    previous = ents.by_end.get(start)
    determined = before in ("the", "'s", "’s", "its", "their", "our") or (
        previous is not None and (previous.label_ in ("NORP", "GPE") or bool(previous.kb_id_))
    )
    # Listed after a body the article names by its name, as plans and travel copy list who
    # acts: "the Self-Defense Forces and coast guard can use it" (never after another common
    # noun: "the army, navy, air force and rocket force").
    partner = ents.by_end.get(start - 1) if before == "and" else None
    named = partner is not None and partner.label_ == "ORG" and bool(partner.kb_id_)
    determined = determined or (named and partner is not None and not partner.text.islower())
    determined = determined or in_a_headline(doc, span)  # "as defence ministry logs 32 aircraft"
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    # A ministry or a coast guard reports what it watches ("Japan's coast guard reported no
    # Chinese vessels"); "the military tracked" is left to the common noun. A coast guard's
    # "reports on the Senkakus" are its papers, a noun before its preposition.
    then = doc[span.end + 1].lower_ if span.end + 1 < len(doc) else ""
    papers = span[-1].lower_ == "guard" and after.endswith("s") and then in ABOUT
    reports = after in OBSERVING and span[-1].lower_ in REPORTING_BODIES and not papers
    # What a ministry issues is its own ("the defence ministry report", "defence ministry
    # data"): writers label the ministry there, where a coast guard's ships are only ships. Its
    # figures and notices name the body with no article ("according to coast guard figures").
    guard_issued = span[-1].lower_ == "guard" and after in GUARD_ISSUED
    issued = (after in ISSUED and span[-1].lower_ in MINISTRIES) or guard_issued
    determined = determined or guard_issued
    # A coast guard is where its ships are ("chased by Taiwan's coast guard near Kinmen", "held
    # by China's coast guard off Matsu"): a place's preposition follows the body, not a modifier.
    placed = span[-1].lower_ == "guard" and after in AT_SEA
    verb = after in SAYING_OR_ACTING or after in FUNCTION_WORDS or reports or issued or placed
    verb = verb or _no_head(doc, span)
    # A coast guard acts as a ministry does ("the coast guard needs more patrol vessels", "the
    # Defense Ministry and the coast guard drew up a manual"), but its craft after it are nouns
    # it modifies, whatever follows them ("coast guard ships 2901 and 2902").
    craft = span[-1].lower_ == "guard" and after in CRAFT_NOUNS
    verb = verb or (
        span[-1].lower_ in REPORTING_BODIES and not craft and _verb_with_object(doc, span.end)
    )
    modifies = after.isalpha() and not verb and not adverb_at(doc, span.end)
    return determined and not modifies


# Words that cannot be the noun a name qualifies (the pipeline has no tagger, so by their
# shape): a past verb or participle ("the coast guard closed the waters", "the coast guard used
# only as a last resort") or a time word opening an adverbial ("the defence ministry this
# morning", "the coast guard each day", "Taiwan's defense ministry last week reported").
_TIME_OPENERS = words("this these each every last")


def _no_head(doc: Doc, span: Span) -> bool:
    # "The military tracked 12 aircraft": "military" stays the common noun it is.
    if span.end >= len(doc) or span[-1].lower_ in COMMON_NOUNS:
        return False
    word = doc[span.end].text
    return word.islower() and (regular_past(word) or word in _TIME_OPENERS)


_NOT_PRESENT_IN_S = ("ss", "us", "is", "ics")  # "press", "status", "basis", "logistics"
# What opens a count as an object: "the island's defence ministry reporting just three aircraft".
_COUNT_OPENERS = words("just only nearly almost about around some more fewer over")
# A verb's particle, its object left before it ("the dredgers that the coast guard chases away",
# "boats the coast guard turns away"): a noun in "-s" is not followed by "away". Not "off",
# "out" or "back", which open a place or a verb after a noun ("coast guard patrols off Kinmen",
# "coast guard officials back the plan").
_PARTICLES = words("away")


def _verb_with_object(doc: Doc, index: int) -> bool:
    """Whether the word after a lower-case ministry is its verb, read by its shape, as the
    pipeline has no tagger: a past tense of the closed class, or a present ("publishes") or a
    participle ("reporting") followed by what a verb takes and a noun does not: an object
    opened by a determiner, a number or a word that opens one ("just three"), or a name. A
    noun the ministry modifies is followed by its own verb or a preposition ("ministry
    officials said", "ministry briefings on Tuesday"); without this, "Taiwan's defence
    ministry publishes a report every morning" and "with the island's defence ministry
    reporting 18 aircraft" left the ministry a modifier. A particle after a present is the
    verb's too, its object moved before it: "the ships the coast guard chases away"."""
    word = doc[index].text if index < len(doc) else ""
    if not word.isalpha() or not word.islower():
        return False
    if word in IRREGULAR_PASTS:
        return True
    present = word.endswith("s") and not word.endswith(_NOT_PRESENT_IN_S)
    if not (present or word.endswith("ing")) or len(word) < 5 or index + 1 >= len(doc):
        return False
    then = doc[index + 1]
    opens = then.lower_ in DETERMINERS or then.lower_ in _COUNT_OPENERS or then.like_num
    return opens or then.text[:1].isupper() or then.lower_ in _PARTICLES
