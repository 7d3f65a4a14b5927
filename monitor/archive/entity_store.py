"""What a name typed by a user means: the entity an `--entity` option chooses."""

from dataclasses import dataclass

import sqlite_utils

from ..errors import MonitorError
from ..nlp.kb import KnowledgeBase
from ..nlp.names import fold
from ..nlp.resolve import resolve_name


@dataclass(frozen=True)
class EntityChoice:
    """What a name typed by a user means: the entity chosen, if one is, and every candidate
    (id, name), the chosen first, so a command can say which it took and which it did not."""

    chosen: str | None
    candidates: tuple[tuple[str, str], ...]


def resolve_entity(db: sqlite_utils.Database, name: str, kb: KnowledgeBase) -> EntityChoice:
    """Any KB name, alias or spelling; a family name alone when one person in the knowledge
    base has it ("Takaichi"); else a name stored for an entity outside the knowledge base."""
    stored = [
        (row[0], row[1])
        for row in db.execute(
            "SELECT id, name FROM entities WHERE lower(name) = lower(?) ORDER BY in_kb DESC, id",
            [name],
        )
    ]
    found = resolve_name(name, kb)
    people = kb.family_names.get(fold(name), ()) if not found else ()
    found = found or kb.person_by_family_name(name)
    if found:
        others = [candidate for candidate in stored if candidate[0] != found]
        return EntityChoice(found, ((found, kb.entities[found].name), *others))
    if len(people) > 1:
        return EntityChoice(None, tuple((p, kb.entities[p].name) for p in people))
    return EntityChoice(stored[0][0] if stored else None, tuple(stored))


def pick_entity(db: sqlite_utils.Database, name: str, kb: KnowledgeBase) -> tuple[str, str, str]:
    """The entity an `--entity` option (or `?entity=`) names: its id, its name, and a line that
    says which it chose and which others go by that name. An ambiguous or unknown name is an
    error."""
    choice = resolve_entity(db, name, kb)
    named = ", ".join(
        f"{entity_name} ({entity_id})" for entity_id, entity_name in choice.candidates
    )
    if choice.chosen is None and choice.candidates:
        raise MonitorError(f"--entity: '{name}' could be {named}; give a fuller name")
    if choice.chosen is None:
        raise MonitorError(f"--entity: no entity called '{name}' (see monitor entities)")
    (_, chosen_name), *others = choice.candidates
    also = "; also named so: " + ", ".join(f"{n} ({i})" for i, n in others) if others else ""
    note = f"--entity {name}: {chosen_name} ({choice.chosen}){also}"
    return choice.chosen, chosen_name, note
