"""A day's entry labelled in words, then its day after a comma: "Last day of the month,
Sunday: 12 aircraft and 8 vessels", "Final entry, March 31: 9 aircraft". The words say which
day of the list the line is; the day after the comma dates it, and the colon opens its counts,
as "Sunday: 12 aircraft" would on its own."""

from .incursion_tokens import Token, WrittenDate

_LABEL_REACH = 6  # "Last day of the month ,": the words before the comma


def labels_a_dated_entry(tokens: list[Token], written: WrittenDate) -> bool:
    """Whether the line opens with a few words, a comma, the day and a colon before counts."""
    comma = written.first - 1
    if comma < 1 or comma > _LABEL_REACH or tokens[comma].text != ",":
        return False
    label = tokens[:comma]
    if not all(token.text.isalpha() for token in label):  # no counts or dates in the label
        return False
    return written.last + 2 < len(tokens) and tokens[written.last + 1].text == ":"
