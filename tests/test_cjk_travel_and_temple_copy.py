"""Names and counts as Japanese travel and airline trade copy and Chinese entertainment and
temple news write them (the ja-blind31 and zh-blind31 passages' classes of miss)."""

from datetime import UTC, date, datetime

import pytest
from incursion_helpers import cjk_facts_at

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str = "japan") -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 8, 19), home)
    return [(m.text, m.entity_id) for m in mentions]


def _ids(text: str, home: str = "japan") -> set[str]:
    return {entity_id for _, entity_id in _links(text, home)}


@pytest.mark.parametrize(
    ("text", "short", "airport"),
    [
        ("立栄航空の台北（松山）―金門線は臨時便を含めてほぼ満席だ。", "松山", "songshan-airport"),
        (
            "台北（桃園）との定期便を運航するタイガーエア台湾の便が到着した。",
            "桃園",
            "taoyuan-airport",
        ),
        ("台北（松山）から金門までは飛行機で約１時間。", "松山", "songshan-airport"),
        ("4社は那覇／台北（桃園）線で欠航はなかったとしている。", "桃園", "taoyuan-airport"),
        ("スクートは東京（成田）と台北を結ぶ便を毎日運航する。", "成田", "narita-airport"),
        ("長榮航空台北（松山）往返東京的航班照常起降。", "松山", "songshan-airport"),
    ],
)
def test_an_airports_short_name_in_brackets_after_its_city(
    text: str, short: str, airport: str
) -> None:
    home = "taiwan" if "航班" in text else "japan"
    links = _links(text, home)
    assert (short, airport) in links
    assert ("台北", "taipei") in links or ("東京", "tokyo") in links


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ピーチは、関西―台北（桃園）線を７月から増便すると発表した。",
            [("関西", "kansai-airport")],
        ),
        (
            "ＪＡＬとＡＮＡは羽田、成田、関西発着の台北線を通常通り運航した。",
            [("成田", "narita-airport"), ("関西", "kansai-airport"), ("羽田", "haneda-airport")],
        ),
        ("成田発の台北行きの便は約４０分遅れた。", [("成田", "narita-airport")]),
        ("台北（桃園）―関西線は１日３往復となる。", [("関西", "kansai-airport")]),
    ],
)
def test_an_airports_short_name_in_a_japanese_route_or_departure_list(
    text: str, expected: list[tuple[str, str]]
) -> None:
    links = _links(text)
    for link in expected:
        assert link in links


@pytest.mark.parametrize(
    "text",
    [
        "関西の経済界は台湾との交流拡大を求めている。",  # the region, no flight
        "関西発の文化を台湾に発信するイベントが開かれた。",  # no flight in the sentence
        "成田市の観光協会は台湾からの誘客に力を入れる。",  # the city
        "成田発表によると、台湾便の利用者は増えた。",  # 発表, no departure
    ],
)
def test_an_airports_short_name_elsewhere_is_no_airport(text: str) -> None:
    assert not _ids(text) & {"kansai-airport", "narita-airport"}


def test_a_chinese_list_of_cities_keeps_its_cities() -> None:
    # Chinese lists run on through 的 to 航班: a short name there is read only beside an airport
    assert "taoyuan-airport" not in _ids("桃園、台中、高雄往返金門的航班均正常起降。", "taiwan")


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("台中市長盧秀燕、立法院長韓國瑜及多名藝人到場參拜。", "taiwan"),
        ("古屋圭司表示，台日安全密不可分；立法院長韓國瑜則感謝日方支持。", "taiwan"),
        ("立法院长韩国瑜则感谢日方长期支持台海和平稳定。", "china"),
    ],
)
def test_a_speakers_title_before_the_speakers_name_is_the_chamber(text: str, home: str) -> None:
    links = _links(text, home)
    assert [link for link in links if link[1] == "legislative-yuan"] == [
        (text[text.index("立法院") :][:3], "legislative-yuan")
    ]
    assert [surface for surface, entity in links if entity == "han-kuo-yu"] == [
        text[text.index("立法院") + 4 :][:3]
    ]


