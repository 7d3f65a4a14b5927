"""The words of ships' stays in a zone over several days (the guide's rule 9), for cjk_days.py
and cjk_incursions.py: the day they entered, the day they left, and the day they are still
inside on."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .cjk_script import fold_pattern

# Territorial waters entered in the clause a span opens: the ships' time inside, whose day is
# the one they entered on (the blind-5 writers' decision), not a report's window. Kinmen's
# restricted and prohibited waters are stayed in the same way ("昨(23)日傍晚…進入限制水域…直到
# 今天清晨才駛離": a fact of the 23rd, rule 9). A bracket is one aside however long, a weekday's
# or a place's other name ("11日（周三）上午驶入钓鱼岛（日本称尖阁诸岛）周边“领海”").
INTRUSION = re.compile(
    fold_pattern(r"(?:[^。，,、(]|\([^()。]{0,12}\)){0,24}?(?:領海|限制水域|禁止水域)")
)
# A Chinese count's noun before the day its ships entered ("2艘海警船週二（8日）晚間侵入…領海"):
# the day is theirs when the sentence tells them gone again (駛出, 離開), a stay that is over,
# which rule 9 counts on the day they entered. Not gone yet ("仍未駛離") is a stay not over,
# counted on the day it stands at, and so is a demand that they go ("要求其離開"). The day may
# open the stay ("2艘中國海警船自18日上午侵入…領海，直至今日下午才駛離"). The noun may come
# before the count, the day right after it ("中國海警船3艘昨(23)日傍晚…進入限制水域").
NOUN_THEN_DAY = re.compile(fold_pattern(r"(?:[^。，,、；;0-9]{0,8}?[船艦艇])?(?:於|于|在|自|從)?"))
LEFT = re.compile(fold_pattern(r"(?<![未沒没不其])(?<!要求)(?:駛出|駛離|離開|驶出|驶离|离开)"))
# A day the counted craft are still in their zone on, after their count ("５日に入った３隻は、
# ６日正午現在も領海内にいる"): rule 9 counts a stay not yet over where it stands, not on the
# day it began. Newsletters bracket the weekday after the day ("３日（火）正午の時点でも"); Chinese
# copy says the ships are still there (仍) at the day's hour ("截至7日中午仍在领海内航行"), its
# date bracketed after the weekday or not ("截至週二（25日）上午仍未駛離": the day is read from
# inside the bracket, which closes before the hour).
AS_OF = re.compile(
    fold_pattern(
        r"(?:\([月火水木金土日]\))?(?:午前|午後|正午|朝|夕方?|夜|未明)?[0-9]{0,2}時?(?:[0-9]{1,2}分)?"
        r"の?(?:現在|時点)|"
        r"\)?(?:上午|下午|中午|晚上|晚間|凌晨)?[0-9]{0,2}時?(?:[0-9]{1,2}分)?(?:為止)?[，,]?(?=仍)"
    )
)
# Ships a sentence or a clause points back to by their count, in digits or in kanji as
# Okinawan and newsletter copy writes it ("２隻は", "この２隻は", "二隻は"), and says are still
# in their zone on a later day ("１０日午前８時現在も領海内にとどまっている"). The clause may
# open the sentence or follow a comma after what was done about them ("２隻に退去を求めたが、
# ２隻は１３日午前１０時現在も…"), and the ships may be others than those counted before in
# its sentence ("…航行し、別の２隻は９日夕から領海に侵入したまま、１０日朝の時点でも…").
POINTED_BACK_SHIPS = re.compile(
    fold_pattern(
        r"(?:^|(?<=[、，,]))\s*(?:この|その|別の)?"
        r"(?P<count>[0-9]{1,2}|[一二三四五六七八九十]{1,3})隻は"
    )
)
# Still in the zone, named ("現在も領海内に") or left to the clause before ("時点でもとどまって
# いた", "侵入したまま…時点でも").
STILL = re.compile(
    fold_pattern(r"[もで]も?(?:[^。]{0,6}?(?:領海|接続水域)内?|(?:とどまって|留まって|居座って))")
)


def still_inside(sentence: str, days: Iterable[re.Match[str]]) -> bool:
    """Whether one of the sentence's `days` is one the craft are still in their zone on, as of
    an hour ("１９日午前１０時現在も領海内に")."""
    return any(
        (as_of := AS_OF.match(sentence, day.end())) and STILL.match(sentence, as_of.end())
        for day in days
    )


# Ships leaving the waters they stayed in ("４日に退去", "４日午後に領海を出た", "今日駛離"), not a
# demand that they go ("退去を求めた", "退去警告"); and their entry ("侵入", "駛入", "闖進",
# "に入った").
# A sentence that tells the leaving and no entry, the day written before the leaving being the
# day of a fact, gives that fact the day they left, and rule 9 counts a stay on the day it
# began: "領海に居座った海警船２隻、４日に退去" is no count of the 4th's. A stay's start told
# ("８日午後から…追尾していた…２隻は、１０日夜に領海を出た") keeps its own day's fact.
LEFT_WATERS = re.compile(
    fold_pattern(
        r"退去(?![をのさ]|要求|警告|勧告|命令|通告)|(?:領海|水域)(?:の?外側?)?(?:を|から|に|へ)(?:出|離れ)"
    )
)
ENTRY = re.compile(fold_pattern(r"[進駛闖侵]入|[闖駛]進|進到|に入[っりる]"))
# The zones such a stay is in.
STAY_ZONES = frozenset({"territorial waters", "restricted waters"})


def leaving_at(sentence: str) -> int | None:
    """Where a sentence that tells no entry tells ships leaving their waters; else None."""
    gone = LEFT_WATERS.search(sentence) or LEFT.search(sentence)
    return gone.start() if gone is not None and ENTRY.search(sentence) is None else None
