"""The headings of a digest's sections: a line standing alone without a full stop, after a
blank line, over a paragraph ("■ MND: 16 aircraft, 5 ships" over "The ministry reported 16 PLA
aircraft ... in the 24 hours to 6 a.m. Tuesday."). A heading repeats its paragraph's figures
(rule 4), so they are of the day the paragraph tells, not of the day the section before wrote
("The minister on Monday thanked Japan ...").
"""


def section_headings(sentences: list[str]) -> set[int]:
    """The indices of the sentences that head a section, blank sentences still among them."""
    headings = set()
    for index in range(1, len(sentences) - 1):
        before, line, after = sentences[index - 1 : index + 2]
        broken = not before.strip() or before.rstrip(" \t").endswith("\n\n")
        alone = line.rstrip(" \t").endswith("\n") and line.strip()[-1:] not in ".!?:"
        if broken and alone and after.strip()[-1:] in (".", "!", "?"):
            headings.add(index)
    return headings
