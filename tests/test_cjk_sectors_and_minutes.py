"""Official documents (the zh-blind22 passages' classes of miss): a report's sectors of one
zone, each with its count ("北部空域3架次、中部空域5架次、西南空域4架次"), add up to one fact per zone; a county's minutes date a stay "本（6）月10日",
this month's 10th, and count it on the day the ships entered."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import cjk_facts_at

from monitor.nlp.analyze import TextToAnalyse, analyse


def _links(text: str, language: str) -> list[tuple[str, str]]:
    (analysis,) = analyse([TextToAnalyse("document", text, language, None)])
    return [(m.text, m.entity_id) for m in analysis.mentions]


@settings(max_examples=10, deadline=None)
@given(
    counts=st.lists(st.integers(min_value=1, max_value=20), min_size=2, max_size=3),
    sectors=st.permutations(["北部", "中部", "西南", "東南"]),
)
def test_sectors_of_one_zone_each_with_its_count_add_up_to_one_fact_per_zone(
    counts: list[int], sectors: list[str]
) -> None:
    items = "、".join(f"{sector}空域{n}架次" for sector, n in zip(sectors, counts, strict=False))
    text = (
        "國防部今（26）日公布：\n一、時間：113年9月25日0600時至9月26日0600時。\n"
        f"二、偵獲共機30架次、共艦7艘。\n三、共機逾越中線進入我空域情形：{items}。"
    )
    published = datetime(2024, 9, 26, 1, 40, tzinfo=UTC)
    total = sum(counts)
    assert cjk_facts_at(text, published) == {
        (30, "aircraft", "around Taiwan", "Taiwan", "2024-09-26"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2024-09-26"),
        (total, "aircraft", "median line", "Taiwan", "2024-09-26"),
        (total, "aircraft", "ADIZ", "Taiwan", "2024-09-26"),
    }


def test_a_stay_dated_this_month_in_minutes_is_counted_on_the_day_the_ships_entered() -> None:
    text = (
        "一、據日本海上保安廳公布，中國海警船2艘於本（6）月10日上午侵入釣魚台列嶼周邊12浬領海，"
        "至12日傍晚始駛離，滯留時間逾55小時。"
    )
    published = datetime(2025, 6, 13, 4, 0, tzinfo=UTC)
    assert cjk_facts_at(text, published) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-06-10")
    }
    # The month as 本月 alone is the same day.
    assert cjk_facts_at(text.replace("本（6）月", "本月"), published) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-06-10")
    }


def test_the_harpoon_coastal_defence_system_is_linked() -> None:
    links = _links("附表 重要軍售案 魚叉海岸防禦系統 100套 依進度辦理", "zh")
    assert ("魚叉海岸防禦系統", "harpoon") in links
