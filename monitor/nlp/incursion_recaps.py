"""Figures named again: a host's recap as a show closes ("Closing, Kao recapped: eighteen
aircraft, all across the line", "Liao's recap: ... and today, 13 aircraft and seven ships", "To
recap: eleven missiles on Thursday, five in Japan's zone", "The closing board: ...", "reading the
ministry's figures a second time — 11 aircraft, five ships"), and a guest's remark about a
figure the story gave ("'Twenty-five was a message to Washington,' said ...", "'Eleven aircraft
is a quiet day,' said ...", "'Four ships come, four ships go'").

Rule 4 makes a figure repeated one fact, and these say it in shorthand: "ten across the line
or into the zone", "four ships inside twelve nautical miles", "forty-seven aircraft over the
line on Friday", a bare "twenty-five", with days and zones that their own words read no better
than the story's full sentence did. So a count they repeat (the same number, of the same craft
or of none named) gives no fact of its own, whatever its day, zone or craft reads; a count they
are the first to tell ("Weekend recap: Saturday's report had 36 aircraft") is read as any other.

A recap runs from its mark to the end of its paragraph, and a remark from its opening quotation
mark to its closing one, so a recap or a remark the splitter cut into sentences ("Sunday, four
ships ... Today, thirty aircraft") is read whole. A quotation that gives a share of a figure it
repeats ("18 PLA aircraft ... were detected. 12 out of 18 aircraft crossed the median line")
quotes a report, whose sentences tell its figures anew, and is read as the report.
"""

import re

from .incursion_claims import Reading

_RECAP_MARK = re.compile(
    r"\b(?:recap(?:s|ped|ping)?|summ(?:ed|ing) up|sums up|to sum up|closing board"
    r"|(?:figures|numbers) a second time)\b",
    re.I,
)
# Straight double quotes open and close alike; curly ones say which they do.
_QUOTES = re.compile(r"[\"“”]")


def repeating_sentences(sentences: list[str]) -> tuple[set[str], set[str]]:
    """The sentences of the story's recaps, and those of its quoted remarks, blank sentences
    (its paragraphs' breaks) still among them."""
    recaps: set[str] = set()
    remarks: set[str] = set()
    recap = quoted = False  # in a recap's paragraph; inside a quotation at the sentence's start
    for sentence in sentences:
        recap = (recap and bool(sentence.strip())) or _RECAP_MARK.search(sentence) is not None
        if recap:
            recaps.add(sentence)
        elif quoted or _opens_a_quote(sentence):
            remarks.add(sentence)
        quoted = (quoted != (len(_QUOTES.findall(sentence)) % 2 == 1)) and "\n" not in sentence
        recap = recap and "\n" not in sentence  # "...\n\n": the paragraph ends
    return recaps, remarks


def without_repeated_counts(
    readings: list[tuple[str, Reading]], recaps: set[str], remarks: set[str]
) -> None:
    """Make each count of a recap or a remark that an earlier sentence counted, of the same
    craft or with none named, give no fact (rule 4): it is marked cumulative, as a figure that
    is no day's own is; its shares ("fourteen of them into the zone") go with it. A remark that
    gives a share of a figure repeated ("12 out of 18 aircraft crossed") quotes a report whole,
    as the report's own sentences tell its figures anew."""
    told: set[tuple[int, str | None]] = set()
    for sentence, reading in readings:
        counts = {(claim.count, claim.craft) for claim in reading.claims if claim.count}
        repeating = sentence in recaps or (sentence in remarks and not _shares(reading))
        for claim in reading.claims if repeating else []:
            again = (claim.count, claim.craft) in told or (
                claim.craft is None and any(count == claim.count for count, _ in told)
            )
            claim.cumulative = claim.cumulative or (again and not claim.reference)
        told |= counts


def _opens_a_quote(sentence: str) -> bool:
    return sentence.lstrip()[:1] in ("“", '"')


def _shares(reading: Reading) -> bool:
    """Whether the sentence gives a share of a count ("12 out of 18 aircraft crossed")."""
    return any(claim.reference and claim.count for claim in reading.claims)
