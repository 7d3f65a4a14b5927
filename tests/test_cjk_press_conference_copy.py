"""Chinese press-conference transcripts, Taiwan's briefings and forwarded posts (the zh-blind18
passages' classes of miss): a date's 日 before a bare ministry, the Taiwan Affairs Office under
the State Council's name, another country's foreign ministry after its name, a mainland spouse,
the short names Chinese copy gives terms and outlets, a part of drones the sentence counted, and
a forwarded post's slash date more than a week old."""

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.cjk_incursions import find_cjk_incursions
from monitor.nlp.cjk_script import fold
from monitor.nlp.kb import default_kb


def _links(text: str, home: str) -> set[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), home)
    return {(m.text, m.entity_id) for m in mentions}


def _facts(text: str, published: datetime) -> set[tuple[object, ...]]:
    return {
        (f.count, f.what, f.zone, f.day.isoformat())
        for f in find_cjk_incursions(text, fold(text), published)
    }


@given(
    day=st.sampled_from(["2024年9月13日", "9月13日", "１３日", "同日", "今日", "昨日"]),
    body=st.sampled_from([("外交部", "china-mfa"), ("国防部", "china-mnd")]),
)
def test_a_bare_ministry_after_a_dates_day_is_the_homes(day: str, body: tuple[str, str]) -> None:
    # 日 ends the date the spokesman spoke on; it is no abbreviation of Japan.
    name, entity_id = body
    assert (name, entity_id) in _links(f"{day}{name}发言人毛宁主持例行记者会", "china")


@given(script=st.sampled_from(["国务院台办", "國務院台辦"]))
def test_the_taiwan_affairs_office_under_the_state_councils_name(script: str) -> None:
    links = _links(f"{script}今天上午举行例行新闻发布会。", "china")
    assert (script, "taiwan-affairs-office") in links
    assert "state-council" not in {entity_id for _, entity_id in links}
    assert ("国务院", "state-council") in _links("国务院总理李强主持召开国务院常务会议。", "china")


@given(country=st.sampled_from(["菲律宾", "菲律賓", "菲"]))
def test_another_countrys_foreign_ministry_after_its_name(country: str) -> None:
    links = _links(f"{country}外交部称，中国海警船本周在黄岩岛附近海域使用水炮。", "china")
    assert "philippine-dfa" in {entity_id for _, entity_id in links}
    assert "china-mfa" not in {entity_id for _, entity_id in links}


def test_a_mainland_spouse_is_chinas_demonym() -> None:
    text = "國台辦昨天批評政府對陸配「搞綠色恐怖」，陸委會表示絕大多數陸配都是守法的台灣家人。"
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 12), "taiwan")
    spouses = [m for m in mentions if m.text == "陸配"]
    assert spouses and all(m.entity_id == "china" and m.kind == "demonym" for m in spouses)
    # 大陸 before 配 stays the mainland, one mention.
    assert ("大陸", "china") in _links("赴大陸配合調查", "taiwan")


def test_chinese_copys_short_names_of_terms_and_outlets() -> None:
    cases = {
        "冲之鸟是礁不是岛": ("冲之鸟", "okinotori", "china"),
        "世卫大会再次拒绝涉台提案": ("世卫大会", "wha", "china"),
        "台湾参与世卫组织活动": ("世卫组织", "who", "china"),
        "據讀賣新聞報導": ("讀賣新聞", "yomiuri", "taiwan"),
        "網傳影片實為北韓試射洲際彈道飛彈的畫面": ("洲際彈道飛彈", "icbm", "taiwan"),
        "可能构成存亡危机事态": ("存亡危机事态", "survival-threatening-situation", "china"),
        "政府依法落實兩岸條例": ("兩岸條例", "cross-strait-act", "taiwan"),
    }
    for text, (surface, entity_id, home) in cases.items():
        links = _links(text, home)
        assert (surface, entity_id) in links, text
        # a shorter name inside the longer one is no mention of its own (彈道飛彈, 世卫)
        assert all(s == surface or s not in surface for s, _ in links), links


TAIPEI_NOON = datetime(2024, 9, 13, 2, 0, tzinfo=UTC)


@given(
    part=st.sampled_from(["其中{n}架次无人机进入", "其中无人机{n}架次自东沙岛西南方进入"]),
    n=st.integers(min_value=1, max_value=3),
)
def test_a_part_of_drones_the_sentence_counted_is_their_fact(part: str, n: int) -> None:
    text = (
        "台湾防务部门今天称，截至今天上午6时的24小时内，共侦测到解放军军机12架次、无人机3架次"
        f"和军舰6艘在台湾周边活动，{part.format(n=n)}台湾西南防空识别区。"
    )
    facts = _facts(text, TAIPEI_NOON)
    assert (n, "drones", "ADIZ", "2024-09-13") in facts
    assert (12, "aircraft", "around Taiwan", "2024-09-13") in facts


def test_drones_inside_the_aircraft_total_stay_inside_it() -> None:
    # No drones counted before the part: they are among the 12 aircraft.
    text = (
        "國防部今日公布，今晨6時前24小時偵獲共機12架次、共艦6艘，其中1架無人機自北部空域繞經"
        "東部後返回大陸方向。"
    )
    assert {f[1] for f in _facts(text, TAIPEI_NOON)} == {"aircraft", "navy vessels"}


@given(days_before=st.integers(min_value=8, max_value=25))
def test_a_forwarded_posts_slash_date_more_than_a_week_old_gives_no_fact(
    days_before: int,
) -> None:
    published = datetime(2025, 9, 23, 1, 0, tzinfo=UTC)
    old = date(2025, 9, 23).toordinal() - days_before
    then = date.fromordinal(old)
    text = (
        "【國防部今晨公布】\n✈️ 共機 17 架次\n🚢 共艦 8 艘\n"
        f"（{then.month}/{then.day}那天共機有 45 架次，比今天多很多）"
    )
    assert _facts(text, published) == {
        (17, "aircraft", "around Taiwan", "2025-09-23"),
        (8, "navy vessels", "around Taiwan", "2025-09-23"),
    }


def test_a_slash_that_is_no_date_reads_as_before() -> None:
    published = datetime(2025, 9, 23, 1, 0, tzinfo=UTC)
    text = "【國防部今晨公布】\n✈️ 共機 17 架次（約1/3為戰機）"
    assert (17, "aircraft", "around Taiwan", "2025-09-23") in _facts(text, published)
