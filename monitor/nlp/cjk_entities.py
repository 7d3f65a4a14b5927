"""Knowledge-base entities in Japanese and Chinese text, linked to the same canonical entities
as English mentions ("岸信夫", "岸防衛相" -> Nobuo Kishi; "防空識別區", "防空識別圏" -> ADIZ).

CJK text has no spaces, and a segmenter's words need not end where a name does, so names are
found by characters: every CJK name and alias of the knowledge base, folded (cjk_script.fold,
so traditional, simplified and shinjitai spellings are one), and the Latin ones as written
("TSMC", "F-16V"), longest match first. Then what the article decides, as for English:

- a title after a family name ("岸防衛相", "頼総統") is the person who held that office on the
  article's date, or one named in the article, whose name starts with those characters;
  "頼氏" is a person the article named before;
- a bare title ("防衛相は") is the holder of the office in the title's country, unless a
  country written just before it ("中国外相") says whose;
- a body's generic name ("外交部", "国防部", "海警") is the country's written just before it, else
  the one the story's credit or its earlier full naming says (cjk_generic_bodies.py), else the
  article's home country's (Japanese text: Japan; traditional Chinese: Taiwan; simplified:
  China) when it has such a body, else the one its copy means (cjk_home.home_side: in Japanese
  a name Taiwan shares is Taiwan's; 海警 is the PRC's), else the country the article names most.
- what the characters around a name say (cjk_name_context.py): a capital that acts, a carrier's
  bracketed name, a service word, a name whose last character begins the next word; in Chinese
  copy, a capital that acts once is its government wherever else it is not plainly the place
  (cjk_capital_sense.py).

The statistical model's names (GiNZA's, for Japanese) fill in what the knowledge base lacks;
where they overlap a knowledge-base name, the knowledge base wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from .cjk_agency_names import opens_agency_name
from .cjk_article_passes import whole_article_passes
from .cjk_body_officials import official_body, official_country
from .cjk_carriers import bracketed_carrier
from .cjk_city_forms import names_the_city
from .cjk_compounds import opens_other_word
from .cjk_country_bodies import body_gives_way, country_body_forms, spelled_country_bodies
from .cjk_country_forces import country_forms
from .cjk_demonym_context import countries_joined_before, no_demonym
from .cjk_entity_words import (
    CREDITED,
    CREDITS,
    DEMONYMS,
    FAMILY_NAME_CHARS,
    HONORIFICS,
    MIN_CJK_CHARS,
    TITLES,
)
from .cjk_family_names import family_names_alone
from .cjk_foreign_names import inside_longer_name
from .cjk_generic_bodies import body_owner, credited_country
from .cjk_home import HOME_BY_SCRIPT
from .cjk_japanese_nouns import japanese_noun
from .cjk_listed_bodies import listed_body_country
from .cjk_name_context import (
    capital_acts,
    communist_state,
    country_before_military_word,
    opening_countries,
    service_word,
    side_countries,
    split_word,
)
from .cjk_readings import past_reading
from .cjk_representative_offices import representative_office_forms
from .cjk_script import CJK, fold, fold_char, folded_spellings
from .cjk_titles import country_before, names_a_rank, title_holder
from .cjk_visited_bodies import visited_capital
from .cjk_word_starts import begins_no_name
from .entities import Mention
from .kb import KBEntry, KnowledgeBase

# A model's code written without its hyphen in CJK copy ("Ｆ１６", "F16" for F-16), and
# without the space before its variant's capitals too ("ＰＡＣ３ＭＳＥ" for PAC-3 MSE).
_LATIN_CODE = re.compile(r"([A-Za-z]+)-(\d+[A-Za-z]*)(?: ([A-Z]{1,4}))?")
# A body's generic acronym written in Latin letters inside CJK copy ("MND早上公布", a study
# group's notes; "國家安全保障會議（NSC）"): the article says whose, as for 国防部. Two letters
# are too often something else (FM, a radio band).
_LATIN_ACRONYM = re.compile(r"[A-Z]{3,5}")


COMMUNIST_PARTY = "中共"  # the party, or the state it rules (cjk_name_context.communist_state)


@dataclass(frozen=True)
class CjkNames:
    """The knowledge base's names, as CJK text is searched for them."""

    forms: dict[str, str]  # folded CJK form -> entity id
    demonyms: dict[str, str]  # folded demonym -> country id
    generic: dict[str, tuple[str, ...]]  # folded CJK generic name -> entity ids
    titles: dict[str, tuple[str, str | None]]  # folded title -> (office, country)
    latin: re.Pattern[str] | None  # Latin names and aliases, as written
    latin_ids: dict[str, str]
    longest: int
    person_forms: dict[str, tuple[str, ...]]  # person id -> folded CJK names
    capital_forms: frozenset[str]  # folded CJK names of capitals
    country_bodies: frozenset[str]  # folded country-and-body forms (cjk_country_bodies.py)
    every: frozenset[str]  # every folded form a span is looked up by in the tables above


