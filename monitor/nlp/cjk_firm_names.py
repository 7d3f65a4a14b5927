"""A place's name fused to a firm's trade word is the firm's name, not the place: 東京海上日動
and 東京エレクトロン are an insurer and a chipmaker, 日本郵船 a shipping line, 沖縄電力 and 沖縄
セルラー Okinawa's power and phone companies, 東京ガス and 大阪ガス (東京瓦斯 in Chinese copy)
city gas utilities, ニューヨーク・タイムズ and ワシントン・ポスト papers (a paper's word after the
middle dot), 日本ハム a food maker, 厦门航空 and 台灣虎航 airlines, and so are the carriers
named for a quarter of their country (中国东方航空, 中国南方航空) or as their country's
international carrier (中国国際航空, Air China), 中国商用飛機 (COMAC) a planemaker, 長崎造船所 a
shipyard, and
日本テレビ, 沖縄テレビ放送 and 宮古テレビ broadcasters, as is the commercial broadcasters'
association 日本民間放送連盟. The sets label the firm whole and never the place inside it.

Mainland market copy names a listed state firm by a short name 中国 opens ("中国船舶", China
CSSC Holdings, beside "中船防务"): where the two characters after the country are followed by the
stock's move or code ("中国船舶涨逾2%", "中国船舶（600150）"), or by other stocks listed up to
their move ("中国船舶、中航沈飞等个股涨幅居前"), the name is the stock's; the sets label the firm
and no country in it. A country's own figures that rise or fall (出口, 股市, 物价) are no stock.

Only trade words that follow a place for no other reason: 旅行 is left out ("台湾旅行" is a trip
to Taiwan), and 航空 counts only where no air force, industry, safety or show follows
(日本航空自衛隊 is Japan and the ASDF, 中國國際航空航天博覽會 and 中国国際航空宇宙博覧会
China's air show).
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_script import fold_pattern
from .kb import KBEntry

FIRM_WORDS = (
    r"(?:海上日動|エレクトロン|郵船|セルラー|電力|ガス|瓦斯|ハム|虎航|造船所|テレビ|民間放送"
    r"|・(?:タイムズ|ポスト|ヘラルド|ジャーナル)"
    r"|商用飛機|(?:東方|南方|西部|國際)?航空(?!自衛|隊|業|安全|管制|器|界|母艦|基地|站|識別|総隊|集団|兵|航天|宇宙|展))"
)


CHINA = "china"
# A listed firm's short name after its country: two characters, other stocks listed after it
# or not, then its move or its code.
STOCK_AFTER_COUNTRY = (
    r"(?!出口|進口|股市|股票|市場|經濟|物價|房價|樓市|債市|貿易|外資|貨幣|匯率|人民|國債|指數|油價)"
    r"[\u4e00-\u9fff]{2}(?:、[\u4e00-\u9fff]{2,6}){0,4}(?:等個?股)?"
    r"(?:漲|跌|股價|[(（][0-9]{6}[)）])"
)


@cache
def _firm_words() -> re.Pattern[str]:
    return re.compile(fold_pattern(FIRM_WORDS))


@cache
def _stock_after_country() -> re.Pattern[str]:
    return re.compile(fold_pattern(STOCK_AFTER_COUNTRY))


def opens_firm_name(folded: str, end: int, place: KBEntry) -> bool:
    """Whether a place's name ending at `end` of the folded text opens a firm's name, or
    China's a listed firm's short name in market copy."""
    if place.id == CHINA and _stock_after_country().match(folded, end):
        return True
    return place.type in ("GPE", "LOC") and _firm_words().match(folded, end) is not None
