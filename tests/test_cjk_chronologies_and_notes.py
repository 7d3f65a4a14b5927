"""Think-tank chronologies, commentaries' footnotes and local papers' festival stories (the
ja-blind27 and zh-blind27 passages' classes of miss): a coast guard's log a line a day gives each
day's ships in its zone, a footnote's figure is of the sentence citing it, a day written after its
count is the count's, and a breakdown, a past exercise's figure, a bomber named without a count,
ships near a zone and an intrusion into Japan's airspace give no fact of the day."""

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at

PUBLISHED = datetime(2025, 7, 14, 5, 0, tzinfo=UTC)  # a Monday
KANJI = "〇一二三四五六七八九"


def _facts(text: str, published: datetime = PUBLISHED) -> set[Fact]:
    return cjk_facts_at(text, published)


def _senkaku(count: int, day: str, zone: str = "contiguous zone") -> Fact:
    return (count, "official ships", zone, "Senkaku Islands", day)


def test_a_chronology_names_its_zone_on_each_line_and_keeps_its_remarks() -> None:
    text = (
        "尖閣諸島周辺海域日誌（七月十日～十四日）\n\n（資料）海上保安庁の公表に基づく。\n"
        "七月十日（木）　接続水域内　中国海警局の船四隻\n"
        "七月十一日（金）　接続水域内　四隻。うち二隻が午後、魚釣島の北西から領海に侵入\n"
        "七月十二日（土）　接続水域内　二隻（前日に侵入した船は引き続き領海内を航行）\n"
    )
    assert _facts(text) == {
        _senkaku(4, "2025-07-10"),
        _senkaku(4, "2025-07-11"),
        _senkaku(2, "2025-07-11", "territorial waters"),
        _senkaku(2, "2025-07-12"),
    }


def test_a_chronology_under_a_caption_takes_the_captions_zone() -> None:
    text = (
        "尖閣諸島周辺海域における中国海警局船舶の動向\n"
        "表　接続水域内で確認された隻数（海上保安庁発表、各日の最大値）\n"
        "７月１０日（木）　５隻（うち１隻は７６ミリ砲相当の機関砲を搭載）\n"
        "７月１３日（日）　２隻\n"
        "【解説】接続水域内での確認は連続２３０日を超えた。\n"
    )
    assert _facts(text) == {_senkaku(5, "2025-07-10"), _senkaku(2, "2025-07-13")}


def test_a_chronology_of_old_days_or_without_a_sea_place_gives_nothing() -> None:
    rows = "表　接続水域内で確認された隻数\n６月２０日（金）　４隻\n"
    assert _facts("尖閣諸島周辺の動向\n" + rows) == set()  # weeks old: background (rule 8)
    assert _facts("周辺海域の動向\n" + rows.replace("６月２０日", "７月１２日")) == set()


def test_a_footnotes_figure_is_of_the_day_of_the_sentence_citing_it() -> None:
    text = (
        "台湾国防部によれば、2日午前6時までの24時間に確認された中国軍機は"
        "76機であった（注1）。\n"
        "国防部の発表では、7日午前6時までの24時間に中国軍機19機が確認された。\n\n"
        "（注1）国防部は同期間、中間線を越えるなどして防空識別圏に進入した機数を37機とした。\n"
    )
    published = datetime(2025, 7, 8, 6, 0, tzinfo=UTC)
    assert _facts(text, published) >= {
        (37, "aircraft", "median line", "Taiwan", "2025-07-02"),
        (37, "aircraft", "ADIZ", "Taiwan", "2025-07-02"),
    }
    assert not {f for f in _facts(text, published) if f[0] == 37 and f[4] == "2025-07-07"}


def test_a_day_written_after_its_count_is_the_counts_not_the_last_period() -> None:
    text = (
        "湄洲媽祖金身巡安金門\n\n這是今年兩岸規模最大的宗教交流活動。\n"
        "海巡署指出，中國海警船4艘今天下午2時許從料羅灣東南方侵入金門限制水域，"
        "海警船約1小時後駛離。"
    )
    published = datetime(2025, 11, 8, 11, 30, tzinfo=UTC)
    assert _facts(text, published) == {
        (4, "official ships", "restricted waters", "Kinmen", "2025-11-08")
    }


def test_breakdowns_past_figures_uncounted_bombers_and_near_ships_give_no_fact() -> None:
    breakdown = (
        "台湾国防部は12日、中国軍機計25機が同日、台湾南西部の防空識別圏（ADIZ）に"
        "進入したと発表した。内訳はJ-16戦闘機14機、J-10戦闘機4機、H-6K爆撃機4機、"
        "KJ-500早期警戒機2機、Y-8対潜哨戒機1機である。"
    )
    assert _facts(breakdown, datetime(2025, 7, 13, tzinfo=UTC)) == {
        (25, "aircraft", "ADIZ", "Taiwan", "2025-07-12")
    }
    compared = (
        "台湾国防部によると、13日午前6時までの24時間に確認された中国軍機は89機で、"
        "「連合利剣2024B」時の153機には及ばない。"
    )
    assert {f[0] for f in _facts(compared)} == {89}
    bomber = (
        "國防部今天上午公布，本週一（7日）曾偵獲共機21架次、共艦5艘，"
        "當天並有轟-6K轟炸機進入西南空域。"
    )
    assert _facts(bomber) == {
        (21, "aircraft", "around Taiwan", "Taiwan", "2025-07-07"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2025-07-07"),
    }
    near = (
        "７月１１日（金）　海警船２隻が烈嶼の南の禁止水域に侵入。\n"
        "７月１３日（日）　海警船３隻が金門北東の制限水域付近を航行したが、"
        "水域内への侵入はなかった。\n"
    )
    assert _facts(near) == {(2, "official ships", "restricted waters", "Kinmen", "2025-07-11")}
    airspace = (
        "台湾国防部の発表では、13日午前6時までの24時間に中国軍機22機が確認された。\n"
        "【日本】13日、中国軍のY-9情報収集機1機が長崎県・男女群島沖で"
        "日本の領空を約2分間侵犯した。"
    )
    assert {f[0] for f in _facts(airspace)} == {22}


@settings(max_examples=30, deadline=None)
@given(counts=st.lists(st.integers(1, 9), min_size=1, max_size=7), caption=st.booleans())
def test_every_day_of_a_chronology_gives_its_ships_in_its_zone(
    counts: list[int], caption: bool
) -> None:
    # Rows run back from the day of publication, one a day, in kanji or in digits.
    head = "表　接続水域内で確認された隻数\n" if caption else ""
    rows, expected = "", set()
    for back, count in enumerate(counts):
        day = PUBLISHED.date() - timedelta(days=back)
        zone = "" if caption else "接続水域内　"
        rows += f"{day.month}月{day.day}日（{'月日土金木水火'[back]}）　{zone}{KANJI[count]}隻\n"
        expected.add(_senkaku(count, day.isoformat()))
    assert _facts("尖閣諸島周辺海域日誌\n\n" + head + rows) == expected
