"""Chinese procurement notices, defence-industry filings and the trade press that quotes the
day's figures (the blind30 passages' classes of miss): a statistics window labelled as one
("統計期間｜…25日0600時至…26日0600時") is the day's report, not a period's total, and a
bracketed aside inside a stay's clause does not hide the day the ships entered on; and in the
names, a thing made in a country (陸製, 台製, 日製) is that country's, a body written with
simplified 卫 is the one the base writes with 衛, and a quoted class name before 級 is the
class."""

from datetime import UTC, date, datetime

import pytest
from incursion_helpers import cjk_facts_at

from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb

PUBLISHED = datetime(2024, 9, 26, 0, 40, tzinfo=UTC)


@pytest.mark.parametrize(
    "window",
    [
        "統計期間｜113年9月25日0600時至9月26日0600時",
        "統計期間：昨日上午6時至今日上午6時",
        "统计期间为25日上午6时至26日上午6时",
        "統計時間｜9月25日6時至9月26日6時",
    ],
)
def test_a_labelled_statistics_window_reports_the_day(window: str) -> None:
    text = (
        "國防部今（26）日上午公布共軍在臺海周邊動態，本報整理如下：\n"
        f"{window}\n"
        "共機｜21架次（其中14架次逾越中線，進入北部、西南空域）\n"
        "共艦｜７艘\n"
    )
    assert cjk_facts_at(text, PUBLISHED) == {
        (21, "aircraft", "around Taiwan", "Taiwan", "2024-09-26"),
        (14, "aircraft", "median line", "Taiwan", "2024-09-26"),
        (14, "aircraft", "ADIZ", "Taiwan", "2024-09-26"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2024-09-26"),
    }


@pytest.mark.parametrize(
    "period",
    [
        "統計期間｜113年1月1日至9月26日",
        "今年1月1日至9月26日",
    ],
)
def test_a_period_to_date_is_no_days_report(period: str) -> None:
    text = f"國防部資料整理如下：\n{period}\n共機｜3,105架次\n共艦｜1,320艘\n"
    assert cjk_facts_at(text, PUBLISHED) == set()


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "日本海上保安厅14日称，3艘中国海警船11日（周三）上午驶入钓鱼岛（日本称尖阁诸岛）"
            "周边日方所称“领海”，直至14日（周六）上午才驶离。",
            (3, "official ships", "territorial waters", "Senkaku Islands", "2026-02-11"),
        ),
        (
            "2艘中国海警船9日（周一）晚间驶入钓鱼岛（日称尖阁诸岛）附近（日方所称）领海，"
            "直至11日上午才驶离。",
            (2, "official ships", "territorial waters", "Senkaku Islands", "2026-02-09"),
        ),
        (
            "海巡署今天表示，4艘中國海警船12日（週四）上午駛入金門（大金門、小金門一帶）"
            "限制水域，直到13日清晨才駛離。",
            (4, "official ships", "restricted waters", "Kinmen", "2026-02-12"),
        ),
    ],
)
def test_a_stay_told_with_bracketed_asides_is_the_entry_days(sentence: str, fact: tuple) -> None:
    assert cjk_facts_at(sentence, datetime(2026, 2, 14, 6, 0, tzinfo=UTC)) == {fact}


def _links(text: str) -> list[tuple[str, str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 14), "taiwan")
    return [(m.text, m.entity_id, m.kind) for m in mentions]


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("標案規格明定不得使用陸製無人機零組件。", "陸製", "china"),
        ("國軍將優先採購台製無人機。", "台製", "taiwan"),
        ("海巡署引進臺製巡防艇。", "臺製", "taiwan"),
        ("該型雷達採用日製晶片。", "日製", "japan"),
        ("波蘭加購韓製K9自走砲。", "韓製", "south-korea"),
        ("印度仍大量使用俄製戰機。", "俄製", "russia"),
    ],
)
def test_made_in_a_country_is_that_country(text: str, word: str, country: str) -> None:
    assert (word, country, "demonym") in _links(text)


@pytest.mark.parametrize(
    "text",
    ["工廠每日製作500架無人機。", "軍方今日製訂新規範。", "該廠明日製成首批樣品。"],
)
def test_a_days_character_before_made_is_no_japan(text: str) -> None:
    assert all(entity != "japan" for _, entity, _ in _links(text))


@pytest.mark.parametrize(
    ("text", "name", "entity"),
    [
        ("日方正与菲方就转让海上自卫队退役的护卫舰进行磋商。", "海上自卫队", "jmsdf"),
        ("三菱重工与防卫装备厅签署合同。", "防卫装备厅", "atla"),
        ("日本内阁会议通过2025年版《防卫白书》。", "防卫白书", "defense-of-japan"),
        ("台湾卫福部表示，将协助受灾民众。", "卫福部", "taiwan-ministry-of-health-and-welfare"),
    ],
)
def test_a_name_written_with_simplified_wei_is_the_body_written_with_the_old_form(
    text: str, name: str, entity: str
) -> None:
    assert (name, entity, "name") in _links(text)


