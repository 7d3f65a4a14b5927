"""An aside that describes the reporting place between it and its verb: "Taiwan, just 110
kilometres from Yonaguni, reported 31 aircraft around it", "Taiwan, which lies near Kinmen,
said ...". Its places are where the island is, not where the craft flew, and must not place
the counts after it (rule 5's places outside the list, rule 6's Kinmen)."""

from . import incursion_words as w
from .incursion_phrases import head_at, number_at
from .incursion_tokens import Token

_ASIDE_REACH = 12  # ", some 150 km east of the Chinese coast and 110 km from Yonaguni,"


def place_asides(tokens: list[Token]) -> set[int]:
    """Indices of the asides, with their closing comma, after a place named as the subject of
    a report ("Taiwan, ..., reported")."""
    hidden: set[int] = set()
    for i in range(len(tokens) - 2):
        if tokens[i].low not in w.PLACES or tokens[i + 1].text != ",":
            continue
        close = next(
            (
                j
                for j in range(i + 2, min(len(tokens), i + 2 + _ASIDE_REACH))
                if tokens[j].text == ","
            ),
            None,
        )
        if close is None or close + 1 >= len(tokens):
            continue
        reports = tokens[close + 1].low in w.REPORT_VERBS | w.DETECTIONS
        if reports and not _counts_craft(tokens, i + 2, close):
            hidden.update(range(i + 2, close + 1))
    return hidden


def _counts_craft(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a count of craft stands in the aside: then it is a report's clause of its own."""
    for j in range(start, end):
        found = number_at(tokens, j)
        if found is not None:
            head = head_at(tokens, found[1] + 1)
            if head is not None and head.craft is not None:
                return True
    return False
