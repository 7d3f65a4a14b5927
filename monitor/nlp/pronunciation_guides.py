"""Pronunciation guides that radio bulletins write after a name: "the Miyako [MEE-yah-koh]
Strait", "Senkaku [sen-KAH-koo] Islands", "Guo Jiakun [GWAW jyah-KWUN]".

A newsreader's script spells out the stressed syllables of a name in brackets, in capitals.
Read as written, the guide cuts a name in two ("Miyako" alone is the island, "Bashi" no name
the knowledge base has) and puts words that are no English between a count and its craft. The
guide is deleted where the text is read (markdown_marks.read_without_marks), so the name reads
whole while offsets still index the text as written.

A guide is told by its shape: syllables of letters joined by hyphens or spaces, one of them
stressed (two capitals or more) and one unstressed or hyphened, straight after a word. A
bracket of one word ("[ANCHOR]", a speaker's label; "[sic]"), a gloss in plain words ("[air
defense identification zone]", "[Lin Jian]"), words in capitals alone ("[SOUND BITE]") and a
bracket holding digits ("[1]", a footnote) are no guide, and are read as written.
"""

from __future__ import annotations

import re

# The space after the bracket goes with it, so the words either side meet as one name.
GUIDE = re.compile(
    r"(?<=[A-Za-z] )\[(?=[^\]\n]{0,60}[A-Z]{2})(?=[^\]\n]{0,60}[-a-z])"
    r"[A-Za-z]+(?:[- ][A-Za-z]+){1,7}\] ?"
)


def writes_pronunciation(text: str) -> bool:
    """Whether the text writes a guide anywhere: most never do, and are read untouched."""
    return GUIDE.search(text) is not None
