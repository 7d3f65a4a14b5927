"""Members of Congress as US copy tags them: "Sen. Chris Coons (D-Del.)", "Rep. Young Kim
(R-Calif.)", "Chairman John Moolenaar (R-MI)". The tag's grammar, a party letter, a hyphen and
a state, makes its abbreviation a state that alone is no name at all ("Del.", "Mass.", "IN"),
and it says whose chambers the story's bare "the Senate" and "the House" are: an article that
tags members of Congress writes of Congress, even from Taipei, where no body is called so.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .kb import KnowledgeBase
from .mention import Mention
from .us_states import STATE_FORMS, STATE_OF_FORM, UNITED_STATES, state_entity

# The party (Republican, Democrat, independent), a hyphen or dash, the state, and nothing else
# inside the brackets: "(R-S.C.)", "(D–Hawaii)", "(I-VT)"; AP sets the tag off with commas
# instead: "Rep. Mike Flood, R-Neb., said".
_PARTY_STATE_TAG = re.compile(
    r"(?:\(|, )[RDI][-–](?P<state>"
    + "|".join(re.escape(form) for form in sorted(STATE_FORMS, key=len, reverse=True))
    + r")(?:\)|(?<=\.)(?=[,;]|\s)|,)"
)
# A town and its state as AP copy places it: "IRVINE, Calif. —", "built in Camden, Ark.": an
# abbreviation with its full stop after a capitalised word and a comma is the state there too.
# A wire release's dateline joins the state to the wire's credit by dashes, with no space:
# "LONG BEACH, Calif.--(BUSINESS WIRE)--".
_TOWN_AND_STATE = re.compile(
    r"\b[A-Z][A-Za-z'-]+, (?P<state>"
    + "|".join(
        re.escape(form) for form in sorted(STATE_FORMS, key=len, reverse=True) if "." in form
    )
    + r")(?=[\s,;)]|--|[–—]|$)"
)
# Bare names of the two chambers a tagged member sits in.
CHAMBERS = frozenset({"senate", "house", "house of representatives"})
_CHAMBER_PATTERNS: dict[str, re.Pattern[str]] = {}  # knowledge-base digest -> full names


@lru_cache(maxsize=8)  # asked for each bare chamber of one article: read the article once
def _tag_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """Where each tag's state is written, with the state's name: one pass over the text."""
    return tuple(
        (match.start("state"), match.end("state"), STATE_OF_FORM[match.group("state")])
        for match in _PARTY_STATE_TAG.finditer(text)
    )


def tags_members_of_congress(text: str) -> bool:
    return bool(_tag_spans(text))


def chamber_country(form: str, written: str, text: str, kb: KnowledgeBase) -> str | None:
    """The United States for a capitalised bare chamber ("the Senate", "House lawmakers") of an
    article that tags members of Congress, or names its other chamber in full ("A bill passed
    by the U.S. House of Representatives ... now goes to the Senate": a bill goes on to the
    other chamber of its own legislature; the same chamber named in full decides nothing, for
    Japan's "House of Representatives" is written so too); None otherwise, for other cues."""
    if form not in CHAMBERS or written.islower():
        return None
    bodies = [b for b in kb.generic.get(form, ()) if kb.entities[b].country == UNITED_STATES]
    if not bodies:
        return None
    if tags_members_of_congress(text) or _other_chamber_named(text, set(bodies), kb):
        return UNITED_STATES
    return None


def _other_chamber_named(text: str, bodies: set[str], kb: KnowledgeBase) -> bool:
    """Does the text write the full name ("U.S. House", "US Senate") of a chamber of Congress
    other than `bodies`?"""
    names = _full_chamber_names(kb)
    return any(names[name] not in bodies for name in _chamber_pattern(kb).findall(text))


def _chamber_pattern(kb: KnowledgeBase) -> re.Pattern[str]:
    if kb.digest not in _CHAMBER_PATTERNS:
        longest_first = sorted(_full_chamber_names(kb), key=len, reverse=True)
        _CHAMBER_PATTERNS[kb.digest] = re.compile(
            r"\b(" + "|".join(re.escape(name) for name in longest_first) + r")\b"
        )
    return _CHAMBER_PATTERNS[kb.digest]


def _full_chamber_names(kb: KnowledgeBase) -> dict[str, str]:
    """The names and aliases in Latin script of the chambers of Congress, each with its id:
    each names its country, as a bare chamber does not."""
    return {
        name: body
        for form in CHAMBERS
        for body in kb.generic.get(form, ())
        if kb.entities[body].country == UNITED_STATES
        for name in (kb.entities[body].name, *kb.entities[body].aliases)
        if name.isascii()
    }


def _placed_states(text: str) -> list[tuple[int, int, str]]:
    """Tags' states and towns' states, in the order they are written."""
    towns = [
        (match.start("state"), match.end("state"), STATE_OF_FORM[match.group("state")])
        for match in _TOWN_AND_STATE.finditer(text)
    ]
    return sorted([*_tag_spans(text), *towns])


def tagged_states(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with the state of each party-state tag, and of a town placed with it,
    linked to the state, in place of whatever the model made of its abbreviation (a GPE
    "Wis.", an ORG "D-Del")."""
    tags = [
        (start, end, entity_id)
        for start, end, name in _placed_states(text)
        if (entity_id := state_entity(name, kb)) is not None
    ]
    if not tags:
        return mentions
    starts = [start for start, _, _ in tags]

    def inside_a_tag(mention: Mention) -> bool:
        # The one tag that can hold it is the last to start before its end; a tag's
        # brackets or comma and party letter stand at most four characters before its state.
        at = bisect_right(starts, mention.end - 1) - 1
        return at >= 0 and mention.start >= tags[at][0] - 4 and mention.end <= tags[at][1] + 1

    kept = [mention for mention in mentions if not inside_a_tag(mention)]
    for start, end, entity_id in tags:
        entry = kb.entities[entity_id]
        kept.append(
            Mention(
                text[start:end],
                entry.type,
                entry.name,
                entity_id,
                start,
                end,
                True,
                description=entry.description,
            )
        )
    return sorted(kept, key=lambda mention: mention.start)