def test_a_speakers_title_alone_and_a_premiers_title_are_their_holders() -> None:
    assert ("立法院長", "han-kuo-yu") in _links("立法院長今天表示，將召開朝野協商。", "taiwan")
    # Chinese copy's labels leave a minister's body out of the title ("Premier Cho Jung-tai")
    assert "executive-yuan" not in _ids("行政院長卓榮泰今天表示，將加速國防預算。", "taiwan")


def _capital_at(text: str, at: str, home: str) -> str:
    """What the capital written at the start of `at` in `text` is linked to."""
    start = text.index(at)
    mentions = cjk_mentions(text, default_kb(), date(2025, 8, 19), home)
    return next(m.entity_id for m in mentions if m.start == start)


@pytest.mark.parametrize(
    ("text", "at", "home", "government"),
    [
        ("中國大陸影人因北京自2019年起的禁令，今年仍全數缺席。", "北京", "taiwan", "china"),
        ("影人因北京的禁令缺席頒獎典禮。", "北京", "taiwan", "china"),
        ("業者指出，華府自去年以來的制裁讓出口大減。", "華府", "taiwan", "united-states"),
        ("梁文杰批评，北京利用海警船对金门、马祖进行施压。", "北京", "china", "china"),
        ("學者指出，北京透過宮廟交流經營台灣基層。", "北京", "taiwan", "china"),
    ],
)
def test_a_capital_that_uses_a_means_or_decrees_a_ban_is_its_government(
    text: str, at: str, home: str, government: str
) -> None:
    assert _capital_at(text, at, home) == government


@pytest.mark.parametrize(
    "at",
    ["北京开唱", "北京歌迷", "北京工人体育场"],
)
def test_a_capital_staging_a_show_or_holding_its_fans_is_the_city_where_it_acts_elsewhere(
    at: str,
) -> None:
    text = (
        "台湾歌手北京开唱前被要求表态 台北批北京统战\n\n一名台湾歌手原定在北京工人体育场举行"
        "演唱会。台北周五批评北京将政治手伸进演艺圈。不少原本购票的北京歌迷在网上表示失望。"
    )
    assert _capital_at(text, at, "china") == "beijing"
    assert _capital_at(text, "北京将", "china") == "china"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("沖縄観光コンベンションビューローによると、台湾からの予約は堅調だ。", "okinawa"),
        ("八重山観光フェリーの担当者は「混乱はなかった」と話した。", "yaeyama-islands"),
        ("宮古島観光協会は台湾からの団体客を歓迎した。", "miyako-island"),
        ("昨年４月の地震で太魯閣国家公園の一部が閉鎖された。", "taroko-gorge"),
    ],
)
def test_a_place_opening_a_tourism_bodys_or_a_parks_name_is_no_mention(
    text: str, place: str
) -> None:
    assert place not in _ids(text)


def test_a_citys_tourism_exchange_association_is_not_the_japanese_office_in_taiwan() -> None:
    assert "jtea" not in _ids("石垣市観光交流協会は「予約の動きを見守りたい」としている。")
    assert "jtea" in _ids("日本台湾交流協会も定期便化に向けた協議を後押しする。")


@pytest.mark.parametrize(
    "text",
    [
        "沖縄観光の回復には台湾客が欠かせない。",  # the trade: Okinawa's
        "台湾観光当局は日本人客の誘致を急ぐ。",  # the country's own office
    ],
)
def test_a_place_before_its_tourism_trade_or_office_stays(text: str) -> None:
    assert _ids(text) & {"okinawa", "taiwan"}


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("主办方要求他转发支持“一个中国”的贴文。", "一个中国"),
        ("台湾艺人表达两岸同属一中的认同，是真情流露。", "一中"),
        ("國民黨批評此舉「違反一中」。", "一中"),
        ("陆委会称此举违反“一个中国”框架。", "一个中国"),
        ("他拒絕表態支持「一個中國」。", "一個中國"),
    ],
)
def test_the_one_china_principle_without_its_word_for_principle(text: str, bare: str) -> None:
    links = _links(text, "china")
    assert (bare, "one-china-principle") in links
    assert "china" not in {entity for surface, entity in links if surface in bare}


