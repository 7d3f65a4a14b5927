"""A place's name that only opens a body's name (cjk_compounds.opens_other_word): a Japanese
local body's or facility's, a representative office's, a Chinese city's port or exchange, a
Chinese place's paper, university, union or court, a foreign country's ministry in Chinese copy,
a maritime safety administration, and a region's bureau.
The body is what the text names; the place inside it is no mention of its own."""

from __future__ import annotations

import re

from .cjk_island_cities import opens_island_city
from .cjk_script import fold_pattern, fold_words
from .kb import KBEntry

# Japanese local bodies and facilities named after their place: a paper (八重山日報), a
# cooperative (八重山漁協, 蘇澳漁協, 八重山漁業協同組合) or federation (沖縄県漁連), an assembly
# (沖縄県議会, 宮古島市議会),
# a port (石垣港), a camp (石垣駐屯地), a defence bureau (沖縄防衛局), and the offices municipal
# notices send readers to: a police station (八重山警察署), a coast guard office or station
# (石垣海上保安部, 宮古島海上保安署, the office's short name 石垣海保), a university (東海大学),
# a prefecture's association of shrines (沖縄県神社庁),
# a broadcaster's local station (ＮＨＫ沖縄放送局); and what travel copy quotes: a place's
# tourism bodies and firms, named after it with 観光 (沖縄観光コンベンションビューロー,
# 竹富町観光協会, 八重山観光フェリー, 石垣市観光交流協会; 沖縄観光 alone is the trade, and
# 台湾観光当局 the country's office), and its national park (太魯閣国家公園). The place inside
# one is no mention of it: the body is what the text names (no set labels the place inside any
# of these). An airport is left out: the sets label 那覇 in 那覇空港 both as the city and as no
# mention; so is a citizens' hall, 石垣 in 石垣市民会館 both ways (ja-blind26-016,
# ja-blind35-037).
BODY_AFTER_PLACE = (
    *("日報", "漁協", "農協", "漁業協同組合", "議会", "市議会", "町議会", "村議会"),
    # and a prefecture's fisheries federation, in its short name ("沖縄県漁連")
    *("県漁連", "漁連"),
    *("港", "駐屯地", "分屯地", "防衛局", "警察署", "海上保安部", "海上保安署", "海保"),
    *("大学", "放送局", "神社庁"),
    *("観光協会", "観光交流協会", "観光コンベンションビューロー", "観光フェリー", "観光連盟"),
    *("国家公園", "国立公園"),
    # a bar association ("第二東京弁護士会", "日本弁護士連合会") and a fisheries agency's regional
    # office ("九州漁業調整事務所"): the sets label the body whole
    *("弁護士会", "弁護士連合会", "漁業調整事務所"),
    # a local publisher's imprint ("写真集『群青の境界』（八重山ブックス）", "沖縄書房")
    *("ブックス", "書房"),
)


# Chinese copy names a city's port and its exchanges after it ("高雄港", "台中港", "上海航運交易所",
# "深圳證券交易所"), a capital's too ("臺北港", a port in New Taipei, labelled whole as the others
# are): the facility is what the text names, not the city. 港 before 澳, 股 or a currency word is
# Hong Kong's abbreviation ("台港澳", "港股"), no port.
_FACILITY_AFTER_CITY = re.compile(
    fold_pattern(r"港(?![澳股元幣币人資资])|[\u4e00-\u9fff]{0,2}?交易所")
)


# Chinese copy names a place's paper (its field's too: "香港經濟日報"), university, customs,
# fishermen's union, park, flight information region and an office after it ("金門日報",
# "厦门大学", "福州海关", "蘇澳區漁會",
# "台北飛航情報區", "交流協會台北事務所"; Japanese sets label the city in 台北事務所),
# a city's or county's fire department ("新北市消防局"; not its health bureau, whose county the
# sets label: "金門縣衛生局"), and a ship after the city it is named for ("宜蘭艦", "嘉義艦",
# "新北艦": the coast guard's and the navy's cutters; not 艦隊, 艦艇 or 艦長), and a Japanese
# prefecture's fisheries federation as Chinese copy writes it ("沖繩縣漁業協同組合連合會"), and
# the labour press's unions and departments of a place ("浙江省总工会", "屏東縣產業總工會",
# "宜蘭縣漁工職業工會", "福建省人社厅", its human-resources department):
# the sets label the body, never the place in it (大學生 study anywhere; 中國海關 keeps China).
_BODY_AFTER_PLACE_ZH = re.compile(
    fold_pattern(
        r"(?:經濟|工商)?[日時新]報|大學(?!生)|海關|區?漁會|國家公園|飛航情報區|艦(?![隊艇長載])"
        r"|[市縣]?消防局|縣?漁業協同組合|事務所"
        r"|[省市縣]?(?:[\u4e00-\u9fff]{0,4}?(?:職業|產業))?總?工會|[省市縣]?人社[廳局]"
        # a place's bar association ("台北律師公會"), and a county's or city's department named
        # after its government ("連江縣政府文化處", "台南市政府文化局": ten of fifteen labels whole)
        r"|律師公會|[縣市]?政府[\u4e00-\u9fff]{1,6}?(?<!當)[處局]"
    )
)


