"""A company named without the last word of its name ("Kawasaki Heavy" for Kawasaki Heavy
Industries, "Hitachi Zosen" for Hitachi Zosen Corporation): a second mention, or a market
report's shorthand, that the model keeps as a name of its own. Once the article has named the
company in full ("CPC Corporation, Taiwan"), its clipped name ("a memorandum with CPC") is that
company, even where the clipped name alone is another body's initials (China's party).
"""

from __future__ import annotations

from .kb import KnowledgeBase
from .mention import Mention, relinked
from .names import fold

LAST_WORDS = ("industries", "corporation", "group")
CORPORATE_WORDS = frozenset({*LAST_WORDS, "corp", "corp.", "co.", "company", "inc.", "ltd."})


def clipped_companies(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Each unlinked name of two words or more that is a known company's name but its last
    word: that company. One word is too little ("Kawasaki" is also the city)."""
    found = []
    for m in mentions:
        key = fold(m.text)
        if m.in_kb or m.label != "ORG" or " " not in key:
            found.append(m)
            continue
        ids = {entity for word in LAST_WORDS if (entity := kb.lookup(f"{key} {word}"))}
        found.append(relinked(m, ids.pop(), kb) if len(ids) == 1 else m)
    return found


# An American department goes by the word before "Department" once named: "State" after "the
# State Department" in an audit report ("DOD and State concurred", blind88-a-005, a-009).
CUT_WORDS = CORPORATE_WORDS | {"department"}


def companies_named_before(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Each mention whose text is the words before the corporate word of a name another mention
    of the article is written with and linked by: that mention's company ("CPC" after "CPC
    Corporation, Taiwan") or department ("State" after "State Department"). One pass to collect
    the article's full names, one to relink."""
    full: dict[str, set[str]] = {}
    for m in mentions:
        words = fold(m.text).replace(",", " ").split()
        cut = next((i for i, word in enumerate(words) if word in CUT_WORDS), 0)
        if m.in_kb and m.label == "ORG" and cut:  # "CPC Corporation, Taiwan": "cpc"
            full.setdefault(" ".join(words[:cut]), set()).add(m.entity_id)
    found = []
    for m in mentions:
        ids = full.get(fold(m.text), set()) - {m.entity_id}
        # never a place ("Japan"); a name the model found alone is an organisation's ("State")
        clipped = m.label == "ORG" and len(ids) == 1
        found.append(relinked(m, ids.pop(), kb) if clipped else m)
    return found
