"""A country's nationality word written as its name is abbreviated: a name shortened with a
dot ("N. Korea") makes its demonym shortened alike ("N. Korean missile", "S. Korean troops").
Derived from the knowledge base's own forms, so every abbreviated name has its word."""

from __future__ import annotations


def demonym_forms(name: str, aliases: tuple[str, ...], demonyms: tuple[str, ...]) -> list[str]:
    """The demonyms, and for each one the name ends ("North Korean" on "North Korea"), the same
    ending on each alias abbreviated with a dot ("N. Korea" → "N. Korean")."""
    forms = list(demonyms)
    for demonym in demonyms:
        if not demonym.startswith(name) or demonym == name:
            continue
        ending = demonym[len(name) :]
        forms += [alias + ending for alias in aliases if "." in alias and alias[-1:].isalpha()]
    return forms
