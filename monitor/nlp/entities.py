"""Mentions in a spaCy Doc linked to canonical entities of the knowledge base.

Order of resolution for each mention: the knowledge base's own match; the folded name (case,
possessive, spelling, 'the', plural); the name without titles; abbreviations defined in the
article ("Air Force (PLAAF)") and family names of people already named in it; a title with a
family name the knowledge base knows only once; a strict fuzzy match for misspellings, and a
looser one against the entities the article already names ("Ko Wen-ji" beside "Ko Wen-je").

Some names mean different entities in different articles, and the article decides (context.py):
a body's generic name ("the Foreign Ministry") is its country's by the words before or after it,
else by the dateline or outlet, else it stays unlinked; a bare title ("the premier") is the
person who held the office then, in that country; a capital that acts ("Beijing warned") is its
country, kind `capital`; a nationality word ("Chinese aircraft") is its country, kind `demonym`.
What is left keeps spaCy's label and its own text as the canonical name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from .context import (
    ArticleContext,
    DocEntities,
    article_context,
    capital_acts,
    coordinated,
    folded_without_country,
    names_a_body,
    qualifier,
)
from .english import token_indices
from .kb import KnowledgeBase
from .kb_matcher import DEMONYM, GENERIC, OFFICE, OFFICE_FORMS
from .names import TITLE_WORDS, fold, had_title, strip_titles

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Not entities here: dates, times, amounts. Nationality words are linked only when they are a
# country's demonym (a NORP the knowledge base does not know stays out: "Buddhist", "Uyghur").
IGNORED_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
FUZZY_MIN_SCORE = 90
FUZZY_MIN_CHARS = 8
LOCAL_FUZZY_MIN_SCORE = 80  # against names the article itself uses, a typo is likelier
WRITTEN_FAMILY_MIN_SCORE = 40  # "Ku" for "Koo", "Nakatini" for "Nakatani"; not a given name
NOT_A_HOLDER_BEFORE = {"vice", "former", "ex", "then", "deputy", "late", "outgoing", "incoming",
                       "future", "acting", "a", "an", "another", "every", "any"}  # fmt: skip
GOVERNMENT_WORDS = {"administration", "government", "cabinet"}
LEADERS = {"president", "prime minister", "premier"}
_ABBREVIATION = re.compile(r"^[A-Z][A-Za-z0-9-]{1,9}$")
_TITLE_SET = set(TITLE_WORDS)
HEAD_MIN_CHARS = 5  # "Command", "Ministry", "Strait"; not "Sea" or "Yuan"
RESOLVED_MAX = 50_000  # names remembered per knowledge base, so a long-running service stays flat
_RESOLVED: dict[str, dict[str, str | None]] = {}  # knowledge-base digest -> name -> entity id


@dataclass(frozen=True)
class Mention:
    text: str  # as written
    label: str  # KB type for known entities, spaCy's label otherwise
    canonical: str  # KB name, or the surface name without titles
    entity_id: str  # KB id, or "<label>:<folded name>" for entities outside the KB
    start: int  # character offsets in the analysed text
    end: int
    in_kb: bool
    kind: str = "name"  # name, demonym (a nationality word) or capital (a capital that acts)
    description: str | None = None  # the knowledge base's, for entities in it


def link_mentions(
    doc: Doc, kb: KnowledgeBase, published: date | None = None, text: str | None = None
) -> list[Mention]:
    """`text` is the text the Doc was made from, when the caller has it: `doc.text` joins the
    tokens again, which costs a millisecond an article."""
    context = article_context(doc.text if text is None else text, kb)
    every = doc.ents
    ents = DocEntities.of(every)
    spans = [span for span in every if span.label_ not in IGNORED_LABELS]
    linked = {index: _by_name(doc, span, kb) for index, span in enumerate(spans)}
    for index in range(len(spans)):  # then what the article around them decides
        if linked[index] is None:
            linked[index] = _by_context(doc, spans, index, linked, kb, context, published, ents)
    _capitals_that_act(doc, spans, linked, kb, context, ents)
    named_here = _names_here(linked, kb)
    for index, span in enumerate(spans):  # a misspelt full name ("Wellington Ku") before its
        if linked[index] is None and span.label_ == "PERSON":  # family name is read alone
            near = _near_miss(span, named_here)
            linked[index] = _mention(span, near, kb) if near else None
    local = _article_names(doc, spans, linked, kb)
    mentions = []
    for index, span in enumerate(spans):
        mention = linked.get(index)
        defined = local.get(strip_titles(fold(span.text)))  # "(MND)" after the name it stands for
        if defined and span.kb_id_.startswith(GENERIC):
            mention = None  # the article's own definition beats what the context suggests
        if mention is None:
            entity_id = defined
            if entity_id is None and span.kb_id_.startswith((GENERIC, OFFICE, DEMONYM)):
                continue  # a generic name or bare title the article did not decide
            entity_id = entity_id or _near_miss(span, named_here)
            mention = _mention(span, entity_id, kb) if entity_id else _outside_kb(span)
        if mention:
            mentions.append(mention)
    mentions += _bare_names(doc, mentions, local, kb)
    mentions += _leading_demonyms(doc, mentions, kb) + _country_pairs(doc, mentions, kb)
    return sorted(_people_named_before(mentions), key=lambda m: m.start)


def resolve_name(text: str, kb: KnowledgeBase) -> str | None:
    """The KB entity a name on its own means: the rules for mentions in articles, and for
    `--entity` and the digest's watch list. Remembered per knowledge base: articles repeat
    the same names, and a name it does not know costs a fuzzy match against all of them."""
    memo = _RESOLVED.setdefault(kb.digest, {})
    if text not in memo:
        if len(memo) >= RESOLVED_MAX:
            memo.clear()
        memo[text] = _resolve_name(text, kb)
    return memo[text]


def _resolve_name(text: str, kb: KnowledgeBase) -> str | None:
    key = fold(text)
    bare = strip_titles(key)
    found = kb.lookup(key) or kb.lookup(bare)
    if found or not bare or bare in kb.generic:
        return found  # a generic name is the context's to decide, never a near spelling's
    if had_title(key) and " " not in bare:
        people = kb.family_names.get(bare, ())
        if len(people) == 1:  # "Prime Minister Suga": a title and a family name only one has
            return people[0]
    # A title word may be a given name ("Gen Nakatini" is Gen Nakatani, not General Nakatini):
    # when stripping titles leaves a single word, the whole name is tried too.
    for candidate in (bare, key) if " " not in bare and key != bare else (bare,):
        if len(candidate) < FUZZY_MIN_CHARS:
            continue
        match = process.extractOne(
            candidate, kb.index.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE
        )
        if match:
            return kb.index[match[0]]
    return None


def _by_name(doc: Doc, span: Span, kb: KnowledgeBase) -> Mention | None:
    """What a span names on its own: a knowledge-base name or a nationality word."""
    key = span.kb_id_
    if key.startswith(DEMONYM) or (not key and span.label_ == "NORP"):
        country = key.removeprefix(DEMONYM) if key else kb.demonyms.get(fold(span.text))
        return replace(_mention(span, country, kb), kind="demonym") if country else None
    if key.startswith((GENERIC, OFFICE)):
        return None
    entity_id = key if key in kb.entities else None
    entity_id = entity_id or resolve_name(span.text, kb) or _titled_family_name(doc, span, kb)
    if entity_id is None and span.label_ in ("ORG", "FAC", "GPE"):
        return None  # perhaps "the Chinese Foreign Ministry": the context pass decides
    return _mention(span, entity_id, kb) if entity_id else None


def _by_context(
    doc: Doc,
    spans: list[Span],
    index: int,
    linked: dict[int, Mention | None],
    kb: KnowledgeBase,
    context: ArticleContext,
    published: date | None,
    ents: DocEntities,
) -> Mention | None:
    """Generic bodies and bare titles: whose, by the words around them, what the article
    named before, where it was written, and the countries it names nearby."""
    span, key = spans[index], spans[index].kb_id_
    if key.startswith(GENERIC):
        if span.text.islower() and not names_a_body(doc, span, ents):
            return None
        form, country = key.removeprefix(GENERIC), qualifier(doc, span, kb, ents)
    elif key.startswith(OFFICE):
        title = key.removeprefix(OFFICE)
        titled = _titled_people(doc, spans, linked, title)
        in_article = {m.entity_id for m in linked.values() if m}
        country = qualifier(doc, span, kb, ents)
        return _office_holder(doc, span, title, kb, context, published, titled, in_article, country)
    elif not key and span.label_ in ("PERSON", "NORP") and published is not None:
        return _leader_of_government(doc, span, kb, published)
    elif not key and span.label_ in ("ORG", "FAC", "GPE"):
        country, form = folded_without_country(span.text, kb)  # "the Chinese Foreign Ministry"
        if form not in kb.generic:
            return None
        country = country or qualifier(doc, span, kb, ents)
    else:
        return None
    candidates = kb.generic.get(form, ())
    if country is None:
        named = {m.entity_id for m in linked.values() if m and m.entity_id in candidates}
        countries = {kb.entities[c].country for c in candidates}
        if context.home_of(span.text) in countries:
            country = context.home_of(span.text)
        elif len(named) == 1:
            return _mention(span, named.pop(), kb)  # the body the article names in full
        elif not named:
            country = _near(doc, span, linked, spans, kb, countries)
    return _generic_body(span, form, country, kb)


def _leader_of_government(
    doc: Doc, span: Span, kb: KnowledgeBase, published: date
) -> Mention | None:
    """'the Biden administration', 'the Lai government': a family name before the word for a
    government is the president or prime minister of that name in office on the article's date,
    though the article never writes the full name."""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if len(span) != 1 or after not in GOVERNMENT_WORDS:
        return None
    leaders = {
        person
        for (title, country), _ in kb.holders.items()
        if title in LEADERS and (person := kb.holder(title, country, published))
        and kb.entities[person].family_name == span.text
    }  # fmt: skip
    return _mention(span, leaders.pop(), kb) if len(leaders) == 1 else None


def _near(
    doc: Doc,
    span: Span,
    linked: dict[int, Mention | None],
    spans: list[Span],
    kb: KnowledgeBase,
    countries: set[str | None],
) -> str | None:
    """The one of `countries` the article names most, by name, in this sentence and the one
    before (none on a tie). Nationality words do not count: "the MND tracked 30 Chinese
    aircraft" is a report about China by Taiwan's ministry."""
    sentence = span.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    counts: dict[str, int] = defaultdict(int)
    for i, mention in linked.items():
        if mention is None or mention.kind != "name" or not start <= spans[i].start < sentence.end:
            continue
        entry = kb.entities.get(mention.entity_id)
        if entry is not None and entry.kind == "country" and entry.id in countries:
            counts[entry.id] += 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _generic_body(span: Span, form: str, country: str | None, kb: KnowledgeBase) -> Mention | None:
    for entity_id in kb.generic.get(form, ()):
        if country and kb.entities[entity_id].country == country:
            return _mention(span, entity_id, kb)
    return None


