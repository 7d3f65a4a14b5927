"""Japanese enthusiast copy's equipment by bare type, home or hull (cjk_owned_equipment): a
Japanese force's F-15 is the F-15J, 三沢 before its F-35A is the base, a quoted まや after a ship
word is JS Maya (the ja-blind28 passages' class of miss); alone each stays what it was."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.cjk_owned_equipment import long_vowels_once, romanized
from monitor.nlp.kb import default_kb


def links(text: str) -> set[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), "japan")
    return {(m.text, m.entity_id) for m in mentions}


def test_a_japanese_forces_bare_type_is_japans_variant() -> None:
    assert ("F-15", "f-15j") in links("J-15戦闘機が空自F-15にレーダーを照射した。")
    assert ("F-15", "f-15j") in links("南西空のF-15がスクランブルした。")


def test_a_bare_type_of_no_japanese_force_or_a_longer_code_stays_unlinked() -> None:
    assert not any(e == "f-15j" for _, e in links("米空軍のF-15が嘉手納を離れた。"))
    assert not any(e == "f-15j" for _, e in links("空自F-15EXの導入は未定だ。"))


def test_a_weapons_clipped_home_is_the_base_or_the_islands() -> None:
    assert ("三沢", "misawa-air-base") in links("築城のF-2、三沢のF-35Aが南西方面へ展開した。")
    assert ("先島", "sakishima-islands") in links("先島のPAC-3は待機のまま。")


def test_a_clipped_home_with_no_weapon_after_it_stays_unlinked() -> None:
    assert not any(e == "misawa-air-base" for _, e in links("三沢の市街地で祭りがあった。"))


def test_a_quoted_hiragana_hull_after_a_ship_word_is_the_ship() -> None:
    found = links("イージス艦の「まや」「はぐろ」が観艦式で先頭を進んだ。")
    assert ("まや", "js-maya") in found
    assert ("はぐろ", "js-haguro") in found
    assert not any(e == "js-maya" for _, e in links("友人の「まや」さんと会った。"))


HIRAGANA = (
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわん"
)


@given(st.text(alphabet=HIRAGANA + "ゃゅょっー", max_size=8))
def test_a_hull_name_romanizes_to_lower_case_latin_letters_only(kana: str) -> None:
    roman = long_vowels_once(romanized(kana))
    assert roman == "" or roman.isascii() and roman.isalpha() and roman.islower()
    assert len(roman) <= 4 * len(kana)


def test_hepburn_writes_long_vowels_once_and_joins_small_kana() -> None:
    assert long_vowels_once(romanized("こんごう")) == "kongo"
    assert long_vowels_once(romanized("ちょうかい")) == "chokai"
    assert long_vowels_once(romanized("ひゅうが")) == long_vowels_once("hyūga")


def test_a_ship_class_with_its_name_in_quotes_is_the_class() -> None:
    assert ("もがみ", "mogami-class") in links("豪海軍は改良型「もがみ」型護衛艦を採用した。")
    assert not any(e == "mogami-class" for _, e in links("「もがみ」という店名だった。"))
