"""A department called by its portfolio alone: "Defence" in Australian copy.

Canberra's press names the Department of Defence "Defence" ("a Defence spokesman said",
"Defence got the headline it wanted"), and the same word is the common noun everywhere else
("defence spending", "Defence is a matter for the budget", "Defence officials say" opening a
sentence about any country). The knowledge base lists such a word in the body's `generic`, so
the article's country decides whose department it is; this module decides whether the word is
a name at all, from the grammar around it: capitalised inside a sentence, or opening one as the
subject of a verb of saying. It also finds the department's name inside a secretary's title
("Secretary of Defense Lloyd Austin"), which the model may run into the person's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import SAYING_OR_ACTING, words
from .doc_words import lower_words
from .english import headline_end
from .kb import KnowledgeBase
from .names import fold
from .sentence_bounds import sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# A verb that makes a sentence-opening portfolio word its speaker: "Defence said",
# "Defence has raised its concerns with", "Defence also confirmed".
SAYING = words("""
    said says say told tells confirmed confirms warned warns announced announces stated states
    declined declines denied denies noted notes responded responds replied replies added adds
    raised raises acknowledged acknowledges
""")
# Words that may stand between the subject and its verb of saying: "Defence has said",
# "Defence also confirmed", "Defence on Monday said" is too far and stays a common noun.
BETWEEN = frozenset({"has", "had", "have", "will", "would", "also", "later", "then", "did"})
# What is "of" a portfolio as the department's own: its minister, its secretary, itself.
DEPARTMENT_HEADS = words("""
    minister ministers secretary secretaries department ministry undersecretary chief chiefs
""")
# What a department does to duties and rates, besides saying and acting: "Commerce sets duties".
SETTING = words("sets set raises lowers extends")


def is_portfolio(form: str, candidates: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """Whether the one-word generic `form` is the portfolio a candidate body is named for:
    "defense" of "Department of Defense". "Cabinet", "Senate" or "navy" name no portfolio."""
    if " " in form:
        return False
    endings = (f" of {form}", f" of the {form}")
    return any(
        fold(name).endswith(endings)
        for entity_id in candidates
        for name in (kb.entities[entity_id].name, *kb.entities[entity_id].generic)
    )


def names_the_department(doc: Doc, span: Span, named_in_full: bool = False) -> bool:
    """Whether a portfolio word stands as a name here: capitalised (not in a title-case
    headline, where every word is), a name of its own rather than a word of a longer one
    ("the Defence Strategic Review", "Cyber Defence Centre"), and either inside its sentence or
    the subject of a verb of saying that opens one (a quote, a bullet or a dash opens one too:
    "• Defence chiefs to meet" is a common noun). In an article that names the department in
    full (`named_in_full`), the word opening a sentence or a headline before a verb of its own
    is its short name too: "Commerce is due to issue final determinations", "Commerce sets
    duties on vinyl planks"."""
    word = span.text
    if not word[:1].isupper() or word.isupper():
        return False
    after = span.end
    if after < len(doc) and doc[after].is_title:
        return False
    opening = span.start == sentence_start(doc, span.start)
    opening = opening or not doc[span.start - 1].text[:1].isalnum()
    if named_in_full and opening and _a_verb_follows(doc, after):
        return True
    if span.start_char <= headline_end(doc):
        return False
    if not opening:
        return not doc[span.start - 1].is_title and not _closes_anothers_name(doc, span.start)
    if after < len(doc) and doc[after].lower_ in BETWEEN:
        after += 1
    return after < len(doc) and doc[after].lower_ in SAYING


def _closes_anothers_name(doc: Doc, start: int) -> bool:
    """Does the word close another body's name after its "of": "the Taiwanese Chamber of
    Commerce of Greater Houston", "the Japanese Chamber of Commerce and Industry"? Only the
    department's own office holders and units are "of" their portfolio ("the Minister of
    Defence", "the Department of Commerce")."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    head = doc[start - 2]
    return head.is_title and head.lower_ not in DEPARTMENT_HEADS


def _a_verb_follows(doc: Doc, after: int) -> bool:
    """Does a verb of the subject's own stand at `after`: "Commerce sets", "Commerce is due",
    "Commerce has said"? A noun the word qualifies ("Treasury yields", "Defence chiefs") is
    none, so only the verbs a body's acts are told with count."""
    if after >= len(doc) or not doc[after].is_lower:
        return False
    word = doc[after].lower_
    return word in SAYING_OR_ACTING or word in BETWEEN or word in SETTING


def after_secretary_of(doc: Doc, span: Span) -> Span | None:
    """The name after the department in "Secretary of Defense Lloyd Austin", which the model
    may read as one name from "Defense" on, leaving "Secretary of" outside it."""
    if len(span) < 3:  # asked first: most names are shorter, and reading the title costs more
        return None
    if lower_words(doc)[max(span.start - 2, 0) : span.start] != ["secretary", "of"]:
        return None
    return doc[span.start + 1 : span.end]
