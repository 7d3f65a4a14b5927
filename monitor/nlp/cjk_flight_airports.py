"""An airport by its short name in Japanese and Chinese flight copy: in brackets after its city
("台北（桃園）", "台北（松山）", "東京（羽田）"), and in the routes and departure lists of airline
notices ("関西―台北（桃園）線", "羽田、成田、関西発着の台北線", "成田発の便").

Airline and travel copy names a city's airport by the short name travellers use, the airport's
name without 空港 or 機場: it writes it in brackets after the city it serves, to say which of
the city's airports a flight uses, and it lists the airports a route or a day's flights leave
from, ending the list with the route's word (発着, 発, 着, 行き, 線, 便). Alone such a short
name is often something else (桃園 and 成田 are cities, 関西 a region, 松山 a district of Taipei
and a city in Ehime), so the knowledge base lists it only as the airport's alias with its
airport word; in these places a reader takes it as the airport, and so does monitor:

- the short name is an airport's name in the knowledge base without its 空港, 機場 or 机场 (and
  the 国際 before it), at least two characters, and no knowledge-base name of its own;
- it stands alone in brackets right after a place the knowledge base found (台北（松山）), or,
  in Japanese copy, it is one of a run of names joined by route marks (―, ／, 、, ・) that
  either holds a dash (関西―台北) or ends in a route's word (関西発着); either in a sentence
  that speaks of flights;
- or, in Japanese copy, it is listed with an airport, joined to it by や, 、 or と in either
  order ("羽田や成田、関西と台北（桃園）を結ぶ便"): the airports a day's flights use;
- or, in Japanese copy, it is one end of a route joined by と to the other, a city or an
  airport, before を結ぶ ("成田と高雄を結ぶ貨物便"; "関西と九州を結ぶ便" joins two regions), or
  one of a list of names closed by an airport's word
  ("成田や関西の空港", "成田や関西、福岡など７空港に就航"): the list's names are airports;
- no knowledge-base name is found over it; a model's name there gives way.

A city in a route stays the city: "那覇／台北（桃園）線" names Naha and Taipei and one airport,
as the evaluation sets label it, since only a name that is nothing but an airport's is read so.
Chinese copy's routes are left to cjk_clipped_names.listed_places, which reads a short name
there only beside another airport: its lists run on through 的 and 往返 to 航班, and 桃園 in
"桃園、台中、高雄往返金門的航班" is the city.
"""

from __future__ import annotations

import re

from .cjk_script import fold, fold_pattern
from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at

# An airport's words at the end of its alias, with the 国際 ("international") before them.
_AIRPORT_END = re.compile(fold_pattern(r"(?:國際|国际|国際)?(?:空港|機場|机场)$"))
MIN_CHARS = 2
# What joins the names of a route or a departure list, and the words that close one.
ROUTE_DASHES = "―－‐-—–／/～〜"
ROUTE_JOINS = ROUTE_DASHES + "、・"
# What joins the airports of a list in running Japanese ("羽田や成田、関西と…").
LIST_JOINS = "や、と"
ROUTE_WORDS = ("発着", "発", "着", "行き", "線", "便", "航線", "航班", "班機", "直飛")
# Words that put a sentence in the air: without one, "関西発" is only Kansai's.
FLIGHT_WORDS = re.compile(
    fold_pattern(
        r"便|線|航空|空港|運航|就航|欠航|フライト|搭乗|飛行機|空路|機場|航班|航線|班機|直飛|包機"
    )
)
_SENTENCE_END = re.compile(r"[。！？!?\n]")
# One name of a route: a run of Han or katakana (a particle's hiragana ends it), its airport in
# brackets after it if it has one.
_NAME_CHARS = r"\u3005\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_ROUTE_NAME = f"[{_NAME_CHARS}]{{1,8}}(?:[(][{_NAME_CHARS}]{{1,6}}[)])?"


def flight_airports(
    text: str, mentions: list[Mention], kb: KnowledgeBase, japanese: bool
) -> list[Mention]:
    """The mentions, with each airport's short name bracketed after a city or, in Japanese
    copy (`japanese`), standing in a route (module docstring) linked to that airport in place
    of a model's name there."""
    shorts = _short_names(kb)
    if not shorts:
        return mentions
    folded = fold(text)
    covered = {i for m in mentions if m.in_kb for i in range(m.start, m.end)}
    place_ends = {m.end for m in mentions if m.in_kb and m.label in ("GPE", "LOC")}
    airports = _airports(kb)
    airport_ends = {m.end for m in mentions if m.entity_id in airports}
    airport_starts = {m.start for m in mentions if m.entity_id in airports}
    # A route's other end: a city or an airport ("成田と台北を結ぶ"), not a region ("関西と九州").
    ends = {
        m.start: m.end
        for m in mentions
        if m.entity_id in airports
        or m.in_kb
        and m.entity_id in kb.entities
        and kb.entities[m.entity_id].kind in ("city", "capital")
    }
    route_ends = ends, set(ends.values())
    pattern = re.compile("|".join(map(re.escape, sorted(shorts, key=len, reverse=True))))
    found = []
    for match in pattern.finditer(folded):
        start, end = match.span()
        if not covered.isdisjoint(range(start, end)) or not _in_flight_sentence(folded, start):
            continue
        bracketed = _bracketed_after_place(folded, start, end, place_ends)
        listed = folded[start - 1 : start] in LIST_JOINS and start - 1 in airport_ends
        listed = listed or (folded[end : end + 1] in LIST_JOINS and end + 1 in airport_starts)
        routed = _in_route(folded, start, end) or _route_end(folded, start, end, route_ends)
        if bracketed or japanese and (listed or routed or _in_airport_list(folded, start, end)):
            found.append(kb_mention_at(text, start, end, shorts[match.group()], kb))
            airport_ends.add(end)
    if not found:
        return mentions
    taken = {i for m in found for i in range(m.start, m.end)}
    kept = [m for m in mentions if m.in_kb or taken.isdisjoint(range(m.start, m.end))]
    return sorted([*kept, *found], key=lambda m: m.start)