_BUILT: dict[str, CjkNames] = {}  # by knowledge-base digest, built once a process


def _names(kb: KnowledgeBase) -> CjkNames:
    if kb.digest not in _BUILT:
        _BUILT[kb.digest] = _build(kb)
    return _BUILT[kb.digest]


def _build(kb: KnowledgeBase) -> CjkNames:
    forms: dict[str, str] = {}
    generic: dict[str, list[str]] = {}
    latin: dict[str, str] = {}
    people: dict[str, list[str]] = {}
    shared: dict[str, set[str]] = {}
    for entry in kb.entities.values():
        for text in (entry.name, *entry.aliases):
            if CJK.search(text):
                spellings = folded_spellings(text, person=entry.type == "PERSON")
                for form in spellings if len(text) >= MIN_CJK_CHARS else ():
                    shared.setdefault(form, set()).add(entry.id)
                    forms.setdefault(form, entry.id)
                    if entry.type == "PERSON":
                        people.setdefault(entry.id, []).append(form)
            elif len(text) >= 2 and text.isascii():
                for form in {text, text.upper()} if len(text) < 7 else {text}:
                    latin.setdefault(form, entry.id)
                if code := _LATIN_CODE.fullmatch(text):
                    latin.setdefault("".join(code.groups(default="")), entry.id)
        for text in entry.generic:
            if CJK.search(text) or _LATIN_ACRONYM.fullmatch(text):
                generic.setdefault(fold(text), []).append(entry.id)
                if not CJK.search(text):
                    latin.setdefault(text, "generic:" + fold(text))
    # Two spellings that fold alike and name two bodies (国防部, the PRC's, and 國防部,
    # Taiwan's) are one generic name: the article says whose.
    for form, ids in shared.items():
        if len(ids) > 1:
            del forms[form]
            bodies = generic.setdefault(form, [])
            bodies += [i for i in sorted(ids) if i not in bodies]
    written_bodies = frozenset(country_body_forms(kb, forms)) | spelled_country_bodies(kb)
    forms |= country_forms(kb, forms, generic)
    forms |= representative_office_forms(kb, forms)
    pattern = None
    if latin:
        alternatives = "|".join(re.escape(f) for f in sorted(latin, key=len, reverse=True))
        pattern = re.compile(rf"(?<![A-Za-z0-9])(?:{alternatives})(?![A-Za-z0-9])")
    demonyms = {fold(word): country for word, country in DEMONYMS.items()}
    titles = {fold(title): office for title, office in TITLES.items()}
    every = frozenset([*forms, *generic, *titles, *demonyms, COMMUNIST_PARTY])
    return CjkNames(
        forms=forms,
        demonyms=demonyms,
        generic={form: tuple(ids) for form, ids in generic.items()},
        titles=titles,
        latin=pattern,
        latin_ids=latin,
        longest=max((len(f) for f in every), default=0),
        person_forms={person: tuple(names) for person, names in people.items()},
        capital_forms=frozenset(
            form for form, entity_id in forms.items() if kb.entities[entity_id].capital_of
        ),
        country_bodies=written_bodies & frozenset(forms),
        every=every,
    )