@pytest.mark.parametrize(
    "text",
    [
        "他是一个中国人，也热爱台湾。",  # a Chinese
        "馬英九重申九二共識、一中各表。",  # its own term
        "台中一中校友會今天舉行年會。",  # a school
    ],
)
def test_one_china_running_into_another_word_is_no_principle(text: str) -> None:
    assert "one-china-principle" not in _ids(text, "china")


def test_what_both_sides_belong_to_is_the_country_unless_clipped() -> None:
    assert ("中国", "china") in _links("大陆方面强调两岸同属一个中国。", "china")
    assert ("一中", "one-china-principle") in _links("两岸同属一中的认同。", "china")


@pytest.mark.parametrize("name", ["中国台湾", "中國台灣", "中国台湾省"])
def test_the_mainlands_name_for_taiwan_is_taiwan_alone(name: str) -> None:
    links = _links(f"媒体问及她是否认同“{name}”的说法。", "china")
    assert (name, "taiwan") in links
    assert "china" not in {entity for _, entity in links}


@pytest.mark.parametrize(
    "recall",
    [
        "國防部前一天公布的數字為軍機25架次、軍艦8艘。",
        "國防部前一日發布的數字為共機25架次、共艦8艘。",
    ],
)
def test_a_figure_the_ministry_published_the_day_before_is_no_fact(recall: str) -> None:
    text = (
        "台灣國防部週六（10日）表示，截至當日早上6時的24小時內，偵測到解放軍軍機18架次、"
        f"軍艦6艘在台灣周邊活動。{recall}"
    )
    facts = cjk_facts_at(text, datetime(2026, 1, 10, 3, 30, tzinfo=UTC))
    assert {count for count, *_ in facts} == {18, 6}


def test_a_sum_over_days_after_a_days_figure_leaves_that_figure_its_days() -> None:
    text = (
        "台湾国防部は２日、中国軍機３９機が同日、台湾南西部の防空識別圏に進入したと発表した。"
        "中国の建国記念日にあたる国慶節の１日にも３８機が進入しており、２日間で計７７機に上った。"
    )
    facts = cjk_facts_at(text, datetime(2021, 10, 3, 4, tzinfo=UTC))
    assert facts == {
        (39, "aircraft", "ADIZ", "Taiwan", "2021-10-02"),
        (38, "aircraft", "ADIZ", "Taiwan", "2021-10-01"),
    }


@pytest.mark.parametrize("boat", ["石垣島の遊漁船", "与那国の漁船", "宮古島の漁船"])
def test_an_island_a_fishing_boat_is_from_does_not_place_the_ships_counted(boat: str) -> None:
    text = (
        "第１１管区海上保安本部によると、尖閣諸島の南小島の沖合で７日、日本人の釣り客を乗せた"
        f"{boat}１隻に、日本の領海に侵入した中国海警局の船２隻が接近した。"
    )
    facts = cjk_facts_at(text, datetime(2025, 9, 8, 4, tzinfo=UTC))
    assert facts == {(2, "official ships", "territorial waters", "Senkaku Islands", "2025-09-07")}


def test_a_stay_not_over_moves_the_headlines_and_the_entry_days_fact_when_others_are_counted() -> (
    None
):
    text = (
        "尖閣の領海に中国船２隻、日本漁船に接近\n\n第１１管区海上保安本部によると、中国海警局の船"
        "２隻が３日午前、尖閣諸島・魚釣島の北西の日本の領海に侵入した。２隻は４日午前９時現在も"
        "領海内にとどまっており、周辺の接続水域では別の中国海警局の船２隻が航行している。"
    )
    facts = cjk_facts_at(text, datetime(2026, 5, 4, 2, tzinfo=UTC))
    assert facts == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2026-05-04"),
        (2, "official ships", "contiguous zone", "Senkaku Islands", "2026-05-04"),
    }


@pytest.mark.parametrize(
    ("text", "home", "word", "country"),
    [
        ("韓團台籍成員揮國旗遭陸籍粉絲圍攻。", "taiwan", "韓團", "south-korea"),
        ("海警船闖金門 釣魚台鄰接區亦現陸船", "taiwan", "陸船", "china"),
    ],
)
def test_a_one_character_country_before_its_group_or_ship_is_the_country(
    text: str, home: str, word: str, country: str
) -> None:
    mentions = cjk_mentions(text, default_kb(), date(2025, 8, 19), home)
    assert any((m.text, m.entity_id, m.kind) == (word, country, "demonym") for m in mentions)


