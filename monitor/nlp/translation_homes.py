"""Whose an interview's bare bodies are when its note says what it was translated from: a
Japanese paper's interview with a minister closes its introduction "Translated from Japanese."
or "Excerpts, translated from Japanese.", and "the Defense Ministry" where the minister "spoke
to the Yomiuri Shimbun" and "the coast guard" a mayor of Ishigaki counts on are Japan's, as a
Tokyo dateline would make them. Only a language one country speaks decides: Mandarin and Chinese
are spoken on both sides of the strait, and English everywhere.
"""

from __future__ import annotations

import re

NOTE_WITHIN = 800  # characters: the note closes the introduction, before the first question
# "Translated from Japanese.", "translated from the Japanese", "[Machine translated from
# Japanese]", "The interview was conducted in Japanese and translated by the paper."
_NOTE = re.compile(
    r"\b[Tt]ranslated from (?:the )?(?P<language>[A-Z][a-z]+)\b"
    r"|\bconducted in (?P<spoken>[A-Z][a-z]+) and translated\b"
)
LANGUAGE_COUNTRIES = {"Japanese": "japan", "Korean": "south-korea"}


def translated_country(text: str) -> str | None:
    """The country whose only language the interview's note says it was translated from."""
    note = _NOTE.search(text[:NOTE_WITHIN])
    if note is None:
        return None
    return LANGUAGE_COUNTRIES.get(note.group("language") or note.group("spoken"))
