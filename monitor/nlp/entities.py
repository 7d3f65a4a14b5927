"""Mentions in a spaCy Doc linked to canonical entities of the knowledge base.

Order of resolution for each mention: the knowledge base's own match; the folded name (case,
possessive, spelling, 'the', plural); the name without titles; abbreviations the article defines
("Air Force (PLAAF)"), family names of people it names; a title with a family name the knowledge
base knows once; a strict fuzzy match, and a looser one against the article's names ("Ko Wen-ji").

Some names mean different entities in different articles, and the article decides (context.py): a
body's generic name ("the Foreign Ministry") is its country's by the words before or after it, else
by the dateline or outlet, else it stays unlinked; a bare title ("the premier") is the person who
held the office then, in that country; a capital that acts ("Beijing warned") is its country, kind
`capital`; a nationality word ("Chinese aircraft") is its country, kind `demonym`; "CPC" is the
company an article names "CPC Corp."; the rest keep spaCy's label and own text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from .addressed_countries import addressed_countries
from .addressed_people import addressed_in_span
from .apposition import titles_a_person
from .article_names import article_names
from .article_passes import whole_article_passes
from .bare_branches import armed_forces_before, bare_branch_country, owner_shown
from .capital_given_names import unlink_capitals_naming_people
from .capitals_acting import capitals_that_act
from .chamber_members import members_home
from .clipped_bodies import clipped_body
from .clipped_given_names import clipped_given_name
from .congress_tags import chamber_country
from .context import ArticleContext, DocEntities, article_context, folded_without_country
from .counted_sides import china_counted_out, taiwan_counted_in
from .craft_reports import CHINA, TAIWAN, counters_country
from .defined_letters import letters_defined_here
from .doc_entities import entities
from .doc_text import doc_text, knows_its_text, span_text
from .english import capitalised_token_indices, headline_end
from .family_name_spans import person_named_in_full
from .flash_credits import flash_credit_country
from .government_voices import voiced_government
from .initials import outlet_letters_as_body, spelt_bodies
from .issuers import with_issuer
from .kb import KnowledgeBase
from .kb_matcher import DEMONYM, GENERIC, OFFICE
from .leaders_alone import leader_named_alone
from .local_units import chapter_place, clipped_region, local_unit, region_named_alone
from .lone_family_names import office_holder_by_family_name
from .lower_case_bodies import names_a_body
from .marine_members import names_a_marine
from .mention import Mention as Mention  # re-exported: callers import it from here
from .mention import mention_of
from .ministers_bodies import ministers_country, own_ministers_country
from .named_so_far import NamedSoFar
from .names import TITLE_WORDS, fold, strip_titles
from .names_here import names_here
from .near_countries import country_near
from .outlet_sources import cited_by_outlet_country
from .outlets import outlet_by_last_word
from .own_forces import own_forces_country
from .own_names_placed import own_name_placed
from .owned_names import body_named_with_owner
from .owners import opens_a_name
from .people import (
    family_name_leading,
    family_names_alone,
    near_miss,
    office_holder,
    titled_people,
)
from .places import anothers_mainland
from .police_nationality import police_country
from .portfolio_names import after_secretary_of, is_portfolio, names_the_department
from .qualifiers import qualifier
from .resolve import resolve_name
from .run_together_names import runs_names_together
from .sentence_countries import sentence_country
from .service_names import forces_named_so
from .shared_heads import shared_heads_named_last
from .ships import ships_named
from .sole_bodies import body_named_in_full, governing_country, sole_body, usual_body
from .speakers import speaker_labels, turn_of
from .speaking_bodies import body_that_spoke
from .spelt_initials import unknown_initials
from .spokespeople import spokespersons_body
from .stopword_family_names import named_mid_sentence
from .unmarked_names import titled_family_name
from .visitors import hosts, received_by

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Not entities here: dates, times, amounts. Nationality words are linked only when they are a
# country's demonym (a NORP the knowledge base does not know stays out: "Buddhist", "Uyghur").
IGNORED_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
_TITLE_SET = set(TITLE_WORDS)


def link_mentions(
    doc: Doc, kb: KnowledgeBase, published: date | None = None, text: str | None = None
) -> list[Mention]:
    """`text`, when given, is the Doc's text: `doc.text` joins the tokens again (1 ms a time)."""
    if text is not None:
        knows_its_text(doc, text)
    text = doc_text(doc)
    context, ents = article_context(text, kb), DocEntities.of(entities(doc))
    spans = [span for span in ents.by_start.values() if span.label_ not in IGNORED_LABELS]
    linked = {index: _by_name(doc, span, kb, published) for index, span in enumerate(spans)}
    context = with_issuer(context, spans, linked, kb, text)  # a release's, without a dateline
    so_far = NamedSoFar.of(linked.values(), kb, lambda offset: turn_of(doc, offset))
    for index in range(len(spans)):  # then what the article around them decides
        if linked[index] is None:
            found = _by_context(doc, spans, index, linked, so_far, context, published, ents)
            linked[index] = spokespersons_body(spans[index], found, spans, linked, kb)
            so_far.add(linked[index])
    for index in range(len(spans)):  # a headline's "MND" is the body the story names below
        headline = spans[index].start_char <= headline_end(doc)
        if linked[index] is None and headline and spans[index].kb_id_.startswith(GENERIC):
            linked[index] = _by_context(doc, spans, index, linked, so_far, context, published, ents)
            so_far.add(linked[index])
    unlink_capitals_naming_people(doc, spans, linked, kb)  # "Wellington Ku": the person
    capitals_that_act(doc, spans, linked, kb, context, ents)
    ships_named(doc, spans, linked, kb)  # "the Shandong's fighters": the carrier, no province
    named_here = names_here(linked, kb)
    called_so = named_here | family_names_alone(doc, kb)  # "Koo said" beside "Wellington Ku"
    for index, span in enumerate(spans):  # a misspelt full name ("Wellington Ku") before its
        if linked[index] is None and span.label_ == "PERSON":  # family name is read alone
            near = near_miss(span, called_so)
            linked[index] = mention_of(span, near, kb) if near else None
    local = article_names(doc, spans, linked, kb, text)
    spelt = spelt_bodies([(span_text(spans[i]), m) for i, m in linked.items() if m and m.in_kb], kb)
    local = unknown_initials(spelt, kb) | local  # "KMPB" over the Branch's release
    mentions = []
    for index, span in enumerate(spans):
        mention = linked.get(index)
        written = span_text(span)
        defined = local.get(strip_titles(fold(written)))  # "(MND)" after the name it stands for
        if mention is not None:  # "the AFP" beside the Armed Forces of the Philippines
            mention = outlet_letters_as_body(doc, span, mention, defined, spelt, kb)
        mention = letters_defined_here(text, span, mention, kb)  # "(CEC)" after a company
        # The owner shown ("ROC Armed Forces ... Navy") is read only where it decides: for a
        # generic name the article defines, not for each of its names.
        generic = defined and span.kb_id_.startswith(GENERIC)
        if generic and not owner_shown(spans, index, linked, context, kb):
            mention = None  # the article's own definition beats what the context suggests
        if mention is None:
            entity_id = defined
            if entity_id is None and (
                span.kb_id_.startswith((GENERIC, OFFICE, DEMONYM)) or span.kb_id_ in kb.entities
            ):
                continue  # a generic name or bare title the article did not decide, or
                # a common noun that is another's here ("mainland Japan")
            entity_id = entity_id or near_miss(span, named_here) or clipped_region(span, named_here)
            if entity_id is None and span.label_ == "PERSON":  # "Lin Chia" after "Lin Chia-lung"
                entity_id = clipped_given_name(doc, span, named_here, kb, published)
            if entity_id is None and span.label_ == "ORG":  # "Ocean council" and its full name
                entity_id = clipped_body(fold(written), named_here, kb)
            if entity_id is None:  # "Lai Pacific trip": the person, the rest no name
                entity_id, span = family_name_leading(doc, span, local, kb)
            mention = mention_of(span, entity_id, kb) if entity_id else _outside_kb(span)
        if mention:
            mentions.append(mention)
    undecided = [s for i, s in enumerate(spans) if not linked[i] and s.kb_id_.startswith(GENERIC)]
    mentions += _bare_names(doc, mentions, local, kb, undecided)
    mentions = shared_heads_named_last(doc, mentions, kb, undecided)  # "the Ministry"
    mentions += speaker_labels(doc, mentions, kb)  # "MINISTER NAKATANI:" in a transcript
    named_here |= names_here(dict(enumerate(mentions)), kb)  # the speakers' names too
    return whole_article_passes(doc, text, mentions, named_here, context.home, kb, published)


