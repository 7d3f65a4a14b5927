"""Whose release is it? The country of the body or person that issues a text with no dateline.

A ministry's release, a press-conference transcript or a weekly bulletin carries no dateline
and credits no outlet, yet its head says who speaks: "Press Conference by Defense Minister
Nakatani", a line "Ministry of Defense" under the title, "(Ministry of Defense)" after it,
"Japan Coast Guard / Ministry of Foreign Affairs". Its generic bodies ("the Ministry of
Defense assesses ...") are the issuer's, as a datelined story's are its country's, whatever
country the sentence around them talks about.
A body alone in the head ("Ministry of Defense") is read by its own name (sole_bodies.py).
The issuer decides only among bodies of its country: a Pentagon statement on PLA drills that
somehow names China's issuer leaves its "Department of Defense" to the one body so spelt.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .context import ArticleContext, folded_without_country
from .kb import KnowledgeBase
from .kb_matcher import GENERIC
from .mention import Mention
from .sole_bodies import sole_body

if TYPE_CHECKING:
    from spacy.tokens import Span

HEADER_LINES = 4  # the title and the short lines under it: date, place, issuer
HEADER_LINE_MAX_WORDS = 11  # a line of twelve words or more is a sentence of the body
HEADLINE_MAX_WORDS = 24  # a first line over a blank one is a headline up to here, not a lead
# In the title only the speaker counts: "Press Conference by Defense Minister Nakatani", "...
# by China (Ministry of Defense)". The rest of a title is what the release is about, as a
# headline's "32 PLA aircraft near Taiwan" or "line erased by PLA pressure" is: no issuer.
_SPEAKER_BEFORE = re.compile(
    r"(?:\(|\b(?i:conference|statement|remarks|speech|address|briefing|comments|message|"
    r"interview|release)[ \t]+(?:by|of|from|with)(?:[ \t]+(?:the|[A-Z][\w.-]*)){0,4}"
    r"[ \t]+)$"
)
# Under the title an issuer stands on a line of its own, or with its place or a second issuer:
# "Ministry of Defense", "Ministry of Defense, Ichigaya", "Japan Coast Guard / Ministry of
# Foreign Affairs"; a name inside a line ("PLA Activity Tracker", "PLA aircraft: 21") is its
# subject.
_LINE_BEFORE = re.compile(r"(?:^|[/|][ \t]*)(?:the[ \t]+)?$", re.I)
_BLANK_LINE = re.compile(r"[ \t\r]*\n")
_LINE_AFTER = re.compile(r"[ \t]*(?:\n|$|[/|,()])")


def header_lines(text: str) -> tuple[range, range]:
    """The title (the first line) and the head of the text: the title and the short lines
    right under it. A line of a sentence's length ends the head, even a first one, unless a
    blank line follows it: a headline over its text ("Navy releases preliminary findings on
    missile boat collision with sand dredger off Penghu") is as long as a sentence, and the
    issuer's line stands under it."""
    title, end, seen = range(0), 0, 0
    for line in text.splitlines(keepends=True):
        size = len(line.split())
        if size > HEADER_LINE_MAX_WORDS and not (
            not seen and size <= HEADLINE_MAX_WORDS and _BLANK_LINE.match(text, end + len(line))
        ):
            break
        if line.strip():
            title = title or range(end, end + len(line))
            seen += 1
        end += len(line)
        if seen == HEADER_LINES:
            break
    return title, range(end)


def with_issuer(
    context: ArticleContext,
    spans: list[Span],
    linked: dict[int, Mention | None],
    kb: KnowledgeBase,
    text: str,
) -> ArticleContext:
    """The context with the issuer, for a text that has no dateline, outlet or credit."""
    if context.home is not None or context.credited_country is not None:
        return context
    return replace(context, issuer_country=issuer_country(spans, linked, kb, text))


def issuer_country(
    spans: list[Span], linked: dict[int, Mention | None], kb: KnowledgeBase, text: str
) -> str | None:
    """The one country of the people and bodies the head of the text names (header_lines):
    not its countries, capitals, nationalities or places, which say what the release is about
    ("Launch of ballistic missiles by China (Ministry of Defense)")."""
    found, (title, head) = set(), header_lines(text)
    for index, span in enumerate(spans):
        if span.start_char not in head:
            break
        line_start = text.rfind("\n", 0, span.start_char) + 1
        before, after = text[line_start : span.start_char], text[span.end_char :]
        if span.start_char in title:
            if not _SPEAKER_BEFORE.search(before):
                continue
        elif not (_LINE_BEFORE.search(before) and _LINE_AFTER.match(after)):
            continue
        mention = linked.get(index)
        entry = kb.entities.get(mention.entity_id) if mention and mention.kind == "name" else None
        if entry is not None and entry.type in ("PERSON", "ORG") and entry.kind != "outlet":
            found.add(entry.country)
        elif mention is None and (span.kb_id_.startswith(GENERIC) or not span.kb_id_):
            written = span.text.split(" (")[0]  # "Ministry of Defense (Ichigaya)"
            country, form = folded_without_country(written, kb)
            body = sole_body(written, kb.generic.get(form, ()), kb) if not country else None
            found.add(kb.entities[body].country if body else None)
    found.discard(None)
    return found.pop() if len(found) == 1 else None
