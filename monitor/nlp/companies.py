"""Initials a company writes its name with ("CPC Corp.", "CSBC Corp.") mean that company
throughout the article that names it so: "Taiwan's CPC" in the headline of a story about
"state-owned CPC Corp." is the oil company, not the Communist Party of China, whose initials
the knowledge base also knows. The company form names the company; the letters alone are
the article's short name for it, as a reader takes them. So are the letters listed beside
another company: "(Taipower, CPC)" names two state-owned firms, not a firm and a party.
"""

from __future__ import annotations

from dataclasses import replace

from .kb import KBEntry, KnowledgeBase
from .mention import Mention, relinked
from .names import fold
from .place_led_names import COMPANY_FORMS

# What stands between two names of one list: "Taipower, CPC", "Taipower and CPC".
LIST_JOINS = frozenset({",", "and", "/", "&"})


def companies_by_initials(mentions: list[Mention], kb: KnowledgeBase, text: str) -> list[Mention]:
    """`mentions` with each bare use of a company's initials linked to the company the article
    names with them and a company form, or to the company the knowledge base writes with them
    when a company stands beside them in a list."""
    mentions = _listed_with_companies(sorted(mentions, key=lambda m: m.start), kb, text)
    companies = {}
    for mention in mentions:
        *name, form = mention.text.split() or [""]
        if len(name) == 1 and name[0].isupper() and fold(form) in COMPANY_FORMS:
            companies[name[0]] = mention
    if not companies:
        return mentions
    return [_as_company(mention, companies.get(mention.text)) for mention in mentions]


def _as_company(mention: Mention, company: Mention | None) -> Mention:
    if company is None or company.entity_id == mention.entity_id:
        return mention
    return replace(
        mention,
        label=company.label,
        canonical=company.canonical,
        entity_id=company.entity_id,
        in_kb=company.in_kb,
        kind="name",
        description=company.description,
    )


def _listed_with_companies(mentions: list[Mention], kb: KnowledgeBase, text: str) -> list[Mention]:
    result = list(mentions)
    for index, mention in enumerate(mentions):
        company = _company_by_letters(mention.text, kb) if mention.text.isupper() else None
        if company is None or company.id == mention.entity_id:
            continue
        neighbours = mentions[max(index - 1, 0) : index] + mentions[index + 1 : index + 2]
        if any(_listed_company(mention, other, kb, text) for other in neighbours):
            result[index] = relinked(mention, company.id, kb)
    return result


def _company_by_letters(letters: str, kb: KnowledgeBase) -> KBEntry | None:
    """The company the knowledge base names with these letters and a company form ("CPC
    Corp.")."""
    for form in COMPANY_FORMS:
        entity_id = kb.index.get(fold(f"{letters} {form}"))
        if entity_id is not None:
            return kb.entities[entity_id]
    return None


def _listed_company(mention: Mention, other: Mention, kb: KnowledgeBase, text: str) -> bool:
    """Whether `other` is a company of the knowledge base joined to `mention` as a list's item."""
    first, second = sorted((mention, other), key=lambda m: m.start)
    if text[first.end : second.start].strip().lower() not in LIST_JOINS:
        return False
    entry = kb.entities.get(other.entity_id) if other.in_kb else None
    names = (entry.name, *entry.aliases) if entry is not None else ()
    return any(fold(name).rsplit(" ", 1)[-1] in COMPANY_FORMS for name in names)
