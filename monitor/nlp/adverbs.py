"""Whether an adverb follows a name: "the defence ministry later gave the figures" has the
ministry act, for a noun that modifies another ("ministry officials") is never followed by one;
without this, any verb the word lists do not know left the ministry undecided."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Adverbs copy sets between a body and its verb; "-ly" words are taken as adverbs too, save the
# adjectives before a noun ("early warning aircraft", "daily report") and the nouns ("ministry
# supply contracts", "the Assembly", "an ally").
ADVERBS = _words("""
    later earlier again then now first still already never once soon separately subsequently
    previously repeatedly recently immediately publicly formally reportedly quickly swiftly
""")
_NOT_ADVERBS_IN_LY = _words("""
    early daily weekly monthly yearly likely friendly only supply family assembly ally rally
    reply july italy anomaly monopoly
""")


def adverb_at(doc: Doc, index: int) -> bool:
    if index >= len(doc):
        return False
    word = doc[index].lower_
    ly = word.endswith("ly") and len(word) > 4 and word not in _NOT_ADVERBS_IN_LY
    return word in ADVERBS or ly
