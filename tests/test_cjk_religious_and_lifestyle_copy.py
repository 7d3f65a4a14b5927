"""Japanese women's and lifestyle magazines and Chinese religious and folk-belief copy (the
blind37 passages' classes of miss, and the leftovers of blind36): a country before 語 is its
language; 台 and a compass point is a side of the island; the religious press and the bodies
it reports on are in the knowledge base; a Chinese capital's government and city told apart by
more of their words; associations' names, bare bodies listed after a side's, a house's other
titles, airports listed together and katakana family names. Counts: zones after a later
period's clause, and a window a semicolon closed, are not the count's."""

from datetime import UTC, date, datetime

import pytest
from incursion_helpers import cjk_facts_at

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _mentions(text: str, home: str) -> set[tuple[str, str, str]]:
    return {
        (m.text, m.entity_id, m.kind)
        for m in cjk_mentions(text, default_kb(), date(2025, 6, 14), home)
    }


def _links(text: str, home: str) -> set[str]:
    return {entity_id for _, entity_id, _ in _mentions(text, home)}


def test_a_country_before_its_language_is_no_mention_of_it() -> None:
    links = _links("留学生たちは中国語と日本語の両方で発表し、中国語名も名乗った。", "japan")
    assert not {"china", "japan"} & links
    assert "china" in _links("中国の留学生が増えている。", "japan")


@pytest.mark.parametrize(
    "text", ["共艦在台東部海域活動。", "軍機繞臺東側飛行。", "艦隊在台東北部海域航行。"]
)
def test_tai_and_a_compass_point_opening_a_direction_is_no_taitung(text: str) -> None:
    assert "taitung" not in _links(text, "taiwan")


def test_taitung_alone_is_linked_but_tokyos_taito_ward_is_not() -> None:
    assert "taitung" in _links("縣長今天赴台東視察颱風災情。", "taiwan")
    assert "taitung" not in _links("東京都台東区の浅草寺を訪れた。", "japan")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("（台灣教會公報記者／台南報導）長老教會今天發表聲明。", "taiwan-church-news"),
        ("【人間福報記者／高雄報導】佛光山今天舉行法會。", "merit-times"),
        ("【金門日報記者／金城報導】縣府今天宣布。", "kinmen-daily-news"),
    ],
)
def test_the_religious_and_island_press_is_linked_without_the_place_in_its_name(
    text: str, outlet: str
) -> None:
    links = _links(text, "taiwan")
    assert outlet in links
    assert "taiwan" not in links and "kinmen" not in links


def test_a_churchs_name_holding_its_country_is_the_church() -> None:
    links = _links("日本基督教團與全日本佛教會的代表列席致詞。", "taiwan")
    assert {"united-church-of-christ-in-japan", "japan-buddhist-federation"} <= links
    assert "japan" not in links


def test_the_churchs_short_name_stands_alone_but_not_as_another_churchs_tail() -> None:
    text = "長老教會總會今天發表聲明，國台辦則稱長老教會立場偏頗。"
    assert ("長老教會", "presbyterian-church-in-taiwan", "name") in _mentions(text, "taiwan")
    congregation = _links("牧師應邀到旗津長老教會證道。", "taiwan")
    assert "presbyterian-church-in-taiwan" not in congregation
    assert "presbyterian-church-usa" in _links("美國長老教會代表列席。", "taiwan")


def test_a_place_opening_a_cross_strait_associations_name_is_no_mention() -> None:
    text = "台灣海峽兩岸觀光旅遊協會與海峽兩岸旅遊交流協會今天在上海會談。"
    assert not {"taiwan-strait", "jtea"} & _links(text, "taiwan")


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("台灣海峽兩岸的緊張情勢持續升高。", "taiwan-strait"),
        ("交流協會台北事務所代表今天出席。", "jtea"),
        ("外交部與交流協會簽署備忘錄。", "jtea"),
    ],
)
def test_the_strait_and_the_exchange_association_standing_alone_stay(
    text: str, entity_id: str
) -> None:
    assert entity_id in _links(text, "taiwan")