# Taiwanese legal copy names a court and a prosecutors' office after its seat ("台北地院",
# "新北地檢署", "澎湖地檢", "台灣高等檢察署"), formally with the province or country before the
# seat ("福建金門地方法院", "臺灣臺北地方法院"); mainland notices name theirs after a city
# ("厦门市中级人民法院", "厦门中院", "重庆市公安局"). The sets label the court, never its seat:
# in 25 such names across four sets the place inside was a mention of its own in none.
_COURT_AFTER_PLACE = re.compile(
    fold_pattern(
        r"(?:[\u4e00-\u9fff]{2}(?=地方))?(?:地方法院|地院|地方檢察署|地檢|高分院|高等法院"
        r"|高等檢察署|高檢署|高等行政法院|[中高]院)"
        r"|[市縣]?(?:第[一二三四五六七八九十]+)?(?:[中高]級|基層)?人民(?:法院|檢察院)"
        r"|[市縣]?公安[局廳]"
    )
)
# A country opens only the ROC's formal names, its high courts and "臺灣臺北地方法院": "中國法院"
# and "大陸法院" are the country's courts, which the sets label as the country.
_COUNTRY_COURT = re.compile(
    fold_pattern(r"[\u4e00-\u9fff]{2}地方(?:法院|檢察署)|高等(?:法院|檢察署|行政法院)")
)
# Chinese copy names a foreign country's ministries and its federal or national agencies with
# the country ("日本總務省", "日本经济产业省", "美国联邦通信委员会", "美國國家海洋暨大氣總署"), and
# the sets label the body whole (about 300 such names, the country apart in a handful); not a
# house of its congress ("美國聯邦眾議院軍事委員會" is the House's committee). Taiwan's and China's
# own bodies keep their country apart ("台湾国家通讯传播委员会"), as the sets label them.
_COUNTRY_AGENCY = re.compile(
    fold_pattern(
        r"(?:總務|外務|財務|法務|文部科學|厚生勞動|農林水產|經濟產業|國土交通|環境|防衛|經產)省"
        r"|(?:聯邦|國家)(?:(?!院)[\u4e00-\u9fff]){1,8}?(?:委員會|總署|署|局)"
    )
)
_OWN_SIDES = ("taiwan", "china")


# A representative office is named after the city it sits in, after 駐 or before its branch's
# word ("台北駐福岡経済文化弁事処", "代表処那覇分処", "欧盟驻台北办事处", "新加坡驻台北商务办事处"):
# the sets label the office, never the city inside it (four passages, Japanese and Chinese).
_OFFICE_AFTER_PLACE = re.compile(
    fold_pattern(r"(?:経済文化|經濟文化|商務)?(?:弁事処|辦事處|分処|分處)")
)


# A maritime safety administration is named after the waters it keeps, its country's or its
# province's ("中国海事局", "中共海事局", "福建海事局", "中国の福建省海事局"), in Chinese and
# Japanese copy alike: the sets label the bureau whole in all twelve such names, the place
# inside it in none.
MARITIME_BUREAU = "海事局"
_MARITIME_BUREAU = re.compile(fold_pattern(rf"省?{MARITIME_BUREAU}"))


def _city_opens_facility(folded: str, end: int) -> bool:
    return _FACILITY_AFTER_CITY.match(folded, end) is not None


def opens_body_name(folded: str, end: int, place: KBEntry, home: str | None) -> bool:
    """Whether a place's name ending at `end` is only the first part of a body's: a Japanese
    local body's ("八重山|漁協", "沖縄|防衛局") or an island's city ("宮古島|市"), a representative
    office's ("台北駐福岡|経済文化弁事処", "那覇|分処", "驻台北|办事处"), a Chinese city's
    port or exchange ("高雄|港"), a Chinese place's paper or university ("金門|日報", "厦门|大学"),
    court or prosecutors' office ("台北|地院", "福建|金門地方法院"), a country's ministry or
    agency in Chinese copy ("日本|總務省", "美国|联邦通信委员会"), a maritime safety
    administration's ("福建|海事局"), or a ministry bureau's named after a region ("アジア|
    大洋州局")."""
    if place.type not in ("LOC", "GPE"):
        return False
    if home == "japan" and folded.startswith(fold_words(BODY_AFTER_PLACE), end):
        return True
    if _OFFICE_AFTER_PLACE.match(folded, end) or _MARITIME_BUREAU.match(folded, end):
        return True
    if home == "japan" and opens_island_city(folded, end, place):
        return True
    if home != "japan" and place.kind in ("city", "capital") and _city_opens_facility(folded, end):
        return True
    if home != "japan" and place.kind != "country" and _BODY_AFTER_PLACE_ZH.match(folded, end):
        return True
    court = _COUNTRY_COURT if place.kind == "country" else _COURT_AFTER_PLACE
    if home != "japan" and court.match(folded, end):
        return True
    foreign = place.kind == "country" and place.id not in _OWN_SIDES
    if home != "japan" and foreign and _COUNTRY_AGENCY.match(folded, end):
        return True
    return place.type == "LOC" and not place.country and _region_opens_bureau(folded, end)


# A foreign ministry's regional bureau is named after its region ("アジア大洋州局長",
# "亞洲司司長", "亚洲大洋洲局局长"): up to three more characters of the region, then 局 or 司,
# then its head's title, the name's end or what the bureau says ("外交部亞東太平洋司表示"). 局势
# and 司令 (a situation, a command) are no bureau.
_BUREAU_AFTER_REGION = re.compile(
    fold_pattern(
        r"[\u4e00-\u9fff]{0,3}?[局司](?:[長长局司]|表示|說|指出|稱|強調|(?![\u4e00-\u9fff]))"
    )
)


def _region_opens_bureau(folded: str, end: int) -> bool:
    return _BUREAU_AFTER_REGION.match(folded, end) is not None
