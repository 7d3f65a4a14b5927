"""Japanese shipping, ports and fisheries trade papers (ja-blind30): kanji dates after the
subject or before a part of the day, last week's peak, a year's tally after an ordinal, a misspelt
ADIZ, North Korea's intercontinental missiles, one type's bombers after the day's total, a town's
fishing boat, and a capital's shops."""

from datetime import UTC, date, datetime

import pytest
from incursion_helpers import cjk_facts_at

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb

SENKAKU = "Senkaku Islands"


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("台湾国防部によると、中国軍機十八機が十二日、台湾の南西部の防空識別圏に入った。", 12),
        ("国防部によると、中国軍機二十一機が十一日、台湾の防空識別圏に進入した。", 11),
        ("中国軍機十八機が十二日夜、台湾の防空識別圏に入った。", 12),
        ("十二日午後、中国軍機十八機が台湾の防空識別圏に入った。", 12),
    ],
)
def test_a_kanji_date_after_the_subject_or_before_a_part_of_the_day_is_the_facts_day(
    sentence: str, day: int
) -> None:
    facts = cjk_facts_at(sentence, datetime(2022, 4, 13, 2, tzinfo=UTC))
    assert {(f[1], f[2], f[4]) for f in facts} == {("aircraft", "ADIZ", f"2022-04-{day:02d}")}


@pytest.mark.parametrize("part", ["午前", "午後", "朝", "夜"])
def test_a_coast_guard_report_of_the_day_before_keeps_its_own_kanji_day(part: str) -> None:
    text = (
        f"第十一管区海上保安本部によると、十八日{part}、尖閣諸島周辺の接続水域で中国海警局の船"
        "四隻が航行しているのを巡視船が確認した。接続水域の中国船は十七日には三隻だった。"
    )
    facts = cjk_facts_at(text, datetime(2025, 4, 18, 12, tzinfo=UTC))
    assert facts == {
        (4, "official ships", "contiguous zone", SENKAKU, "2025-04-18"),
        (3, "official ships", "contiguous zone", SENKAKU, "2025-04-17"),
    }


@pytest.mark.parametrize(
    "aside",
    [
        "先週は一日で４５機が確認された日もあった。",
        "前週には４５機が確認された。",
        "先週の合計は１２０機だった。",
    ],
)
def test_a_figure_of_last_week_as_a_whole_is_no_fact_of_the_day(aside: str) -> None:
    text = (
        "台湾の国防部は２日、同日午前６時までの２４時間に中国軍機１２機と艦艇６隻を台湾周辺で"
        f"確認したと発表した。{aside}"
    )
    facts = cjk_facts_at(text, datetime(2025, 2, 3, 2, tzinfo=UTC))
    assert {f[0] for f in facts} == {12, 6}


def test_a_weekday_of_last_week_still_dates_its_figure() -> None:
    text = "国防部によると、先週金曜日には中国軍機４５機が台湾周辺で確認された。"
    facts = cjk_facts_at(text, datetime(2025, 2, 3, 2, tzinfo=UTC))  # a Monday
    assert (45, "aircraft", "around Taiwan", "Taiwan", "2025-01-31") in facts


@pytest.mark.parametrize("ordinal", ["今年２０回目で", "今年２０件目となり", "今年第２０次で"])
def test_a_tally_after_the_ordinal_of_the_years_intrusions_is_the_years(ordinal: str) -> None:
    text = (
        "１４日午前、尖閣諸島の日本の領海に中国海警局の船２隻が侵入した。"
        f"尖閣周辺での中国公船の領海侵入は{ordinal}、延べ５８隻となった。"
    )
    facts = cjk_facts_at(text, datetime(2024, 8, 15, 7, tzinfo=UTC))
    assert facts == {(2, "official ships", "territorial waters", SENKAKU, "2024-08-14")}


def test_a_days_sorties_written_with_nobe_are_still_the_days() -> None:
    text = "台湾国防部は同日、午前６時までの２４時間に中国軍機延べ４５機を台湾周辺で確認した。"
    facts = cjk_facts_at(text, datetime(2025, 2, 3, 2, tzinfo=UTC))
    assert (45, "aircraft", "around Taiwan", "Taiwan", "2025-02-03") in facts


@pytest.mark.parametrize("typo", ["防空識別権", "防空識別県", "防空識別件"])
def test_an_adiz_misspelt_by_its_last_kanji_is_the_adiz(typo: str) -> None:
    text = (
        "台湾国防部は１５日、同日午前６時までの２４時間に中共軍機２４機を台湾周辺で確認した。"
        f"このうち１０機が中間線を越えたり、北部や南西部の{typo}に入ったりしたという。"
    )
    facts = cjk_facts_at(text, datetime(2023, 11, 15, 5, tzinfo=UTC))
    assert (10, "aircraft", "ADIZ", "Taiwan", "2023-11-15") in facts


@pytest.mark.parametrize(
    "launch",
    [
        "北朝鮮は１８日、大陸間弾道ミサイル（ＩＣＢＭ）級の弾道ミサイル１発を東方向に発射した。",
        "北朝鮮は１８日、弾道ミサイル２発を日本海に向けて発射した。",
        "朝鮮は１８日、大陸間弾道ミサイル１発を発射した。",
    ],
)
def test_north_koreas_missiles_are_no_facts_of_china(launch: str) -> None:
    text = f"防衛省によると、{launch}台湾周辺では昨年８月、中国軍の弾道ミサイル１１発が発射されている。"
    assert cjk_facts_at(text, datetime(2023, 2, 19, 2, tzinfo=UTC)) == set()


@pytest.mark.parametrize(
    "bombers",
    ["Ｈ６Ｋ爆撃機２機は台湾の東方を周回したという。", "Ｊ１６戦闘機６機が台湾の南方を飛行した。"],
)
def test_one_types_count_around_the_island_after_the_days_total_is_part_of_it(
    bombers: str,
) -> None:
    text = (
        "台湾の国防部は２４日、同日午前６時までの２４時間に、台湾周辺で中国軍機３４機と艦艇７隻を"
        f"確認したと発表した。{bombers}"
    )
    facts = cjk_facts_at(text, datetime(2025, 7, 24, 3, tzinfo=UTC))
    assert {(f[0], f[1]) for f in facts} == {(34, "aircraft"), (7, "navy vessels")}


@pytest.mark.parametrize("town", ["与那国町の漁船（９・１トン、３人乗り）", "宮古島市の漁船"])
def test_a_towns_fishing_boat_does_not_move_the_ships_out_of_the_senkakus(town: str) -> None:
    text = (
        f"沖縄県・尖閣諸島周辺の日本の領海で、８日午後から{town}を追尾していた中国海警局の船"
        "２隻は、１０日夜に領海を出た。"
    )
    facts = cjk_facts_at(text, datetime(2020, 5, 11, 5, tzinfo=UTC))
    assert facts == {(2, "official ships", "territorial waters", SENKAKU, "2020-05-08")}


@pytest.mark.parametrize("shop", ["の大手スーパー", "の市場", "の百貨店", "のコンビニ"])
def test_a_capitals_shops_and_markets_are_the_city_where_it_also_acts(shop: str) -> None:
    text = (
        "台北は２１日、福島など５県産の食品の輸入停止を解除した。"
        f"{shop.removeprefix('の')}の担当者によると、台北{shop}では千葉産のサバの取り扱いを検討している。"
    )
    mentions = cjk_mentions(text, default_kb(), date(2025, 2, 22), "japan")
    links = {(m.start, m.entity_id) for m in mentions if m.text == "台北"}
    assert links == {(0, "taiwan"), (text.rindex("台北"), "taipei")}