def test_a_capital_before_its_travel_agencies_is_the_city() -> None:
    text = "北京が自国民に渡航自粛を呼びかけた。上海や北京の旅行会社では取り消しが相次ぐ。"
    assert _capital_at(text, "北京の旅行会社", "japan") == "beijing"
    assert _capital_at(text, "北京が", "japan") == "china"


@pytest.mark.parametrize(
    ("text", "home", "surface", "entity"),
    [
        ("日台観光サミットは共同宣言を採択した。", "japan", "共同宣言", "joint-statement"),
        (
            "谷立言出席台美教育倡議年度會議。",
            "taiwan",
            "台美教育倡議",
            "us-taiwan-education-initiative",
        ),
        ("美台教育倡议推动华语教学。", "china", "美台教育倡议", "us-taiwan-education-initiative"),
    ],
)
def test_a_japanese_joint_declaration_and_the_education_initiative_in_either_order(
    text: str, home: str, surface: str, entity: str
) -> None:
    assert (surface, entity) in _links(text, home)


@pytest.mark.parametrize(
    ("text", "home", "surface", "entity"),
    [
        ("韩国韩华海洋等船企正积极争取美国海军订单。", "china", "韩华海洋", "hanwha-ocean"),
        ("韓華海洋今天宣布擴建美國船廠。", "taiwan", "韓華海洋", "hanwha-ocean"),
        (
            "由美台商業協會與國防部合辦的論壇今天登場。",
            "taiwan",
            "美台商業協會",
            "us-taiwan-business-council",
        ),
    ],
)
def test_a_shipbuilder_and_a_business_council_by_their_chinese_names(
    text: str, home: str, surface: str, entity: str
) -> None:
    links = _links(text, home)
    assert (surface, entity) in links
    assert "taiwan" not in {e for s, e in links if s in surface}


@pytest.mark.parametrize(
    ("text", "home", "nickname"),
    [
        ("基地开放日展出F-15EX战机和“鱼鹰”运输机供民众参观。", "china", "鱼鹰"),
        ("美軍「魚鷹」旋翼機今天降落石垣機場。", "taiwan", "魚鷹"),
    ],
)
def test_an_aircrafts_quoted_nickname_before_its_kind_of_craft_is_the_type(
    text: str, home: str, nickname: str
) -> None:
    assert (nickname, "v-22") in _links(text, home)


def test_a_quoted_nickname_before_no_craft_word_is_no_type() -> None:
    assert "v-22" not in _ids("网友称他为“鱼鹰”。", "china")


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("チャイナエアライン（CI）は那覇／台北線を平常通り運航した。", "japan"),
        ("中華航空（CI）今天宣布增班。", "taiwan"),
    ],
)
def test_an_airlines_flight_code_in_brackets_is_the_airline(text: str, home: str) -> None:
    assert ("CI", "china-airlines") in _links(text, home)


def test_two_letters_after_a_body_that_is_no_airline_are_no_gloss() -> None:
    assert ("CI", "taiwan-mnd") not in _links("国防部（CI）は発表した。")


@pytest.mark.parametrize(
    ("text", "home", "place"),
    [
        ("台北駐福岡経済文化弁事処の陳銘俊処長は祝辞を述べた。", "japan", "fukuoka"),
        ("台北駐日経済文化代表処那覇分処の処長も祝辞を述べた。", "japan", "naha"),
        ("欧盟驻台北办事处发表声明。", "china", "taipei"),
        ("新加坡驻台北商务办事处今天表示。", "china", "taipei"),
    ],
)
def test_the_city_a_representative_office_is_named_after_is_no_mention(
    text: str, home: str, place: str
) -> None:
    assert place not in _ids(text, home)


def test_a_group_after_two_countries_joined_is_a_tour_to_them() -> None:
    assert "south-korea" not in _ids("旅行社：日韓團未見退團", "taiwan")
