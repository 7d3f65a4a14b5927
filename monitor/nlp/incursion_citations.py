"""Wiki reference pages' citation marks, taken out of the sentences the incursion grammar reads.

A reference page glues its notes to the words they support: a footnote's number ("ADIZ.[41]"),
an editor's tag ("8[citation needed]", "[needs update]") or, in the page's source, the
reference itself ("<ref>{{cite web |title=...}}</ref>", '<ref name="mnd0620"/>'). None of them is
part of the sentence, and a count with a mark glued to it ("8[citation needed]") or a sentence
that runs on into a citation's title is not read as the report it is.
"""

import re

# A mark glued to the word before it (wiki style: no space), so a bracketed aside after a
# space ("[MND detects 9 aircraft]", a translated title) stays. Tags are lower-case editor's
# words; the set is bounded by the length of the bracket, never by a list of tags.
_ONE_MARK = (
    r"(?<=\S)\[(?:\d{1,3}|[a-z][a-z ?,]{0,40}|note \d{1,3}|[a-z]\s?\d{0,2})\]"
    r"|<ref\b[^<>]{0,200}/>"
    r"|<ref\b[^<>]{0,200}>[^<]{0,1000}</ref>"
)
_MARK = re.compile(_ONE_MARK)
# Marks after a sentence's stop, before the next sentence ("ADIZ.[41][42] Two days earlier"):
# the splitter sees no stop there, so the sentences are split where the marks were.
_MARKS_AT_STOP = re.compile(rf"(?<=[.!?\"”])(?:{_ONE_MARK})+\s+(?=[A-Z])")
# Every mark opens with a bracket or a reference's tag: a text without either has none.
CITATION_MARK = re.compile(r"\[|<ref")


def without_citation_marks(sentences: list[str]) -> list[str]:
    """The sentences with every citation mark removed, split where marks ended one."""
    return [
        _MARK.sub("", part) for sentence in sentences for part in _MARKS_AT_STOP.split(sentence)
    ]
