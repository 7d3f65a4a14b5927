"""Japanese aviation trade press and Chinese museum and heritage press (the forty-seventh CJK
set's classes of miss), and older leftovers of the same classes: an airport by its short name or
misspelt beside its right spelling, a place inside an airport's, a museum's or a heritage paper's
name, Europe's and America's one-character countries before a firm, a warship or an envoy, a
capital that ought not, chooses, protests or works with another, a country's body before its
minister's title, a commission's agency glued after it, a two-character name misspelt as its
speaker goes on, and two incursion facts: a part counted out of a total with its noun between,
and ships still inside as of a weekday's bracketed date."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import cjk_facts_at
from linking_helpers import analysed_links, assert_analysed_links

from monitor.nlp.analyze import TextToAnalyse, analyse


def _linked(text: str, language: str) -> set[str]:
    return {entity_id for _, entity_id in analysed_links(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "meant", "not_meant"),
    [
        # Narita alone is its airport, as Haneda is
        ("全日空は成田と高雄を結ぶ貨物便を週４便に増やす。", "ja", {("成田", "narita-airport")}, set()),
        # an airport misspelt by one character beside its right spelling in the article
        (
            "スターラックス航空は桃園国際空港と那覇を結ぶ便を増やす。同社は桃圓空港での乗り継ぎ客も狙う。",
            "ja",
            {("桃圓空港", "taoyuan-airport")},
            set(),
        ),
        # an airport the knowledge base lacks holds no place of its own
        ("与那国空港と花蓮空港の間で試験飛行が行われた。", "ja", set(), {("与那国", "yonaguni"), ("花蓮", "hualien")}),
        ("旅客機は上海浦東国際空港を離陸した。", "ja", set(), {("上海", "shanghai")}),
        ("屏東機場今天起暫停民航業務。", "zh", set(), {("屏東", "pingtung")}),
        # a place before another place's airport, or before a word of its own, keeps its name
        ("日美同意开放冲绳县石垣机场和冲绳民用机场。", "zh", {("冲绳县", "okinawa"), ("冲绳", "okinawa")}, set()),
        # an airport named short before its word is the airport still
        ("往返松山與羽田機場的航班照常。", "zh", {("羽田", "haneda-airport")}, set()),
        # a katakana dateline city of seven characters before the agency's credit
        ("【サンフランシスコ共同】米航空大手が新路線を発表した。", "ja", {("共同", "kyodo")}, set()),
    ],
)  # fmt: skip
def test_airports_in_aviation_copy(
    text: str,
    language: str,
    meant: set[tuple[str, str]],
    not_meant: set[tuple[str, str]],
) -> None:
    assert_analysed_links(text, language, meant, not_meant)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("澳门文物探知馆与台南历史博物馆合作策展。", {"macau", "tainan"}),
        ("那霸市立壺屋燒物博物館的館長來台交流。", {"naha"}),
        ("京都國立博物館將出借三件國寶。", {"kyoto"}),
        ("中国国家博物馆今年接待观众逾千万人次。", {"china"}),
        ("澎湖文資週報報導，古厝修復進入尾聲。", {"penghu"}),
    ],
)
def test_a_place_inside_a_museums_or_a_heritage_papers_name_is_no_mention(
    text: str, inside: set[str]
) -> None:
    assert not inside & _linked(text, "zh")


def test_a_place_a_clause_runs_on_from_keeps_its_reading_before_a_museum() -> None:
    links = _linked("北京与华盛顿同意恢复博物馆交流。台湾各地博物馆响应。", "zh")
    assert {"united-states", "taiwan"} <= links


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("ＩＨＩは独ＭＴＵ、伊アビオ・エアロと共同開発する。", "italy"),
        ("仏サフランがエンジン部品を納入する。", "france"),
        ("米航空会社は増便に慎重だった。", "united-states"),
        ("台湾海峡を北上した米駆逐艦は１０日に横須賀へ戻った。", "united-states"),
        ("駐日米大使は１２日、那覇を訪れた。", "united-states"),
    ],
)
def test_a_one_character_country_before_a_firm_a_warship_or_an_envoy(
    text: str, country: str
) -> None:
    assert country in _linked(text, "ja")


def test_europes_one_character_words_of_their_own_name_no_country() -> None:
    links = _linked("同社は独自の技術で仏教美術の修復を手がける。", "ja")
    assert not {"germany", "france"} & links


@pytest.mark.parametrize(
    ("text", "capital", "country"),
    [
        ("陸委會表示，北京不應把文物當作統戰工具。", "北京", "china"),
        ("海巡署批評，北京選在國慶前夕派船進入金門水域。", "北京", "china"),
        ("日本渔船遭驱离，东京今年再度就渔船遭驱离一事提出抗议。", "东京", "japan"),
        ("华盛顿就此事表达关切。", "华盛顿", "united-states"),
    ],
)
def test_a_chinese_capital_that_ought_not_chooses_or_protests_is_its_government(
    text: str, capital: str, country: str
) -> None:
    assert (capital, country) in analysed_links(text, "zh")


def test_a_chinese_capital_chosen_as_a_place_stays_the_city() -> None:
    assert ("北京", "beijing") in analysed_links("我在北京選擇住處，每天去博物館。", "zh")


def test_a_japanese_capital_one_works_with_is_its_government() -> None:
    links = analysed_links("日本はキャンベラとも連携し、威圧に対応する。", "ja")
    assert ("キャンベラ", "australia") in links


def test_a_japanese_capitals_broadcaster_is_in_the_city() -> None:
    text = "東京とソウルは情報共有を拡大する。ソウルの放送局では、避難情報の遅れが指摘された。"
    (analysis,) = analyse([TextToAnalyse("t", text, "ja")])
    station = [m for m in analysis.mentions if m.text == "ソウル" and m.start > 10]
    assert [m.entity_id for m in station] == ["seoul"]


@pytest.mark.parametrize(
    ("text", "meant", "not_meant"),
    [
        # a ministry the base spells with its country, before its minister's title; Taiwan's
        # keeps its whole name, as Chinese copy names the island's ministries
        ("美国国防部长赫格塞思抵达东京。", {"united-states", "pete-hegseth"}, {"us-dod"}),
        ("中国外交部长王毅会见来访的新加坡外长。", {"china", "wang-yi"}, {"china-mfa"}),
        ("台湾国防部长顾立雄在立法院答询。", {"taiwan-mnd", "wellington-koo"}, set()),
        # another office's residence, which no title of the base names, is no Kantei
        ("这座建筑原为日治时期的总督官邸，现为文物馆。", set(), {"prime-minister-s-office-of-japan"}),
        # a commission's or a congress's agency glued after it names the agency
        ("中央军委装备发展部发布招标公告。", set(), {"central-military-commission"}),
        ("美国国会审计署的报告指出交付延误。", set(), {"us-congress"}),
        # 海員 are seamen: Japan's seamen's union holds no Sea of Japan
        ("日本海員工會呼籲船東加強防護。", {"japan"}, {"sea-of-japan"}),
        # the heritage bureau glued after its ministry is a body of its own
        ("文化部文化資產局今天公告古蹟指定。", {"taiwan-moc", "taiwan-bureau-of-cultural-heritage"}, set()),
        ("联合国教科文组织官员到场参观。", {"unesco"}, {"united-nations"}),
        ("西澳大利亚州政府欢迎这项投资。", {"western-australia"}, {"australia"}),
        ("日本通过“政府安全能力援助”向菲律宾提供雷达。", {"official-security-assistance"}, set()),
        ("三菱重工将建造“最上”级护卫舰。", {"mogami-class"}, set()),
    ],
)  # fmt: skip
def test_bodies_and_terms_in_chinese_heritage_copy(
    text: str, meant: set[str], not_meant: set[str]
) -> None:
    links = _linked(text, "zh")
    assert meant <= links
    assert not not_meant & links


def test_a_two_character_name_one_character_off_that_speaks_again_is_the_speaker() -> None:
    text = "外交部发言人林剑表示，日方应正视历史。林建还说，中方坚决反对。林建国也出席了活动。"
    links = analysed_links(text, "zh")
    assert ("林建", "lin-jian") in links
    assert not any(surface.startswith("林建国") for surface, _ in links)


def test_a_part_counted_out_of_a_total_with_its_noun_between_is_the_zones_fact() -> None:
    text = "國防部今天說，偵獲共機12架次。國防部說，12架次共機中有5架次進入西南空域。"
    facts = cjk_facts_at(text, datetime(2025, 3, 4, 3, tzinfo=UTC))
    assert (5, "aircraft", "ADIZ", "Taiwan", "2025-03-04") in facts
    assert not any(fact[0] == 17 for fact in facts)


def test_ships_still_inside_as_of_a_weekdays_bracketed_date_are_that_days_fact() -> None:
    text = (
        "日本海上保安廳指出，3艘中國海警船週六（8日）晚間侵入釣魚台周邊領海，"
        "截至週日（9日）中午仍未駛離。"
    )
    facts = cjk_facts_at(text, datetime(2025, 3, 9, 6, tzinfo=UTC))
    assert facts == {(3, "official ships", "territorial waters", "Senkaku Islands", "2025-03-09")}
