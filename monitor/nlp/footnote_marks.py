"""Footnote marks that chat assistants and students glue to words and figures.

An AI-written summary or a school paper cites its sources with a number stuck to what it
supports: "34 aircraft[1]", "the southwestern ADIZ[2].", "Taiwan's MND²", "Taiwan News¹)",
"Sources: Nikkei Asia¹; Focus Taiwan²", a Markdown footnote "ADIZ[^3]". The mark is no part of
the sentence, yet read as written it joins the word ("ADIZ[2" is one token, "MND²" is no name)
and hides the figure or the zone from the incursion grammar and the knowledge base. These marks
are deleted where the text is read (markdown_marks.read_without_marks), so every stage reads
the sentence the writer meant while offsets still index the text as written.

Only marks glued to what they follow count: a bracketed number or a superscript after a space
("Sources: [1] NHK", "Sources: ¹Kyodo ²NHK") is a list's label, which parts its names, and is
read as written. So is a mark between a word and a capitalised one ("the Taiwan Strait[1] Koo
said"): it may stand where the writer left out a full stop, and deleting it would run two names
into one; the tokenizer splits it off instead (citation_marks.py). After a figure it always goes
("21[1] PLA aircraft").
"""

from __future__ import annotations

import re

# A bracketed footnote number or a run of them ("[1][2]", "[^4]"), or superscript digits.
_MARK = r"(?:(?:\[\^?\d{1,3}\])+|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})"
# Glued to a figure, or to a word and not before a capitalised word ("MND² said", "ADIZ[2].").
# A superscript is never a digit of a count, so deleting it changes no figure ("34¹ aircraft").
FOOTNOTE = re.compile(rf"(?<=\d){_MARK}|(?<=[^\s\[\]\d]){_MARK}(?![ \t]+[A-Z])")


def writes_footnotes(text: str) -> bool:
    return FOOTNOTE.search(text) is not None