@dataclass(frozen=True)
class ModelName:
    """A name the statistical model found, with the label monitor uses for it."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    key: str  # an entity id, or "generic:" / "title:" and the folded form


def cjk_mentions(
    text: str,
    kb: KnowledgeBase,
    published: date | None,
    home: str | None,
    model_names: Iterable[ModelName] = (),
) -> list[Mention]:
    """The mentions in `text`, in order: knowledge-base names, titles and generic names
    resolved by the article, and the model's other names."""
    names = _names(kb)
    folded = fold(text)
    matches = _longest_first(_candidates(text, folded, names, chinese=home != HOME_BY_SCRIPT["ja"]))
    credit = credited_country(folded, ((m.start, m.key) for m in matches), kb)
    mentions: list[Mention] = []
    for match in matches:
        span = match.start, match.end
        entity_id = match.key if match.key in kb.entities else None
        kind = "name"
        entry = kb.entities.get(match.key)
        if split_word(folded, *span) or opens_other_word(folded, *span, entry, names.titles, home):
            continue
        if japanese_noun(folded, *span, home):
            continue  # "資材を積んだ台船": a barge
        if opens_agency_name(folded, *span, names.forms):
            continue  # "內政部役政署", "内政部消防署": the agency's full name
        if match.key.startswith("demonym:"):
            entity_id, kind = match.key.removeprefix("demonym:"), "demonym"
        elif (
            entity_id
            and kb.entities[entity_id].capital_of
            and not names_the_city(folded[match.start : match.end])
            and capital_acts(
                folded, match.start, past_reading(folded, match.end), names.capital_forms
            )
        ):
            entity_id, kind = kb.entities[entity_id].capital_of, "capital"
        elif entity_id and (ship := bracketed_carrier(folded, *span, names.forms, kb)):
            entity_id = ship
        elif entity_id and (
            body := official_body(folded, match.end, entity_id, names.person_forms, kb)
        ):
            entity_id = body  # "外務省の林剣報道官": Beijing's
        elif match.key.startswith("title:") and names_a_rank(folded, *span):
            continue
        elif match.key.startswith("title:"):
            form = match.key.removeprefix("title:")
            entity_id, family = title_holder(
                folded, match.start, form, names, kb, published, mentions
            )
            match = _Match(match.start - family, match.end, match.key)
        elif match.key.startswith("generic:") and not service_word(folded, *span):
            entity_id = _generic_body(folded, match, names, kb, (home, credit), mentions)
        elif match.key.startswith("generic:"):
            continue
        if entity_id in kb.entities:
            mention = _mention(text, match.start, match.end, kb.entities[entity_id])
            mentions.append(replace(mention, kind=kind))
    mentions += _honorific_names(text, folded, names, kb, mentions)
    mentions += family_names_alone(text, folded, names.person_forms, kb, mentions)
    taken = [(m.start, m.end) for m in mentions]
    mentions += [
        _mention(text, start, end, kb.entities[country])
        # one mention where both read it ("米政府は" opens a sentence and is the state's noun)
        for start, end, country in sorted({*opening_countries(text), *side_countries(text, home)})
        if country in kb.entities and not any(a < end and start < b for a, b in taken)
    ]
    taken_chars = {i for m in mentions for i in range(m.start, m.end)}  # not per pair
    for name in model_names:
        if taken_chars.isdisjoint(range(name.start, name.end)):
            surface = text[name.start : name.end]
            entity_id = f"{name.label.lower()}:{fold(surface)}"
            mentions.append(
                Mention(surface, name.label, surface, entity_id, name.start, name.end, False)
            )
    return whole_article_passes(text, folded, mentions, names, kb, home)