@pytest.mark.parametrize(
    ("text", "name", "entity"),
    [
        ("日方拟向菲方转让“阿武隈”级护卫舰。", "阿武隈", "abukuma-class"),
        ("菲律賓將接收「阿武隈」級護衛艦。", "阿武隈", "abukuma-class"),
    ],
)
def test_a_quoted_class_name_before_its_class_word_is_the_class(
    text: str, name: str, entity: str
) -> None:
    assert (name, entity, "name") in _links(text)


@pytest.mark.parametrize(
    ("text", "name", "entity"),
    [
        ("三菱重工宣布，与澳大利亚国防部签署护卫舰协议。", "澳大利亚国防部", "australia-dod"),
        ("澳洲國防部表示將增購潛艦。", "澳洲國防部", "australia-dod"),
        ("新舰将提升澳海军在印太地区的反潜能力。", "澳海军", "royal-australian-navy"),
        ("澳空軍P-8A巡邏機飛越南海。", "澳空軍", "raaf"),
        ("英國國防部宣布航艦打擊群將訪日。", "英國國防部", "uk-mod"),
        ("菲律宾国防部长特奥多罗表示，菲国防部将加强巡逻。", "菲国防部", "philippine-dnd"),
    ],
)
def test_another_countrys_body_written_with_the_countrys_name_is_that_body(
    text: str, name: str, entity: str
) -> None:
    assert (name, entity, "name") in _links(text)


def test_australias_side_is_australia_but_hong_kong_and_macaus_is_not() -> None:
    assert ("澳方", "australia", "demonym") in _links("后续8艘由澳方在西澳州的船厂组装。")
    assert all(entity != "australia" for _, entity, _ in _links("港澳方面表示欢迎。"))


def test_a_japanese_name_misspelt_after_its_family_name_is_the_same_person() -> None:
    text = (
        "日本拟追加订购两艘潜艇 小泉进次郎：提升水下作战能力\n\n"
        "据日本媒体报道，日本防卫大臣小泉晋次郎27日在记者会上表示，防卫省将追加订购两艘潜艇。"
    )
    links = _links(text)
    assert ("小泉晋次郎", "shinjiro-koizumi", "name") in links
    assert all(name != "小泉" for name, _, _ in links)


@pytest.mark.parametrize(
    ("text", "code", "entity"),
    [
        ("江南造船同时承建航母、055型和052D型驱逐舰。", "055型", "type-055-destroyer"),
        ("大連造船廠承建055型與052D型驅逐艦。", "055型", "type-055-destroyer"),
        ("沪东中华承建054A型、055型及052D型驱逐舰。", "055型", "type-055-destroyer"),
    ],
)
def test_a_type_listed_before_a_shared_kind_word_is_that_class(
    text: str, code: str, entity: str
) -> None:
    assert (code, entity, "name") in _links(text)


def test_a_code_not_listed_before_a_kind_word_is_no_class() -> None:
    assert all(name != "055型" for name, _, _ in _links("该厂055型生产线已满载，和052D型不同。"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("展期首日，中科院與美商安杜里爾（Anduril）簽署無人機共同研製意向書。", "安杜里爾"),
        ("美国国防科技公司安杜里尔（Anduril）宣布扩大在亚洲的生产。", "安杜里尔"),
    ],
)
def test_a_transliteration_glossed_by_its_latin_name_is_that_entity(text: str, name: str) -> None:
    (result,) = analyse([TextToAnalyse("t", text, "zh", PUBLISHED)])
    links = [(m.text, m.entity_id, m.kind) for m in result.mentions]
    assert (name, "anduril", "name") in links
    assert ("Anduril", "anduril", "name") in links


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("日本防卫大臣与澳大利亚国防部长马尔斯会谈。", "australia"),
        ("菲律賓國防部長德奧多羅表示，日菲防衛合作將深化。", "philippines"),
    ],
)
def test_a_countrys_minister_is_the_country_and_a_title_not_the_body(
    text: str, country: str
) -> None:
    links = _links(text)
    assert any(entity == country and kind == "name" for _, entity, kind in links)
    assert all(not entity.endswith(("-dod", "-dnd")) for _, entity, _ in links)


def test_a_body_after_two_joined_countries_is_neither_ones() -> None:
    assert all(
        entity != "philippine-coast-guard" for _, entity, _ in _links("日菲海警签署合作备忘录。")
    )
