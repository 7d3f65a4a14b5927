"""Carriers that are no ships: telephone companies and airlines. A cyber desk's note writes
"reached subscribers of at least two carriers", "mobile carriers", "the island's telecom
carriers"; a "carrier" there sells calls, and its count is no navy's ships.
"""

from .incursion_tokens import Token

_CARRIERS = {"carrier", "carriers"}
# Words that make a carrier a company's: what it carries, or who it serves.
_TRADES = {"mobile", "telecom", "telecoms", "wireless", "cellular", "phone", "network", "cable"}
_SERVED = {"subscribers", "customers", "users", "passengers"}
_REACH = 4  # "subscribers of at least two carriers": "of", "at", "least", the count


def is_a_company(words: list[Token], start: int, head: int, modifiers: set[str]) -> bool:
    """Whether the craft phrase from start to its head "carrier(s)" names companies."""
    if words[head].low not in _CARRIERS:
        return False
    before = [t.low for t in words[max(0, start - _REACH - 1) : start]]
    served = any(low in _SERVED and "of" in before[k + 1 :] for k, low in enumerate(before))
    # "said one carrier's network chief", "a carrier's subscribers": what the company owns.
    after = words[head + 1].low if words[head].possessive and head + 1 < len(words) else ""
    return served or bool(modifiers & _TRADES) or after in _TRADES | _SERVED
