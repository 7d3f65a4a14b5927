"""Nouns that Taiwan's court, police and coast-guard copy fuses to a side's one-character name, as
it fuses 陸籍 and 台方 (cjk_entity_words.DEMONYMS): the side is the country as actor or owner,
as "Chinese" is in "Chinese fishing boats".

- 共諜, a spy for the communist state, as 共機 and 共艦 are its aircraft and warships ("共諜案
  起訴71人", "退役少將涉發展共諜組織");
- a side's fishing boats ("陸漁船闖金門禁止水域", "日海保逮捕陸漁船船長"), as 陸船 are its ships;
- a side's press ("陸媒報導"), as 台媒 and 日媒 are;
- a side's prosecutors and police ("台检方依《反渗透法》起诉", "日警方逮捕"), as 台方 is its side;
- a side's balloons, the craft of a headline's few characters ("陸氣球3顆越中線"), as 共機 are
  its aircraft;
- a side's nationals living abroad, 僑 ("在台日僑撤離", "美僑", "台僑"), as 台胞 are its
  people; not where 僑 opens a word of its own ("在台僑生" are overseas students in Taiwan,
  "旅日僑胞" compatriots in Japan, 僑委會 a council), which names no side's nationals.

Only the sides whose one character is no common word's end before these nouns: not 中, which
ends 其中 and 集中 ("其中漁船"); 台 and 日 after a word they end (舞台, 今日) are
cjk_entity_words' WORD_ENDING_IN and DAY_BEFORE.
"""

# The sides whose one character stands for them before a noun of Chinese copy.
_SIDES = {
    "陸": "china", "台": "taiwan", "臺": "taiwan", "日": "japan", "美": "united-states",
    "韓": "south-korea", "菲": "philippines",
}  # fmt: skip
_SIDE_NOUNS = ("漁船", "媒", "檢方", "警方", "氣球", "僑")
# Words 僑 opens (僑生, 僑胞, 僑委會, 僑務, 僑界, 僑校, 僑領): before them 僑 is theirs, no side's
# nationals (cjk_word_ends.WORD_AFTER_NAME).
WORDS_OPENED_BY_NATIONALS = ("生", "胞", "委", "務", "界", "校", "領")

CHINESE_PREFIXED_NOUNS = {"共諜": "china"} | {
    side + noun: country for side, country in _SIDES.items() for noun in _SIDE_NOUNS
}
