"""The one body a generic name can be when nothing in the article says whose it is.

A release with no dateline, outlet or qualifier still names its body: "the Joint Staff" is the
only body of that name the knowledge base knows, and "the Department of Defense", spelt the
American way, is not Australia's Department of Defence (the reverse tells nothing: British copy
spells every country's ministry "defence"). The knowledge base files generic forms in one
spelling, so the spelling is read from the surface and the body's own name.

A body also writes its own name as it names itself: "Ministry of Defense" in full is Japan's
ministry, whose own name it is; China's and Taiwan's name themselves "Ministry of National
Defense". So a capitalised name spelt as exactly one candidate's own name, less its country
("Japan Ministry of Defense", "Ministry of Foreign Affairs of Japan"), is that body.

A usual reading ("the Ministry of Finance" is Taiwan's) is for copy that says nothing of whose
government it is about. A story whose people and bodies are one government's ("Japan's Ministry
of Defense has requested a record budget ... submitted to the Ministry of Finance") names that
government's ministry, wherever the story was written; so it does a body no rule decided ("the
Foreign Ministry" of a Japanese memoir with no dateline).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .context import words
from .craft_reports import denies_the_median_line
from .kb import KnowledgeBase
from .mention import Mention
from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# American spellings and the Commonwealth ones a body that writes them names itself with. Only
# the American form tells: Commonwealth copy writes "defence ministry" of every country's.
_SPELLINGS = (("defense", "defence"), ("program", "programme"))


def _spelt_otherwise(written: str, name: str) -> bool:
    """Whether the surface is spelt the American way and the body names itself otherwise."""
    words, own = set(re.findall(r"[a-z]+", written.lower())), name.lower()
    return any(american in words and british in own for american, british in _SPELLINGS)


def sole_body(written: str, candidates: tuple[str, ...], kb: KnowledgeBase) -> str | None:
    """The only candidate whose own name does not spell the surface another way, else the
    only one of those whose own name the surface spells in full, if one."""
    left = _spelt_alike(written, candidates, kb)
    if len(left) > 1:
        return body_named_in_full(written, left, kb)
    return left[0] if left else None


def _spelt_alike(written: str, candidates: tuple[str, ...], kb: KnowledgeBase) -> tuple[str, ...]:
    return tuple(c for c in candidates if not _spelt_otherwise(written, kb.entities[c].name))


def body_named_in_full(written: str, candidates: tuple[str, ...], kb: KnowledgeBase) -> str | None:
    """The one candidate whose own name the capitalised surface spells in full ("Ministry of
    Defense" is Japan's ministry's own name), not an initialism ("MND") or a common noun ("the
    ministry"), nor a name two bodies share ("Ministry of Foreign Affairs")."""
    if written.islower() or len(written.split()) < 2:
        return None
    spelt = [c for c in _spelt_alike(written, candidates, kb) if own_name(c, kb) == fold(written)]
    return spelt[0] if len(spelt) == 1 else None


def own_name(entity_id: str, kb: KnowledgeBase) -> str:
    """A body's name without its country: 'Japan Ministry of Defense' -> 'ministry of defense',
    'Ministry of Foreign Affairs of Japan' -> 'ministry of foreign affairs'."""
    entry = kb.entities[entity_id]
    words = fold(entry.name).split()
    for size in (3, 2, 1):
        head = " ".join(words[:size])
        if len(words) > size and (kb.demonyms.get(head) or kb.index.get(head)) == entry.country:
            words = words[size:]
            break
    if len(words) > 2 and words[-2] == "of" and kb.index.get(words[-1]) == entry.country:
        words = words[:-2]
    return " ".join(words)


def usual_body(form: str, home: str | None, kb: KnowledgeBase, doc: Doc, span: Span) -> str | None:
    """The body the knowledge base names as the usual reading of a generic form ("MND":
    Taiwan's ministry), unless the article's home, however weakly known (a release's issuer, a
    cable's post), is another country: the usual reading is the region's news read from no
    country in particular, and copy written from elsewhere is left to the other rules. Nor in
    China's voice: "the MND spokesman said there is no so-called median line"."""
    body = kb.usual.get(form)
    if not body or home not in (None, kb.entities[body].country):
        return None
    return None if denies_the_median_line(doc, span) else body


# How much more often the story names one government's people and bodies than any other
# country's before that government decides: a Japanese budget story that quotes Taiwan's
# president once is still about Japan's budget.
GOVERNING_SHARE = 2
GOVERNING_LEAST = 3  # people and bodies, each counted once: a lawmakers' trip sets no subject
# Armed forces and coast guards are what a story watches as often as who governs it: a review of
# the PLA's drills names China's commands and fleets, and its "Ministry of National Defense" is
# still Taiwan's. Only a government's civil people and bodies say whose story it is.
FORCE_WORDS = words(
    "army navy force forces guard command fleet marine marines liberation military troops"
)


CHAMBER_WORDS = words("legislature parliament senate congress assembly house diet chamber")


def governing_country(
    written: str,
    countries: set[str | None],
    mentions: Iterable[Mention | None],
    kb: KnowledgeBase,
) -> str | None:
    """The country whose people and civil bodies the article names, each once, at least
    GOVERNING_SHARE times as many as any other country's, if it is one of `countries` and no
    country is named by name more often: whose generic body it is when nothing nearer decides,
    before a usual reading (kb.usual) would. A story about a government whose bodies the
    knowledge base lacks ("In Parliament, the Greens called for a review of Australia's
    ties", beside Taiwan's ministries) decides none. A government's bodies are those the news
    also names by their office ("the ministry", "the Cabinet": kb generic forms); firms and
    parties ("TSMC" in an Arizona governor's trade story) and outlets are none. As a credit at
    the foot does (context.ArticleContext.home_of), it decides a capitalised body, not a
    common noun ("the military"), which copy uses of whichever country a sentence is about;
    nor a chamber, which states, provinces and cities have too ("Republican leaders in the
    Legislature" of Arizona, in a story whose known officials are Taiwan's), nor a force,
    which stories watch abroad ("the Chinese balloon the Air Force shot down off South
    Carolina", in a newsletter of Taiwan's counts)."""
    if written.islower() or (CHAMBER_WORDS | FORCE_WORDS) & set(fold(written).split()):
        return None
    linked = [m for m in mentions if m is not None and m.in_kb and m.kind == "name"]
    governments: Counter[str] = Counter()
    for entity_id in {m.entity_id for m in linked}:
        entry = kb.entities[entity_id]
        body = entry.type == "ORG" and bool(entry.generic) and entry.kind != "outlet"
        if (
            (entry.type == "PERSON" or body)
            and entry.country is not None
            and not FORCE_WORDS & set(fold(entry.name).split())
        ):
            governments[entry.country] += 1
    ranked = governments.most_common(2)
    if not ranked:
        return None
    (first, most), runner_up = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0)
    if most < GOVERNING_LEAST or most < GOVERNING_SHARE * runner_up or first not in countries:
        return None
    named = Counter(m.entity_id for m in linked if kb.entities[m.entity_id].kind == "country")
    return first if all(times <= named[first] for times in named.values()) else None
