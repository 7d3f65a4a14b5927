"""Whose ministry a bare 国防部 or 外交部 is in a foreign outlet's Chinese edition and in a
mainland outlet's Japanese edition: the story's own words (its credit, the body it named in
full) decide before the script does (the zh-blind20 and ja-blind20 passages' classes of wrong
link)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.nlp.analyze import TextToAnalyse, analyse


def _links(text: str, language: str) -> list[tuple[str, str]]:
    (analysis,) = analyse([TextToAnalyse("edition", text, language, None)])
    return [(m.text, m.entity_id) for m in analysis.mentions]


def _bodies(text: str, language: str, bare: str) -> list[str]:
    return [entity_id for surface, entity_id in _links(text, language) if surface == bare]


@settings(max_examples=12, deadline=None)
@given(
    credit=st.sampled_from(
        ["(德国之声中文网)", "【共同社3月3日电】", "美国之音驻台北记者报道 — ", ""]
    ),
    ministry=st.sampled_from(["国防部", "外交部"]),
    later=st.sampled_from(["说", "公布的数据显示", "还表示"]),
)
def test_a_simplified_story_that_names_taiwans_ministry_follows_it(
    credit: str, ministry: str, later: str
) -> None:
    # A foreign outlet writes simplified characters too: after 台湾国防部 its bare 国防部 is
    # Taiwan's, whatever the outlet.
    text = f"{credit}台湾{ministry}周二通报，共侦测到中国军机十七架次。{ministry}{later}，其中十一架次进入空域。"
    owner = {"国防部": "taiwan-mnd", "外交部": "taiwan-mofa"}[ministry]
    assert _bodies(text, "zh", ministry) == [owner]


def test_mainland_copy_keeps_its_own_ministry_after_quoting_taiwans() -> None:
    # The mainland quotes a Taiwanese body it does not grant: its next bare name is its own.
    text = "台湾“国防部”10日声称发现解放军军机。国防部新闻发言人张晓刚11日表示，台独没有出路。"
    assert _bodies(text, "zh", "国防部") == ["taiwan-mnd", "china-mnd"]
    assert _bodies("国防部新闻发言人张晓刚29日表示。", "zh", "国防部") == ["china-mnd"]


def test_a_yonhap_story_means_seouls_ministries() -> None:
    text = (
        "中俄军机进出韩国防空识别区 外交部召见两国武官\n\n"
        "韩联社首尔3月24日电 韩国联合参谋本部24日表示，中国军机5架进出韩国防空识别区。"
        "外交部当天召见中国驻韩大使馆的国防武官表示抗议。国防部也表达了严重关切。"
    )
    assert _bodies(text, "zh", "外交部") == ["sk-mofa", "sk-mofa"]
    assert _bodies(text, "zh", "国防部") == ["sk-mnd"]
    assert ("韩国外交部", "sk-mofa") in _links("韩联社首尔4月9日电 韩国外交部9日表示关切。", "zh")
    # Without the credit a simplified story's bare ministry is the PRC's.
    assert _bodies("外交部当天召见日本驻华大使。", "zh", "外交部") == ["china-mfa"]


def test_a_mainland_papers_japanese_edition_means_beijings_ministries() -> None:
    text = (
        "人民網日本語版　２０２５年１１月２７日\n"
        "国防部の定例記者会見が２７日午後に開かれ、報道官が記者の質問に答えた。"
        "外交部の報道官も同日の記者会見で強調した。"
    )
    links = _links(text, "ja")
    assert ("人民網", "peoples-daily") in links
    assert ("国防部", "china-mnd") in links
    assert ("外交部", "china-mfa") in links
    # Japanese copy of its own keeps Taiwan's names for a name the two share.
    plain = text.split("\n", 1)[1]
    assert _bodies(plain, "ja", "国防部") == ["taiwan-mnd"]


def test_an_outlets_name_is_the_outlet_not_its_country() -> None:
    # "德国之声" holds 德国 and "美國之音" holds 美國: the credit is the broadcaster.
    for text, outlet, country in [
        ("(德国之声中文网)台湾国防部周二通报。", "deutsche-welle", "germany"),
        ("美國之音記者台北報導。", "voice-of-america", "united-states"),
        ("自由亚洲电台消息：台湾国防部通报。", "radio-free-asia", "asia"),
    ]:
        ids = {entity_id for _, entity_id in _links(text, "zh")}
        assert outlet in ids
        assert country not in ids


def test_taiwans_bodies_and_others_by_their_japanese_names() -> None:
    links = _links(
        "台湾国際放送によると、台北経済文化代表処は声明を出した。全人代の開幕前に、"
        "ヘグセット国防長官が来日した。",
        "ja",
    )
    assert ("台湾国際放送", "rti") in links
    assert ("台北経済文化代表処", "tecro") in links
    assert ("全人代", "npc") in links
    assert ("ヘグセット", "pete-hegseth") in links
    assert ("台北經濟文化代表處", "tecro") in _links("台北經濟文化代表處發表聲明。", "zh")
