"""A name's reading in kana, written in brackets straight after it ("尖閣諸島（せんかくしょとう）",
"北京（ペキン）", "頼清徳（らい・せいとく）"): the same entity as the name, spelt by sound.

Children's papers, easy-Japanese news and municipal bulletins print a reading after the words a
reader may not know, as ruby or in brackets; a name's reading is another spelling of that name,
so it links where the name links (the capital that stands for its government, the body the
article means), never to an entity of its own. The reading may be followed by a gloss after
"＝" ("ペキン＝中国の政府"): the kana before it is still the reading.

Only a run of kana (hiragana or katakana, with "・", "ー" and spaces) counts, and only straight
after a mention: a bracket holding a count, a date, a source ("（ロイター）" is a name the
knowledge base links elsewhere) or the reading of an ordinary word stays as it was. The
grammar after a name reads past its reading ("北京（ペキン）は抗議した": the capital acts), and
past a bracket that a stripped reading left holding nothing but its separators ("北京（）は",
"北京（・）は"): neither tells the reader anything the name did not. So does the body after
it ("中国（ちゅうごく）の国防部" is China's).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from .mention import Mention

KANA = r"[\u3041-\u3096\u30a1-\u30fa\u30fc]"  # hiragana, katakana and the long-vowel mark
# A run of kana, with "・" and spaces between its words: "らい・せいとく".
KANA_RUN = rf"{KANA}(?:[\u3041-\u3096\u30a1-\u30fa\u30fc・ 　]*{KANA})?"
GLOSS = r"[＝=][^（(）)《》]*"  # "＝中国の政府": what the word is, after its reading or alone
SEPARATORS = r"[・ 　]*"  # stray at a bracket's edge ("（・らい）"): not part of the reading
# An opening bracket (round, full-width or the double angle of ruby in plain text), a kana run,
# then the closing bracket or a gloss after "＝".
READING = re.compile(rf"[（(《]{SEPARATORS}({KANA_RUN}){SEPARATORS}(?=[）)》]|{GLOSS}[）)》])")

# What closes the bracket after the reading: the gloss, if any, and the bracket itself.
BRACKET_REST = re.compile(r"[^（(）)《》]*[）)》]")
# A bracket left holding no more than separators where a reading was: "（）", "（・）".
EMPTIED = re.compile(rf"[（(《]{SEPARATORS}[）)》]")
# A reading (or an emptied bracket) and "of" ending where a body's name starts: the owner named
# before it is the body's ("中国（ちゅうごく）の国防部").
OWNER_READING = re.compile(
    rf"[（(《]{SEPARATORS}(?:{KANA_RUN})?{SEPARATORS}(?:{GLOSS})?[）)》][の・]?$"
)


def past_reading(text: str, end: int) -> int:
    """Where the text after a name ending at `end` goes on: past its bracketed kana reading, or
    a bracket emptied of one, if either follows (in the text as written or folded)."""
    reading = READING.match(text, end)
    if reading is None:
        emptied = EMPTIED.match(text, end)
        return emptied.end() if emptied else end
    rest = BRACKET_REST.match(text, reading.end())
    return rest.end() if rest else end


def kana_readings(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each bracketed kana reading straight after one linked as that
    mention; what had been found inside a reading (a model's name in kana) gives way to it."""
    by_end = {m.end: m for m in mentions}
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]  # bisected: a bulletin may print hundreds of readings
    readings = []
    for match in READING.finditer(text):
        named = by_end.get(match.start())
        start, end = match.span(1)
        inside = ordered[bisect_left(starts, start) : bisect_left(starts, end)]
        # a knowledge-base name of another entity in the brackets is a source or a second name
        if named is None or any(m.in_kb and m.entity_id != named.entity_id for m in inside):
            continue
        readings.append(replace(named, text=text[start:end], start=start, end=end))
    opens = [r.start for r in readings]  # in the order of the text, none overlapping
    kept = [m for m in mentions if not _overlaps_one(m, readings, opens)]
    return sorted([*kept, *readings], key=lambda m: m.start)


def _overlaps_one(mention: Mention, readings: list[Mention], opens: list[int]) -> bool:
    """Whether the mention overlaps a reading: the last one opening at or before it, or the
    first one opening after it (`opens`, the readings' starts, bisected)."""
    at = bisect_right(opens, mention.start)
    if at and mention.start < readings[at - 1].end:
        return True
    return at < len(readings) and readings[at].start < mention.end
