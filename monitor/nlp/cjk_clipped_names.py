"""A place's or body's short form in Japanese copy beside its full name in the same article
("先島１２万人の避難計画" and 先島諸島, "九州・山口" and 山口県, "台湾海洋委" and 海洋委員会,
"11管によると" and 第11管区海上保安本部, "台湾南西の識別圏に" and 防空識別圏): the name with its
kind word clipped, or the zone's with its "air defence" (防空).

Japanese papers, local ones most, clip a name the story writes in full, in the headline before
it or in the body after it: an island group drops 諸島 or 列島, a prefecture 県, a committee
keeps 委 of 委員会, a regional coast-guard headquarters keeps its number and 管. Alone such a
short form is often something else (山口 is a surname too, so the knowledge base does not list
it); beside the full name a reader takes it as that name, and so does monitor. A base drops
基地 ("F-15EXを嘉手納に常駐" beside 嘉手納基地), as magazines and photo blogs write it:

- only the kind words below are clipped, each as the papers clip it, from a full name the
  knowledge base found in the article;
- the short form stands apart: no Han, katakana or Latin letter glued to it (山口氏, 先島諸 are
  other words), unless a name found before it ends there ("台湾海洋委": 台湾, then the
  committee) or a headline glues its people's evacuation or its defence after it
  ("先島避難計画"), and no honorific after it (山口さん is a person);
- no knowledge-base name is found over it; a model's name there (a surname) gives way;
- a short form two full names in the article would give is left alone.

The article's short forms are matched in one pass of one pattern, so a long text is read in
linear time.

An island's or airport's name without its 島 or 機場 in Chinese travel copy's lists and routes
("往返石垣、宮古的包機航班", "宮古、石垣及與那國等地居民", "松山、台中、高雄往返金門", "松山—羽田
「黃金航線」"): the island, the airport.

Chinese copy on flights and the Ryukyus lists the islands and airports a flight or an evacuation
serves by their short names, as travellers say them: 石垣 for 石垣島, 宮古 for 宮古島, 松山 for
松山機場. Alone such a short name is often something else (宮古 is the strait's in "出宮古", 松山
a district of Taipei and a city in Ehime), so the knowledge base lists it only where it is
nothing else (石垣). In a list or a route it is the island or the airport:

- the short name is an island's or airport's name in the knowledge base with its last 島 (岛)
  or 機場 (机场) clipped, at least two characters left, and no knowledge-base name of its own;
- it stands next to another place the knowledge base found, joined by 、, 及, 和, 與 (与) or a
  route's dash and nothing else: "石垣、宮古", "宮古、石垣", "松山—羽田";
- no knowledge-base name is found over it; a model's name there gives way;
- beside an island group ("宮古・八重山地域") the short name is its own group, not the island.

Japanese copy lists islands the same way ("石垣・与那国・宮古の漁業者", 宮古 for 宮古島), with its
own marks (、・とや), the short name standing apart as above ("石垣市、宮古島市" lists cities, and
宮古 there is no short name); its airports' short names are its cities' too often to be read so.
It lists prefectures and bases the same way, with their 県 or 基地 dropped ("九州・山口の８県",
"横須賀や嘉手納の周辺"): a surname or a town is listed with no region or base, so beside a place
the knowledge base found the short form is the prefecture or the base, as it is beside its full
name above.

Its short names too are matched in one pass of one pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention, relinked
from .names import fold as name_key

# A full name's kind word and what the papers keep of it in the short form, the first that
# ends the name clipped.
CLIPPED_KIND_WORDS = (
    ("管区海上保安本部", "管"),
    ("委員会", "委"),
    ("諸島", ""),
    ("列島", ""),
    ("県", ""),
    ("基地", ""),
    # A university keeps 大 of 大学 (熊本大, 琉球大), an island drops 島 (波照間 for 波照間島), a
    # paper drops 新聞 (八重山毎日 for 八重山毎日新聞), as school and local copy clip them.
    # A peninsula drops 半島 (能登 for 能登半島: "能登の被災地"), tried before an island's 島.
    ("大学", "大"),
    ("半島", ""),
    ("島", ""),
    ("新聞", ""),
)
# A paper's short name keeps at least this many characters: 朝日 and 毎日 alone are the morning
# sun and every day, which no reader takes for a paper.
PAPER_SHORT_MIN = 4
# A term's first word that the papers drop beside its full name: 防空識別圏 is 識別圏 in headlines
# and the sentences after it, as no other zone of identification is meant.
CLIPPED_LEAD_WORDS = ("防空",)
# A term named after its place drops the place beside its full name: "台湾「飛行情報区の安全に
# 影響」" beside 台北飛行情報区 in the story. The rest must be a word of its own, four characters
# or more (台湾有事's 有事 and 台湾海峡's 海峡 are other words alone).
PLACE_LENGTHS = (3, 2)
PLACE_TYPES = frozenset({"GPE", "LOC"})
PLACE_CLIPPED_MIN = 4
CLIPPED_TYPES = frozenset({"LOC", "GPE", "ORG"})
MIN_CHARS = 2
# Characters that continue a word (Han, katakana, Latin letters; a particle's hiragana and the
# katakana middle dot do not): a short form glued to one is part of another word.
_WORD_CHAR = re.compile(r"[\u3005\u30a1-\u30fa\u30fc\u3400-\u9fff\uf900-\ufaffA-Za-zＡ-Ｚａ-ｚ]")
_DIGIT = re.compile(r"[0-9０-９]")
_PERSON_AFTER = ("さん", "様", "君", "くん", "ちゃん")


def clipped_names(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with each short form of a full name the article writes (module
    docstring) linked to that name's entity."""
    shorts = _short_forms(mentions, kb)
    if not shorts:
        return mentions
    folded = fold(text)
    named = [m for m in mentions if m.in_kb]
    ends = {m.end for m in named}
    # characters, not pairs of spans: a long text's many names and short forms stay linear
    pattern = re.compile("|".join(map(re.escape, sorted(shorts, key=len, reverse=True))))
    found = []
    for match in pattern.finditer(folded):
        start, end = match.span()
        # A knowledge-base name over the short form, or across its edge, is read; one wholly
        # inside it and shorter is a part of it ("熊本|大" is 熊本大, "八重山|毎日" 八重山毎日).
        if any(m.start < end and start < m.end and not start <= m.start < m.end <= end
               or (m.start, m.end) == (start, end) for m in named):  # fmt: skip
            continue
        if _glued_before(folded, start, ends) or _glued_after(folded, end):
            continue
        model = Mention(text[start:end], "", "", "", start, end, False)
        found.append(relinked(model, shorts[match.group()], kb))
    return with_found(mentions, found)


