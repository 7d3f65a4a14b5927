"""Writers' canonical names matched to knowledge-base ids, once and mechanically (evaluation.py).

Writers who cannot see the knowledge base name entities in their own words: "Joint Staff
(Japan)", "median line of the Taiwan Strait", "Shandong" typed as equipment. These are the
knowledge base's entities by the same words in its order, by a generic name and the country
the writer gave, and by the ship a place lends its name to.
"""

from __future__ import annotations

import re
from typing import Any

from .kb import KnowledgeBase
from .names import fold
from .ships import namesakes


def gold_id(canonical: str, item: dict[str, Any], kb: KnowledgeBase) -> str | None:
    """The entity a writer's canonical name means: the name or alias; else the same words in
    the knowledge base's order ("Joint Staff (Japan)", "median line of the Taiwan Strait" are
    "Japan Joint Staff", "Taiwan Strait median line"); else a generic name ("Joint Staff") of
    the country the writer gave; else a country's name and its body's ("Taiwan Council of
    Agriculture")."""
    key = fold(canonical)
    qualified = re.fullmatch(r"(.+?) \((.+)\)", canonical.strip())
    owned = re.fullmatch(r"(.+?) of (?:the )?(.+)", canonical.strip())
    forms = [key] + [fold(f"{m.group(2)} {m.group(1)}") for m in (qualified, owned) if m]
    for form in forms:
        if form in kb.index:
            return _namesake(kb.index[form], item.get("type"), kb)
    country = kb.index.get(fold(item.get("country") or ""))
    for entity_id in kb.generic.get(key, ()):
        if country and kb.entities[entity_id].country == country:
            return entity_id
    return next(filter(None, (_country_led(form, kb) for form in forms)), None)


def _country_led(form: str, kb: KnowledgeBase) -> str | None:
    """A body's own name led by its country's, as writers who cannot see the knowledge base
    tell one country's body from another's ("Taiwan Council of Agriculture", "Japan Cabinet
    Secretariat" for the knowledge base's "Council of Agriculture", "Cabinet Secretariat")."""
    country, _, rest = form.partition(" ")
    entity_id = kb.index.get(rest)
    country_id = kb.index.get(country)
    if entity_id is None or country_id is None or kb.entities[country_id].kind != "country":
        return None
    return entity_id if kb.entities[entity_id].country == country_id else None


def _namesake(entity_id: str, label: str | None, kb: KnowledgeBase) -> str:
    """A canonical name that is a place's and a ship's ("Shandong"), labelled as equipment, is
    the ship (ships.py)."""
    ship = namesakes(kb).get(entity_id)
    if ship and label == kb.entities[ship].type != kb.entities[entity_id].type:
        return ship
    return entity_id
