"""A country that qualifies a body rather than opening its name: "U.S." in "U.S. House", "US"
in "US State Department", "U.S." in "U.S. military presence".

The labels count such a country word as a mention of the country even where the article names
the country nowhere else (House: 31 passages to 17; State Department: 18 to 7; "military": 12
to 0), while an armed service's or command's designation keeps its country as a word of the
name ("US Navy", "Japan Coast Guard", "U.S. Indo-Pacific Command", "Japan Maritime
Self-Defense Force": about 300 passages to 6). What tells the two apart in the name itself: the
words after the country are a name the same body goes by alone (its alias, "State Department",
or the generic name its counterparts abroad share, "House", "military"), and they do not end in
a service's or unit's word. "Japan Meteorological Agency" and "Taiwan People's Party" go by no
shorter name, so their country stays a word of the name.
"""

from __future__ import annotations

from .kb import KnowledgeBase
from .mention import Mention
from .names import fold

# The last word of an armed service's or unit's designation, which carries its country in its
# name ("United States Navy", "U.S. Seventh Fleet", "Japan Ground Self-Defense Force").
# "Marines" is not one: the plural names the service's people, and the country before it says
# whose they are as it does in "U.S. troops" (writers label "U.S." and "Marines" apart in "U.S.
# Marines" 36 passages to 19).
SERVICE_ENDINGS = frozenset(
    {"navy", "army", "force", "forces", "corps", "guard", "command", "fleet", "staff", "police"}
)


def qualifies_its_body(body: Mention, owner: Mention, kb: KnowledgeBase) -> bool:
    """Whether `owner`, a country opening the mention `body`, only says whose body it is: the
    rest of the name names that body alone and is no service's designation."""
    owner_entry = kb.entities.get(owner.entity_id)
    if owner_entry is None or owner_entry.kind != "country":
        return False
    rest = fold(body.text[owner.end - body.start :])
    if not rest or rest.split()[-1] in SERVICE_ENDINGS:
        return False
    return kb.lookup(rest) == body.entity_id or body.entity_id in kb.generic.get(rest, ())
