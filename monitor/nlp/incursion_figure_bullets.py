"""A "by the numbers" list, each line a figure, a middle dot and what the figure counts:

    37 · PLA aircraft the Ministry of National Defense reported around Taiwan in the 24 hours
    to 6 a.m. Wednesday (Nov. 8).
    9 · navy ships in the same report.

The dot only sets the figure off as the line's bullet; the line is read as the phrase it
stands for ("37 PLA aircraft the Ministry ... reported around Taiwan"), so the figure counts
the craft named after it. Other lines with a middle dot ("Newsletter · Nov. 22") are left.
"""

import re

# A line that opens with a figure, then the dot, then words.
_FIGURE_DOT = re.compile(r"(?m)^([ \t]*\d{1,3}(?:,\d{3})*)[ \t]+·[ \t]+(?=[A-Za-z])")


def without_figure_dots(sentences: list[str]) -> list[str]:
    """The sentences with a list line's dot between its figure and its words taken out."""
    return [_FIGURE_DOT.sub(r"\1 ", sentence) for sentence in sentences]