def _office_holder(
    doc: Doc,
    span: Span,
    title: str,
    kb: KnowledgeBase,
    context: ArticleContext,
    published: date | None,
    titled: set[str],
    in_article: set[str],
    country: str | None,
) -> Mention | None:
    """'the premier said': the person who held the office on the article's date, in the
    country the words around it say (`country`), else the article's country, else the one holder the
    article names. Undecided when it names two people with the title ("Philippine President
    Marcos and South Korean President Lee ... the president said"). A title before a name
    is that name's."""
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.text[:1].isupper() or after.lower_ in ("-elect", "elect")):
        return None
    previous = doc[span.start - 1].lower_ if span.start else ""
    if previous in NOT_A_HOLDER_BEFORE or (span.text.islower() and previous not in ("the", "'s")):
        return None
    if published is None:
        return None
    holders = {
        country: holder
        for (t, country) in kb.holders
        if t == title and (holder := kb.holder(title, country, published))
    }
    if country is not None:
        holder = holders.get(country)
    else:
        named = titled | (in_article & set(holders.values()))
        home = holders.get(context.home) if context.home else None
        if len(titled) > 1:
            holder = None  # two people introduced with this title, and nothing says which
        elif home and (home in named or not named):
            holder = home
        elif len(named) == 1:
            holder = named.pop()
        elif not named and len(holders) == 1:  # "the chief cabinet secretary" is Japan's
            holder = next(iter(holders.values()))
        else:
            holder = None  # two people with this title, and nothing says which
    return _mention(span, holder, kb) if holder in kb.entities else None


