"""Figure lines: a "numbers of the day" box lays a count out before a dash and what it
counts after it ("9 — Chinese military aircraft detected around Taiwan ...", "6 — PLA Navy
ships in the same window"). The dash stands where prose has nothing, so the line is read as
"9 Chinese military aircraft detected ...". A share or a measure ("88.2% — respondents ...",
"±2.8 — its margin of error") is no whole count and stays as it is.
"""

import re

# A whole count opening a line, then a spaced dash and a word. A year ("2024 — ...") is no
# count of craft: four digits are only read with a thousands comma ("1,200 — ...").
_FIGURE_LINE = re.compile(r"^([ \t]*\d{1,3}(?:,\d{3})?)[ \t]+[—–][ \t]+(?=[A-Za-z])", re.MULTILINE)


FIGURE_LINE_MARK = re.compile(r"\d[ \t]+[—–][ \t]")  # the figure and its dash, spaced


def figure_lines_as_counts(sentences: list[str]) -> list[str]:
    """The sentences, a figure line's dash dropped so its figure counts the words after it."""
    return [_FIGURE_LINE.sub(r"\1 ", sentence) for sentence in sentences]
