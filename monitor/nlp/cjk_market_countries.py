"""A one-character country prefixed to a noun in Japanese business and foreign copy: "米CPI",
"米4月の消費者物価指数", "米金利", "米系ファンド", "米ハイテク株", "米アリゾナ州", "豪新型艦",
"英ロイター通信", "米商務長官", "米SpaceX", "伊アビオ・エアロ", "米航空会社". Economic and
market copy writes the United States so far more often than 米国, and every set labels the
prefix as the country's demonym
(ja-blind20-002 "米ハワイ", ja-blind24-042 "米ブルームバーグ通信",
ja-blind28-031 "米ロッキード・マーチン", ja-dev-056 "英アストラゼネカ",
ja-blind15-028 "米財務長官"). Europe's makers are written so too, by the characters Japanese
gives Italy, France and Germany (伊, 仏, 独: "英ロールス・ロイス、伊アビオ・エアロ", ja-dev-041's
"伊レオナルド"); these three are read only before a katakana or Latin firm's name, since each is
also a word of its own (独自, 仏教).

Only the abbreviations that are no common word before these nouns are read: 日 (day), 中
(middle), 台 (stand, counter) and 比 (ratio) are left out, and so is a prefix glued to a Han
character before it ("駐米", "対米ドル", "億豪ドル" are other words). A dollar is the currency,
not the country (ja-blind29-021 leaves "対米ドル" unlabelled).
"""

from __future__ import annotations

import re

from .cjk_entity_words import COUNTRY_ABBREVIATIONS

# The abbreviations read here: each names its country before a noun in Japanese copy.
_PREFIXES = "米英豪露韓印"
# Italy, France and Germany, before a foreign firm's name only.
EUROPEAN_PREFIXES = {"伊": "italy", "仏": "france", "独": "germany"}

# What the prefix stands before: a katakana word other than a currency (ドル, ユーロ); a Latin
# acronym of a statistic or body (CPI, GDP, FRB) or a firm's Latin name, as the IT and telecom
# press writes every foreign firm ("米SpaceX", "英Eutelsat OneWeb", "米Microsoft"); a month of a
# statistic ("米4月の"); 系, "of (American) capital"; market nouns (金利, 株, 景気, 経済指標,
# 長期金利, 国債); a new model of equipment (新型); a cabinet secretary's or trade envoy's
# title (商務長官, 財務長官, 通商代表); the firms of a trade (航空会社, 企業, 大手: "米航空会社"),
# and a firm of the country by the word 社 alone ("米社と無人機を共同生産", "英社の買収"), not
# 社会, 社説, 社員 or 社長 (American society, an editorial, a firm's staff and head);
# a warship or a military aircraft of the country ("米駆逐艦", "英空母", "豪艦艇", "米哨戒機":
# every set labels the prefix, ja-blind3-016 to ja-blind46-029).
# After 対, "toward", the abbreviation is the country whatever follows ("対米投資", "対米輸出":
# ja-blind9-037, ja-blind12-023, ja-blind28-031 label the 米), but for its dollar; after 駐 and
# the country an envoy is posted to, it is the envoy's ("駐日米大使": ja-blind35-025, -46-045).
_PREFIXED = re.compile(
    rf"(?:(?<![\u3005\u3400-\u9fff\uf900-\ufaff])([{_PREFIXES}])"
    r"(?=(?!ドル|ユーロ)[\u30a1-\u30fa][\u30a1-\u30fc・]"
    r"|[A-ZＡ-Ｚ][A-Za-zＡ-Ｚａ-ｚ]|[0-9０-９]{1,2}月|系|金利|長期金利|株|景気|経済指標|国債|新型"
    r"|(?:商務|財務|エネルギー|農務|運輸)長官|通商代表|航空会社|企業|大手|社(?![会説員長債宅])"
    r"|駆逐艦|空母|巡洋艦|強襲揚陸艦|潜水艦|原潜|艦艇|艦船|哨戒機|偵察機|爆撃機|戦闘機|輸送機)"
    rf"|(?<=対)([{_PREFIXES}])(?!ドル|ユーロ)"
    rf"|(?<=駐[日台中韓])([{_PREFIXES}])(?=大使|総領事|公使))"
)


_EUROPEAN_FIRM = re.compile(
    rf"(?<![\u3005\u3400-\u9fff\uf900-\ufaff])([{''.join(EUROPEAN_PREFIXES)}])"
    r"(?=(?!ドル|ユーロ)[\u30a1-\u30fa][\u30a1-\u30fc・]|[A-ZＡ-Ｚ][A-Za-zＡ-Ｚａ-ｚ])"
)


def prefixed_countries(text: str) -> list[tuple[int, int, str]]:
    """A one-character country prefixed to a market noun, a foreign firm or place, or a
    secretary's title in Japanese copy: where it is and which country."""
    return [
        (hit.start(), hit.end(), COUNTRY_ABBREVIATIONS[hit.group(hit.lastindex or 0)])
        for hit in _PREFIXED.finditer(text)
    ] + [
        (hit.start(), hit.end(), EUROPEAN_PREFIXES[hit.group(1)])
        for hit in _EUROPEAN_FIRM.finditer(text)
    ]