def _candidates(text: str, folded: str, names: CjkNames, chinese: bool) -> list[_Match]:
    found = []
    for start, char in enumerate(folded):
        # a name may open with a digit or letter ("２プラス２"), never inside a Latin word
        word_start = (
            char.isascii() and char.isalnum() and not _ascii_alnum(folded[start - 1 : start])
        )
        if not CJK.match(char) and not word_start:
            continue
        if begins_no_name(folded, start, chinese):
            continue
        for end in range(min(len(folded), start + names.longest), start + 1, -1):
            form = folded[start:end]
            # Most spans name nothing: the tables are asked first, at one look-up a span, and
            # the words around a span only where it is a name.
            if form not in names.every:
                continue
            # a name whose last character begins the next word gives way to a shorter one
            # ("日本海|保" is 日本 and 海保, Japan's coast guard)
            if (
                split_word(folded, start, end)
                or (chinese and country_before_military_word(folded, start, end, names.forms))
                or body_gives_way(folded, start, end, names.country_bodies)
                or inside_longer_name(folded, start, end, names)  # "ルビオン", "格拉斯哥"
            ):
                continue
            if form in names.demonyms and not no_demonym(folded, start, end, chinese):
                found.append(_Match(start, end, "demonym:" + names.demonyms[form]))
            elif form == COMMUNIST_PARTY and communist_state(folded, end, chinese):
                found.append(_Match(start, end, "demonym:china"))
            elif form in names.forms:
                found.append(_Match(start, end, names.forms[form]))
            elif form in names.generic:
                found.append(_Match(start, end, "generic:" + form))
            elif form in names.titles:
                found.append(_Match(start, end, "title:" + form))
            else:
                continue
            break
    for credit in CREDITS.finditer(text):
        agency = credit.group(1) or credit.group(2)
        at = credit.start(1) if credit.group(1) else credit.start(2)
        found.append(_Match(at, at + len(agency), CREDITED[agency]))
    if names.latin is not None:
        for match in names.latin.finditer(_width_folded(text)):
            found.append(_Match(match.start(), match.end(), names.latin_ids[match.group()]))
    return found


def _ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _width_folded(text: str) -> str:
    """Full-width Latin letters and digits as ASCII, offsets kept ("ＴＳＭＣ" -> "TSMC")."""
    return "".join(c if c.isascii() else _ascii_or_self(c) for c in text)


def _ascii_or_self(char: str) -> str:
    """One character as ASCII where it has a width form, case kept ("Ｔ" -> "T", "ｕ" -> "u")."""
    folded = fold_char(char)
    return folded.upper() if folded.isascii() and char.isupper() else folded


def _longest_first(matches: list[_Match]) -> list[_Match]:
    """Overlapping matches resolved: the longest wins, then the earlier one."""
    kept: list[_Match] = []
    # The characters kept: a test per match, not per pair (a feed's thousands of names were
    # quadratic).
    taken: set[int] = set()
    for match in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        if taken.isdisjoint(range(match.start, match.end)):
            kept.append(match)
            taken.update(range(match.start, match.end))
    return sorted(kept, key=lambda m: m.start)


def _generic_body(
    folded: str,
    match: _Match,
    names: CjkNames,
    kb: KnowledgeBase,
    home: tuple[str | None, str | None],
    named: list[Mention],
) -> str | None:
    candidates = names.generic[match.key.removeprefix("generic:")]
    if countries_joined_before(folded, match.start):
        return None
    capitals = {form: names.forms[form] for form in names.capital_forms}
    owners = {kb.entities[c].country for c in candidates}
    country = (
        country_before(folded, match.start, names, kb)
        or listed_body_country(folded, match.start, named, kb)  # "台灣交通部及民航局"
        or official_country(folded, match.end, names.person_forms, kb)
        or visited_capital(folded, match.start, capitals, owners, kb)
        or body_owner(candidates, kb, *home, named, match.start, folded)
    )
    return next((c for c in candidates if kb.entities[c].country == country), None)


def _honorific_names(
    text: str, folded: str, names: CjkNames, kb: KnowledgeBase, named: list[Mention]
) -> list[Mention]:
    """A family name with an honorific ("頼氏") for a person the article named before."""
    people = {m.entity_id for m in named if m.label == "PERSON" and m.in_kb}
    taken = [(m.start, m.end) for m in named]
    found = []
    for honorific in HONORIFICS:
        for hit in re.finditer(re.escape(fold(honorific)), folded):
            for length in FAMILY_NAME_CHARS:
                start = hit.start() - length
                family = folded[start : hit.start()]
                if start < 0 or not all(CJK.match(c) for c in family):
                    continue
                if any(a < hit.start() and start < b for a, b in taken):
                    break
                person = next(
                    (p for p in sorted(people) if any(
                        f.startswith(family) and f != family for f in names.person_forms.get(p, ())
                    )),
                    None,
                )  # fmt: skip
                if person:
                    found.append(_mention(text, start, hit.start(), kb.entities[person]))
                    break
    return found


def _mention(text: str, start: int, end: int, entry: KBEntry) -> Mention:
    return Mention(
        text[start:end], entry.type, entry.name, entry.id, start, end, True,
        description=entry.description,
    )  # fmt: skip
