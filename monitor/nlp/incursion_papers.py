"""Papers that disagree on a count: a press review credits each item to its paper, and when
"The Liberty Times, quoting the ministry, counts 68 Chinese aircraft" and "The China Times,
citing military sources, says more than 70 aircraft were operating around Taiwan", each paper's
figure is one an analyst charts. One craft in one zone on one day otherwise has one figure
(incursion_one_figure.py); a second figure that a different paper is credited with is that
paper's, not a breakdown or a recall of the first.
"""

from datetime import date

from .incursion_phrases import number_at
from .incursion_story import Incursion
from .incursion_tokens import Token, tokenize

# The last word of a paper's name: "The Liberty Times", "UNITED DAILY NEWS:", "The Sankei
# Shimbun"; Japan's big dailies go by one word ("The Asahi").
PAPER_NAMES = {
    "times", "news", "shimbun", "post", "journal", "nippo", "herald", "tribune", "gazette",
    "chronicle", "telegraph", "guardian", "asahi", "yomiuri", "mainichi", "sankei", "nikkei",
}  # fmt: skip
_NAME_LENGTH = 4  # "The United Daily News", "Taipei Times"


def with_each_papers_figure(facts: list[Incursion], kept: set[int]) -> set[int]:
    """The ids of the facts kept, and of each figure a sentence writes and credits to another
    paper than the kept figures of its craft, zone, place and day, when it differs from all of
    them."""
    # Each sentence is read once, however many facts it gave: the reading stays linear.
    sentences = {said: _read(said) for said in dict.fromkeys(fact.evidence for fact in facts)}
    figures: dict[tuple[str, str, str, date], list[tuple[int, str | None]]] = {}
    for fact in facts:
        if id(fact) in kept:
            paper = sentences[fact.evidence][0]
            figures.setdefault(_key(fact), []).append((fact.count, paper))
    added = set()
    for fact in facts:
        (paper, written), told = sentences[fact.evidence], figures.get(_key(fact), [])
        # "The Global Times says the China Coast Guard ships patrolled the territorial waters"
        # credits a paper, but its ships are those a sentence before counted: the paper's own
        # figure is one its sentence writes.
        if id(fact) in kept or paper is None or not told or fact.count not in written:
            continue
        credited = all(other is not None and other != paper for _, other in told)
        if credited and all(count != fact.count for count, _ in told):
            told.append((fact.count, paper))
            added.add(id(fact))
    return kept | added


def _read(sentence: str) -> tuple[str | None, set[int]]:
    """The paper the sentence credits, and the numbers it writes."""
    words = tokenize(sentence)
    numbers = (number_at(words, i) for i in range(len(words)))
    return _credited_paper(words), {found[0] for found in numbers if found is not None}


def _key(fact: Incursion) -> tuple[str, str, str, date]:
    return (fact.what, fact.zone, fact.place, fact.day)


def _credited_paper(words: list[Token]) -> str | None:
    """The paper a sentence credits before its first number, as its lower-case name: the
    capitalised words that end as a paper's name does ("The Liberty Times, quoting ...",
    "UNITED DAILY NEWS: ...", "..., the Sankei Shimbun says")."""
    for index, word in enumerate(words):
        if word.text[:1].isdigit():
            return None
        if word.low in PAPER_NAMES and word.text[:1].isupper():
            return " ".join(w.low for w in _name_before(words, index))
    return None


def _name_before(words: list[Token], last: int) -> list[Token]:
    """The capitalised words of the name that ends at `last`."""
    first = last
    while first > max(0, last - _NAME_LENGTH) and words[first - 1].text[:1].isupper():
        first -= 1
    return words[first : last + 1]
