"""Initials a company writes its name with ("CPC Corp.", "CSBC Corp.") mean that company
throughout the article that names it so: "Taiwan's CPC" in the headline of a story about
"state-owned CPC Corp." is the oil company, not the Communist Party of China, whose initials
the knowledge base also knows. The company form names the company; the letters alone are
the article's short name for it, as a reader takes them.
"""

from __future__ import annotations

from dataclasses import replace

from .kb_matcher import COMPANY_FORMS
from .mention import Mention
from .names import fold


def companies_by_initials(mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each bare use of a company's initials linked to the company the article
    names with them and a company form."""
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
