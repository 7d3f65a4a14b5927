"""Counts of China's craft in a sentence of a Chinese or Japanese report (cjk_incursions.py):
the number, what it counts and how it stands to the day's report.

- What is counted is told by the count's own noun (the words since the count before it or the
  clause's start, after a phrase saying what it includes: "この無人機を含む中国軍機１５機"), the
  words after it ("1架無人機", "兩艘中國海警船") and its counter (架次, 艘, 隻, 機, 枚, 發).
- A count included in a total beside it ("無人機３機を含む", "含無人機3架次") and a count of one
  aircraft type (殲-16, 運-8) are breakdowns; a bare count after a count of the same craft is
  part of it ("気球３個、２個が"). A range ("15至17艘") is one count at its lower bound; a number
  made vague ("数十機") is none.
- Craft pointed back to ("この２隻", "該2艘", "２隻は約２時間後に領海を出た") were counted
  before: no count, unless they entered a zone on a day of their own ("２隻は９日に領海に侵入").
- A record, a plan or a past figure in the count's clause (最多, 僅次於, 予定, 計畫, 曾) is no
  count of the day; nor are take-offs and landings (起降, 発着), nor craft of others (巡視船,
  巡防艇, 米海軍, 自衛隊, 漁船, 航班), told by the owner written after the count, else the last
  one before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .cjk_count_nouns import head_after_modifier, past_hull_numbers, ship_noun_after
from .cjk_glosses import without_glosses
from .cjk_incursion_words import folded_set, patterns, read_number
from .cjk_script import fold_pattern

# Flights counted in 架次 with their kinds joined before the noun ("共有１１２架次國際及兩岸航班
# 改道"): civil flights, though 及 ends the count's own noun before 航班 is read.
_CIVIL_FLIGHTS_AFTER = re.compile(fold_pattern(r"[^，,。；;：:\s]{0,8}?(?:航班|班機|客機)"))
# A craft's wreckage or debris counted ("發現一顆白色氣球殘骸", "ドローンの残骸２個を回収"): what
# was found on the ground or in the sea, no craft flying in a zone.
_WRECKAGE = re.compile(fold_pattern(r"殘骸|残骸|碎片|破片"))
# What a count is "counted as" defines the unit, and "even if" supposes it: "同一架飛機飛兩次就算
# 兩架次" (a teacher's worked example of what 架次 means), "就算有10架次". Not 計算, 估算 and
# the other verbs of reckoning a figure that end in 算.
_COUNTED_AS = re.compile(
    fold_pattern(r"(?<![計估預打盤合換核結推概總清])算(?:是|作|為|成|有)?\s*$")
)
PREFIX_REACH = 24  # characters before a count that may say what it counts
WEEKDAY_REACH = 12  # characters before a count that may name its weekday
MAX_FILLERS = 3  # fillers in a row a count's clause is read past ("えー、あのー、")
FILLER_REACH = 8  # the longest filler, with its spaces
# A figure the craft passed, as the subject of when it last happened ("軍機が40機を超えたのは約
# 1カ月ぶり", "30機を上回るのは今年初めて"): a milestone, no count of the day.
# Craft told apart from those counted already: a group split ("4隻は…2隻ずつ2方向に分かれ": two
# each way), and a ship's escorts ("「福建」は駆逐艦２隻を伴い": ships inside the day's total).
_NO_CRAFT_OF_ITS_OWN = re.compile(r"ずつ(?!き)|を(?:伴[いっうえ]|従え|引き連れ)")
# A count of the rest of the days a story looks back over ("今週は月曜の軍機20機がピークで、
# それ以外は10機前後", "ほかの日は"): no one day's figure.
_OTHER_DAYS = re.compile(fold_pattern(r"(?:(?:それ|その)以外(?:の日)?|(?:ほか|他)の日)は\s*$"))
# A bare count opening a clause of the time while it stayed ("２隻が領海内にとどまった間、漁船は
# 出漁を見合わせた"): the ships counted before, the stay the frame of what others did.
_WHILE_THEY_STAYED = re.compile(fold_pattern(r"が[^、。]{0,20}?間(?:に|は|中)?、"))
# One figure of two kinds of ships told together ("艦艇・公務船が合わせて「約90隻」"): neither
# kind's.
_TOGETHER = re.compile(fold_pattern(r"(?:合わせて|あわせて|合計で?)[「『\s]*(?:約|およそ)?\s*$"))
_MILESTONE = re.compile(r"\s*を?(?:超え|超す|超し|上回っ|上回)(?:た|る)?(?:の|こと)は")
# A sentence that opens with a weekday alone, its date maybe bracketed ("周一（3月17日），台湾
# 方面曾报告…37架次"): the day of a figure once reported in any of its clauses (zh-blind26-032).
_WEEKDAY_OPENS = re.compile(
    r"\s*(?:[週周]|星期|禮拜)[一二三四五六日天]\s*(?:\([^()，,]{1,8}\))?\s*[，,]"
)
# Ships counted after a count of incidents ("領海侵入：２件（延べ４隻）", "侵入３件、延べ６隻"): a
# tally of intrusions over a period, as monthly and yearly statistics write it; a day's report
# counts the ships, not incidents.
_AFTER_INCIDENTS = re.compile(r"[0-9]+件\s*[（(、，,]?\s*延べ\s*$")
# What a Japanese clause does with the craft counted before its end: observes them ("2隻の侵入を
# 確認しており", "4隻を確認した"), as a report's source does; its topic (an owner's name and
# its body's word before は: "海巡署は") is the one who observes.
_OBSERVED = re.compile(fold_pattern(r"[^。、，,]{0,12}?を確認"))
_TOPIC = re.compile(r"[^\s、，,。]{0,3}は")
# A model written after a count: a short name, then its letters and digits ("東風-15B型").
DESIGNATION = re.compile(r"[^\s，,、。0-9A-Za-z]{0,3}[-－][0-9A-Za-z]+型?")
# The most of a text read as one sentence. Each count looks back over its sentence (its clause,
# owner, period) and ahead to its end, so a feed's endless line read whole is quadratic (50,000
# characters of counts took minutes); longer text is read in pieces of at most this, cut after
# its last full stop or comma within it (else at the cap), and a sentence no longer is read whole.
SENTENCE_REACH = 1_000
_PIECE = re.compile(
    rf"(?s:.{{1,{SENTENCE_REACH}}}(?!.)|.{{1,{SENTENCE_REACH}}}(?<=[，、,；;。！？!?\n])"
    rf"|.{{1,{SENTENCE_REACH}}})"
)


@dataclass(frozen=True)
class Count:
    start: int
    end: int
    count: int
    craft: str  # air, drones, balloons, missiles or ships
    ships: str | None  # navy vessels or official ships, when the words say
    typed: bool  # one aircraft type: a breakdown
    included: bool  # part of a total written beside it ("無人機３機を含む", "含無人機3架次")
    cumulative: bool  # a record, a plan, a past figure: not the day's
    part: bool = False  # a bare count after one of the same craft: part of it ("気球３個、２個が")


def read_counts(sentence: str, told_craft: str | None = None) -> list[Count]:
    """The sentence's counts of China's craft, in order, read past the brackets that read or
    gloss a word ("無人機（＝人が乗っていない飛行機）７機" are drones); offsets are the sentence's.
    `told_craft` is what the sentence before totalled, when a bare part of it may follow
    ("気球５個を確認。このうち２個は…")."""
    counts: list[Count] = []
    for piece in _PIECE.finditer(sentence):
        plain, origin = without_glosses(piece.group())
        told = told_craft if piece.start() == 0 else None  # told to the sentence's first words
        counts += [
            replace(
                count,
                start=piece.start() + origin[count.start],
                end=piece.start() + origin[count.end - 1] + 1,
            )
            for count in _plain_counts(plain, told)
        ]
    return counts


def _plain_counts(sentence: str, told_craft: str | None) -> list[Count]:
    """The counts of a sentence without reading or gloss brackets."""
    counts: list[Count] = []
    for match in patterns()["count"].finditer(sentence):
        if _COUNTED_AS.search(sentence, max(0, match.start() - 3), match.start()):
            continue
        low = _range_low(sentence, match)
        if low and counts and counts[-1].start >= low[0]:
            counts.pop()  # "１０隻から１２隻": the low end is no count of its own
        if found := _count(sentence, match, counts, low, told_craft):
            # A total after its parts ("…轟炸機4架，合計12架次"): they are its breakdown;
            # not the count before a bracket or 其中 that it is in ("27架次（…計18架次）"), nor
            # the day's count before a sum over days ("…2艘…，兩日共計5艘次"): that is its own.
            if not found.cumulative and patterns()["total_before"].search(sentence, 0, found.start):
                counts = [
                    replace(c, included=True)
                    if c.craft == found.craft
                    and not patterns()["opens"].search(sentence, c.end, found.start)
                    else c
                    for c in counts
                ]
            counts.append(found)
    return counts


def _range_low(sentence: str, match: re.Match[str]) -> tuple[int, int] | None:
    """(start, lower bound) of a range a count ends ("15至17艘", "１０隻から１２隻"), or None:
    a range is one fact at its lower bound."""
    found = patterns()["range_start"].search(sentence, max(0, match.start() - 12), match.start())
    value = read_number(found.group("low")) if found else None
    return (found.start(), value) if found and value is not None else None


def _count(
    sentence: str,
    match: re.Match[str],
    earlier: list[Count],
    low: tuple[int, int] | None,
    told_craft: str | None,
) -> Count | None:
    """A count of China's craft, or None: a number of something else, or of others' craft;
    `earlier` are the sentence's counts before it."""
    p = patterns()
    previous = earlier[-1] if earlier else None
    start, value = low or (match.start(), read_number(match.group("number")))
    if value is None:
        return None
    clause = _past_fillers(
        sentence, max((m.end() for m in p["clause_start"].finditer(sentence, 0, start)), default=0)
    )
    if clause and sentence[clause - 1] in "：:" and not sentence[clause:start].strip():
        # A label's count ("▲公務船：1艘"): the label is its noun.
        clause = max((m.end() for m in p["clause_start"].finditer(sentence, 0, clause - 1)),
                     default=0)  # fmt: skip
    # The words of this count's own noun: from the count before it, or the clause's start,
    # or the end of a phrase that says what it includes ("この無人機を含む中国軍機１５機").
    # When nothing after such a phrase names craft, the list before it is the noun
    # ("弾道ミサイルやロケット弾など少なくとも２７発").
    whole = max(clause, previous.end if previous else 0, start - PREFIX_REACH)
    since = max((m.end() for m in p["inclusion"].finditer(sentence, whole, start)), default=whole)
    prefix = sentence[since:start]
    if p["pronoun_noun"].fullmatch(prefix):
        prefix = sentence[max(previous.end if previous else 0, start - 2 * PREFIX_REACH) : start]
    # A model's designation is part of the noun after it ("5枚東風-15B型導彈").
    designation = DESIGNATION.match(sentence, match.end())
    reach = 8 + (len(designation.group()) if designation else 0)
    after = sentence[match.end() : match.end() + reach]
    # Japanese may put the count before its noun with の ("計７発の弾道ミサイル"): that noun is
    # the count's, read past the の.
    noun_end = p["noun_end"].search(after, 1 if after.startswith("の") else 0)
    after = after[: noun_end.start()] if noun_end else after
    # Not a total a part is taken from ("21機のうち無人機が4機"): the noun after うち is the part's.
    if p["part_follows"].match(sentence, match.end()):
        after = ""
    craft = _craft(match.group("counter"), prefix, prefix + after) or _craft(
        match.group("counter"), sentence[whole:start], sentence[whole:start] + after
    )
    if craft is None and previous and p["subset"].search(sentence[previous.end : match.start()]):
        craft = previous.craft  # "気球４個…うち１個": one of the balloons
    # A part opening its sentence counts what the sentence before totalled ("気球５個を確認。
    # このうち２個は…"); the counter (個, 顆, 枚) does not say what.
    elif craft is None and not previous and told_craft and p["subset"].search(sentence, 0, start):
        craft = told_craft
    # A count with no words of its own after a count of the same craft is part of it: a list
    # names a noun per item ("共機5架次、共艦3艘"), a total and its part share one
    # ("中国の気球３個、２個が中間線越え").
    # So is one whose only words are "並有" ("4艘…，並有1艘一度深入禁止水域"), or that opens a
    # clause with no words at all ("4艘闖金門限制水域，2艘一度駛入禁止水域"), even after a
    # list of other craft: a clause's bare count is of the craft it counts, counted before
    # ("軍機37機と艦艇9隻が確認され、27機が防空識別圏に入っていた": 27 of the 37 aircraft).
    opens_clause = bool(previous and clause > previous.end and not sentence[clause:start].strip())
    part = bool(
        previous
        and craft in (None, previous.craft)
        and (
            re.fullmatch(r"[\s、，,・]*", sentence[previous.end : start])
            or p["joined_part"].fullmatch(prefix.strip())
            or opens_clause
        )
    ) or (opens_clause and any(c.craft == craft for c in earlier))
    if part and previous and craft is None:
        craft = previous.craft
    observed = bool(_OBSERVED.match(sentence, match.end()))
    if (
        craft is None
        or _others(sentence[: match.start()], after, clause, observed)
        or p["others"].search(head_after_modifier(sentence, match.end()))
        or p["others"].search(ship_noun_after(sentence, match.end()))
    ):
        return None
    if (
        p["retracted_after"].match(sentence, match.end())
        or _CIVIL_FLIGHTS_AFTER.match(sentence, match.end())
        or _WRECKAGE.search(prefix + after)
        or _NO_CRAFT_OF_ITS_OWN.match(sentence, match.end())
        or _OTHER_DAYS.search(sentence, clause, start)
        or (
            _TOGETHER.search(sentence, clause, start)
            and p["navy"].search(sentence, clause, start)
            and p["official"].search(sentence, clause, start)
        )
    ):
        return None
    # Craft pointed back to ("この２隻", "該2艘", a sentence's "２隻は…") were counted before.
    if (
        p["pointed_back"].search(prefix)
        or p["among_after"].match(sentence, match.end())
        or (
            not prefix.strip()
            and sentence.startswith("は", match.end())
            and not p["dated_entry"].match(sentence, match.end())
        )
        or (not prefix.strip() and _WHILE_THEY_STAYED.match(sentence, match.end()))
    ):
        return None
    clause_end = next(p["clause_start"].finditer(sentence, match.end()), None)
    rest = sentence[match.end() : clause_end.start() if clause_end else len(sentence)]
    if p["sorties"].search(sentence[clause : match.start()]) or p["sorties"].search(rest):
        return None  # "艦載機起降逾40架次", "２００機が発着": take-offs and landings, not craft
    owner = max(
        past_hull_numbers(sentence, clause), previous.end if previous else 0, start - PREFIX_REACH
    )
    ships = _ships_of(after, prefix, sentence[owner:start])
    # A figure once reported ("曾") is that day's when its clause writes the day, by rule 8
    # ("週日（2日）曾有中共氣球1顆", "週三（9日）共機曾達45架次"); else it is only recalled.
    once = p["once"].search(sentence, clause, match.start())
    undated = (
        once is not None
        and not p["dated"].search(sentence, clause, once.start())
        and not _WEEKDAY_OPENS.match(sentence)
    )
    cumulative = (
        undated
        or bool(p["not_today"].search(sentence[clause : match.start()]))
        or bool(p["planned"].search(rest) or p["anchors_day"].search(rest))
        or bool(p["compared_with"].match(sentence, match.end()))
        or bool(_MILESTONE.match(sentence, match.end()))
        or bool(_AFTER_INCIDENTS.search(sentence, max(0, start - PREFIX_REACH), match.start()))
    )
    # Dated or not, a figure once reported that the sentence gives as a record or peak is no
    # count of the day: rule 8 leaves records out.
    if "曾" in sentence[clause : match.start()] and p["record"].search(sentence, match.end()):
        cumulative = True
    if p["record_set"].match(sentence, match.end()) and p["past_day"].search(sentence, 0, start):
        cumulative = True
    if p["record_named"].match(sentence, match.end()) and p["bracketed_day"].search(
        sentence, 0, start
    ):
        cumulative = True
    # A recap of the week that names one weekday's figure its peak ("其中周三（15日）单日45架次，
    # 为本月以来单日最高") recalls a record: rule 8 leaves it out. A daily report's own record
    # names no weekday just before its count.
    if p["peak_called"].match(sentence, match.end()) and p["weekday"].search(
        sentence, max(previous.end if previous else 0, start - WEEKDAY_REACH), start
    ):
        cumulative = True
    typed = craft == "air" and bool(p["typed"].search(prefix))
    included = bool(p["included_after"].match(sentence, match.end())) or bool(
        p["included_before"].search(prefix)
    )
    return Count(start, match.end(), value, craft, ships, typed, included, cumulative, part)


