"""A press review's days of the papers are not the days of their figures: in "Tuesday's Yomiuri
Shimbun puts the Senkakus on page one: two China Coast Guard ships entered territorial waters
on Monday", "The Liberty Times leads Wednesday with the report that four ships entered ... on
Tuesday" or "the only daily to put Taiwan on its front page on Wednesday, reporting that ... 13
aircraft ... in the 24 hours to 6 a.m. Tuesday", the paper's day is the day it came out, and
the counts it reports are of the day before, which the sentence writes or the report's window
gives. A day that names an edition dates no count.
"""

from .incursion_papers import PAPER_NAMES
from .incursion_tokens import Token, WrittenDate

# What a day's edition is called: "Thursday's papers", "its Sunday edition", "Wednesday's
# front page", "Japan's Thursday dailies".
_EDITION_NOUNS = {
    "paper", "papers", "newspaper", "newspapers", "edition", "editions", "dailies", "front",
    "page", "pages", "issue", "headlines", "broadsheets", "tabloids",
}  # fmt: skip
# A paper "leads Wednesday with" its top story, as it "leads its Wednesday edition with" it.
_LEADING = {"lead", "leads", "led"}
_NAME_REACH = 4  # "Tuesday's Yomiuri Shimbun", "Monday's Taipei Times"


def without_edition_days(tokens: list[Token], dates: list[WrittenDate]) -> list[WrittenDate]:
    """The days written, without those that name a paper's edition."""
    return [written for written in dates if not _names_an_edition(tokens, written)]


def _names_an_edition(tokens: list[Token], written: WrittenDate) -> bool:
    after = tokens[written.last + 1 : written.last + 1 + _NAME_REACH]
    if after and after[0].low in _EDITION_NOUNS:  # "Thursday's papers", "Sunday edition"
        return True
    if tokens[written.last].possessive and _a_papers_name(after):  # "Tuesday's Yomiuri"
        return True
    before = [token.low for token in tokens[max(0, written.first - 3) : written.first]]
    if before[-1:] and before[-1] in _LEADING and after[:1] and after[0].low == "with":
        return True  # "leads Wednesday with"
    # "on its front page on Wednesday", "the paper's edition on Sunday"
    return before[-1:] == ["on"] and any(low in _EDITION_NOUNS for low in before[:-1])


def _a_papers_name(words: list[Token]) -> bool:
    """Whether the words open with a capitalised name that ends as a paper's does ("Tuesday's
    Yomiuri Shimbun", "Friday's Liberty Times")."""
    for word in words:
        if not word.text[:1].isupper():
            return False
        if word.low in PAPER_NAMES:
            return True
    return False
