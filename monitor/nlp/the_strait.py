"""'The Strait' with a capital: the Taiwan Strait, in copy about Taiwan, China and Japan.

Newsletters and essays on the region write "peace in the Strait" or head a section "The Strait."
without ever naming it in full; trade-press headlines use it as a noun's modifier ("Strait
jitters", "Strait watch:"). A story that names another strait in full (and not the Taiwan
Strait) leaves its bare "Strait" to the head-noun rule, which links it to the strait it named.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .doc_text import doc_text
from .english import token_indices
from .headline_articles import in_a_headline
from .kb import KnowledgeBase
from .mention import Mention, mention_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

TAIWAN_STRAIT = "taiwan-strait"
# A section heading that is the word alone on its line ("2. The Strait.", "STRAIT") or run in
# at the start of its paragraph, closed by a full stop or a colon ("**Strait.** The MND's
# Friday report ...", which markdown_marks.py reads as "Strait. The MND's").
_HEADING = re.compile(r"[\s*#_\d.:)]*(?:the\s+)?strait[\s*#_.:]*", re.I)
_RUN_IN = re.compile(r"[\s*#_\d.)]*(?:the\s+)?strait(?:\*\*)?[.:]", re.I)
# In capitals it stands alone before a dateline's dash, as a city's name does: "STRAIT — The
# ministry said on Friday". Writers label that one; they leave "STRAIT." and "STRAIT:", a
# newsletter's section label, as they leave "STRAIT WATCH".
_DATELINE = re.compile(r"[ \t*#_]*STRAIT[ \t]+(?:—|–|--?)[ \t]")


def the_strait(doc: Doc, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions with 'the Strait' and a 'Strait' heading as the Taiwan Strait, where the
    linking left them unlinked or kept them outside the knowledge base ("loc:strait")."""
    straits = {m.entity_id for m in mentions if m.in_kb and m.canonical.endswith(" Strait")}
    if TAIWAN_STRAIT not in kb.entities or (straits and TAIWAN_STRAIT not in straits):
        return mentions
    bare = token_indices(doc, lambda word: word in ("Strait", "STRAIT"))
    if not bare:  # most articles write no bare word: the mentions are not read again then
        return list(mentions)
    # Names outside the knowledge base whose only capitalised word is "Strait": the tagger's
    # "the Strait\n\n" or "the Strait footnote" is the bare word with common words about it.
    unknown = {m.start + m.text.lower().index("strait"): m for m in mentions if _is_bare_strait(m)}
    taken = {offset for m in mentions for offset in range(m.start, m.end)}
    kept = list(mentions)
    for i in bare:
        token = doc[i]
        following = doc[i + 1] if i + 1 < len(doc) else None
        if (
            (token.idx in taken and token.idx not in unknown)
            or (following is not None and following.text[:1].isupper())
            or _named_after(doc, i)
        ):
            continue  # linked already, or "Strait Thunder", "Strait of Dover": a name of its own
        after_the = i > 0 and doc[i - 1].lower_ == "the"
        text = doc_text(doc)
        if token.text == "STRAIT":
            found = _opens_a_dateline(text, token.idx)
        else:
            found = (
                after_the
                or _modifies_a_noun(doc, i)
                or _headline_place(doc, i)
                or _is_heading(text, token.idx, token.idx + len(token))
            )
        if found:
            if token.idx in unknown:
                kept.remove(unknown[token.idx])
            kept.append(mention_of(doc[i : i + 1], TAIWAN_STRAIT, kb))
    return kept


def _is_bare_strait(mention: Mention) -> bool:
    words = mention.text.split()
    others = [w for w in words if w not in ("Strait", "STRAIT")]
    return not mention.in_kb and len(others) < len(words) and all(w.islower() for w in others)


def _named_after(doc: Doc, i: int) -> bool:
    """Does "of" and a capitalised name follow: "Strait of Dover", "Strait of Hormuz"?"""
    after = doc[i + 1 : i + 3]
    return len(after) == 2 and after[0].lower_ == "of" and after[1].text[:1].isupper()


# Headlines drop their articles (headline_articles.py): "balloons drift over Strait" is the
# story's "over the Strait", where a strait of its own name would be named in full.
HEADLINE_PLACES = frozenset({"over", "across", "in", "into", "near", "through", "around", "off"})


def _headline_place(doc: Doc, i: int) -> bool:
    """Is the bare word in the headline, after a preposition of place: "drift over Strait"?"""
    return i > 0 and doc[i - 1].lower_ in HEADLINE_PLACES and in_a_headline(doc, doc[i : i + 1])


def _modifies_a_noun(doc: Doc, i: int) -> bool:
    """The bare word before a lower-case noun ("Strait jitters", "Strait watch"), with no
    capitalised word before it that may make it a strait's name of its own ("Bering Strait
    crossing", "Malacca Strait traffic" opening a sentence), no hyphen joining it to an
    adjective ("cross-Strait ties" are relations, not the sea) and not the name of a section
    the text heads in capitals ("Strait watch" over "STRAIT WATCH —": the column, which writers
    leave out)."""
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is None or not following.is_alpha or not following.text.islower():
        return False
    previous = doc[i - 1] if i > 0 else None
    # A paragraph's first word follows the tokenizer's newline token, which has no space after
    # it: "Strait activity (our tally of MND daily reports)" heads a ledger's section.
    if (
        previous is not None
        and not previous.is_space
        and (previous.text[:1].isupper() or not previous.whitespace_)
    ):
        return False
    section = f"STRAIT {following.text.upper()}"
    return re.search(rf"^[ \t]*{section}\b", doc_text(doc), re.M) is None


def _opens_a_dateline(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return (
        _DATELINE.match(text, line_start) is not None and text.find("STRAIT", line_start) == start
    )


def _is_heading(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    run_in = _RUN_IN.match(line)
    return _HEADING.fullmatch(line) is not None or (
        run_in is not None and run_in.end() >= end - line_start
    )