def _past_fillers(sentence: str, clause: int) -> int:
    """The start of a count's clause, past the fillers a speaker parts it with ("ものが、えー、計9
    発" is one clause): a filler and the pause before it are no break of the grammar. Each step
    looks back over a filler's length at most."""
    for _ in range(MAX_FILLERS):
        filler_start = _clause_start_within(sentence, clause - 1, FILLER_REACH)
        if clause < 1 or filler_start is None:
            return clause
        if not patterns()["filler"].fullmatch(sentence, filler_start, clause - 1):
            return clause
        clause = _clause_start_within(sentence, filler_start - 1, PREFIX_REACH) or 0
    return clause


def _clause_start_within(sentence: str, end: int, reach: int) -> int | None:
    """Where the clause ending at `end` starts, when it starts within `reach` characters."""
    if end <= 0:
        return None
    window = max(0, end - reach)
    breaks = [m.end() for m in patterns()["clause_start"].finditer(sentence, window, end)]
    return breaks[-1] if breaks else (0 if window == 0 else None)


def _ships_of(after: str, prefix: str, owner: str) -> str | None:
    """Which ships a count is of: the noun after it says ("兩艘中國海警船"), else the one before
    ("公船2隻"); the coast guard's "艦艇" are its ships, as a navy's are its vessels, its name
    written before the count, even before the group the count closes ("中國海警…編隊等3艘艦艇")."""
    p = patterns()
    if p["vessels_after"].match(after) and p["official"].search(owner):
        return "official ships"
    return next((_ships(noun) for noun in (after, prefix) if _ships(noun)), None)


