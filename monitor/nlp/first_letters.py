"""An article's one-word names grouped by their first letter.

Every slip the linking reads keeps a name's first letter and its single word (a letter dropped
or added after the first, a key struck beside another: people.one_letter_dropped,
slipped_places.py), so a word is compared only with the names of its group, not with every
name of the article once for each capitalised word.
"""

from __future__ import annotations


def one_word_names_by_letter(names: dict[str, str]) -> dict[str, dict[str, str]]:
    """{first letter: {name: entity id}} for the names of one word among `names`."""
    groups: dict[str, dict[str, str]] = {}
    for name, entity_id in names.items():
        if " " not in name:
            groups.setdefault(name[:1], {})[name] = entity_id
    return groups
