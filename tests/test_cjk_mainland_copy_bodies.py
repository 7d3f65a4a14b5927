"""Names as mainland self-media and Taiwan's defence think tank write them: a Taiwanese body in
the mainland's scare quotes after its country, capitals that plan, deal and press, a warship's
quoted name over a city's, a date's 日 before a name (the zh-blind17 passages' classes of
miss)."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str) -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), home)
    return [(m.text, m.entity_id) for m in mentions]


def _ids(text: str, home: str) -> set[str]:
    return {entity_id for _, entity_id in _links(text, home)}


@given(
    marks=st.sampled_from(["“”", "「」", "『』", '""']),
    verb=st.sampled_from(["10日上午称", "还声称", "晚间通报", "：解放军军机21架"]),
)
def test_a_body_quoted_after_its_country_is_that_countrys(marks: str, verb: str) -> None:
    # Mainland copy quotes the name of a Taiwanese body it does not grant; 台湾 before the
    # marks still says whose the ministry is, in a simplified-script (mainland) article.
    opening, closing = marks
    links = _links(f"据台湾“中央社”报道，台湾{opening}国防部{closing}{verb}。", "china")
    assert ("国防部", "taiwan-mnd") in links
    assert "china-mnd" not in {entity_id for _, entity_id in links}


def test_a_bare_ministry_in_mainland_copy_stays_the_prcs() -> None:
    assert ("国防部", "china-mnd") in _links("国防部新闻发言人张晓刚29日表示。", "china")


def test_the_defence_think_tank_by_its_short_name() -> None:
    text = "國防安全研究院今日發布報告。國防院研究員指出，共軍近期於東部海域活動頻繁。"
    links = _links(text, "taiwan")
    assert ("國防安全研究院", "indsr") in links
    assert ("國防院", "indsr") in links
    assert ("國防院", "indsr") in _links("中共空飄氣球再現 國防院：灰色地帶手段之延伸", "taiwan")


def test_a_quoted_warship_name_is_the_ship_not_the_city() -> None:
    text = "加拿大海军“渥太华”号护卫舰12日与日本海上自卫队“高波”号驱逐舰一同穿越台湾海峡。"
    links = _links(text, "china")
    assert ("渥太华", "hmcs-ottawa") in links
    assert ("高波", "js-takanami") in links
    assert "ottawa" not in {entity_id for _, entity_id in links}
    assert ("出云", "izumo") in _links("日本派遣“出云”号护卫舰参加美日联演。", "china")
    # Without the marks and the ship's 号 the city is the city.
    assert ("渥太华", "ottawa") in _links("会议在渥太华举行。", "china")


def test_taiwans_and_the_mainlands_names_of_us_weapons() -> None:
    assert ("魚叉飛彈", "harpoon") in _links("海馬士與陸射魚叉飛彈陸續交運。", "taiwan")
    assert ("堤丰", "typhon") in _links("美军准备把“堤丰”中程导弹系统部署到吕宋岛北部。", "china")


@given(
    sentence=st.sampled_from(
        [
            ("华盛顿准备把“堤丰”部署到吕宋岛北部。", "华盛顿", "united-states"),
            ("北京意图以海警取代军舰。", "北京", "china"),
            ("北京发布赴日旅游提醒。", "北京", "china"),
            ("马尼拉一边说部署是临时的，一边又和东京签了协定。", "东京", "japan"),
            ("美国又在与北京谈经贸。", "北京", "china"),
            ("國際參與是重要面向，北京的打壓反而凸顯台灣的角色。", "北京", "china"),
        ]
    )
)
def test_a_capital_that_plans_deals_or_presses_is_its_government(
    sentence: tuple[str, str, str],
) -> None:
    text, capital, country = sentence
    assert (capital, country) in _links(text, "china")


def test_a_capital_that_is_only_the_place_stays_the_city() -> None:
    assert ("北京", "beijing") in _links("论坛今天在北京举行。", "china")
    assert ("东京", "tokyo") in _links("游客挤满了东京的街头。", "china")


@given(day=st.integers(min_value=1, max_value=31))
def test_a_dates_ri_opens_no_name(day: int) -> None:
    # "1日经与那国岛": the 1st, then 经 (via), not the Nikkei's short name 日经.
    text = f"2艘中国海军舰艇{day}日经与那国岛与台湾之间海域北上。"
    assert "nikkei" not in _ids(text, "china")
    assert "yonaguni" in _ids(text, "china")


def test_a_resolution_by_its_assembly_is_the_resolution_alone() -> None:
    ids = _ids("联合国大会第2758号决议也体现了这一原则。", "china")
    assert "un-resolution-2758" in ids
    assert "united-nations" not in ids


def test_military_industry_after_two_countries_is_no_army() -> None:
    assert "us-armed-forces" not in _ids("國防院：台美軍工合作邁向共同生產", "taiwan")


def test_the_state_councils_tariff_commission_is_the_commission_not_the_state_council() -> None:
    for text, home in [
        ("國務院關稅稅則委員會宣布中止ECFA部分產品關稅減讓。", "taiwan"),
        ("国务院关税税则委员会发布公告。", "china"),
    ]:
        ids = _ids(text, home)
        assert "customs-tariff-commission" in ids
        assert "state-council" not in ids
