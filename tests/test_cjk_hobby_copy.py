"""Military and aviation hobby copy in Japanese (magazines, photo blogs): the units, loanword
spellings and clipped base names it writes every week link as the press's spellings do (the
ja-blind28 passages' class of miss)."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.cjk_script import folded_spellings
from monitor.nlp.kb import default_kb


def links(text: str) -> set[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), "japan")
    return {(m.text, m.entity_id) for m in mentions}


def test_a_loanwords_long_e_links_either_way_it_is_written() -> None:
    found = links("移動は米海兵隊のオスプレーで、M1A2Tエーブラムスも写真に出た。")
    assert ("オスプレー", "v-22") in found
    assert ("エーブラムス", "m1a2t-abrams") in found


def test_hobby_copys_units_and_spellings_are_their_entities() -> None:
    found = links("南西空のF-15が対応。十一管区のプレスでは、ペトリオットPAC-3も展開済み。")
    assert ("南西空", "southwestern-air-defense-force") in found
    assert ("十一管区", "jcg-11th-region") in found
    assert ("ペトリオット", "patriot") in found


def test_a_south_western_airspace_is_no_air_defence_force() -> None:
    found = links("中国軍機が台湾の南西空域に進入した。")
    assert not any(entity_id == "southwestern-air-defense-force" for _, entity_id in found)


def test_a_one_character_country_before_a_carrier_is_the_country() -> None:
    assert ("英", "united-kingdom") in links("英空母「プリンス・オブ・ウェールズ」が横須賀に入港。")


def test_a_base_written_without_its_kind_word_beside_its_full_name_is_the_base() -> None:
    text = "嘉手納の丘へ行った。\n\n週末に嘉手納基地の北側で撮影した。"
    assert ("嘉手納", "kadena-air-base") in links(text)
    assert ("嘉手納", "kadena-air-base") not in links("嘉手納の丘へ行った。")


E_ROW = "エケゲセゼテデネヘベペメレ"


@given(
    st.text(alphabet="アオスプラムトリッ", max_size=4),
    st.sampled_from(E_ROW),
    st.sampled_from("イー"),
    st.text(alphabet="アオスプラムトリッ", max_size=4),
)
def test_a_katakana_names_long_e_is_spelt_both_ways_at_one_length(
    before: str, kana: str, mark: str, after: str
) -> None:
    name = f"{before}{kana}{mark}{after}"
    spellings = folded_spellings(name)
    assert {f"{before}{kana}イ{after}", f"{before}{kana}ー{after}"} <= set(spellings)
    assert {len(spelling) for spelling in spellings} == {len(name)}
