"""A news quiz's question read with its keyed answer: the question carries the craft, the zone
and the day ("1. How many Chinese aircraft entered Taiwan's southwestern ADIZ on Tuesday?"),
the answer only the figure ("Two Y-8 anti-submarine planes, the ministry said", "Answer: Four.",
"Q2 — Most of them: 22, spread over ..."). Neither is a fact alone, so the answer is read as the
question told as a statement with the figure in place of "How many" ("Two Chinese aircraft
entered Taiwan's southwestern ADIZ on Tuesday."), followed by the rest of the answer.

The answer is the sentence after the question, or, where the quiz keeps its answers below the
questions, the first sentence of the answer numbered as the question ("1." ... "ANSWERS" ...
"1. 24. Of those, 17 crossed ..."). A question that asks only "How many?" after a sentence that
sets it ("The ministry said aircraft were detected ... Wednesday. How many?") has its answer
read after that sentence, whose day it takes.

A true-or-false round states a claim and then rules on it: a claim ruled "TRUE" is read as
written; one ruled "FALSE" is not read at all, since what it states is what the quiz denies.
"""

import re

from .incursion_words import NUMBER_WORDS_PATTERN

_FIGURE = rf"\d{{1,3}}(?:,\d{{3}})*|(?:{NUMBER_WORDS_PATTERN})"
# "1.", "12.", "Q2.", "Q1 —": an item's number, on its own or opening the sentence.
_MARK = re.compile(r"\s*(?:Q\s?)?(\d{1,2})(?:\.|\s*[—–-]|\))(?=\s|$)")
_QUESTION = re.compile(r"\bhow many\b", re.I)
# "  a) 14   b) 31   c) 45": a multiple-choice question's options, none of them its answer.
_OPTIONS = re.compile(r"\s*\(?a\)\s.*\bb\)\s", re.I | re.S)
# What opens an answer before its figure: "Answer:", "A.", "Q1 —", "Most of them:".
_ANSWER_FIGURE = re.compile(
    r"\s*(?:(?:Q\s?)?\d{1,2}(?:\.|\s*[—–-])\s*)?(?:Answer:\s*|A\.\s+)?"
    rf"(?:[A-Z][a-z]+(?: [a-z]+){{0,3}}:\s+)?({_FIGURE})\b(?!\s*(?:a\.m\.|p\.m\.|%|per))",
    re.I,
)
_TRUE_OR_FALSE = re.compile(r"\s*(?:\d{1,2}\.\s*)?true or false:\s*", re.I)
_RULING = re.compile(r"\s*(TRUE|FALSE)\b")
# "The ministry said 13 did": the figure a ruling of FALSE gives instead of the claim's.
_FIGURE_THAT_DID = re.compile(rf"\bsaid ({_FIGURE}) did\b", re.I)
_CLAIMED_FIGURE = re.compile(rf"\b(?:{_FIGURE})\b(?!\s*(?:a\.m\.|p\.m\.))", re.I)
# "ANSWERS", "ANSWER KEY: 1-b, 2-a", "Answers:": the line over a quiz's answers, not a
# sentence that mentions them ("Answers and explainers are below the line.").
_ANSWERS_HEADING = re.compile(
    r"(?:^|\n)[ \t]*(?:ANSWERS?(?: KEY)?|Answers|Answer key)[ \t]*(?::|\n|$)"
)


def with_quiz_answers(sentences: list[str]) -> list[str]:
    """The sentences with each quiz question told as a statement just before its answer."""
    if not any(_QUESTION.search(s) or _TRUE_OR_FALSE.match(s) for s in sentences):
        return sentences
    read = _with_claims_ruled(list(sentences))
    answers = _answer_sections(read)
    told: dict[int, str] = {}  # the statement each answer is read after
    for index, sentence in enumerate(read):
        if not (_QUESTION.search(sentence) and sentence.rstrip().endswith("?")):
            continue
        number = _item_number(read, index)
        at = answers.get(number) if number is not None else None
        at = at if at is not None and at > index else _next_sentence(read, index)
        figure = _ANSWER_FIGURE.match(read[at]) if at is not None else None
        if at is None or figure is None:
            continue
        statement = _told(sentence, figure.group(1))
        if statement is None:  # "How many?" after the sentence that sets the question
            statement, read[index - 1] = read[index - 1], ""
        read[index] = ""
        told[at] = statement.strip() + "\n"
    # The answer as written stays after the statement: "Two, both spotted northwest of
    # Keelung" repeats the figure (rule 4) and tells the rest.
    return [
        piece
        for index, answer in enumerate(read)
        for piece in (told.get(index), answer)
        if piece is not None
    ]


def _told(question: str, figure: str) -> str | None:
    """ "How many X did it report ... Tuesday?" as "24 X did it report ... Tuesday."; None for a
    question that names nothing after "How many"."""
    found = _QUESTION.search(question)
    assert found is not None
    after = question[found.end() :].strip().rstrip("?").strip()
    if not after:
        return None
    before = question[: found.start()]
    before = "" if before.strip().endswith(":") or not before.strip() else before
    return f"{before}{figure} {after}."


def _with_claims_ruled(sentences: list[str]) -> list[str]:
    """A true-or-false claim read as written when ruled TRUE, dropped when ruled FALSE."""
    for index, sentence in enumerate(sentences):
        opening = _TRUE_OR_FALSE.match(sentence)
        after = _next_sentence(sentences, index)
        ruling = _RULING.match(sentences[after]) if opening and after is not None else None
        if opening is None or ruling is None or after is None:
            continue
        claim = sentence[opening.end() :]
        if ruling.group(1) == "FALSE":
            # "FALSE. The ministry said 13 did": the claim with the figure the ruling gives.
            ruled = sentences[after + 1] if after + 1 < len(sentences) else ""
            instead = _FIGURE_THAT_DID.search(sentences[after]) or _FIGURE_THAT_DID.search(ruled)
            claim = _CLAIMED_FIGURE.sub(instead.group(1), claim, count=1) if instead else ""
        sentences[index] = claim
        sentences[after] = sentences[after][ruling.end() :].lstrip(". ")
    return sentences


def _item_number(sentences: list[str], index: int) -> str | None:
    """The number of the item the sentence belongs to: the mark that opens it or one before it
    in its paragraph ("1." then "Taiwan's MND published ..." then "How many ...?")."""
    for back in range(index, -1, -1):
        if (mark := _MARK.match(sentences[back])) is not None:
            return mark.group(1)
        if back < index and "\n" in sentences[back]:
            return None
    return None


def _answer_sections(sentences: list[str]) -> dict[str, int]:
    """For a quiz that keeps its answers apart, each item's number and its answer's sentence:
    the first sentence after the number's last mark, past a heading that names the answers."""
    heading = next((i for i, s in enumerate(sentences) if _ANSWERS_HEADING.search(s)), None)
    if heading is None:
        return {}
    found: dict[str, int] = {}
    for index in range(heading + 1, len(sentences)):
        mark = _MARK.match(sentences[index])
        if mark is None or mark.group(1) in found:
            continue
        bare = not sentences[index][mark.end() :].strip()
        found[mark.group(1)] = index + 1 if bare and index + 1 < len(sentences) else index
    return found


def _next_sentence(sentences: list[str], index: int) -> int | None:
    """The next sentence with words, past blank lines, a bare item mark and options."""
    for after in range(index + 1, min(index + 4, len(sentences))):
        text = sentences[after].strip()
        if text and not (_MARK.fullmatch(text) or _OPTIONS.match(text)):
            return after
    return None
