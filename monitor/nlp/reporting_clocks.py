"""The clock of the side that reports a count, read from who the text says reports it and
where, in English, Japanese and Chinese.

Each side dates its reports on its own clock: Taiwan's defence ministry and coast guard and the
mainland's commands and coast guard on UTC+8, Japan's Joint Staff and coast guard on UTC+9. A
time restated on another clock (UTC in a log or a wire's conversion, the publication stamp) is
of the day it falls on on the reporter's clock: 15:30 UTC is already tomorrow in Tokyo and
still today in Taipei, so a Japan Coast Guard sighting at 1530Z Monday is a Tuesday fact and a
Taiwanese one a Monday fact.

The text decides when it names reporters of one side only; a text that names Japan's and
Taiwan's reporters both, or none, does not. With no reporter named, a place only one side
reports on decides: the Senkaku Islands are the Japan Coast Guard's count, Kinmen and Matsu
Taiwan's coast guard's.
"""

import re
from datetime import UTC, datetime, timedelta, timezone

from .word_search import first_match

TAIPEI_AND_BEIJING_HOURS = 8  # UTC+8: Taiwan's ministry and coast guard, the mainland's
TOKYO_HOURS = 9  # UTC+9: Japan's Joint Staff and coast guard
# The offset from UTC of the newsrooms that write each language: Taipei, Beijing and Hong
# Kong for Chinese, Tokyo for Japanese.
NEWSROOM_HOURS = {"zh": TAIPEI_AND_BEIJING_HOURS, "ja": TOKYO_HOURS}

# Japan's reporters, as English, Japanese and Chinese copy names them (simplified and
# traditional characters alike). "防衛省" and "海上保安庁" are Japan's own names, so no
# country word is needed before them.
_JAPANESE_REPORTERS = re.compile(
    r"\bJoint Staff Office\b|\bJapan(?:'s|ese)? Joint Staff\b|\bJSO\b"
    r"|\bJapan(?:'s|ese)? [Cc]oast [Gg]uard\b|\bJCG\b|\bRegional Coast Guard\b"
    r"|\bJapan(?:'s|ese)? (?:[Dd]efen[cs]e [Mm]inistry|Ministry of Defen[cs]e)\b"
    r"|\bMinistry of Defen[cs]e of Japan\b|\bJapan(?:'s|ese)? Air Self-Defen[cs]e Force\b"
    r"|統合幕僚監部|统合幕僚监部|統幕|防衛省|防卫省|海上保安[庁廳厅]|(?<!上)海保"
)
# Taiwan's and the mainland's reporters: the defence ministry and coast guard the text ties to
# Taiwan, and the PLA's theatre command.
_OTHER_REPORTERS = re.compile(
    r"\bMND\b|\bMinistry of National Defen[cs]e\b|\bCoast Guard Administration\b|\bCGA\b"
    r"|\b(?:Taiwan|Taipei|the island)(?:'s)? (?:[Dd]efen[cs]e [Mm]inistry|[Cc]oast [Gg]uard)\b"
    r"|\bTaiwanese (?:[Dd]efen[cs]e [Mm]inistry|[Cc]oast [Gg]uard)\b"
    r"|\bEastern Theat(?:er|re) Command\b"
    r"|国防部|國防部|海巡署|海巡|東部戦区|东部战区|東部戰區"
)
_JAPANESE_PLACES = re.compile(r"\bSenkakus?\b|尖閣|尖阁")
_TAIWANESE_PLACES = re.compile(r"\bKinmen\b|\bMatsu\b|金門|金门|馬祖|马祖")


def reporting_hours(text: str) -> int | None:
    """The reporting side's offset from UTC in hours, or None when the text does not decide."""
    japanese = bool(first_match(_JAPANESE_REPORTERS, text))  # the whole story's text
    other = bool(first_match(_OTHER_REPORTERS, text))
    if japanese != other:
        return TOKYO_HOURS if japanese else TAIPEI_AND_BEIJING_HOURS
    if japanese:  # both sides report
        return None
    in_japan = bool(first_match(_JAPANESE_PLACES, text))
    if in_japan != bool(first_match(_TAIWANESE_PLACES, text)):
        return TOKYO_HOURS if in_japan else TAIPEI_AND_BEIJING_HOURS
    return None


def local_publication(published: datetime, language: str, text: str = "") -> datetime:
    """The publication time on the reporting side's clock when the text names the side
    (a Japanese paper's story of Taiwan's defence ministry is on Taipei's
    clock, a Taiwanese paper's of the Japan Coast Guard on Tokyo's), else on the newsroom's;
    its date is the one "今天" and "昨天" count from (a naive time is UTC's)."""
    aware = published if published.tzinfo else published.replace(tzinfo=UTC)
    hours = reporting_hours(text) or NEWSROOM_HOURS.get(language)
    return aware.astimezone(timezone(timedelta(hours=hours))) if hours else aware
