"""Learners' and exam material in Chinese and Japanese, round two (zh-blind23, ja-blind23):
Canada's side and warships (加方, 加舰) and American-made arms (美製) beside words that end in 加
or 美, a body's generic acronym in Latin letters, and Jake Sullivan in kana."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str) -> dict[str, set[str]]:
    links: dict[str, set[str]] = {}
    for m in cjk_mentions(text, default_kb(), date(2025, 10, 20), home):
        links.setdefault(m.text, set()).add(m.entity_id)
    return links


def test_canadas_side_and_warship_in_a_joint_transit_are_canada() -> None:
    text = "美方一艘驱逐舰与加方一艘护卫舰过航台湾海峡。战区对美舰、加舰过航全程跟踪监视。"
    links = _links(text, "china")
    assert links["加方"] == links["加舰"] == {"canada"}
    assert links["美方"] == links["美舰"] == {"united-states"}


def test_american_made_arms_are_the_united_states() -> None:
    assert _links("新式裝備首度納入：美製海馬士多管火箭。", "taiwan")["美製"] == {"united-states"}


@given(
    st.sampled_from(["参加", "參加", "增加", "追加", "附加", "施加", "完美", "精美", "優美"]),
    st.sampled_from(["方", "舰艇", "艦艇", "制度", "製作", "方案"]),
)
def test_a_word_ending_in_an_abbreviation_names_no_country(word: str, rest: str) -> None:
    text = f"会议各{word}{rest}都已确定。"
    assert not [m for m in cjk_mentions(text, default_kb(), None, "china") if m.label == "GPE"]


def test_a_generic_acronym_in_latin_letters_is_whose_the_article_says() -> None:
    links = _links("1/13(一) MND早上公布：共機x35 共艦x8。", "taiwan")
    assert links["MND"] == {"taiwan-mnd"}


def test_an_acronym_glossing_a_body_is_that_body() -> None:
    text = "國家安全保障會議（NSC）：由首相、官房長官、外務大臣、防衛大臣等組成。"
    assert _links(text, "taiwan")["NSC"] == {"japan-nsc"}


def test_sullivan_in_kana_is_jake_sullivan() -> None:
    links = _links("米側からはオースティン国防長官とサリバン大統領補佐官が出席した。", "japan")
    assert links["サリバン"] == {"jake-sullivan"}
