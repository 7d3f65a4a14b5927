"""A fact's day follows the clock of the side that reports it: Taiwan's ministry and coast guard
and the mainland on UTC+8, Japan's Joint Staff and coast guard on UTC+9. Between 15:00 and 16:00
UTC it is already tomorrow in Tokyo and still today in Taipei, so a Japan Coast Guard count
restated in UTC, or published then, charted on Taipei's day lands a day early; a Japanese
paper's story of Taiwan's ministry charted on Tokyo's day lands a day late."""

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, facts_at

from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.reporting_clocks import TAIPEI_AND_BEIJING_HOURS, TOKYO_HOURS, reporting_hours

MONDAY = date(2026, 6, 8)
# Times around both midnights: Tokyo's (15:00 UTC) and Taipei's and Beijing's (16:00 UTC).
NEAR_MIDNIGHTS = st.integers(min_value=14 * 60, max_value=17 * 60 - 1).map(
    lambda minutes: (minutes // 60, minutes % 60)
)


def reporters_day(day: date, hour: int, minute: int, offset_hours: int) -> str:
    moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)
    return (moment + timedelta(hours=offset_hours)).date().isoformat()


def facts_in(text: str, language: str, published: datetime) -> list[Fact]:
    (result,) = analyse([TextToAnalyse("t", text, language, published)])
    return sorted((f.count, f.what, f.zone, f.place, f.day.isoformat()) for f in result.incursions)


# English sentences that restate a report's time in UTC, with the zone and place each gives.
UTC_CLOCKS = [
    (
        "TOKYO (Kyodo) -- The Japan Coast Guard said four China Coast Guard ships entered the "
        "contiguous zone around the Senkaku Islands at {clock} UTC on Monday.",
        TOKYO_HOURS, ("official ships", "contiguous zone", "Senkaku Islands"),
    ),
    (
        "Japan's coast guard said four China Coast Guard ships sailed into Japanese territorial "
        "waters off the Senkakus at {clock}Z Monday.",
        TOKYO_HOURS, ("official ships", "territorial waters", "Senkaku Islands"),
    ),
    (
        "TAIPEI (CNA) -- Taiwan's Coast Guard Administration said four China Coast Guard ships "
        "entered Kinmen's restricted waters at {clock} UTC on Monday.",
        TAIPEI_AND_BEIJING_HOURS, ("official ships", "restricted waters", "Kinmen"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "offset", "fact"), UTC_CLOCKS)
@given(near=NEAR_MIDNIGHTS)
def test_a_utc_clock_is_read_on_the_reporters_clock(
    sentence: str, offset: int, fact: tuple[str, str, str], near: tuple[int, int]
) -> None:
    hour, minute = near
    text = sentence.format(clock=f"{hour:02}{minute:02}")
    published = datetime(2026, 6, 9, 3, 0, tzinfo=UTC)
    assert facts_at(text, published) == [(4, *fact, reporters_day(MONDAY, hour, minute, offset))]


# English copy that says "today": the reporting side's today.
TODAY = [
    (
        "The Japan Coast Guard said today that four China Coast Guard ships entered the "
        "contiguous zone around the Senkaku Islands.",
        TOKYO_HOURS, ("official ships", "contiguous zone", "Senkaku Islands"),
    ),
    (
        "Taiwan's Coast Guard Administration said today that four China Coast Guard ships "
        "entered Kinmen's restricted waters.",
        TAIPEI_AND_BEIJING_HOURS, ("official ships", "restricted waters", "Kinmen"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "offset", "fact"), TODAY)
@given(near=NEAR_MIDNIGHTS)
def test_today_is_the_reporters_today(
    sentence: str, offset: int, fact: tuple[str, str, str], near: tuple[int, int]
) -> None:
    hour, minute = near
    published = datetime(2026, 6, 8, hour, minute, tzinfo=UTC)
    assert facts_at(sentence, published) == [
        (4, *fact, reporters_day(MONDAY, hour, minute, offset))
    ]


# Japanese and Chinese copy that writes no day: the publication's day on the reporter's clock,
# whichever newsroom wrote it.
UNDATED = [
    (
        "ja", "第１１管区海上保安本部によると、尖閣諸島周辺の接続水域で中国海警局の船４隻が航行"
        "している。", TOKYO_HOURS, (4, "official ships", "contiguous zone", "Senkaku Islands"),
    ),
    (
        "zh", "據日本海上保安廳消息，中國海警局船艦4艘駛入尖閣諸島（我方稱釣魚台列嶼）周邊的日本"
        "鄰接區。", TOKYO_HOURS, (4, "official ships", "contiguous zone", "Senkaku Islands"),
    ),
    (
        "ja", "台湾国防部によると、中国軍機２１機が台湾周辺で確認された。",
        TAIPEI_AND_BEIJING_HOURS, (21, "aircraft", "around Taiwan", "Taiwan"),
    ),
    (
        "zh", "國防部表示，共機21架次在台海周邊活動。",
        TAIPEI_AND_BEIJING_HOURS, (21, "aircraft", "around Taiwan", "Taiwan"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "offset", "fact"), UNDATED)
@given(near=NEAR_MIDNIGHTS)
def test_an_undated_cjk_report_is_of_the_reporters_day(
    language: str,
    sentence: str,
    offset: int,
    fact: tuple[int, str, str, str],
    near: tuple[int, int],
) -> None:
    hour, minute = near
    published = datetime(2026, 6, 8, hour, minute, tzinfo=UTC)
    assert facts_in(sentence, language, published) == [
        (*fact, reporters_day(MONDAY, hour, minute, offset))
    ]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Japan's Joint Staff Office said two Chinese drones flew near Yonaguni.", TOKYO_HOURS),
        ("統合幕僚監部によると、中国軍の無人機２機が与那国島の間を通過した。", TOKYO_HOURS),
        ("The MND said 21 aircraft were tracked.", TAIPEI_AND_BEIJING_HOURS),
        ("東部戰區新聞發言人表示，解放軍在台島周邊展開演習。", TAIPEI_AND_BEIJING_HOURS),
        ("China Coast Guard ships were again near the Senkakus.", TOKYO_HOURS),
        ("CCG ships entered Kinmen's restricted waters.", TAIPEI_AND_BEIJING_HOURS),
        # Both sides report, or neither and no place decides: the text leaves the clock open.
        ("The MND counted 21 aircraft; Japan's Joint Staff saw two drones.", None),
        ("Chinese aircraft flew near the island.", None),
        ("上海保险公司的报告称，台海局势紧张。", None),  # an insurer in Shanghai is no 海保
    ],
)
def test_who_reports_decides_the_clock(text: str, hours: int | None) -> None:
    assert reporting_hours(text) == hours
