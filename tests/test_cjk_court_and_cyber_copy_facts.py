"""Facts and names of the blind33 passages' remaining classes of miss: merchant ships on a watch
list, a coast guard that observes ships in "the same waters", a list of days sharing one zone, a
weekday's date in kanji in its bracket; a body glossed by its translated name, an official named
again by family name and title, a capital's officials, and a news site named for a sea."""

from datetime import UTC, date, datetime

import pytest
from incursion_helpers import cjk_facts_at

from monitor.nlp.analyze import TextToAnalyse, analyse


def _links(text: str, language: str, published: date = date(2025, 6, 1)) -> set[tuple[str, str]]:
    moment = datetime(published.year, published.month, published.day, 3, tzinfo=UTC)
    (result,) = analyse([TextToAnalyse("t", text, language, moment)])
    return {(m.text, m.entity_id) for m in result.mentions}


WATCH_LIST = (
    "台湾の海洋委員会は2月26日、台湾周辺の海底ケーブルを損傷させるおそれがあるとして、中国資本が"
    "関与する便宜置籍船など52隻を「要注意リスト」に載せ、海巡署が重点的に監視していると明らかにした。"
)


@pytest.mark.parametrize(
    "text",
    [
        WATCH_LIST,
        "海底ケーブル損傷の恐れある船、「要注意リスト」に52隻　台湾海委会\n\n" + WATCH_LIST,
        "國防部表示，昨天在台灣周邊偵獲陸籍抽砂船12艘。",
    ],
)
def test_merchant_ships_and_dredgers_counted_are_no_fact(text: str) -> None:
    assert not cjk_facts_at(text, datetime(2025, 2, 27, 3, tzinfo=UTC))


@pytest.mark.parametrize("observer", ["海巡署は", "台湾当局は", ""])
def test_ships_a_coast_guard_observed_in_the_same_waters_are_a_fact_of_that_day(
    observer: str,
) -> None:
    text = (
        "台湾の海巡署によると、24日午前、海警局の船4隻が金門の北東の制限水域に入り、約2時間後に出た。"
        f"{observer}20日にも同じ海域で2隻の侵入を確認しており、今月の侵入は計5回となった。"
    )
    facts = cjk_facts_at(text, datetime(2026, 2, 24, 9, tzinfo=UTC))
    assert (4, "official ships", "restricted waters", "Kinmen", "2026-02-24") in facts
    assert (2, "official ships", "restricted waters", "Kinmen", "2026-02-20") in facts


def test_a_coast_guards_own_cutters_it_observed_stay_no_fact() -> None:
    text = "海上保安庁は24日、尖閣周辺の接続水域で巡視船2隻を確認した。"
    assert not cjk_facts_at(text, datetime(2026, 2, 24, 9, tzinfo=UTC))


@pytest.mark.parametrize(
    "text",
    [
        "台湾国防部统计，周六（2日）有41架次、周日（3日）有17架次军机进入西南防空识别区。",
        "國防部統計，週六（2日）共機41架次、週日（3日）共機17架次進入西南空域。",
    ],
)
def test_a_list_of_days_shares_the_zone_its_last_item_names(text: str) -> None:
    facts = cjk_facts_at(text, datetime(2021, 10, 4, 12, tzinfo=UTC))
    assert facts == {
        (41, "aircraft", "ADIZ", "Taiwan", "2021-10-02"),
        (17, "aircraft", "ADIZ", "Taiwan", "2021-10-03"),
    }


def test_a_figure_once_reported_on_a_weekday_dated_in_kanji_is_that_days() -> None:
    text = (
        "國防部今天公布，昨天上午六時至今天上午六時，偵獲共機四十五架次、共艦九艘。"
        "國防部上週六（十九日）曾因共軍「聯合戰備警巡」公布共機四十二架次。"
    )
    facts = cjk_facts_at(text, datetime(2023, 8, 22, 3, tzinfo=UTC))
    assert (42, "aircraft", "around Taiwan", "Taiwan", "2023-08-19") in facts


def test_a_bodys_translated_name_in_brackets_is_that_body() -> None:
    text = "台湾の数位発展部（デジタル発展部）によると、海底ケーブルは計24本。"
    assert ("デジタル発展部", "moda") in _links(text, "ja")


def test_a_bracket_explaining_a_body_is_no_name_of_it() -> None:
    assert ("国防省", "taiwan-mnd") not in _links("台湾国防部（国防省に相当）は述べた。", "ja")


@pytest.mark.parametrize(
    ("text", "surface", "person"),
    [
        (
            "台湾の国家安全局の蔡明彦局長は10日、報告した。蔡局長は「連動している」と述べた。",
            "蔡",
            "tsai-ming-yen",
        ),
        ("海洋委員会の管碧玲主任委員は述べた。管主任委員は説明した。", "管", "kuan-bi-ling"),
    ],
)
def test_a_family_name_before_a_heads_title_is_the_official_named_in_full(
    text: str, surface: str, person: str
) -> None:
    assert (surface, person) in _links(text, "ja", date(2025, 3, 10))


def test_a_capitals_official_speaks_for_its_government_whose_body_it_names() -> None:
    links = _links("華府一名國務院官員表示，美方關切北京對台灣人民的施壓行動。", "zh")
    assert {("華府", "united-states"), ("國務院", "us-state-department")} <= links
    assert ("北京", "beijing") in _links("北京一名居民表示，天氣轉涼。", "zh")
    assert ("國務院", "state-council") in _links("國務院今天發布通知。", "zh")


@pytest.mark.parametrize(
    "site", ["台海网8月13日讯 据台湾“中央社”报道。", "南海网消息，海南省今天举行会议。"]
)
def test_a_news_site_named_for_a_sea_names_no_sea(site: str) -> None:
    ids = {entity for _, entity in _links(site, "zh")}
    assert not ids & {"taiwan-strait", "south-china-sea"}


def test_the_strait_alone_keeps_its_name() -> None:
    assert ("台海", "taiwan-strait") in _links("共機今天在台海周邊活動。", "zh")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ＴＳＭＣ魏会長、米工場を視察\n\nＴＳＭＣの魏哲家会長は５日、アリゾナ州の工場を訪れた。", "ja"),
        ("台積電董事長魏哲家今天主持股東會。魏董事長說，美國廠進度順利。", "zh"),
        ("台积电总裁魏哲家今天出席论坛。魏总裁表示，先进制程需求强劲。", "zh"),
    ],
)  # fmt: skip
def test_a_family_name_before_a_firm_heads_title_is_the_chairman_named_in_full(
    text: str, language: str
) -> None:
    assert ("魏", "c-c-wei") in _links(text, language, date(2025, 3, 10))


def test_a_firm_heads_family_name_alone_needs_the_full_name_in_the_article() -> None:
    links = _links("魏会長は５日、アリゾナ州の工場を訪れた。", "ja", date(2025, 3, 10))
    assert not any(person == "c-c-wei" for _, person in links)
