"""Zones and places in a sentence of a Chinese or Japanese incursion report (folded text,
cjk_script.fold), for cjk_incursions.py: which zones the craft were in, not only near, and the
place each zone is at.
"""

from __future__ import annotations

import re

from .cjk_incursion_words import patterns
from .cjk_script import fold, fold_pattern
from .incursion_words import SEA_PLACES

NEGATION_REACH = 4
# Taiwan's own word for its waters between the verb and the zone ("未進入我方限制水域") leaves
# the verb's negation in reach.
OWN_SIDE = tuple(fold(word) for word in ("我方", "我國", "我"))

# A negation carries over "or" to the next verb and its zone: "未逾越中線或進入我防空識別區" is
# neither, as "not A or B" is in any language. The negated verb and zone fill at most a
# clause's dozen characters before 或; the next verb and 我 stand between 或 and the zone.
NEGATED_ALTERNATIVE = re.compile(
    fold_pattern(r"(?:未|沒有|並未|不曾)[^，,。；;、]{1,12}?或(?:是|者)?[^，,。；;、]{0,6}$")
)
# Going out of a zone, after it ("領海の外に出た", "領海を出た", "領海外へ退去", "領海から離れ")
# or before it ("駛出限制水域"): the craft were in it.
LEFT_FOR_OUTSIDE = re.compile(
    fold_pattern(r"(?:の?(?:すぐ)?外(?:側)?(?:に|へ)?|を|から)(?:出|退|離れ)")
)
LEFT_BEFORE = re.compile(fold_pattern(r"(?:駛出|駛離|離開|退出)$"))
DATELINE = re.compile(r"【[^】\n]{1,12}】")
# The characters after 的 that may name the craft a zone's clause describes ("日本渔船").
OTHERS_WINDOW = 8
NEAR = re.compile(r"(?:の|之)?(?:附近|付近|近く|邊緣|边缘)")
# Waters of a count's own after it ("4艘中国海警船在钓鱼岛周边海域活动"): the sea around a place,
# which is none of the list's zones, read up to the clause's end.
OWN_WATERS = re.compile(fold(r"在[^，,。、；]{0,12}?(?:周邊|周辺|附近|一帶)?海域"))


def zones_in(sentence: str) -> list[tuple[int, int, str]]:
    """Zones named and entered, by position (_entered); another country's ADIZ ("日本の防空識別圏")
    is not Taiwan's."""
    p = patterns()
    found = []
    for zone in ("median line", "ADIZ", "around Taiwan", "contiguous zone",
                 "territorial waters", "restricted waters"):  # fmt: skip
        for match in p[zone].finditer(sentence):
            if not _entered(sentence, match, zone):
                continue
            if zone == "ADIZ" and p["foreign_adiz"].search(sentence[: match.start()]):
                continue
            if _describes_others(sentence, match.end()):
                continue
            found.append((match.start(), match.end(), zone))
    return sorted(found)


def zones_kept_out_of(sentence: str, start: int, end: int) -> set[str]:
    """The zones the text from `start` to `end` names as ones the craft were not in: outside,
    near, approached or negated ("另有1艘海警船在限制水域外徘徊"). Ships outside a zone are not in
    it, so such a clause takes that zone from no clause before it. Ships that go out of it
    ("領海の外に出ました", "領海を出た", "駛出限制水域") were in it."""
    p = patterns()
    return {
        zone
        for zone in (
            "median line",
            "ADIZ",
            "contiguous zone",
            "territorial waters",
            "restricted waters",
        )  # fmt: skip
        for match in p[zone].finditer(sentence, start, end)
        if not _entered(sentence, match, zone)
        and not LEFT_FOR_OUTSIDE.match(sentence, match.end())
        and not LEFT_BEFORE.search(sentence, max(0, match.start() - 3), match.start())
    }


def _describes_others(sentence: str, end: int) -> bool:
    """Whether a zone entered is told of others' craft, in the clause before 的 that describes
    them ("对非法进入我领海的日本渔船依法采取管控措施"): the fishing boats entered it, not the
    count's craft. Read in a fixed window after the zone."""
    window = sentence[end : end + OTHERS_WINDOW]
    return window.startswith(fold("的")) and bool(patterns()["others"].search(window, 1))


def placed_near(sentence: str, start: int, end: int) -> bool:
    """Whether the text from `start` to `end` places craft near a zone, not in it ("另有直升機
    1架次在中線附近活動"): a place of their own, so they are no part of the report's total
    around Taiwan."""
    p = patterns()
    return any(
        NEAR.match(sentence, match.end())
        for zone in ("median line", "ADIZ", "territorial waters", "restricted waters")
        for match in p[zone].finditer(sentence, start, end)
    )


