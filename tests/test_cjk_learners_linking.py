"""Learners' and exam material in Japanese and Chinese (the ja-blind23 and zh-blind23 passages'
classes of miss): carriers listed together, capitals labelling a list of stances, a dated
dateline's city, a glossary's headword, a teacher's correction marks, a post being filled, a
quoted doctrine before the word that says whose it is, and 米 beside 中 or 台."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str = "japan") -> dict[str, set[str]]:
    links: dict[str, set[str]] = {}
    for m in cjk_mentions(text, default_kb(), date(2025, 11, 20), home):
        links.setdefault(m.text, set()).add(m.entity_id)
    return links


def test_a_carrier_listed_beside_another_is_the_ship_not_the_province() -> None:
    links = _links("今月上旬には空母「遼寧」と「山東」が初めて同時に太平洋で活動した。")
    assert links["山東"] == {"shandong-carrier"}
    assert _links("問３　遼寧、山東に続く空母で、電磁カタパルトを備える。")["山東"] == {
        "shandong-carrier"
    }


def test_a_province_listed_beside_a_province_stays_the_province() -> None:
    assert _links("福建、山東の両省で豪雨が続いた。")["山東"] == {"shandong"}


def test_capitals_labelling_stances_are_their_governments() -> None:
    text = "三、各方立場\n・日本：固有領土。\n・北京：釣魚島是中國固有領土。\n- 東京：以政府開發援助提供巡邏船。"
    links = _links(text, home="taiwan")
    assert links["北京"] == {"china"}
    assert links["東京"] == {"japan"}


def test_a_dateline_with_its_month_is_the_city() -> None:
    text = "北京向東京抗議。③ 新華社北京12月2日電　外交部發言人林劍表示，日方應停止錯誤言行。"
    mentions = cjk_mentions(text, default_kb(), date(2025, 12, 2), "taiwan")
    assert [m.entity_id for m in mentions if m.text == "北京"] == ["china", "beijing"]


def test_a_glossary_headword_is_the_city() -> None:
    text = "ワシントンと北京は合意した。北京はレアアースの規制を見送る。\n・北京…中国の首都。"
    mentions = cjk_mentions(text, default_kb(), date(2025, 11, 1), "japan")
    assert [m.entity_id for m in mentions if m.text == "北京"] == ["china", "china", "beijing"]


def test_a_corrected_spelling_is_the_person_corrected() -> None:
    text = "アメリカのヘグセフ国防長官は増額を求めた。\n【先生のコメント】×ヘグセフ→○ヘグセス（ピート・ヘグセス）。"
    links = _links(text)
    assert links["ヘグセフ"] == {"pete-hegseth"}


def test_a_post_being_filled_is_the_body_not_its_holder() -> None:
    text = "立法院長には国民党の韓国瑜氏が選ばれた。"
    links = _links(text)
    assert links["立法院"] == {"legislative-yuan"}
    assert "立法院長" not in links


def test_a_quoted_doctrine_is_whose_the_word_after_says() -> None:
    links = _links("中国の「一つの中国」原則と、米国の「一つの中国」政策は別物である。")
    assert links["一つの中国"] == {"one-china-principle", "one-china-policy"}


@given(st.sampled_from(["米中", "米台", "台米"]), st.sampled_from(["首脳会談", "関係", "の対立"]))
def test_us_beside_china_or_taiwan_is_the_united_states(pair: str, rest: str) -> None:
    text = f"{pair}{rest}が焦点だ。米国と中国、台湾の当局者が語った。"
    us = [m for m in cjk_mentions(text, default_kb(), date(2025, 11, 1), "japan") if m.text == "米"]
    assert [(m.start, m.entity_id) for m in us] == [(pair.index("米"), "united-states")]


def test_a_quoted_credit_is_the_agency_and_a_column_heading_is_none() -> None:
    links = _links("記事を配信した通信社。「台北共同」の共同は通信社の名だ。")
    assert links["共同"] == {"kyodo"}
    assert "時事" not in _links("【今日の時事】中国軍機24機が台湾周辺に")
