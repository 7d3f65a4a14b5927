"""Citizens' groups, associations and networks named after their place, as Japanese newsletters,
petitions and peace groups sign themselves every day: the place inside such a name is no
mention of it, as a police force's or a court's seat is not (cjk_place_named_bodies).

- A group's name runs from its place to a group's word with no clause between them:
  八重山平和ネット, 沖縄県日中友好協会, 八重山の海を守る会, 石垣島の自然と平和を守る市民の会,
  沖縄・平和と共生の市民ネット, 宮古島・平和のための学習会実行委員会. The words of a group are a
  network glued to a noun (平和ネット, 市民ネットワーク; not the internet of 沖縄のネット上, nor
  the carriers' networks of "アジアの通信事業者のネットワーク"), an
  association (協会), a liaison or consultative council (連絡会, 協議会, 連合会), an organising
  committee (実行委員会), and 会 after の or after a verb's plain form (守る会, 考える会); not a
  meeting (集会, 学習会, 総会), nor a press conference or talks (会見, 会談). The sets label
  every such name whole and the place inside none of them.
- What cuts the name off is what a clause has and a name has not: a particle that places or
  marks an actor (で, に, は, が, へ, も, や), punctuation, a bracket, and right after the place
  と, which joins two actors (沖縄県と国の協議会 names the prefecture), を, which makes it the
  object of a verb (沖縄を訪れた日中友好協会の一行), から and より, where one comes from, and
  a word that puts something in or by the place (台北市内の…協会, 沖縄近海).
- A place right after a katakana word is the tail of a name (ピースウォッチ沖縄, ノーモア沖縄戦),
  as the sets label them; a country keeps its name there (イコール台湾). A battle named for its
  place (沖縄戦) is left as it is: the CJK sets label it whole, but an English set's Japanese
  newsletter (blind86-b-034) labels the 沖縄 in it as Okinawa.
- A term opens a group's name the same way ("台湾独立書店文化協会", an association of
  independent bookshops): the group is what the text names, not the cause.
- The Japanese Trade Union Confederation (連合) names its prefectural federations by it and
  the prefecture glued after it: 連合沖縄, 連合熊本. The place there is the federation's name,
  as the sets label it.
- 全日本 ("all-Japan") opens the name of a nationwide body, a union or a firm: 全日本海員組合,
  全日本港湾労働組合, 全日本仏教会, 全日本空輸. A place read from its 日本 (the country, or
  日本海 in 全日本海員組合, whose 海員 is "seafarers") is inside that name; Japanese copy says
  "all of Japan" as 日本全国 or 全国, not 全日本, so the name is never the country's mention.
"""

from __future__ import annotations

import re

from .cjk_script import fold_pattern
from .kb import KBEntry

# A group's name after its place: name characters, at most MAX_NAME_CHARS of them, then the
# group's word. Name characters are kanji, katakana, the middle dot and hiragana other than
# the particles a clause has between a place and what it does.
MAX_NAME_CHARS = 20
_NAME_CHAR = r"(?:[\u3005\u4e00-\u9fff\u30a1-\u30fa\u30fc・\u3041-\u3096](?<![でにはがへもや]))"
_GROUP_WORD = (
    r"(?:(?<=[\u3005\u4e00-\u9fff])ネット(?:ワーク)?(?!上|通販|配信|化)"
    r"|協会|連絡会|協議会|連合会|実行委員会"
    r"|(?<=[のうくぐすつぬぶむる])会(?![見議社場談計期合館食話堂]))"
)
# Right after the place: と, を, から, より (see the docstring), and the words that put
# something in or by it ("台北市内の日本台湾交流協会": the association's office in the city).
_NOT_A_NAME_AFTER = r"と|を|から|より|内|外|沖|周辺|近海|上空|付近"
_GROUP_AFTER_PLACE = re.compile(
    fold_pattern(rf"(?!{_NOT_A_NAME_AFTER}){_NAME_CHAR}{{0,{MAX_NAME_CHARS}}}?{_GROUP_WORD}")
)
# A katakana word's last two letters right before the place (ピースウォッチ|沖縄).
_KATAKANA_BEFORE = re.compile("[\u30a1-\u30fa\u30fc]{2}")
# The confederation's name right before a prefecture's (連合|沖縄).
_CONFEDERATION = fold_pattern("連合")
# The "all-" of a nationwide body's name, right before its 日本 (全|日本海員組合).
_NATIONWIDE = re.compile(fold_pattern("全(?=日本)"))


def inside_group_name(folded: str, start: int, end: int, place: KBEntry) -> bool:
    """Whether the place at [start, end) of folded Japanese text is part of a group's name
    (八重山|平和ネット, ピースウォッチ|沖縄, 連合|沖縄, 全|日本海員組合): see the module
    docstring."""
    if place.type not in ("LOC", "GPE", "TERM"):
        return False
    if start >= 1 and _NATIONWIDE.match(folded, start - 1):
        return True
    if place.kind == "country":
        return False
    if start >= 2 and _KATAKANA_BEFORE.fullmatch(folded, start - 2, start):
        return True
    if folded.endswith(_CONFEDERATION, 0, start):
        return True
    return _GROUP_AFTER_PLACE.match(folded, end) is not None
