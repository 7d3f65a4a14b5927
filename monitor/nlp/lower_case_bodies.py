"""Whether a lower-case generic name ("military", "coast guard", "foreign ministry") names the
body itself or only modifies a noun ("Chinese military aircraft"), by the words around it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .adverbs import adverb_at
from .context import FUNCTION_WORDS, QUOTES, SAYING_OR_ACTING, DocEntities, words
from .spokespeople import speaks_for

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# What a ministry does in a daily report: "the defence ministry detected 31 aircraft", "data
# from the defense ministry show". Said of "the military" or "armed forces", a common noun that
# is no body's name (docs/evaluation-sets.md), they decide nothing.
MINISTRIES = frozenset({"ministry", "office", "agency", "department"})
REPORTING_BODIES = MINISTRIES | {"guard"}  # "coast guard"
ISSUED = words("report reports data figures statement statements update updates bulletin")
COMMON_NOUNS = frozenset({"military", "forces"})  # "the military", "the armed forces"
ABOUT = frozenset({"on", "of", "about", "from", "for", "in"})
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
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    # A ministry or a coast guard reports what it watches ("Japan's coast guard reported no
    # Chinese vessels"); "the military tracked" is left to the common noun. A coast guard's
    # "reports on the Senkakus" are its papers, a noun before its preposition.
    then = doc[span.end + 1].lower_ if span.end + 1 < len(doc) else ""
    papers = span[-1].lower_ == "guard" and after.endswith("s") and then in ABOUT
    reports = after in OBSERVING and span[-1].lower_ in REPORTING_BODIES and not papers
    # What a ministry issues is its own ("the defence ministry report", "defence ministry
    # data"): writers label the ministry there, where a coast guard's ships are only ships.
    issued = after in ISSUED and span[-1].lower_ in MINISTRIES
    verb = after in SAYING_OR_ACTING or after in FUNCTION_WORDS or reports or issued
    verb = verb or _no_head(doc, span)
    modifies = after.isalpha() and not verb and not adverb_at(doc, span.end)
    return determined and not modifies


# Words that cannot be the noun a name qualifies (the pipeline has no tagger, so by their
# shape): a past verb or participle ("the coast guard closed the waters", "the coast guard used
# only as a last resort") or a time word opening an adverbial ("the defence ministry this
# morning", "the coast guard each day").
_TIME_OPENERS = words("this these each every")
_NOUNS_IN_ED = words("hundred hatred kindred shed sled")  # and "-bed", "-eed": "seabed", "speed"


def _no_head(doc: Doc, span: Span) -> bool:
    # "The military tracked 12 aircraft": "military" stays the common noun it is.
    if span.end >= len(doc) or span[-1].lower_ in COMMON_NOUNS:
        return False
    word = doc[span.end].text
    past = len(word) > 3 and word.endswith("ed") and not word.endswith(("eed", "bed"))
    past = past and word not in _NOUNS_IN_ED
    return word.islower() and (past or word in _TIME_OPENERS)
