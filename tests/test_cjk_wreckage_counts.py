"""A craft's wreckage found on the ground or in the sea counts no craft in a zone (the blind32
farm-news passage where a farmer found a balloon's remains in his field): only the day's report
beside it gives facts."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import cjk_facts_at

PUBLISHED = datetime(2024, 1, 10, 7, tzinfo=UTC)
REPORT = "國防部今天公布，昨天上午6時至今天上午6時，偵獲共機9架次、共艦6艘。"


@pytest.mark.parametrize(
    "found",
    [
        "一名農民今天清晨到花生田巡田水時，發現一顆白色氣球殘骸掛在防風林上，隨即報警。",
        "海巡署在台灣周邊海域打撈到一架無人機殘骸，已送交中科院分析。",
        "漁民在澎湖外海撈起2片氣球碎片，國軍已到場回收。",
    ],
)
def test_wreckage_found_gives_no_fact_beside_the_days_report(found: str) -> None:
    assert cjk_facts_at(f"{found}\n{REPORT}", PUBLISHED) == {
        (9, "aircraft", "around Taiwan", "Taiwan", "2024-01-10"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2024-01-10"),
    }


def test_a_balloon_in_the_report_still_counts() -> None:
    text = REPORT.replace("。", "，另偵獲中共空飄氣球3顆越過海峽中線。")
    assert (3, "balloons", "median line", "Taiwan", "2024-01-10") in cjk_facts_at(text, PUBLISHED)
