"""Three readings of the zh-blind27 and ja-blind27 passages: the mainland as a market in any
Chinese outlet ("在内地上映", "内地市场"), a country's soldiers ("台灣軍人") as the country, and a
Japanese title after its holder's name ("ペロシ米下院議長") as the person's title, not the
House."""

import re

from hypothesis import given
from hypothesis import strategies as st

from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.cjk_press_home import MARKET_AFTER
from monitor.nlp.cjk_script import fold, fold_pattern


def _links(text: str, language: str = "zh") -> list[tuple[str, str]]:
    (analysis,) = analyse([TextToAnalyse("t", text, language, None)])
    return [(m.text, m.entity_id) for m in analysis.mentions]


def test_the_mainland_as_a_market_release_or_audience_is_china_in_any_chinese_outlet() -> None:
    assert ("内地", "china") in _links("【环球时报综合报道】日本动漫剧场版原定本月在内地上映。")
    assert ("内地", "china") in _links("【观察者网评论】香港艺人在内地市场的发展空间更加宽广。")
    # a country's interior, and the mainland's travellers outside Hong Kong's press, stay unread
    assert not [
        link for link in _links("日軍深入內地，日本内地市场萎缩。") if link[0] in ("內地", "内地")
    ]
    assert not [link for link in _links("不少內地旅客上月來港消費。") if link[0] == "內地"]


@given(st.text(alphabet="内地市场上映观众深入日本香港旅客的。", max_size=30))
def test_an_uncredited_mainland_is_linked_only_before_a_word_of_its_market(text: str) -> None:
    market = re.compile(fold_pattern(MARKET_AFTER))
    (analysis,) = analyse([TextToAnalyse("t", text, "zh", None)])
    for mention in analysis.mentions:
        if mention.text == "内地":
            assert mention.entity_id == "china"
            assert market.match(fold(text), mention.end)
            assert not text[: mention.start].endswith("日本")


def test_a_countrys_soldiers_are_the_country_and_its_forces_staff_stay_the_forces() -> None:
    links = _links("短影音平台上大量「台灣軍人吃不飽」的影片。")
    assert ("台灣", "taiwan") in links
    assert not [link for link in links if link[1] == "roc-armed-forces"]
    assert ("台湾", "taiwan") in _links("企图把台湾军人绑上“台独”战车。")
    staff = _links("美軍人員與解放軍人員在演習中對峙。")
    assert ("美軍", "us-armed-forces") in staff
    assert ("解放軍", "pla") in staff


def test_a_japanese_title_after_its_holders_name_is_no_mention_of_the_house() -> None:
    for text in (
        "ペロシ米下院議長の台湾訪問から３年。",
        "米国のペロシ下院議長は２日夜、台北に到着した。",
    ):
        links = _links(text, "ja")
        assert ("ペロシ", "nancy-pelosi") in links
        assert not [link for link in links if link[1] == "us-house"]
    assert ("米下院", "us-house") in _links("米下院は台湾関連の法案を可決した。", "ja")
