"""Footnote marks that chat assistants and students glue to words and figures.

An AI-written summary or a school paper cites its sources with a number stuck to what it
supports: "34 aircraft[1]", "the southwestern ADIZ[2].", "Taiwan's MND²", "Taiwan News¹)",
"Sources: ¹Nikkei Asia ²Focus Taiwan", a Markdown footnote "ADIZ[^3]". The mark is no part of
the sentence, yet read as written it joins the word ("ADIZ[2" is one token, "MND²" is no name)
and hides the figure or the zone from the incursion grammar and the knowledge base. These marks
are deleted where the text is read (markdown_marks.read_without_marks), so every stage reads
the sentence the writer meant while offsets still index the text as written.

Only marks glued to what they follow or precede count: a bracketed number after a space
("Sources: [1] NHK [2] Kyodo") is a list's label and is read as written.
"""

from __future__ import annotations

import re

# A bracketed footnote number, or a run of them ("[1][2]"), glued to the character before it.
_BRACKETED = r"(?<=[^\s\[\]])(?:\[\^?\d{1,3}\])+"
# Superscript digits glued to a word, a figure or a closing mark on either side: "MND²",
# "News¹)", "¹Nikkei". A superscript is never a digit of a count, so deleting it changes no
# figure ("34¹ aircraft" is 34).
_SUPERSCRIPT = r"[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}(?=\S)|(?<=\S)[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}"
FOOTNOTE = re.compile(f"{_BRACKETED}|{_SUPERSCRIPT}")


def writes_footnotes(text: str) -> bool:
    return FOOTNOTE.search(text) is not None
