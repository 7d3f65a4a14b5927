"""Figures the next sentence takes back. A newsletter or a corrections box sets a figure out as
someone's word and then, in the sentence after it, disowns or replaces it:

- a claim no one made official ("a viral post claiming 70 Chinese warplanes crossed the median
  line on Monday. No ministry said so."): the claim's figures are written as "some" (no count);
- the writer's own figure corrected ("we said five China Coast Guard ships entered Kinmen's
  restricted waters on Tuesday. The Coast Guard Administration's figure was four"), or a
  published piece's, as a corrections box names it ("A report on Tuesday's activity said 37
  aircraft had been detected. The ministry's figure was 27."): the figure the piece gave is
  read as the right one, so the sentence keeps its craft, zone and day.

Each cue is read in the sentence after the figure's, within its paragraph, so the pass is
linear in the text.
"""

import re

from .incursion_fact_checks import paragraph_ends, uncounted

_FIGURE = r"\d{1,3}(?:,\d{3})*|[A-Za-z]+(?:-[A-Za-z]+)?"
# The words that make what follows someone's claim, not a report: "a viral post claiming",
# "a rumour that", "a message saying".
_CLAIMED = re.compile(
    r"\b(?:post|posts|rumou?rs?|message|messages|video|screenshot|claim)\s+"
    r"(?:claiming|claimed|saying|said|that|of)\b|\bclaim(?:s|ed|ing)?\s+that\b",
    re.I,
)
# A sentence that says no one who counts said so: "No ministry said so.", "Nobody reported
# that.", "No official confirmed it." The disowning opens the sentence, as a rebuttal does.
_NO_ONE_SAID = re.compile(
    r"\s*(?:No(?:\s+[a-z]+){1,2}|Nobody|No one|None of them)\s+"
    r"(?:ever\s+)?(?:said|reported|confirmed|announced|published|gave)\s+"
    r"(?:so|that|it|any such (?:thing|figure|number))\b"
)
# The writer's own figure: "we said five ...", "we wrote 32 ...", "I reported 12 ...".
_WE_SAID = re.compile(rf"\b(?:[Ww]e|I)\s+(?:said|wrote|reported|gave)\s+({_FIGURE})\b")
# The figure that replaces it, in the sentence after: "The Coast Guard Administration's figure
# was four", "The actual number is 32", "the correct count was 12".
_RIGHT_FIGURE = re.compile(
    rf"\b(?:figure|number|count|total|tally)\s+(?:was|is)\s+(?:actually\s+)?({_FIGURE})\b"
)
# A piece of copy's figure, the piece named by what it was and where or when it ran, opening
# its sentence as a corrections box opens each item: "An article on Thursday said four ...",
# "A report on Tuesday's Chinese military activity said that 37 ...", "Our graphic gave 45".
_PIECES = r"(?:report|article|story|headline|caption|item|graphic|chart|brief|map|table)"
_PIECE_SAID = re.compile(
    rf"\W*(?:An?|Our|The|This|That)\s+(?:[\w'’-]+\s+){{0,2}}{_PIECES}\b[^.;:!?\n]{{0,60}}?"
    rf"\s(?:said|wrote|reported|gave|stated)\s+(?:that\s+)?({_FIGURE})\b"
)
# What replaces a piece's figure opens the sentence after and is a source's or the right one
# ("The Ministry of National Defense's figure was 27", "The correct number is 32"): "The total
# was 45" after a report's "12 crossed" is another measure, no correction.
_SOURCES_FIGURE = re.compile(
    rf"\s*The\s+(?:[^.;:!?\n]{{0,60}}?['’]s|correct|actual|right|official)\s+"
    rf"(?:figure|number|count)\s+(?:was|is)\s+(?:actually\s+)?({_FIGURE})\b"
)


def without_disowned_figures(sentences: list[str]) -> list[str]:
    """The sentences with each figure the next sentence disowns uncounted or corrected."""
    kept = list(sentences)
    for index in range(len(sentences) - 1):
        if paragraph_ends(sentences, index):
            continue
        following = sentences[index + 1]
        claimed = _CLAIMED.search(kept[index])
        if claimed and _NO_ONE_SAID.match(following):
            start = claimed.end()
            kept[index] = kept[index][:start] + uncounted(kept[index][start:])
        said, right = _WE_SAID.search(kept[index]), _RIGHT_FIGURE.search(following)
        if not (said and right):  # "A report on Tuesday said 37 ... The MND's figure was 27."
            said, right = _PIECE_SAID.match(kept[index]), _SOURCES_FIGURE.match(following)
        if said and right and _a_figure(said.group(1)) and _a_figure(right.group(1)):
            text = kept[index]
            kept[index] = text[: said.start(1)] + right.group(1) + text[said.end(1) :]
    return kept


def _a_figure(word: str) -> bool:
    return uncounted(word) == "some"
