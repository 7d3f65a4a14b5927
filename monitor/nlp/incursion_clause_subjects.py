"""A clause joined to the one before by a comma and a conjunction opens with its own subject:
"Five of the aircraft crossed the median line, and the balloon also crossed the median line".
"The balloon" there is the subject of its clause, as after "that" or a sentence's start: the
craft counted before, one balloon."""

from .incursion_tokens import Token

_CONJUNCTIONS = {"and", "but", "while", "whereas"}


def opens_a_joined_clause(words: list[Token], at: int) -> bool:
    """Whether the word at `at` follows ", and", ", but", ", while" or a semicolon."""
    if at > 0 and words[at - 1].low == ";":
        return True
    return at > 1 and words[at - 1].low in _CONJUNCTIONS and words[at - 2].low == ","