def _by_name(doc: Doc, span: Span, kb: KnowledgeBase, published: date | None) -> Mention | None:
    """What a span names on its own: a knowledge-base name or a nationality word."""
    key = span.kb_id_
    if key.startswith(DEMONYM) or (not key and span.label_ == "NORP"):
        country = key.removeprefix(DEMONYM) if key else kb.demonyms.get(fold(span_text(span)))
        if opens_a_name(doc, span.start, span.end, kb):
            return None
        return replace(mention_of(span, country, kb), kind="demonym") if country else None
    if key.startswith((GENERIC, OFFICE)):
        return None
    entity_id = key if key in kb.entities else resolve_name(span_text(span), kb)
    entity_id = entity_id or titled_family_name(doc, span, kb, published)
    department = after_secretary_of(doc, span)
    if entity_id is None and department is not None:
        span, entity_id = department, resolve_name(span_text(department), kb)
    unit = local_unit(doc, span, kb) or chapter_place(doc, span, kb) if entity_id is None else None
    if unit is not None:  # "Hualien County", "Lienchiang County Magistrate", "Okinawa Chapter"
        span, entity_id = unit
    entity_id = entity_id or region_named_alone(span, kb)  # "Ishikawa": the prefecture
    if entity_id and anothers_mainland(span, entity_id, kb):
        return None  # "mainland Japan"
    if entity_id is None and span.label_ in ("ORG", "FAC", "GPE"):
        return None  # perhaps "the Chinese Foreign Ministry": the context pass decides
    return mention_of(span, entity_id, kb) if entity_id else None


