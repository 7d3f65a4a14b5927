"""Chinese as the crowd writes it in Weibo comments, Zhihu answers, readers' letters and LIHKG
threads (the zh-blind21 passages' classes of miss): the short forms it uses for a country's press
and places, and capitals that act for their governments in Cantonese and forum wordings,
beside capitals that stay the city; and, in Japanese comment sections (ja-blind21), the capital a
reader lives in or returns to."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb

CAPITALS = {"北京": "china", "東京": "japan", "華府": "united-states", "首爾": "south-korea"}


def _links(text: str, home: str = "china") -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2026, 1, 20), home)
    return [(m.text, m.entity_id) for m in mentions]


def test_the_crowds_short_forms_link_to_what_they_stand_for() -> None:
    links = _links("据台媒报道，台湾防务部门称解放军军机27架次。湾湾那边现在连新闻都懒得报了吧")
    assert ("台媒", "taiwan") in links
    assert ("湾湾", "taiwan") in links
    assert ("日媒", "japan") in _links("另据日媒报道，日本海上保安厅称4艘中国海警船进入领海。")
    assert ("西太", "western-pacific") in _links("山东舰编队本周可能再次进入西太。")
    assert ("政院", "executive-yuan") in _links("政院通過全民防衛動員準備法修正草案", "taiwan")


def test_the_long_forms_stay_one_mention_each() -> None:
    """西太 and 政院 inside 西太平洋 and 行政院 are not names of their own."""
    links = _links("三艘舰艇经宫古海峡进出西太平洋。行政院今天通過草案。", "taiwan")
    assert ("西太平洋", "western-pacific") in links
    assert ("行政院", "executive-yuan") in links
    assert not [text for text, _ in links if text in ("西太", "政院")]


def test_a_capital_that_speaks_in_cantonese_is_its_government() -> None:
    links = _links("#4\n東京話會同華府緊密合作\n\n#5\n北京今日話東京派戰機跟蹤無人機", "taiwan")
    assert ("東京", "japan") in links
    assert ("北京", "china") in links
    # Mandarin is 北京話, and a clause that names the city is no government's.
    spoken = _links("佢識講北京話，之前喺北京住過三年。", "taiwan")
    assert ("北京", "china") not in spoken


def test_two_capitals_joined_by_cantonese_and_are_two_governments() -> None:
    links = _links("北京而家當例行公事咁做，東京同華府都唔敢大聲", "taiwan")
    assert ("東京", "japan") in links
    assert ("華府", "united-states") in links
    # A pair after a place word is two cities ("往返東京同首爾的航班").
    flights = _links("佢下個月往返東京同首爾。", "taiwan")
    assert ("東京", "tokyo") in flights


def test_a_capital_as_a_side_or_an_agent_is_its_government() -> None:
    assert ("东京", "japan") in _links("日方又要抗议了吧，东京那边每次都是这套")
    assert ("平壤", "north-korea") in _links("平壤出手都好有規律，一有美韓軍演就射", "taiwan")
    assert ("台北", "taiwan") in _links("讓北京猜不透，也讓台北不敢冒進。", "taiwan")
    assert ("马尼拉", "philippines") in _links("马尼拉越来越敢了")
    assert ("北京", "china") in _links("北京越施壓，台日越靠近", "taiwan")
    assert ("北京", "china") in _links("希望陸委會能和北京保持溝通管道。", "taiwan")
    # Vietnam after a capital in a list is no step of a course.
    assert ("北京", "china") not in _links("代表團走訪北京越南兩地。", "taiwan")


@given(
    capital=st.sampled_from(sorted(CAPITALS)),
    act=st.sampled_from(["那邊", "反駁", "出手", "不敢", "越"]),
)
def test_any_capital_before_a_sides_word_is_its_government(capital: str, act: str) -> None:
    links = _links(f"網友：{capital}{act}咁做好正常", "taiwan")
    assert (capital, CAPITALS[capital]) in links


@given(capital=st.sampled_from(sorted(CAPITALS)))
def test_any_capital_where_a_thing_happens_stays_the_city(capital: str) -> None:
    links = _links(f"我下個月去{capital}旅行，{capital}的夜市好好食。", "taiwan")
    assert (capital, CAPITALS[capital]) not in links


def test_a_japanese_capital_one_lives_in_or_returns_to_stays_the_city() -> None:
    """In a comment section under a story where the capitals act, the city a reader's friend
    lives in, a delegation returns to, or whose universities one studies at is the place."""
    story = "北京は答弁の撤回を求めており、東京は冷静な対応を求めた。\n【コメント】\n"
    links = _links(
        story + "・東京の大学院、研究室の半分くらい中国人\n・北京に住んでる知人は普通と言ってた。"
        "\n・協議を終えて北京に戻った代表団。",
        "japan",
    )
    assert ("北京", "china") in links and ("東京", "japan") in links
    assert ("北京", "beijing") in links and ("東京", "tokyo") in links
