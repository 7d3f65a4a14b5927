"""The markings of a diplomatic cable's paragraphs, read away before the incursion grammar.

A cable numbers each paragraph and marks its classification before the first word: "1. (SBU)
SUMMARY: Taiwan's MND reported ...", "3. (C) Comment: ...". The sentence splitter cuts such a
paragraph after "1. (", so the paragraph's first sentence opens with "SBU)" and its own first
words (the day that opens it, the subject that counts) are no longer where the grammar looks
for them. The number, the marking and the section word after it ("SUMMARY:") say nothing of
the craft, so they are dropped, and the paragraph reads as the prose it is.
"""

import re

# The paragraph's number and the bracket the splitter leaves as a sentence of its own: "1. (".
_CUT = re.compile(r"\s*\d{1,2}\.\s*\(\s*")
# The number, a classification marking (U, SBU, C, S or TS, with any caveats: "S//NF",
# "U//FOUO") and a cable's section word ("SUMMARY:", "Comment:") before the paragraph's words.
_OPENING = re.compile(
    r"^(?P<space>\s*)\d{1,2}\.\s*\((?:U|SBU|C|S|TS)(?:/{1,2}[A-Z][A-Z /]*)?\)\s*"
    r"(?:(?:SUMMARY|COMMENT|Summary|Comment)\s*[:.]\s*)?"
)


def without_cable_marks(sentences: list[str]) -> list[str]:
    """The sentences with each paragraph's number and marking dropped, the cut joined again."""
    read: list[str] = []
    cut = ""  # the sentence before was the paragraph's number and its bracket
    for sentence in sentences:
        if _CUT.fullmatch(sentence):
            cut = sentence
            continue
        joined = cut + sentence
        opening = _OPENING.match(joined)
        read.append(joined[: opening.end("space")] + joined[opening.end() :] if opening else joined)
        cut = ""
    return read + [cut] if cut else read
