"""Chinese reposts with their comment sections, and days named by a word (the zh-blind21 and
ja-blind21 passages' classes of extra and misplaced facts): a figure a commenter misquotes under
"热门评论：", "评论区：" or "讀者留言（３２則）" gives no fact, while the report above keeps its
own; "大晦日" and "元日" (and Chinese "元旦") are the days they name, and "元日本兵" is none."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at

from monitor.nlp.cjk_reader_replies import replies_start
from monitor.nlp.cjk_script import fold

PUBLISHED = datetime(2025, 9, 23, 2, 40, tzinfo=UTC)
REPORT = (
    "台湾防务部门23日上午发布消息称，自22日上午6时至23日上午6时，在台岛周边侦测到解放军军机"
    "27架次、军舰8艘。"
)
REPORTED = {
    (27, "aircraft", "around Taiwan", "Taiwan", "2025-09-23"),
    (8, "navy vessels", "around Taiwan", "Taiwan", "2025-09-23"),
}


def facts_of(text: str, published: datetime = PUBLISHED) -> set[Fact]:
    return cjk_facts_at(text, published)


@given(
    kind=st.sampled_from(["", "热门", "熱門", "网友", "讀者", "精选"]),
    word=st.sampled_from(["评论", "評論", "留言"]),
    section=st.sampled_from(["", "区", "區"]),
    tally=st.sampled_from(["", "（３２則）", "(128条)"]),
    frame=st.sampled_from([("", "："), ("", ""), ("───── ", " ─────"), ("【", "】")]),
    misquote=st.integers(min_value=28, max_value=99),
)
def test_a_commenters_misquote_under_a_comment_heading_gives_no_fact(
    kind: str, word: str, section: str, tally: str, frame: tuple[str, str], misquote: int
) -> None:
    heading = f"{frame[0]}{kind}{word}{section}{tally}{frame[1]}"
    text = (
        f"台防务部门称侦测到解放军军机27架次\n{REPORT}\n\n{heading}\n"
        f"@吃瓜的老张：{misquote}架次！霸气！\n@军迷小陈：５架次進空域，那另外６架在幹嘛？"
    )
    assert text[replies_start(fold(text)) :].startswith(heading)
    assert facts_of(text) == REPORTED


def test_a_comment_word_inside_the_reports_own_line_ends_nothing() -> None:
    text = f"人民日报评论员文章\n{REPORT}"
    assert replies_start(fold(text)) == len(text)
    assert facts_of(text) == REPORTED


@given(
    opening=st.sampled_from(
        [
            "台湾国防部の発表を毎日記録している。\n大晦日（12月31日）の発表は中国軍機8機と静かだった。",
            "台湾国防部は大晦日、中国軍機8機が台湾周辺で活動したと発表した。",
        ]
    )
)
def test_new_years_eve_and_new_years_day_are_the_days_of_their_figures(opening: str) -> None:
    text = opening + "ただ、元日の発表では台湾周辺で気球1個が確認されている。"
    assert facts_of(text, datetime(2024, 1, 2, 0, 0, tzinfo=UTC)) == {
        (8, "aircraft", "around Taiwan", "Taiwan", "2023-12-31"),
        (1, "balloons", "around Taiwan", "Taiwan", "2024-01-01"),
    }


@given(days_into_january=st.integers(min_value=0, max_value=6))
def test_chinese_new_years_day_is_the_first_of_january_of_the_new_year(
    days_into_january: int,
) -> None:
    published = datetime(2026, 1, 1 + days_into_january, 4, 0, tzinfo=UTC)
    text = "國防部公布，元旦偵獲共機12架次在台海周邊活動。"
    assert facts_of(text, published) == {(12, "aircraft", "around Taiwan", "Taiwan", "2026-01-01")}


def test_a_former_japanese_soldier_is_no_new_years_day() -> None:
    text = "元日本兵の証言が話題に。台湾国防部は12日、中国軍機10機が台湾周辺で活動したと発表した。"
    assert facts_of(text, datetime(2025, 3, 12, 3, 0, tzinfo=UTC)) == {
        (10, "aircraft", "around Taiwan", "Taiwan", "2025-03-12")
    }
