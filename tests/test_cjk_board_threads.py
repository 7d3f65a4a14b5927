"""Japanese reports reposted on boards and まとめ pages, and the defence press's lists (the
ja-blind17 passages' classes of miss): readers' replies that count craft, a list joined by the
middle dot or by と before a long class name, a day in kanji beside the day before, and a bare
count opening a clause after a list of other craft."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at

from monitor.nlp.cjk_reader_replies import replies_start
from monitor.nlp.cjk_script import fold

PUBLISHED = datetime(2025, 8, 14, 2, 50, tzinfo=UTC)  # Thursday 14 August, noon in Tokyo
REPORT = (
    "台湾の国防部は14日、同日午前6時までの24時間に中国軍機19機と艦艇7隻が台湾周辺で活動したと"
    "発表した。"
)


def facts_of(text: str) -> set[Fact]:
    return cjk_facts_at(text, PUBLISHED)


def thread(*replies: str) -> str:
    posts = [f"1 ：ぐれ ★：2025/08/14(木) 11:48:03.27 ID:???\n{REPORT}\nソース：NHK"]
    posts += [
        f"{n + 2} ：名無しさん＠恐縮です：2025/08/14(木) 11:5{n}:41.12 ID:jK8lM9nB{n}\n{reply}"
        for n, reply in enumerate(replies)
    ]
    return "【台湾】中国軍機19機、艦艇7隻\n\n" + "\n\n".join(posts)


DAYS_REPORT = {
    (19, "aircraft", "around Taiwan", "Taiwan", "2025-08-14"),
    (7, "navy vessels", "around Taiwan", "Taiwan", "2025-08-14"),
}


@given(count=st.integers(min_value=2, max_value=5000))
def test_a_readers_reply_that_counts_craft_gives_no_fact(count: int) -> None:
    text = thread(
        f"{count}機越えとか普通に多くて草", "1日15機平均ってことは一年で5000機超えるペース"
    )
    assert facts_of(text) == DAYS_REPORT


def test_a_reply_citing_the_ministrys_report_gives_its_figures() -> None:
    text = thread("火曜は何機だったっけ？", "→国防部発表だと12日は軍機37機、艦艇9隻")
    assert facts_of(text) == DAYS_REPORT | {
        (37, "aircraft", "around Taiwan", "Taiwan", "2025-08-12"),
        (9, "navy vessels", "around Taiwan", "Taiwan", "2025-08-12"),
    }


def test_replies_begin_at_the_second_post_or_under_a_reactions_heading() -> None:
    text = thread("火曜だけやたら多いな")
    assert text[replies_start(fold(text)) :].lstrip().startswith("2 ：名無しさん")
    for heading in ("以下、ネットの反応", "【コメント】", "＜ネットの反応＞", "■ネットの反応"):
        page = f"{REPORT}\n\n{heading}\n・最近は10機台の日が多い気がする"
        assert facts_of(page) == DAYS_REPORT
    # A news section of governments' reactions is the report's own, and so is a lone post.
    section = f"{REPORT}\n\n【各国の反応】\n米国務省は懸念を示した。"
    assert replies_start(fold(section)) == len(section)
    assert replies_start(fold(thread())) == len(thread())


def test_a_list_joined_by_the_middle_dot_gives_each_item_its_own_craft() -> None:
    text = "台湾国防部「中国軍機11機・艦艇6隻・公船1隻」\n\n" + REPORT.replace(
        "中国軍機19機と艦艇7隻", "中国軍機11機、艦艇6隻、公船1隻"
    )
    assert facts_of(text) == {
        (11, "aircraft", "around Taiwan", "Taiwan", "2025-08-14"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-08-14"),
        (1, "official ships", "around Taiwan", "Taiwan", "2025-08-14"),
    }


def test_a_day_in_kanji_beside_the_day_before_is_that_days_figure() -> None:
    text = (
        "台湾国防部は八月十四日、同日午前六時までの二十四時間に、中国軍機六十八機と艦艇十隻を"
        "台湾周辺で確認したと発表した。前日の十三日には軍機二十二機、艦艇二十一隻が確認されていた。"
    )
    assert {
        (22, "aircraft", "around Taiwan", "Taiwan", "2025-08-13"),
        (21, "navy vessels", "around Taiwan", "Taiwan", "2025-08-13"),
    } <= facts_of(text)


@given(total=st.integers(min_value=20, max_value=90), ships=st.integers(1, 19))
def test_a_bare_count_opening_a_clause_after_a_list_is_part_of_its_craft(
    total: int, ships: int
) -> None:
    part = total - 7
    text = REPORT + (
        f"国防部によると、火曜日には軍機{total}機と艦艇{ships}隻が確認され、"
        f"{part}機が防空識別圏に入っていた。"
    )
    assert facts_of(text) == DAYS_REPORT | {
        (total, "aircraft", "around Taiwan", "Taiwan", "2025-08-12"),
        (ships, "navy vessels", "around Taiwan", "Taiwan", "2025-08-12"),
        (part, "aircraft", "ADIZ", "Taiwan", "2025-08-12"),
    }


def test_ships_listed_with_a_long_class_name_share_the_place_the_clause_gives_them() -> None:
    text = (
        "統合幕僚監部は１４日、中国海軍のレンハイ級ミサイル駆逐艦１隻とジャンカイⅡ級フリゲート"
        "１隻が、１３日に与那国島の北西約９０キロの海域で確認された後、与那国島と台湾の間を南下した"
        "と発表した。"
        "台湾国防部は同日、１４日午前６時までの２４時間に台湾周辺で中国軍機１４機、艦艇８隻を確認"
        "したと発表した。"
    )
    assert facts_of(text) == {
        (14, "aircraft", "around Taiwan", "Taiwan", "2025-08-14"),
        (8, "navy vessels", "around Taiwan", "Taiwan", "2025-08-14"),
    }