def test_a_bare_body_listed_after_a_sides_body_takes_its_country() -> None:
    text = "旅遊業議會表示，會密切留意台灣交通部及民航局的最新公告。"
    assert ("民航局", "taiwan-caa", "name") in _mentions(text, "china")


@pytest.mark.parametrize(
    "text",
    [
        "北京喊停兩岸宮廟交流，業者叫苦。",
        "北京昨（3）日突然通知福建各地暫停組團。",
        "教廷與北京5日發表聯合聲明。",
        "牧師說，台灣面對來自北京的威脅。",
        "學者指出，北京藉宗教交流經營基層。",
    ],
)
def test_a_chinese_capital_calling_a_halt_or_acting_on_a_papers_day_is_its_government(
    text: str,
) -> None:
    assert ("北京", "china", "capital") in _mentions(text, "taiwan")


@pytest.mark.parametrize(
    ("place", "city"),
    [
        ("東京街頭的市民團體則舉行集會。", "tokyo"),
        ("首相前往日本東京靖國神社參拜。", "tokyo"),
        ("東京銀座和大阪心齋橋的商家期待旅客回流。", "tokyo"),
        ("馬尼拉的旅行業者對台灣市場有信心。", "manila"),
    ],
)
def test_a_capital_in_its_streets_trades_or_address_stays_the_city_where_it_acts(
    place: str, city: str
) -> None:
    acting = "北京向東京抗議，馬尼拉表示關切。"
    capital = "東京" if city == "tokyo" else "馬尼拉"
    assert (capital, city, "name") in _mentions(acting + place, "taiwan")


def test_a_capital_after_a_place_word_with_another_place_stays_the_city() -> None:
    text = "教廷與北京5日發表聯合聲明，雙方將在羅馬與北京輪流開會。"
    mentions = _mentions(text, "taiwan")
    assert ("北京", "china", "capital") in mentions
    assert ("北京", "beijing", "name") in mentions


def test_a_japanese_houses_name_with_katakana_after_it_is_another_title() -> None:
    assert "nikkei" not in _links("医師の声を聞いた（日経メディカル　編集部）。", "japan")
    assert "nikkei" in _links("日経新聞によると、受診者が増えた。", "japan")
    assert "nhk" in _links("台湾軍が警戒を強めています。NHKニュースでした。", "japan")


def test_short_airport_names_listed_with_an_airport_are_airports() -> None:
    text = "日本の航空各社も、羽田や成田、関西と台北（桃園）を結ぶ便の欠航を決めた。"
    assert {"narita-airport", "kansai-airport"} <= _links(text, "japan")
    assert "kansai-airport" not in _links("関西と九州を結ぶ便が増えた。", "japan")


def test_a_katakana_family_name_and_an_envoys_family_name_stand_alone() -> None:
    text = (
        "所長のレイモンド・グリーン氏は取材に応じた。グリーン氏は沖縄の米総領事も務めた。"
        "謝長廷代表も講演し、謝代表は留学経験を語った。"
    )
    mentions = _mentions(text, "japan")
    assert {("グリーン", "raymond-greene", "name"), ("謝", "frank-hsieh", "name")} <= mentions
    assert ("米", "united-states", "name") in mentions


def test_a_region_in_a_bureaus_name_that_speaks_is_no_mention() -> None:
    assert "pacific-ocean" not in _links("外交部亞東太平洋司表示，將協助簽證。", "taiwan")


PUBLISHED = datetime(2025, 10, 6, 9, tzinfo=UTC)


def test_a_count_after_a_clause_a_semicolon_closed_on_a_window_is_the_days() -> None:
    text = "4艘中國海警船上午侵入釣魚台周邊領海，至傍晚仍未離開；另有2艘在鄰接區航行。"
    assert (2, "official ships", "contiguous zone", "Senkaku Islands", "2025-10-06") in (
        cjk_facts_at(text, PUBLISHED)
    )


def test_a_zone_after_a_later_clause_opened_by_a_period_is_not_the_counts() -> None:
    text = (
        "中國海警船2艘今天侵入釣魚台周邊領海；另據統計，今年中國海警船在鄰接區出現的天數已達320天。"
    )
    assert {f[2] for f in cjk_facts_at(text, PUBLISHED)} == {"territorial waters"}
