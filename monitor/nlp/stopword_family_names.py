"""A family name spelt as a common word: "the talks with He in Kuala Lumpur" name He Lifeng,
whose family name is the pronoun's spelling. The pronoun is capitalised only where a sentence
or a quotation opens, so a capitalised "He" right after a lower-case word, inside a sentence,
is the name (the bare-name pass asks this of a stop word the article's people bear).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


def named_mid_sentence(doc: Doc, i: int) -> bool:
    """Is the capitalised stop word at token `i` a name: after a lower-case word of its own
    sentence ("with He", "and He"), never at a sentence's or a quotation's opening?"""
    if i == 0 or doc[i].is_sent_start or not doc[i].text[:1].isupper():
        return False
    before = doc[i - 1]
    return before.is_alpha and before.is_lower and not before.whitespace_.count("\n")