def _titled_people(
    doc: Doc, spans: list[Span], linked: dict[int, Mention | None], title: str
) -> set[str]:
    """The people the article introduces with `title` ("Foreign Minister Lin Chia-lung",
    "Guatemalan Foreign Minister Carlos Martínez"), in or outside the knowledge base."""
    people = set()
    for index, span in enumerate(spans):
        mention = linked.get(index)
        if span.kb_id_.startswith(OFFICE) or not (
            span.label_ == "PERSON" or (mention and mention.label == "PERSON")
        ):
            continue
        words = f" {fold(doc[max(span.start - 4, 0) : span.start].text + ' ' + span.text)} "
        forms = OFFICE_FORMS[title]
        holds = any(f" {form} " in words for form in forms)
        held = any(f" {word} {form} " in words for word in NOT_A_HOLDER_BEFORE for form in forms)
        if holds and not held:  # not "former Prime Minister Shinzo Abe"
            people.add(mention.entity_id if mention else f"person:{fold(span.text)}")
    return people


def _capitals_that_act(
    doc: Doc,
    spans: list[Span],
    linked: dict[int, Mention | None],
    kb: KnowledgeBase,
    context: ArticleContext,
    ents: DocEntities,
) -> None:
    """Capitals that act become their countries; a capital paired with one that acts acts."""
    capitals = [
        index for index, mention in linked.items()
        if mention is not None and mention.kind == "name"
        and kb.entities.get(mention.entity_id) is not None
        and kb.entities[mention.entity_id].kind == "capital"
        and not context.in_dateline(spans[index].start_char)
    ]  # fmt: skip
    acting = {
        index for index in capitals
        if capital_acts(doc, spans[index], ents)
        and not _paired_with_city(doc, spans, linked, index, kb)
    }  # fmt: skip
    changed = True
    while changed:
        changed = False
        for first in capitals:
            for second in capitals:
                pair = {first, second}
                joined = first < second and coordinated(doc, spans[first], spans[second])
                if joined and pair & acting and not pair <= acting:
                    acting |= pair
                    changed = True
    for index in acting:
        mention = linked[index]
        assert mention is not None
        country = kb.entities[mention.entity_id].capital_of
        if country:
            linked[index] = replace(_mention(spans[index], country, kb), kind="capital")