def _by_context(
    doc: Doc,
    spans: list[Span],
    index: int,
    linked: dict[int, Mention | None],
    so_far: NamedSoFar,
    context: ArticleContext,
    published: date | None,
    ents: DocEntities,
) -> Mention | None:
    """Generic bodies and bare titles: whose, by the words around them, what the article
    named before, where it was written, and the countries it names nearby."""
    span, key, kb = spans[index], spans[index].kb_id_, so_far.kb
    written = span_text(span)
    context = context.at(span.start_char)  # a digest's item is home to its own bodies
    if not key and (addressed := addressed_in_span(doc, span, kb, published)):
        return mention_of(addressed[1], addressed[0], kb)  # "Premier Su": that day's premier
    if key.startswith(GENERIC):
        if written.islower() and not names_a_body(doc, span, ents):
            return None
        if titles_a_person(span, ents, kb):
            return None  # "FM Lin Chia-lung"
        form = key.removeprefix(GENERIC)
        country = qualifier(doc, span, kb, ents) or sentence_country(span, kb, ents)
        if is_portfolio(form, kb.generic[form], kb):
            in_full = any(m and m.entity_id in kb.generic[form] for m in linked.values())
            if not names_the_department(doc, span, in_full):
                return None  # "defence spending", "Defence officials say": the common noun
        if not names_a_marine(doc, span, form):
            return None  # "Marine insurers said", "Evergreen Marine": of the sea, or a name
    elif key.startswith(OFFICE):
        title = key.removeprefix(OFFICE)
        titled = titled_people(doc, spans, linked, title)
        in_article = set(so_far.turns)
        country = qualifier(doc, span, kb, ents)
        return office_holder(doc, span, title, kb, context, published, titled, in_article, country)
    elif not key and span.label_ in ("PERSON", "NORP") and published is not None:
        leader = leader_named_alone(doc, span, kb, published, so_far.countries)
        return leader or office_holder_by_family_name(doc, span, kb, published, so_far.countries)
    elif not key and span.label_ in ("ORG", "FAC", "GPE"):
        country, form = folded_without_country(written, kb)  # "the Chinese Foreign Ministry"
        if form not in kb.generic:  # "the Trump administration" (the model's ORG); "the Post"
            owner = qualifier(doc, span, kb, ents)  # "Japan's Meteorological Agency"
            if owned := body_named_with_owner(span, owner, kb):
                return mention_of(span, owned, kb)
            leader = leader_named_alone(doc, span, kb, published, so_far.countries)
            leader = leader or office_holder_by_family_name(
                doc, span, kb, published, so_far.countries
            )
            return leader or outlet_by_last_word(span, so_far.outlets, kb)
        country = country or qualifier(doc, span, kb, ents)
    else:
        return None
    candidates = kb.generic.get(form, ())
    if country is None:  # "Japan's Navy" says whose; "the Navy" alone is a force named so
        candidates = forces_named_so(written, form, candidates, kb)
    ruled_out = {kb.entities[c].country for c in kb.generic.get(form, ())} - {
        kb.entities[c].country for c in candidates
    }
    rules: tuple[Callable[[], str | None], ...] = (
        lambda: flash_credit_country(doc_text(doc), span.start_char, span.end_char, kb),
        lambda: cited_by_outlet_country(spans, index, linked, candidates, kb),  # "Xinhua quoted"
        lambda: armed_forces_before(spans, index, linked, kb),
        lambda: bare_branch_country(spans, index, linked, context, kb),
        lambda: chamber_country(form, written, doc_text(doc), kb),  # "the Senate"
        lambda: voiced_government(doc, span, form, ents, kb),  # "Taipei declined, with the MOFA"
        lambda: received_by(doc, spans, index, linked, kb),  # "Lin receives a delegation; MOFA"
        lambda: own_ministers_country(doc, spans, index, linked, kb, form, published),
    )
    for rule in rules:
        if country is None and (found := rule()) not in ruled_out:
            country = found
    if country is None:
        # a transcript's turns say apart
        named = so_far.named_in_turn(candidates, turn_of(doc, span.start_char))
        countries = {kb.entities[c].country for c in candidates}
        home = context.home_of(written)
        # "MOFA thanked Tokyo", "coast guard boat diverted to shadow Chinese ships": the
        # government a body addresses, the side it watches, is another's.
        spoken_to = addressed_countries(doc, span, ents, kb)
        countries -= spoken_to
        named = {body for body in named if kb.entities[body].country not in spoken_to}
        own = body_named_in_full(written, candidates, kb)
        if own and own_name_placed(doc, spans, index, linked, kb, own, countries):
            return mention_of(span, own, kb)  # "raise it with the Ministry of Defense", of Japan
        if china_counted_out(doc, span, form, candidates, published, home, countries, own):
            # "the MND said 19 PLA aircraft ..." from Xiamen: the counted side's body never counts
            countries.discard(CHINA)
            named = {body for body in named if kb.entities[body].country != CHINA}
        filed_from = doc_text(doc)[context.dateline.start : context.dateline.stop]
        if home in countries:  # unless it counts craft around Taiwan under "SEOUL/TAIPEI"
            counted = taiwan_counted_in(doc, span, candidates, published, home, filed_from, kb)
            country = TAIWAN if counted else home
        elif own:
            # Its own name in full says whose it is more plainly than the bodies the article
            # names or the countries around it: a Japanese white paper's "the Ministry of
            # Defense" beside Taiwan's "Ministry of National Defense" is Japan's ministry.
            return mention_of(span, own, kb)
        elif len(named) == 1:
            return mention_of(span, named.pop(), kb)  # the body the article names in full
        elif spoke := body_that_spoke(doc, spans, index, linked, named):
            return mention_of(span, spoke, kb)  # the one that "said" before, as it does
        elif not named:
            country = country_near(doc, spans, index, linked, kb, countries)
            country = country or own_forces_country(doc, spans, index, linked, kb, countries)
            country = country or police_country(form, doc_text(doc), linked.values(), kb)
            country = country or members_home(doc, spans, index, linked, kb, countries)
        if country is None and not named:  # "the MND released 30 PLA aircraft ..."
            country = counters_country(doc, span, form, candidates, published, home)
            country = country or ministers_country(
                doc, spans, index, linked, kb, form, countries, published
            )
            at_home = hosts(doc, linked.values(), kb)  # visitors govern no story
            country = country or governing_country(written, countries, at_home, kb)
    # A cable's post reports its host and third countries alike: a body its country lacks is
    # left to the other rules ("MFA spokesperson Lin Jian" in a cable from Manila).
    unhomed = (None, context.issuer_country, context.post_country)
    undecided = country is None and context.home_of(written) in unhomed
    usual = usual_body(form, context.home_of(written), kb, doc, span)  # "Source: MND"
    usual = usual if usual in candidates else None
    if undecided and (sole := sole_body(written, candidates, kb) or usual):
        return mention_of(span, sole, kb)  # "Joint Staff": one body bears the name as written
    return _generic_body(span, candidates, country, kb)


