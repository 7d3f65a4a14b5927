"""Terms, bodies and people misspelt by one kanji (ja-blind17-043, zh-blind17-043): a
headline's or a reader's homophone ("防空識別権", "統合幕僚幹部", "小泉進次朗") is the
knowledge-base name it misspells; ordinary words, places, another body's last character and
names one character from two entities stay as they were."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str = "japan") -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 10, 30), home)
    return [(m.text, m.entity_id) for m in mentions if m.in_kb]


def test_a_term_misspelt_by_one_kanji_is_the_term() -> None:
    assert ("防空識別権", "adiz") in _links("防空識別権に入ったら撃墜でええやろ")


def test_a_body_misspelt_in_a_headline_is_the_body() -> None:
    text = "【速報】統合幕僚幹部「中国無人機が与那国と台湾の間を通過」"
    assert ("統合幕僚幹部", "japan-joint-staff") in _links(text)


def test_a_persons_name_misspelt_in_a_readers_post_is_the_person() -> None:
    assert ("小泉進次朗", "shinjiro-koizumi") in _links(
        "小泉進次朗ってこんな真面目な仕事してたんだな"
    )
    links = _links("据日媒报道，小泉进次朗称，中国的活动日益活跃。", home="china")
    assert ("小泉进次朗", "shinjiro-koizumi") in links


def test_another_bodys_last_character_names_another_body() -> None:
    # 國家安全局 is Taiwan's bureau; 國家安全院 is no misspelling of it.
    assert not any(entity == "taiwan-nsb" for _, entity in _links("國家安全院の報告書によると"))


def test_short_words_stay_as_they_were() -> None:
    # "防空識別" alone and four-character words are no five-character name misspelt.
    assert _links("防空訓練と識別番号を確認した。") == []


@given(
    before=st.sampled_from(["", "速報：", "記者会見で", "スレタイ、"]),
    after=st.sampled_from(["になってるぞ", "は発表した。", "によると、", "の幹部が"]),
)
def test_the_misspelling_links_whatever_is_written_around_it(before: str, after: str) -> None:
    assert ("統合幕僚幹部", "japan-joint-staff") in _links(f"{before}統合幕僚幹部{after}")


def test_a_window_inside_a_longer_word_stays_unlinked() -> None:
    # (Chinese copy's 存亡危机事态, one kanji off 存立危機事態, is a knowledge-base name of its own
    # now: tests/test_cjk_press_conference_copy.py.)
    links = _links("“乔治·华盛顿号”航空母舰打击群已在菲律宾海活动。", home="china")
    assert not any(entity == "carrier-strike-group" for _, entity in links)