def _paired_with_city(
    doc: Doc, spans: list[Span], linked: dict[int, Mention | None], index: int, kb: KnowledgeBase
) -> bool:
    """'between Hong Kong and Taipei', 'Tokyo and Osaka': a capital joined to a city that is no
    capital is a city too."""
    for other in (index - 1, index + 1):
        mention = linked.get(other)
        entry = kb.entities.get(mention.entity_id) if mention is not None else None
        if entry is None or entry.kind != "city":
            continue
        first, second = sorted((index, other))
        if coordinated(doc, spans[first], spans[second]):
            return True
    return False


def _leading_demonyms(doc: Doc, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The nationality word that opens a longer name is a mention of its country too: "Chinese"
    in "Chinese Navy", "Philippine" in "Philippine Coast Guard". So is the name that opens a
    body's or a concept's name ("U.S." in "U.S. State Department", "PLA" in "PLA Eastern
    Theater Command", "Taiwan" in "Taiwan contingency"), when the article names that owner on
    its own too: then every spelling of it counts alike, and an article that only speaks of
    "a Taiwan contingency" is not made an article naming Taiwan."""
    named = {m.entity_id for m in mentions if m.in_kb and m.kind == "name"}
    found = []
    for mention in mentions:
        word = mention.text.split()[0] if " " in mention.text else ""
        country = kb.demonyms.get(fold(word))
        if country and country != mention.entity_id:
            end = mention.start + len(word)
            demonym = Mention(word, "GPE", kb.entities[country].name, country, mention.start,
                              end, True, "demonym", kb.entities[country].description)  # fmt: skip
            found.append(demonym)
        elif (owner := _leading_owner(mention, kb)) and owner.entity_id in named:
            found.append(owner)
    return found


def _leading_owner(mention: Mention, kb: KnowledgeBase) -> Mention | None:
    """The longest run of leading words that names the country a body or concept belongs to,
    or the force a command belongs to. Places ("Taiwan Strait"), outlets ("Taiwan News"),
    people, equipment and other countries' bodies ("Taiwan Affairs Office") are not owned."""
    entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
    if entry is None or entry.type not in ("ORG", "TERM") or entry.kind == "outlet":
        return None
    words = mention.text.split()
    for size in range(len(words) - 1, 0, -1):
        head = " ".join(words[:size])
        owner = kb.entities.get(kb.lookup(fold(head)) or "")
        if owner is None or owner.id == entry.id:
            continue
        owns = owner.kind == "country" and entry.country in (None, owner.id)
        commands = owner.type == "ORG" and owner.country is not None
        if owns or (commands and owner.country == entry.country):
            end = mention.start + len(head)
            return Mention(head, owner.type, owner.name, owner.id, mention.start, end, True,
                           description=owner.description)  # fmt: skip
    return None


def _country_pairs(doc: Doc, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Each country of a pair written as one word: "U.S.-Japan", "US-Taiwan"; and the country
    before a participle, "U.S.-made" (the tokenizer keeps a dotted abbreviation's compound
    whole)."""
    taken = {offset for m in mentions for offset in range(m.start, m.end)}
    found = []
    for i in token_indices(doc, lambda word: "-" in word.strip("-")):
        start, text = doc[i].idx, doc[i].text
        if start in taken:
            continue
        parts: list[tuple[str, int, str]] = []
        offset = start
        pieces = text.split("-")
        for position, part in enumerate(pieces):
            entity_id = kb.lookup(fold(part)) if part else None
            if entity_id is None or kb.entities[entity_id].kind != "country":
                participle = position == len(pieces) - 1 and part.isalpha() and part.islower()
                parts = parts if participle else []
                break
            parts.append((part, offset, entity_id))
            offset += len(part) + 1
        for part, start, entity_id in parts:
            entry = kb.entities[entity_id]
            end = start + len(part)
            found.append(Mention(part, entry.type, entry.name, entity_id, start, end, True,
                                 description=entry.description))  # fmt: skip
    return found


def _titled_family_name(doc: Doc, span: Span, kb: KnowledgeBase) -> str | None:
    """'President Lai' where the NER marked only 'Lai': the title stands just before the span."""
    if len(span) != 1:
        return None
    titled = any(
        fold(doc[span.start - n : span.start].text) in _TITLE_SET
        for n in (1, 2, 3)
        if span.start - n >= 0
    )
    people = kb.family_names.get(fold(span.text), ()) if titled else ()
    return people[0] if len(people) == 1 else None


def _article_names(
    doc: Doc, spans: list[Span], linked: dict[int, Mention | None], kb: KnowledgeBase
) -> dict[str, str]:
    """Short names this article defines: family names of people it names in full, and
    abbreviations in parentheses after a linked name."""
    local: dict[str, str] = {}
    for index, mention in linked.items():
        if mention is None or not mention.in_kb:
            continue
        entry = kb.entities[mention.entity_id]
        span = spans[index]
        if entry.type == "PERSON" and entry.family_name:
            local.setdefault(fold(entry.family_name), entry.id)
            written = _written_family_name(span.text, entry.name, entry.family_name)
            if written:
                local.setdefault(written, entry.id)
        following = doc[span.end : span.end + 3]
        defines = entry.type in ("ORG", "TERM", "EQUIPMENT", "LOC")  # not "TAIPEI (CNA)"
        if (
            defines
            and len(following) == 3
            and following[0].text == "("
            and following[2].text == ")"
        ):
            abbreviation = following[1].text
            if _ABBREVIATION.match(abbreviation) and abbreviation.upper() == abbreviation:
                local.setdefault(fold(abbreviation), entry.id)
    for head, entity_id in _head_nouns(spans, linked, kb).items():
        local.setdefault(head, entity_id)
    return local


def _written_family_name(text: str, name: str, family_name: str) -> str | None:
    """The family name as this article spells it in the full name it linked: "Ku" in
    "Defense Minister Wellington Ku" (Wellington Koo), so "Ku says" later is him too."""
    name_words, family = fold(name).split(), fold(family_name)
    words = fold(text).split()[-len(name_words) :]
    if family not in name_words or len(words) != len(name_words):
        return None
    written = words[name_words.index(family)]
    if written[:1] != family[:1] or written in name_words:
        return None  # "Nobuo" of "Kishi Nobuo" is no spelling of "Kishi"
    return written if fuzz.ratio(written, family) >= WRITTEN_FAMILY_MIN_SCORE else None


def _head_nouns(
    spans: list[Span], linked: dict[int, Mention | None], kb: KnowledgeBase
) -> dict[str, str]:
    """The capitalised head noun of a body or place the article names in full, which copy uses
    on its own later ("the Command" after "the Eastern Theater Command", "the Ministry" after
    "the Ministry of Foreign Affairs", "the Strait"); not when two of its names share it."""
    heads: dict[str, set[str]] = defaultdict(set)
    for index, mention in linked.items():
        entry = kb.entities.get(mention.entity_id) if mention and mention.in_kb else None
        if entry is None or entry.type not in ("ORG", "LOC") or entry.kind == "outlet":
            continue
        text = spans[index].text
        words = text.split(" of ")[0].split()
        longer = len(words) > 1 or " of " in text
        if longer and words[-1][:1].isupper() and len(words[-1]) >= HEAD_MIN_CHARS:
            heads[fold(words[-1])].add(entry.id)
    return {head: next(iter(ids)) for head, ids in heads.items() if len(ids) == 1}


def _names_here(linked: dict[int, Mention | None], kb: KnowledgeBase) -> dict[str, str]:
    """Folded names and aliases of the entities the article names: what its typos miss."""
    names: dict[str, str] = {}
    named = dict.fromkeys(m.entity_id for m in linked.values() if m is not None and m.in_kb)
    for entity_id in named:  # in the order the article first names them, each once
        entry = kb.entities[entity_id]
        for name in (entry.name, *entry.aliases, entry.family_name or ""):
            key = fold(name)  # the family name too: "Ishbia" in a headline over "Shigeru Ishiba"
            if len(key) >= 6:
                names.setdefault(key, entry.id)
    return names


def _near_miss(span: Span, named_here: dict[str, str]) -> str | None:
    """A misspelling of a name the article also writes right: 'Ko Wen-ji' beside 'Ko Wen-je'."""
    key = strip_titles(fold(span.text))
    if len(key) < 6 or span.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
        return None
    match = process.extractOne(
        key, list(named_here), scorer=fuzz.ratio, score_cutoff=LOCAL_FUZZY_MIN_SCORE
    )
    if match and match[0][:1] == key[:1]:
        return named_here[match[0]]
    return None


def _people_named_before(mentions: list[Mention]) -> list[Mention]:
    """People outside the knowledge base, too, are one person when named again by a part of
    the full name ("Chiang Wan-an ... Chiang said"), if only one person has that part."""
    parts: dict[str, set[Mention]] = defaultdict(set)
    for mention in mentions:
        words = fold(mention.canonical).split()
        if mention.label == "PERSON" and not mention.in_kb and len(words) > 1:
            for word in (words[0], words[-1]):
                parts[word].add(mention)
    result = []
    for mention in mentions:
        key = fold(mention.canonical)
        owners = {(m.entity_id, m.canonical) for m in parts.get(key, ())}
        if mention.label == "PERSON" and not mention.in_kb and " " not in key and len(owners) == 1:
            entity_id, canonical = owners.pop()
            mention = replace(mention, entity_id=entity_id, canonical=canonical)
        result.append(mention)
    return result


def _mention(span: Span, entity_id: str, kb: KnowledgeBase) -> Mention:
    entry = kb.entities[entity_id]
    return Mention(
        span.text, entry.type, entry.name, entity_id, span.start_char, span.end_char, True,
        description=entry.description,
    )  # fmt: skip


def _outside_kb(span: Span) -> Mention | None:
    if span.label_ == "NORP":
        return None  # a nationality or group that is no country's demonym
    words = span.text.split()
    while words and fold(words[0]) in _TITLE_SET and len(words) > 1:
        words = words[1:]
    name = re.sub(r"['\u2019]s?$", "", " ".join(words)).strip()
    if name.lower().startswith("the "):
        name = name[4:]
    key = fold(name)
    if not key or key in _TITLE_SET or not any(ch.isalpha() for ch in key):
        return None
    entity_id = f"{span.label_.lower()}:{key.replace(' ', '-')}"
    return Mention(span.text, span.label_, name, entity_id, span.start_char, span.end_char, False)


def _bare_names(
    doc: Doc, mentions: list[Mention], local: dict[str, str], kb: KnowledgeBase
) -> list[Mention]:
    """Family names and abbreviations the NER did not mark ("Kishi added that ...")."""
    if not local:
        return []
    taken = {offset for m in mentions for offset in range(m.start, m.end)}
    found = []
    for i in token_indices(doc, lambda word: word[:1].isupper() and fold(word) in local):
        token = doc[i]
        if token.is_stop or token.idx in taken:
            continue
        start, text = token.idx, token.text
        entity_id = local[fold(text)]
        entry = kb.entities[entity_id]
        found.append(Mention(text, entry.type, entry.name, entity_id, start, start + len(text),
                             True, description=entry.description))  # fmt: skip
    return found
