"""A group whose size is written as a compound adjective: "a four-ship China Coast Guard
formation conducted a patrol within the territorial waters", "a two-vessel flotilla", "a
12-aircraft package". Xinhua and the coast guards' statements number their formations so; the
phrase counts the craft the group is made of, as "a formation of four China Coast Guard ships"
does, and is read as that."""

import re

from .incursion_words import NUMBER_WORDS

_NOUNS = (
    r"ship|vessel|boat|cutter|warship|destroyer|frigate|aircraft|plane|jet|fighter|bomber|drone"
)
_GROUPS = r"formation|fleet|flotilla|squadron|convoy|group|task force|package|swarm"
_COMPOUND = re.compile(
    rf"\b(?P<article>an?)\s+(?P<count>\d{{1,2}}|[A-Za-z]+)-(?P<noun>{_NOUNS})\s+"
    rf"(?P<owner>(?:[A-Z][\w'’.-]*\s+){{0,4}})(?P<group>{_GROUPS})\b",
)


def with_groups_as_counts(sentence: str) -> str:
    """The sentence with each group numbered by a compound adjective written as a count of its
    craft: "a four-ship China Coast Guard formation" as "a formation of four China Coast Guard
    ships"."""
    return _COMPOUND.sub(_as_count, sentence)


def _as_count(found: re.Match[str]) -> str:
    count = found["count"]
    if not (count.isdigit() or count.lower() in NUMBER_WORDS):
        return found.group()
    noun = found["noun"] if found["noun"] == "aircraft" else f"{found['noun']}s"
    return f"{found['article']} {found['group']} of {count} {found['owner']}{noun}"
