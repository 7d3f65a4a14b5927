"""Whether an article may report China's craft at all: a cheap test on the whole text before any
sentence is read (most articles name no zone), and the test that the sentences read are about
China's craft, not another country's.
"""

import re

from .incursion_captions import with_spoken_terms_written
from .incursion_casing import with_report_words_cased
from .incursion_daily_counts import reports_taiwans_daily_count
from .incursion_report_figures import tells_a_reports_figures
from .incursion_shorthand import opens_a_shorthand_line

# Beijing's own outlets name its coast guard by the mainland ("mainland coastguard vessels"),
# and Taiwan's press its army and craft as "the communist military", "Communist aircraft",
# "Communist ships" (the PLA's, in the writers' reading and in machine translations of them).
CHINA = re.compile(
    r"\b(?:China|Chinese|PLA|PLAN|PRC|Beijing|CCG|[Mm]ainland coast ?guards?"
    r"|[Cc]ommunist (?:military|army|navy|forces|aircraft|warplanes|jets|warships|ships|vessels)"
    r"|People['’]s Liberation Army"
    # the PLA's own type designators: "Twelve J-16 fighters and four H-6K bombers" are China's,
    # and so are its navy's hull types ("two Type 052D destroyers")
    r"|(?:(?:J|KJ|Y|WZ|GJ|DF)-\d+|H-6|Type 05\d)[A-Z]?s?)\b"
)
# Only China's craft cross the median line, and they are the only ones Taiwan's defence
# ministry counts into its ADIZ: a report of the ministry that names either is of China's
# craft though it never names China ("the MND's daily reports ... Crossed median line &
# entered ADIZ", an MND spokesman's "We tracked 14 aircraft, nine of which entered our ADIZ"),
# and so is one that spells the ministry's name out ("as reported each morning by the Ministry
# of National Defense ... 18 of which crossed the median line").
_MND = re.compile(r"\bMND\b|\bMinistry of National Defen[cs]e\b")
_CHINAS_ZONES = re.compile(r"\b[Mm]edian[ -]line\b|\bADIZ\b")


def about_china(text: str) -> bool:
    """Whether the text names China, its forces or its craft, or reports Taiwan's count."""
    return (
        bool(CHINA.search(text))
        or (bool(_MND.search(text)) and bool(_CHINAS_ZONES.search(text)))
        or reports_taiwans_daily_count(text)
    )


_ZONE_HINT = re.compile(
    r"\bADIZ\b|air[ -]defen[cs]e|median[ -]line|cent(?:re|er)[ -]line|mid-?line"
    r"|contiguous|territorial|restricted|prohibited|Japanese waters|\bwaters\b"
    r"|\b(?:around|near|off|surrounding|towards?)\s+(?:Taiwan|the island|island|the country"
    r"|the nation|its|it\b)|\b(?:tracked|detected|spotted|counted)\b"
    r"|\b(?:24|twenty-four)[ -]?(?:hours?|hrs?|h)\b|\bmidpoint\b|\bvicinity\b|\d ?a\.?m\b"
    # Taiwan's defence ministry reports nothing but the craft around the island: "MND's morning
    # report had 6 PLA aircraft and 5 ships"
    r"|\bMND\b"
    # the grammar reads "contigous" and "teritorial" too, and a translation's "connected water
    r"|\bcontig|\bter{1,2}it|\bconnected waters?\b|\bperiphery\b"  # area" and "periphery"
    # missiles fired into the Strait are fired around Taiwan (incursion_scopes.py)
    r"|\b(?:missiles?|rockets?)\b[^.]{0,120}\bTaiwan Strait\b"
    # the sea named by its sides of the island: "into the sea northeast, east and southwest of it"
    r"|\b(?:north|south|east|west)[\w-]*\s+of\s+(?:Taiwan|the island)\b"  # "north-east of"
    # a window in 24-hour clock times: "0600 Mar. 10 to 0600 Mar. 11"
    r"|\b[0-2]\d[0-5]\d\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
    re.I,
)


def may_report_incursions(text: str) -> bool:
    """A cheap test first: most articles name no zone, and need not be read."""
    text = with_report_words_cased(with_spoken_terms_written(text))  # "14 pla ... into the adiz"
    hinted = bool(_ZONE_HINT.search(text)) or opens_a_shorthand_line(text)
    return about_china(text) and (hinted or tells_a_reports_figures(text))
