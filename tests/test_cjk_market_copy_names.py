"""Names as Taiwan's and China's stock-market and financial copy writes them: a country's house
and makers (美系外資, 台廠), the mainland's aircraft (陸機), shipowners (船東) and defence-industry
sectors (軍工) that hold no other name, a capital before its government's office or in talks,
and the agencies' and people's short forms (the zh-blind26 passages' classes of miss)."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str) -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 14), home)
    return [(m.text, m.entity_id) for m in mentions]


@given(
    owner=st.sampled_from(
        [
            ("美", "united-states"),
            ("日", "japan"),
            ("台", "taiwan"),
            ("陸", "china"),
            ("韓", "south-korea"),
        ]  # fmt: skip
    ),
    word=st.sampled_from(["系", "廠", "厂"]),
    what=st.sampled_from(["外資", "券商", "業者", "供應鏈"]),
)
def test_the_financial_press_names_a_house_or_maker_by_whose_it_is(
    owner: tuple[str, str], word: str, what: str
) -> None:
    abbreviation, country = owner
    links = _links(f"法人指出，{abbreviation}{word}{what}近日調升評等。", "taiwan")
    assert (abbreviation + word, country) in links


def test_systems_series_and_platform_makers_are_no_house() -> None:
    text = "其中廠商表示，大陸系統與美系列產品，平台廠商與電台系列節目不受影響。"
    assert not [t for t, _ in _links(text, "taiwan") if t[-1] in "系廠"]


def test_japanese_copy_keeps_its_own_reading_of_a_house() -> None:
    # Japanese writes 日系 of people of Japanese descent and firms alike, unlabelled.
    assert not [
        t for t, _ in _links("北京に駐在する日系企業の関係者は話した。", "japan") if t == "日系"
    ]


def test_the_mainlands_aircraft_are_chinas() -> None:
    links = _links("空自上半財年對陸機緊急升空237次", "taiwan")
    assert ("陸機", "china") in links


def test_shipowners_hold_no_asean() -> None:
    for text in ("業者正與船東協商轉嫁。", "中国船东协会人士则认为航行正常。"):
        assert "asean" not in [e for _, e in _links(text, "taiwan")]
    assert ("東協", "asean") in _links("東協外長會議今天在吉隆坡登場。", "taiwan")
    assert ("東沙島", "pratas") in _links("陸籍漁船東沙島海域越界捕魚。", "taiwan")


@given(sector=st.sampled_from(["評等", "股", "族群", "類股", "板塊", "板块", "指數", "概念股"]))
def test_a_defence_industry_sector_holds_no_armed_force(sector: str) -> None:
    links = _links(f"美系外資調升台灣軍工{sector}，台灣廠商受惠。", "taiwan")
    assert "roc-armed-forces" not in [e for _, e in links]
    assert ("台灣", "taiwan") in links


def test_a_capital_before_its_governments_office_or_in_talks_is_the_government() -> None:
    office = _links("北京國台辦發言人朱鳳蓮批評特別預算。", "taiwan")
    assert ("北京", "china") in office
    talks = _links("AIT處長表示，華府正與台灣業者討論共同生產。", "taiwan")
    assert ("華府", "united-states") in talks


def test_agencies_and_people_by_their_short_forms() -> None:
    links = _links("路透：日航商調升附加費 彭博：長榮暫不跟進。彭博資訊引述業者報導。", "taiwan")
    assert {("路透", "reuters"), ("彭博", "bloomberg"), ("彭博資訊", "bloomberg")} <= set(links)
    links = _links("菲律賓國防部長德奧多羅感謝日本支持菲國；中科院九鵬試射飛彈。", "taiwan")
    assert {("德奧多羅", "gilberto-teodoro"), ("菲國", "philippines")} <= set(links)
    assert ("九鵬", "jiupeng-base") in links
