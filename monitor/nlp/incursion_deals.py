"""Craft a deal is about: "approved the sale of 400 missiles and two frigates", "a contract
for 66 jets", "funding for 10 new patrol ships". A count in the phrase of a noun of buying,
selling or paying names craft traded or paid for, never craft sighted."""

from .incursion_tokens import Token

# Nouns whose "of" or "for" phrase names what is traded or paid for.
_DEALS = {
    "sale", "sales", "purchase", "purchases", "order", "orders", "delivery", "deliveries",
    "contract", "contracts", "deal", "package", "cost", "costs", "price", "budget", "funding",
    "funds", "procurement", "acquisition", "transfer", "export", "exports",
}  # fmt: skip
# Words a count may stand behind in the phrase: a count coordinated before it ("400 missiles
# and"), its modifiers ("new", "more", "US-made").
_STOPS = {",", ";", ":", "to", "into", "around", "near", "in", "on", "while", "that", "which"}
_REACH = 6
# A deal's party may stand between the deal and what it buys: "a contract with Acme Marine
# for four cutters", "an order from the Navy for three corvettes".
_PARTIES = {"with", "from", "by"}
_PARTY_REACH = 5


def counts_craft_in_a_deal(words: list[Token], first: int) -> bool:
    """Whether the count at `first` stands in the "of" or "for" phrase of a deal."""
    for i in range(first - 1, max(0, first - 1 - _REACH), -1):
        low = words[i].low
        if low in ("of", "for"):
            return words[i - 1].low in _DEALS or _follows_a_deals_party(words, i)
        if low in _STOPS:
            return False
    return False


def _follows_a_deals_party(words: list[Token], preposition: int) -> bool:
    """Whether the "for" or "of" at `preposition` closes a party phrase right after a deal
    noun ("contract with Acme Marine for"), so its phrase is still the deal's."""
    for i in range(preposition - 1, max(0, preposition - 1 - _PARTY_REACH), -1):
        low = words[i].low
        if low in _PARTIES:
            return i > 0 and words[i - 1].low in _DEALS
        if low in _STOPS or low in ("of", "for"):
            return False
    return False
