"""Whether a model's span adds a name of its own to the knowledge-base names inside it
(kb_matcher.py): "Taiwan Foreign Correspondents Club" does, and wins; "US Navy P-8A Poseidon",
"SW of Pratas" and "EXCLUSIVE-Taiwan premier says" add only a type's designator, a bearing or a
wire's slug, and the knowledge base's names stand.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .firm_generics import firms_generic_word
from .names import fold
from .place_led_names import COMPANY_FORMS
from .title_case_lines import Lines, title_case_line

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# An aircraft, ship or missile type's designator: letters, a hyphen, a number ("KC-130J").
DESIGNATOR = re.compile(r"[A-Z]{1,4}-\d+[A-Z]{0,3}")
# The role a spotter writes after a type's designator: "Y-8 ASW", "Y-8 EW", "KJ-500 AEW".
ROLE_WORDS = frozenset({"ASW", "EW", "AEW", "ELINT", "SIGINT", "ISR", "MPA"})
# A compass point as a log, a bulletin or a ministry's chart writes it: "30 nm SW of Penghu",
# "entered the N and SW ADIZ", "12 nm ENE of Kinmen". It gives a bearing from a place and names
# nothing of its own. Any of the rose's sixteen points, those led by east or west ("ENE", "WSW")
# as much as those led by north or south.
COMPASS_POINTS = frozenset({"N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
                            "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"})  # fmt: skip


def adds_no_name(
    span: Span,
    covering: dict[int, list[Span]],
    prose: frozenset[str],
    lines: Lines,
    country_words: frozenset[str],
    match_keys: tuple[str, ...],
) -> bool:
    """True when the model's span is only knowledge-base names plus words that name
    nothing of their own: "the Six Assurances of 1982", "US Navy P-8A Poseidon", "the
    U.S.-Japan Security Consultative Committee". Then the knowledge base's names stand. A
    span that adds a capitalised word ("Taiwan Foreign Correspondents Club") is a longer
    proper name, and wins. So does a span that only overlaps a knowledge-base name with
    lower-case words: "eastern air defence" of "eastern air defence zones". `match_keys` are
    the knowledge base's keys that are no entity's id, the generic names' first."""
    overlapping = {
        (k.start, k.end): k for i in range(span.start, span.end) for k in covering.get(i, ())
    }
    overlapping.pop((span.start, span.end), None)
    inside = list(overlapping.values())
    if not inside:
        return False
    if title_case_line(span, lines) and fold(span.text) not in prose:
        return True  # "Taiwan Seals US Tariff Deal": capitals there say nothing of names
    covered = {
        i
        for k in inside
        if not firms_generic_word(k, inside, match_keys[0], match_keys)
        for i in range(k.start, k.end)
    }
    for token in span:
        if token.i in covered or token.is_stop or not token.text[:1].isupper():
            continue
        if _company_form(token, inside):
            continue  # "Toyota Motor Corp.": the company the knowledge base names
        if DESIGNATOR.fullmatch(token.text) or token.text in ROLE_WORDS:
            continue  # "U.S. Marine Corps KC-130J": the corps and its aircraft's type
        if token.i > span.start and token.is_title and DESIGNATOR.fullmatch(token.nbor(-1).text):
            continue  # "ROC Air Force F-86 Sabres": the type's own name after its designator
        if _compass_point(token):
            continue  # "SW of Pratas": the island, and a bearing from it
        if token.i - 1 in covered and _numbered_type(token):
            continue  # "Japan Coast Guard Falcon 2000": the service and its aircraft
        if _wire_slug(token):
            continue  # "EXCLUSIVE-Taiwan premier says": the wire's slug names nothing
        parts = [part for part in re.split(r"[-–]", token.lower_) if part]
        if not all(part in country_words for part in parts):
            return False
    return True


def _compass_point(token: Token) -> bool:
    """A compass point written as a word of its own: "SW" of "SW of Pratas", not the "N" that
    a hyphen joins to "PLA-N" (the PLA Navy)."""
    spaced = token.i == 0 or bool(token.nbor(-1).whitespace_)
    return spaced and bool(token.whitespace_) and token.text in COMPASS_POINTS


def _numbered_type(token: Token) -> bool:
    """Whether the word is a type's name that its number follows ("Falcon 2000", "Mirage
    2000-5s"). Asked only right after a force's name: "Article 5 of the U.S.-Japan ..." is
    no aircraft."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isdigit()


CARGO_ARMS = frozenset({"cargo"})  # "China Airlines Cargo": the airline's freight arm is it


def _company_form(token: Token, inside: list[Span]) -> bool:
    """'Corp.', 'Inc.' closing a knowledge-base name written in words: not 'CPC Corp.', where
    the initials are the company's own name and the knowledge base's 'CPC' another's."""
    if fold(token.text) not in COMPANY_FORMS | CARGO_ARMS:
        return False
    name = next((k for k in inside if k.end == token.i), None)
    return name is not None and not name.text.isupper()


def _wire_slug(token: Token) -> bool:
    """A wire headline's slug in capitals, joined to the headline by a bare hyphen at the
    line's start: "EXCLUSIVE-", "ANALYSIS-", "FACTBOX-", "UPDATE 1-"."""
    doc, i = token.doc, token.i
    if not token.text.isupper() or i + 1 >= len(doc) or token.whitespace_:
        return False
    opens_line = i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_
    return opens_line and doc[i + 1].text == "-" and not doc[i + 1].whitespace_
