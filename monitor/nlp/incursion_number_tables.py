"""The numbers of a sentence, one per word, read in one pass.

The grammar asks for the number written at every word from several rules (a share of a total,
a claim, a number of days heading counts); each looks it up in the sentence's table instead of
reading the word again."""

from .incursion_phrases import may_write_a_number, number_at
from .incursion_tokens import Token

Numbers = list[tuple[int, int] | None]  # (value, last token) at each position, as number_at


def numbers_in(words: list[Token]) -> Numbers:
    """The number written at each position of `words` (incursion_phrases.number_at)."""
    return [
        number_at(words, i) if may_write_a_number(word.low) else None
        for i, word in enumerate(words)
    ]
