"""Where a breakdown set off after a comma closes when it holds one item: "14 aircraft,
including two H-6K bombers, and two drones operating around Taiwan". A list of two items takes
no comma before its "and", so ", and" after the first item, with craft of another class after
it, closes the aside: the drones are counted beside the total, not inside it. "including 10
J-16s, four J-10s, and two KJ-500s" has a comma between its items and lists on; "including two
H-6K bombers, and two J-16s" may still be a list of aircraft, and is left to the breakdown."""

from .incursion_phrases import head_at, number_at
from .incursion_tokens import Token


def closes_a_one_item_breakdown(tokens: list[Token], opened: int, start: int, at: int) -> bool:
    """Whether the comma at `at` closes the breakdown whose word opens at `opened` and whose
    one item stands from `start`: the word follows a comma, ", and" follows the item with
    no comma or "and" inside it, and the counted craft after it are of another class."""
    after_comma = opened > 0 and tokens[opened - 1].low == ","
    and_follows = at + 1 < len(tokens) and tokens[at + 1].low == "and"
    one_item = all(token.low not in (",", "and") for token in tokens[start:at])
    if not (after_comma and and_follows and one_item):
        return False
    item, after = _counted_craft(tokens, start), _counted_craft(tokens, at + 2)
    return item is not None and after is not None and item != after


def _counted_craft(tokens: list[Token], i: int) -> str | None:
    """The craft counted at i ("two drones", "a TB-001 unmanned aerial vehicle"), if any."""
    found = (i, i) if i < len(tokens) and tokens[i].low in ("a", "an") else number_at(tokens, i)
    head = head_at(tokens, found[1] + 1) if found is not None else None
    return head.craft if head is not None else None
