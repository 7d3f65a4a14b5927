"""A fact-check's quoted claims are no reports: in a story that rules on claims ("VERDICT:
FALSE.", "MISLEADING.", "Fact check: ..."), a count in quotation marks is the claim checked (a
post's "45 warplanes crossed the median line on Thursday", a caption's "103 warplanes around
Taiwan today"), and the ministry's figures the checker gives against it are the facts."""

import re

from .incursion_words import NUMBER_WORDS

# A ruling written as a line or sentence of its own, in capitals as fact-checkers print it,
# or a headline that opens with "Fact check".
_VERDICT = re.compile(
    r"\W*(?:VERDICT\b|RATING\b|(?:FALSE|MISLEADING|TRUE|PARTLY FALSE|HALF TRUE|MISSING CONTEXT"
    r"|UNPROVEN|UNVERIFIED)\b)|\s*[Ff]act[- ]?[Cc]heck\s*:"
)
# Double quotes, straight or curly, and single quotes that open after a space and close
# before one, so that no apostrophe ("Taiwan's") is taken for a quote.
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|(?<![\w'])'[^'\n]+'(?![\w'])|‘[^’\n]+’(?!\w)")


def claims_checked(sentences: list[str]) -> list[str]:
    """The sentences with the counts of a fact-check's quoted claims written as "some" (no
    count, rule 1), their other words kept, for they still tell what the story is about; any
    other story as it is, whose quotes may well be a ministry's own figures."""
    if not any(_VERDICT.match(sentence) for sentence in sentences):
        return sentences
    return [_QUOTED.sub(_uncounted, sentence) for sentence in sentences]


_NUMBER = re.compile(r"\b(?:\d[\d,]*|[A-Za-z]+(?:-[A-Za-z]+)?)\b")


def _uncounted(quote: re.Match[str]) -> str:
    def some(word: re.Match[str]) -> str:
        text = word.group()
        spelled = all(part in NUMBER_WORDS for part in text.lower().split("-"))  # "Forty-five"
        return "some" if text[0].isdigit() or spelled else text

    return _NUMBER.sub(some, quote.group())
