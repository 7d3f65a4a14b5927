"""Names as Taiwan's and China's financial press and radio news write them: a capital whose
government acts after a day word or as the first of its steps, the business press's firms and
capital by whose they are (陸資, 中資), a joint staff after its country, and a minister's or a
cabinet secretary's full title after the country (the zh-blind19 passages' classes of miss)."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str) -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 14), home)
    return [(m.text, m.entity_id) for m in mentions]


@given(
    day=st.sampled_from(["今天", "本週", "本周", "昨天", "週三"]),
    act=st.sampled_from(["宣布", "表示", "暫停", "中止", "警告"]),
)
def test_a_capital_acting_after_a_day_word_is_its_government_in_every_mention(
    day: str, act: str
) -> None:
    text = f"北京暫停日本水產進口。北京{day}{act}相關措施，東京則要求北京撤回。"
    links = _links(text, "taiwan")
    assert [e for t, e in links if t == "北京"] == ["china", "china", "china"]


def test_a_capital_taking_its_first_or_a_further_step_is_its_government() -> None:
    first = _links("北京先是发布赴日旅游提醒，随后暂停日本水产品进口。", "china")
    assert ("北京", "china") in first
    further = _links("市场人士指出，若北京进一步收紧稀土出口，日本车企将承压。", "china")
    assert ("北京", "china") in further


def test_a_capital_that_only_hosts_the_days_news_stays_the_city() -> None:
    # 今天 alone opens a city's news as often as a government's: only an act after it decides.
    links = _links("北京今天氣溫驟降，市民在北京街頭排隊購買暖氣設備。", "taiwan")
    assert [e for t, e in links if t == "北京"] == ["beijing", "beijing"]


@given(
    owner=st.sampled_from(
        [
            ("陸", "china"),
            ("中", "china"),
            ("台", "taiwan"),
            ("美", "united-states"),
            ("日", "japan"),
            ("韓", "south-korea"),
        ]  # fmt: skip
    ),
    word=st.sampled_from(["資", "资", "企"]),
    what=st.sampled_from(["公司", "券商", "基金", "航運公司"]),
)
def test_the_business_press_names_a_firm_by_whose_it_is(
    owner: tuple[str, str], word: str, what: str
) -> None:
    abbreviation, country = owner
    links = _links(f"多家{abbreviation}{word}{what}近日發布報告。", "taiwan")
    assert (abbreviation + word, country) in links


def test_money_and_assets_after_a_country_character_are_no_firm() -> None:
    text = "其中資產以美元計價，大陸資本市場與當日資金動向仍受關注。"
    assert not [t for t, _ in _links(text, "taiwan") if t.endswith("資")]


def test_a_joint_staff_after_its_country_is_the_country_and_the_staff() -> None:
    japan = _links("▲日本統合幕僚監部：中國海軍驅逐艦等3艘通過宮古海峽", "taiwan")
    assert ("日本", "japan") in japan
    assert ("統合幕僚監部", "japan-joint-staff") in japan
    # Korea's joint chiefs are 联合参谋本部 by the country's name, the body's name as a whole.
    korea = _links("另据韩国联合参谋本部消息，中俄军机进入韩国防空识别区。", "china")
    assert ("韩国联合参谋本部", "sk-jcs") in korea
    assert ("南韓聯合參謀本部", "sk-jcs") in _links("南韓聯合參謀本部證實偵測到發射。", "taiwan")
    assert ("南韓", "south-korea") in _links("北韓試射飛彈，南韓與日本嚴密監控。", "taiwan")


def test_in_an_americans_testimony_the_bare_diet_word_is_congress() -> None:
    text = "美国宣布对台军售后，美国国防部长赫格塞思日前在国会作证时称，军售将加快交付。"
    assert ("国会", "us-congress") in _links(text, "china")
    # In a Japanese story it stays the Diet.
    diet = _links("日本首相高市早苗在国会答询时称，日本将加强防卫。", "china")
    assert ("国会", "national-diet") in diet


def test_the_chief_cabinet_secretarys_full_title_is_no_cabinet() -> None:
    links = _links("日本内阁官房长官林芳正称，已通过外交渠道向中方提出抗议。", "china")
    assert ("日本", "japan") in links
    assert ("林芳正", "yoshimasa-hayashi") in links
    assert "japan-cabinet" not in {e for _, e in links}


def test_a_citys_port_or_exchange_is_the_facility_not_the_city() -> None:
    facilities = _links(
        "部分日本船東暫停派船前往高雄港、台中港；上海航運交易所運價指數續跌。", "taiwan"
    )
    assert {e for _, e in facilities} == {"japan"}
    # The city itself, and Hong Kong's abbreviation after one, stay what they were.
    cities = _links("高雄今天豪雨，台中市區淹水，上海股市大跌。", "taiwan")
    assert [e for _, e in cities] == ["kaohsiung", "taichung", "shanghai"]
