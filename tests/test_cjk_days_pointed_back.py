"""Japanese features that tell an event's day first and the day's incursion counts after it:
"この日", "この日も" and "当日" point back to the day the story wrote last, as "同日" does, a
lede's day in kanji numerals ("宮古島で二十日、") included, and the counts are of that day, not of
the day the feature was published."""

from datetime import UTC, datetime

from incursion_helpers import cjk_facts_at

MORNING_OF_THE_23RD = datetime(2025, 3, 23, 0, 0, tzinfo=UTC)  # 9 a.m. in Tokyo


def test_kono_hi_after_a_kanji_lede_day_dates_taiwans_report_by_it() -> None:
    text = (
        "宮古島で二十日、豊漁を祈る海神祭が開かれ、漁師ら約五十人が港に集まった。\n"
        "　この日、台湾国防部は同日午前六時までの二十四時間に中国軍機十二機を台湾周辺で"
        "確認したと発表した。"
    )
    assert cjk_facts_at(text, MORNING_OF_THE_23RD) == {
        (12, "aircraft", "around Taiwan", "Taiwan", "2025-03-20")
    }


def test_kono_hi_mo_dates_coast_guard_ships_by_the_ceremony_day() -> None:
    text = (
        "石垣市の港で二十一日、海難者を悼む法要が営まれた。\n"
        "　第十一管区海上保安本部によると、この日も尖閣諸島周辺の接続水域では中国海警局の船"
        "三隻が航行した。"
    )
    assert cjk_facts_at(text, MORNING_OF_THE_23RD) == {
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-03-21")
    }


def test_kono_hi_mo_still_points_back_past_a_year_and_month_told_as_history() -> None:
    # The month of history ("一九五〇年六月") is no period the day's count belongs to.
    text = (
        "一九五〇年六月に沈んだ船の乗組員を悼み、七十五年となる二十一日、石垣市で慰霊祭が"
        "営まれた。\n"
        "　第十一管区海上保安本部によると、この日も尖閣諸島周辺の接続水域では中国海警局の"
        "船三隻が航行した。"
    )
    assert cjk_facts_at(text, MORNING_OF_THE_23RD) == {
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-03-21")
    }


def test_toujitsu_points_back_to_a_digit_day() -> None:
    text = (
        "那覇市で２０日、島の子どもたちの奉納舞が披露された。\n"
        "　当日、尖閣諸島周辺の接続水域では中国海警局の船２隻が航行した。"
    )
    assert cjk_facts_at(text, MORNING_OF_THE_23RD) == {
        (2, "official ships", "contiguous zone", "Senkaku Islands", "2025-03-20")
    }
