"""Whose a generic body is by what its own sentence does with it: the host of the embassy it
protests to (protest_hosts.py), the country whose law it applies (governing_laws.py), the owner
of the body it stands beside (owned_neighbours.py) or of the legislature it sends a text to
(submitted_bills.py), the capital it sits in (placed_bodies.py), the country whose nationals it
advises (own_nationals.py), that of the group its officer leads (led_groups.py), the
nationality of the speaker who reports on it (speaker_nationality.py), the side the sentence
speaks for (side_openers.py), the body that spoke in the clause before (parallel_clauses.py),
or the country whose own act it reports (reported_acts.py). Each is read before the dateline's
country, which a sentence that says so overrules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .governing_laws import law_country
from .kb import KnowledgeBase
from .led_groups import led_group_country
from .own_nationals import nationals_country
from .owned_neighbours import owned_neighbour_country
from .parallel_clauses import parallel_clause_country
from .placed_bodies import placed_country
from .protest_hosts import protest_host
from .reported_acts import reported_act_country
from .side_openers import side_country
from .speaker_nationality import speakers_country
from .submitted_bills import legislature_country

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .context import DocEntities


def sentence_country(span: Span, kb: KnowledgeBase, ents: DocEntities) -> str | None:
    """The country the body's own sentence gives it, if one of the eleven readings does."""
    owner = owned_neighbour_country(span, kb, ents) or legislature_country(span, kb, ents)
    owner = owner or placed_country(span, kb, ents) or nationals_country(span, kb)
    owner = owner or led_group_country(span, kb) or speakers_country(span, kb)
    owner = owner or side_country(span, kb) or parallel_clause_country(span, kb, ents)
    owner = owner or reported_act_country(span, kb, ents)
    return protest_host(span, kb) or law_country(span, kb) or owner