def in_own_waters(sentence: str, start: int, end: int) -> bool:
    """Whether the text from `start` to `end` places the count's craft in waters of their own
    ("在钓鱼岛周边海域活动"): then no zone a sentence before named for craft it did not count is
    theirs."""
    return bool(OWN_WATERS.search(sentence, start, end))


def _entered(sentence: str, match: re.Match[str], zone: str) -> bool:
    """Whether the craft were in a zone the sentence names, not only near it: a zone negated
    before it ("未逾越中線") or by its verb after it ("制限水域には入らなかった"), approached
    ("逼近中線", "領海に近づかない") or a landmark ("領海のすぐ外側にある接続水域") is not
    entered."""
    p = patterns()
    owner = next((w for w in OWN_SIDE if sentence.endswith(w, 0, match.start())), "")
    reach_start = max(0, match.start() - len(owner) - NEGATION_REACH)
    before = sentence[reach_start : match.start()]
    after = sentence[match.end() :]
    if p["none_entered"].search(
        sentence, max(0, match.start() - 3 * NEGATION_REACH), match.start()
    ):
        return False  # "且無任何架次逾越中線"
    if zone != "around Taiwan" and (p["negation"].search(before) or after.startswith("外")):
        return False  # "未逾越中線"; "限制水域外海" is the sea outside the waters
    if NEGATED_ALTERNATIVE.search(sentence, max(0, match.start() - 24), match.start()):
        return False  # "未逾越中線或進入…防空識別區"
    approach_start = max(0, match.start() - len(owner) - 2 * NEGATION_REACH)
    if p["approach_before"].search(sentence, approach_start, match.start()):
        return False  # "逼近中線", "不得接近日方所稱領海"
    if p["landmark_after"].search(after):
        return False
    if p["left_out_of"].search(sentence, max(0, match.start() - 2 * NEGATION_REACH), match.start()):
        return False  # "但並未列入台灣周邊的統計"
    if p["left_out_after"].search(after):
        return False
    return not p["predicate_negated"].search(after)


# An island a fishing boat or its crew is from ("石垣島の遊漁船１隻に、…中国海警局の船２隻が
# 接近した") is the boat's home port, not where the ships counted are.
_BOATS_PORT = re.compile(fold_pattern(r"[の的]?(?:遊漁船|漁船|漁民|漁業者|漁師)"))


def places_in(sentence: str) -> list[tuple[int, str]]:
    """(start, place) of the places a sentence names; two of the list's joined ("金門と馬祖")
    are "elsewhere", as no one place of the list."""
    p = patterns()
    joined = [(m.start(), m.end()) for m in p["joined_places"].finditer(sentence)]
    # A dateline's place ("【与那国】", "【那覇＝共同】") is where the story was filed, not
    # where the craft were. No story is filed from the uninhabited Senkakus: "【尖閣】" tags a
    # story's topic, as a まとめ page's list of threads does.
    datelines = [
        (m.start(), m.end())
        for m in DATELINE.finditer(sentence)
        if not p["Senkaku Islands"].search(m.group())
    ]
    found = [
        (match.start(), place)
        for place in ("Senkaku Islands", "Kinmen", "Matsu", "Taiwan", "elsewhere")
        for match in p[place].finditer(sentence)
        if not any(start <= match.start() < end for start, end in joined + datelines)
        and not (place == "elsewhere" and _BOATS_PORT.match(sentence, match.end()))
    ]
    return sorted(found + [(start, "elsewhere") for start, _ in joined])


def place_of(
    zone: str, at: int, places: list[tuple[int, str]], sea_place: str | None, outside: bool
) -> str | None:
    """The place of a zone at `at`: the last one named before it ("金門分署…馬祖限制水域" is
    Matsu's), else the first after it, else Taiwan named right before it, else the one the
    sentences before named; none when
    that is an island outside the list ("烏坵周邊限制水域")."""
    named = [place for _, place in places]
    if zone in ("ADIZ", "median line"):
        return "Taiwan"
    if zone == "around Taiwan":
        return None if outside and "Taiwan" not in named else "Taiwan"
    sea = [(start, place) for start, place in places if place in {*SEA_PLACES, "elsewhere"}]
    before = [place for start, place in sea if start <= at]
    # Waters of Taiwan's own, the island named right before them ("台湾東部・花蓮沖の接続水域"),
    # when no sea place of the list is named in the sentence.
    last_named = next((place for start, place in reversed(places) if start <= at), None)
    own = "Taiwan" if last_named == "Taiwan" and zone != "restricted waters" else None
    place = (before[-1] if before else None) or next((p for _, p in sea), None) or own or sea_place
    if place == "elsewhere":
        return None
    if zone == "restricted waters" and place not in ("Kinmen", "Matsu"):
        return None
    return place