def with_found(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """The mentions with those found added, in order; a model's name under one gives way."""
    if not found:
        return mentions
    taken = {i for m in found for i in range(m.start, m.end)}
    kept = [m for m in mentions if taken.isdisjoint(range(m.start, m.end))]
    return sorted([*kept, *found], key=lambda m: m.start)


def _short_forms(mentions: list[Mention], kb: KnowledgeBase) -> dict[str, str]:
    """Each short form of the article's full names, folded, and its entity; a form two
    entities give is dropped."""
    forms: dict[str, set[str]] = {}
    for mention in mentions:
        if not mention.in_kb:
            continue
        name = fold(mention.text)
        term = kb.entities[mention.entity_id].type == "TERM"
        for lead in map(fold, CLIPPED_LEAD_WORDS):
            if term and name.startswith(lead) and len(name) - len(lead) >= MIN_CHARS:
                forms.setdefault(name.removeprefix(lead), set()).add(mention.entity_id)
        if term and (place := _leading_place(mention.text, kb)):
            forms.setdefault(name[place:], set()).add(mention.entity_id)
        if kb.entities[mention.entity_id].type not in CLIPPED_TYPES:
            continue
        for kind, kept in CLIPPED_KIND_WORDS:
            if name.endswith(fold(kind)):
                short = name[: -len(kind)] + fold(kept)
                # "第11管区" is "11管": the ordinal's 第 goes with the kind word
                short = re.sub(r"^第(?=[0-9０-９])", "", short)
                least = PAPER_SHORT_MIN if kind == "新聞" else MIN_CHARS
                if len(short) >= least:
                    forms.setdefault(short, set()).add(mention.entity_id)
                break
    return {form: ids.pop() for form, ids in forms.items() if len(ids) == 1}


def _leading_place(written: str, kb: KnowledgeBase) -> int:
    """How many characters of a term's name are the place that opens it ("台北|飛行情報区"),
    when at least PLACE_CLIPPED_MIN characters are left; else 0."""
    for length in PLACE_LENGTHS:
        entity_id = kb.index.get(name_key(written[:length]))
        rest = len(written) - length
        if entity_id and kb.entities[entity_id].type in PLACE_TYPES and rest >= PLACE_CLIPPED_MIN:
            return length
    return 0


def _glued_before(folded: str, start: int, ends: set[int]) -> bool:
    if start == 0 or start in ends:
        return False
    before = folded[start - 1]
    return bool(_WORD_CHAR.match(before) or _DIGIT.match(before) and _DIGIT.match(folded[start]))


def _glued_after(folded: str, end: int) -> bool:
    after = folded[end : end + 3]
    if after.startswith(_PLACE_AFFAIRS):
        return False
    return bool(after and _WORD_CHAR.match(after[0])) or after.startswith(_PERSON_AFTER)


# What a headline glues to a place it compresses ("先島避難計画" for 先島諸島の住民の避難計画,
# "先島有事", "先島防衛"): its people's evacuation, its defence, a deployment to it. The short
# form stands apart from these as from a particle: no surname or longer name goes on so.
# A headline glues a paper's report to its name as well ("八重山毎日報道": as the paper reports).
_PLACE_AFFAIRS = tuple(
    fold(word) for word in ("避難", "住民", "島民", "有事", "防衛", "配備", "報道")
)


# An island's word, and the group and peninsula words that end in it (諸島, 群島, 半島 name no
# island the short form could); an airport's words.
ISLAND_WORD, NOT_ISLAND_BEFORE = "島", "諸列群半本"
AIRPORT_WORDS = ("機場", "空港")
LIST_MARKS = "、及和與—－–-"
# Japanese copy lists islands with 、 and ・ ("石垣・与那国・宮古の漁業者") or joins two with と or
# や; its airports are left out, since 松山 or 宮古 beside another airport is as often Ehime's
# city or Iwate's port town as an island's field.
JAPANESE_LIST_MARKS = "、・とや"
# An island group's English name: a short name listed beside a group is its own group
# ("宮古・八重山地域": the Miyako Islands beside the Yaeyama Islands), not its main island.
GROUP_NAME_END = " Islands"
# The kind words Japanese lists drop from a prefecture's or a base's name (CLIPPED_KIND_WORDS'
# own, read here without the full name in the article).
JAPANESE_LISTED_KINDS = {"GPE": "県", "LOC": "基地"}


@dataclass(frozen=True)
class ShortPlaces:
    """Folded short names and their islands or airports, the airports' ids, and the
    prefectures' and bases' short names that only Japanese lists read."""

    places: dict[str, str]
    airports: frozenset[str]
    japanese: dict[str, str]


_BUILT: dict[str, ShortPlaces] = {}  # by knowledge-base digest, once a process


def listed_places(
    text: str, mentions: list[Mention], kb: KnowledgeBase, japanese: bool = False
) -> list[Mention]:
    """The mentions, with each island's or airport's short name listed beside a place the
    knowledge base found (module docstring) linked to that island or airport; in Japanese copy
    (`japanese`), islands only, in its own lists."""
    shorts = _short_places(kb)
    short_places = {**shorts.places, **shorts.japanese} if japanese else shorts.places
    places = [m for m in mentions if m.in_kb and kb.entities[m.entity_id].type in ("LOC", "GPE")]
    if not places or not short_places:
        return mentions
    folded = fold(text)
    by_start, by_end = {m.start: m for m in places}, {m.end: m for m in places}
    covered = {i for m in mentions if m.in_kb for i in range(m.start, m.end)}
    marks = fold(JAPANESE_LIST_MARKS if japanese else LIST_MARKS)
    names = sorted(short_places, key=len, reverse=True)
    found = []
    for match in re.finditer("|".join(map(re.escape, names)), folded):
        start, end = match.span()
        entity_id = short_places[match.group()]
        airport = entity_id in shorts.airports
        # in Japanese copy a short name runs on into no longer word ("宮古島市" is a city's name)
        japanese_only = japanese and (airport or _glued_after(folded, end))
        if not covered.isdisjoint(range(start, end)) or japanese_only:
            continue
        before = by_end.get(start - 1) if start > 0 and folded[start - 1] in marks else None
        after = by_start.get(end + 1) if folded[end : end + 1] in tuple(marks) else None
        beside = [m.entity_id for m in (before, after) if m is not None]
        # an airport's short name is often its city's (桃園): only beside another airport
        if airport:
            beside = [other for other in beside if other in shorts.airports]
        groups = [other for other in beside if kb.entities[other].name.endswith(GROUP_NAME_END)]
        if beside and not groups:
            model = Mention(text[start:end], "", "", "", start, end, False)
            found.append(relinked(model, entity_id, kb))
    return with_found(mentions, found)


def prefecture_short_names(kb: KnowledgeBase) -> dict[str, str]:
    """Each prefecture's folded name without its 県 that is no knowledge-base name of its own,
    and the prefecture (cjk_listed_prefectures reads them in lists closed by the kind word)."""
    japanese = _short_places(kb).japanese
    return {short: e for short, e in japanese.items() if kb.entities[e].type == "GPE"}


def _short_places(kb: KnowledgeBase) -> ShortPlaces:
    if kb.digest not in _BUILT:
        _BUILT[kb.digest] = _short_places_of(kb)
    return _BUILT[kb.digest]


def _short_places_of(kb: KnowledgeBase) -> ShortPlaces:
    """Each island's and airport's folded name without its 島 or 機場, and the place; a short
    name that is a knowledge-base name of its own, or that two places give, is left out."""
    names = {fold(a) for e in kb.entities.values() for a in (e.name, *e.aliases)}
    airport_words = tuple(map(fold, AIRPORT_WORDS))
    airports = frozenset(
        e.id
        for e in kb.entities.values()
        if any(fold(a).endswith(airport_words) for a in e.aliases)
    )
    shorts: dict[str, set[str]] = {}
    for entry in kb.entities.values():
        if entry.type != "LOC":
            continue
        for alias in map(fold, entry.aliases):
            short = _clipped(alias, airport_words[0] if entry.id in airports else "")
            if len(short) >= MIN_CHARS and short not in names:
                shorts.setdefault(short, set()).add(entry.id)
    places = {short: ids.pop() for short, ids in shorts.items() if len(ids) == 1}
    return ShortPlaces(places, airports, _japanese_short_places(kb, names))


def _japanese_short_places(kb: KnowledgeBase, names: set[str]) -> dict[str, str]:
    """Each prefecture's and base's folded Japanese name without its 県 or 基地; one that is a
    knowledge-base name of its own, or that two places give, is left out."""
    shorts: dict[str, set[str]] = {}
    for entry in kb.entities.values():
        kind = JAPANESE_LISTED_KINDS.get(entry.type)
        for alias in map(fold, entry.aliases if kind else ()):
            short = alias.removesuffix(fold(kind or ""))
            if short != alias and len(short) >= MIN_CHARS and short not in names:
                shorts.setdefault(short, set()).add(entry.id)
    return {short: ids.pop() for short, ids in shorts.items() if len(ids) == 1}


def _clipped(alias: str, airport_word: str) -> str:
    """The alias without its airport's word (機場) or its island's 島; "" when it has neither."""
    if airport_word and alias.endswith(airport_word):
        return alias.removesuffix(airport_word)
    if alias.endswith(fold(ISLAND_WORD)) and alias[-2:-1] not in fold(NOT_ISLAND_BEFORE):
        return alias.removesuffix(fold(ISLAND_WORD))
    return ""