def _bracketed_after_place(folded: str, start: int, end: int, place_ends: set[int]) -> bool:
    return (
        folded[start - 1 : start] == "("
        and folded[end : end + 1] == ")"
        and start - 1 in place_ends
    )


def _in_route(folded: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is one of a route's names: joined to the names after
    it by route marks up to a route's word or a dash, or joined by a dash to a name before."""
    if folded[start - 1 : start] and folded[start - 1] in ROUTE_DASHES:
        return re.search(f"{_ROUTE_NAME}$", folded[max(0, start - 20) : start - 1]) is not None
    if _glued_before(folded, start):
        return False
    rest = re.match(
        f"((?:[{re.escape(ROUTE_JOINS)}]{_ROUTE_NAME})*?)({'|'.join(map(fold, ROUTE_WORDS))})",
        folded[end : end + 60],
    )
    if rest is not None and (rest.group(1) or not _continues_word(folded, end, rest)):
        return True
    dashed = re.match(f"[{re.escape(ROUTE_DASHES)}]{_ROUTE_NAME}", folded[end : end + 20])
    return dashed is not None


# What a route's two ends are joined to ("…を結ぶ"), and an airport's word, folded as the text is.
_LINKS, _AIRPORT_WORD = fold("を結"), fold("空港")


def _route_end(folded: str, start: int, end: int, ends: tuple[dict[int, int], set[int]]) -> bool:
    """Whether the name at [start, end) is one end of a route joined by と to the other, a city
    or an airport of `ends` (their ends by their starts, and the ends), before を結ぶ
    ("成田と高雄を結ぶ")."""
    by_start, ending = ends
    other = by_start.get(end + 1)
    after = other is not None and folded.startswith("と", end) and folded.startswith(_LINKS, other)
    joined = folded[start - 1 : start] == "と" and start - 1 in ending
    return after or (joined and folded.startswith(_LINKS, end))


def _in_airport_list(folded: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) opens or joins a list of names closed by an airport's
    word ("成田や関西の空港", "成田や関西、福岡など７空港")."""
    if _glued_before(folded, start):
        return False
    names = f"(?:[{LIST_JOINS}]{_ROUTE_NAME})*?"
    return re.match(f"{names}(?:の|など[0-9]*){_AIRPORT_WORD}", folded[end : end + 60]) is not None


def _glued_before(folded: str, start: int) -> bool:
    """A Han or katakana character before the name: it ends another word ("新関西")."""
    return start > 0 and re.match(f"[{_NAME_CHARS}]", folded[start - 1]) is not None


def _continues_word(folded: str, end: int, rest: re.Match[str]) -> bool:
    """A route's word straight after the name that only begins a longer word: 発表 and 発言
    (an announcement) and 着手 are no departure, 線路 no route."""
    after = folded[end + rest.end() : end + rest.end() + 1]
    return rest.group(2) in map(fold, "発着線") and re.match(f"[{_NAME_CHARS}]", after) is not None


def _in_flight_sentence(folded: str, at: int) -> bool:
    starts = [m.end() for m in _SENTENCE_END.finditer(folded, 0, at)]
    start = starts[-1] if starts else 0
    stop = _SENTENCE_END.search(folded, at)
    return FLIGHT_WORDS.search(folded, start, stop.start() if stop else len(folded)) is not None


_BUILT: dict[str, dict[str, str]] = {}  # by knowledge-base digest, once a process
_AIRPORTS: dict[str, frozenset[str]] = {}


def _airports(kb: KnowledgeBase) -> frozenset[str]:
    """The airports: places with an alias ending in an airport's word."""
    if kb.digest not in _AIRPORTS:
        _AIRPORTS[kb.digest] = frozenset(
            e.id
            for e in kb.entities.values()
            if e.type == "LOC" and any(_AIRPORT_END.search(fold(a)) for a in e.aliases)
        )
    return _AIRPORTS[kb.digest]


def _short_names(kb: KnowledgeBase) -> dict[str, str]:
    if kb.digest not in _BUILT:
        _BUILT[kb.digest] = _short_names_of(kb)
    return _BUILT[kb.digest]


def _short_names_of(kb: KnowledgeBase) -> dict[str, str]:
    """Each airport's folded CJK name without its airport words, and the airport; a short name
    that is a knowledge-base name of its own, or that two airports give, is left out."""
    names = {fold(a) for e in kb.entities.values() for a in (e.name, *e.aliases)}
    shorts: dict[str, set[str]] = {}
    for entry in kb.entities.values():
        if entry.type != "LOC":
            continue
        for alias in map(fold, entry.aliases):
            short = _AIRPORT_END.sub("", alias)
            if short != alias and len(short) >= MIN_CHARS and short not in names:
                shorts.setdefault(short, set()).add(entry.id)
    return {short: ids.pop() for short, ids in shorts.items() if len(ids) == 1}