def _ships(noun: str) -> str | None:
    """Which ships a noun names; "艦船" and "船艦" are any ships, so the owner before the count
    tells ("中国海警4编队8艘舰船" are coast guard ships)."""
    p = patterns()
    if p["official"].search(noun):
        return "official ships"
    return "navy vessels" if p["navy"].search(p["any_ships"].sub("", noun)) else None


def _craft(counter: str, prefix: str, noun: str) -> str | None:
    """What a count counts: ships by their counter whatever arms them ("ミサイル駆逐艦２隻"),
    else drones, balloons and missiles by their noun, else aircraft by the counter."""
    p = patterns()
    if counter in folded_set("艘次 艘 隻"):
        return "ships"
    if counter == "つ":  # "気球1つ"; "3つの海域" counts no craft
        return "balloons" if p["balloons"].search(noun) else None
    if p["drones"].search(noun):
        return "drones"
    if p["balloons"].search(noun):
        return "balloons"
    if p["missiles"].search(noun):
        return "missiles"
    if counter in folded_set("架次 架 機"):
        return "air"
    return None


def _others(before: str, after: str, clause: int, observed: bool) -> bool:
    """Whether craft are others' than China's: the owner written right after the count
    ("4艘巡防艇", "2艘中國海警船"), else the last one written before it in its sentence; the
    others' only in the count's own clause or as a clause's subject ("國軍今天…，出動戰機20架次"),
    since otherwise they are another verb's object ("一度接近日本渔船；周三则有3艘"). A subject
    whose clause ends in observing the craft (`observed`: "海巡署は20日にも…2隻の侵入を確認") is
    the one who reports them, not their owner."""
    p = patterns()
    if p["china"].search(after):
        return False
    if p["others"].search(after):
        return True
    owners = [(m.start(), False) for m in p["china"].finditer(before)]
    owners += [
        (m.start(), True)
        for m in p["others"].finditer(before)
        if not (observed and _TOPIC.match(before, m.end()))
        and (m.start() >= clause or _subject(before, m.start()))
    ]
    return max(owners)[1] if owners else False


def _subject(before: str, start: int) -> bool:
    """Whether an owner starts a clause that does not only name the report's source
    ("海上保安庁によると、", "海巡署表示，")."""
    p = patterns()
    if start and not p["clause_start"].match(before, start - 1):
        return False
    end = p["clause_start"].search(before, start)
    return not p["source"].search(before, start, end.start() if end else len(before))
