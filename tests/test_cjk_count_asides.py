"""A bracketed share of a count ("16架次（含無人機3架次）", "１６機（うち無人機３機）") between the
count and its verb is an aside: the craft the count names crossed the median line and entered
the ADIZ, in either script and in Japanese; a bracket that breaks a count down by zone, or whose
drones a later part counts, is read as before."""

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at

PUBLISHED = datetime(2025, 9, 3, 2, 0, tzinfo=UTC)  # 3 September, 10 a.m. in Taipei
DAY = "2025-09-03"


def facts_of(text: str) -> set[Fact]:
    return cjk_facts_at(text, PUBLISHED)


@pytest.mark.parametrize(
    "share",
    ["（含無人機{d}架次）", "(含無人機{d}架次)", "（包括無人機{d}架次）", "（其中無人機{d}架次）"],
)
@given(part=st.integers(min_value=5, max_value=20), drones=st.integers(1, 4))
def test_a_bracketed_share_leaves_the_part_in_its_zones(share: str, part: int, drones: int) -> None:
    text = (
        "國防部今（3）日表示，今晨6時前偵獲共機30架次、共艦8艘，"
        f"其中共機{part}架次{share.format(d=drones)}逾越中線，進入北部及西南空域。"
    )
    assert facts_of(text) == {
        (30, "aircraft", "around Taiwan", "Taiwan", DAY),
        (8, "navy vessels", "around Taiwan", "Taiwan", DAY),
        (part, "aircraft", "median line", "Taiwan", DAY),
        (part, "aircraft", "ADIZ", "Taiwan", DAY),
    }


def test_a_bracketed_share_in_simplified_script() -> None:
    text = "台防务部门3日称，侦获解放军军机30架次，其中12架次（含无人机2架次）越过海峡中线，进入西南空域。"
    facts = facts_of(text)
    assert (12, "aircraft", "median line", "Taiwan", DAY) in facts
    assert (12, "aircraft", "ADIZ", "Taiwan", DAY) in facts


@pytest.mark.parametrize("share", ["（うち無人機２機）", "（無人機２機を含む）"])
def test_a_bracketed_share_in_japanese(share: str) -> None:
    text = (
        "台湾国防部は３日、中国軍機３０機を確認したと発表した。"
        f"このうち１２機{share}が中間線を越え、南西部の防空識別圏に進入した。"
    )
    facts = facts_of(text)
    assert (12, "aircraft", "median line", "Taiwan", DAY) in facts
    assert (12, "aircraft", "ADIZ", "Taiwan", DAY) in facts


def test_a_bracket_that_breaks_a_count_down_by_zone_still_does() -> None:
    text = "國防部今（3）日表示，今晨6時前偵獲共機30架次（其中12架次逾越中線，進入北部空域）、共艦8艘。"
    assert facts_of(text) == {
        (30, "aircraft", "around Taiwan", "Taiwan", DAY),
        (8, "navy vessels", "around Taiwan", "Taiwan", DAY),
        (12, "aircraft", "median line", "Taiwan", DAY),
        (12, "aircraft", "ADIZ", "Taiwan", DAY),
    }


def test_drones_a_later_part_counts_stay_the_bracket_drones() -> None:
    text = "國防部今（3）日表示，今晨6時前偵獲共機12架次（含無人機4架次）、共艦5艘，其中無人機2架次進入西南空域。"
    assert (2, "drones", "ADIZ", "Taiwan", DAY) in facts_of(text)