def _generic_body(
    span: Span, candidates: tuple[str, ...], country: str | None, kb: KnowledgeBase
) -> Mention | None:
    ours = (entity_id for entity_id in candidates if kb.entities[entity_id].country == country)
    return next((mention_of(span, entity_id, kb) for entity_id in ours), None) if country else None


def _outside_kb(span: Span) -> Mention | None:
    if (person := person_named_in_full(span)) is not None:  # "Arakaki's bookings": the diver's
        found = _outside_kb(person)
        start, end = span.start_char, span.end_char
        return found and replace(found, text=span_text(span), start=start, end=end)
    if span.label_ == "NORP":
        return None  # a nationality or group that is no country's demonym
    if span.label_ == "PERSON" and runs_names_together(span):
        return None  # "Motegi + DM Koizumi", "Abe played Trump": each name is read alone later
    written = span_text(span)
    words = written.split()
    while words and fold(words[0]) in _TITLE_SET and len(words) > 1:
        words = words[1:]
    name = re.sub(r"['\u2019]s?$", "", " ".join(words)).strip()
    if name.lower().startswith("the "):
        name = name[4:]
    key = fold(name)
    if not key or key in _TITLE_SET or not any(ch.isalpha() for ch in key):
        return None
    entity_id = f"{span.label_.lower()}:{key.replace(' ', '-')}"
    return Mention(written, span.label_, name, entity_id, span.start_char, span.end_char, False)


def _bare_names(
    doc: Doc,
    mentions: list[Mention],
    local: dict[str, str],
    kb: KnowledgeBase,
    undecided: list[Span],
) -> list[Mention]:
    """Family names and abbreviations the NER did not mark ("Kishi added that ..."); never a
    word of a generic name left undecided ("Ministry" of "the Ministry of National Defense" is
    not the other ministry the article names in full)."""
    if not local:
        return []
    taken = {offset for m in mentions for offset in range(m.start, m.end)}
    taken |= {offset for s in undecided for offset in range(s.start_char, s.end_char)}
    found = []
    for i in capitalised_token_indices(doc, lambda word: fold(word) in local):
        token = doc[i]
        if (token.is_stop and not named_mid_sentence(doc, i)) or token.idx in taken:
            continue  # "He" opening a sentence is the pronoun; "talks with He" is He Lifeng
        start, text, entry = token.idx, token.text, kb.entities[local[fold(token.text)]]
        found.append(Mention(text, entry.type, entry.name, entry.id, start, start + len(text),
                             True, description=entry.description))  # fmt: skip
    return found
