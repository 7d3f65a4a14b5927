"""Names the ja-blind27 and zh-blind27 passages showed read wrongly: a ship's name written in
hiragana is not found inside a hiragana word ("いかが", "うかがう" are no JS Kaga), an acronym
bracketed after a term glosses it even where the letters alone name nothing ("海洋状況把握
（MDA）"), and a capital weighing a step in Chinese copy is its government ("东京正评估")."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str = "japan") -> set[tuple[str, str]]:
    return {(m.text, m.entity_id) for m in cjk_mentions(text, default_kb(), date(2025, 5, 1), home)}


@given(
    before=st.sampled_from(["い", "う", "うか", "お", "に"]),
    after=st.sampled_from(["", "う", "え", "わ"]),
)
def test_a_ship_named_in_hiragana_is_not_found_inside_a_hiragana_word(
    before: str, after: str
) -> None:
    # "いかがでしょうか", "うかがう", "うかがえる": how, to observe; the ship is JS Kaga only
    # after 艦, a bracket or a space.
    text = f"日本政府の姿勢が{before}かが{after}る。"
    assert "kaga" not in {entity for _, entity in _links(text)}


def test_a_ship_named_in_hiragana_after_its_class_word_is_the_ship() -> None:
    assert ("かが", "kaga") in _links("護衛艦「かが」が横須賀を出港した。")
    assert ("かが", "kaga") in _links("護衛艦かがは南シナ海で訓練した。")


def test_an_acronym_bracketed_after_a_term_is_that_term_even_when_alone_it_names_nothing() -> None:
    text = "日比両政府は海洋状況把握（MDA）に関する情報共有を強化する。"
    assert ("MDA", "maritime-domain-awareness") in _links(text)
    # Alone the letters name no entity: the Missile Defense Agency is also MDA.
    assert "maritime-domain-awareness" not in {
        e for t, e in _links("MDAの予算が増えた。") if t == "MDA"
    }


def test_a_capital_weighing_a_step_in_chinese_copy_is_its_government() -> None:
    text = "日本共同社报道，东京正评估解放军此次演习对西南诸岛的影响。"
    assert ("东京", "japan") in _links(text, "china")
    assert ("东京", "japan") not in _links("东京正值樱花季，游客众多。", "china")


@given(run=st.sampled_from(["日米比", "日米豪", "米比", "日豪比"]))
def test_each_country_of_a_run_is_linked_though_the_model_names_a_part_of_it(run: str) -> None:
    # GiNZA names "日米" of 日米比 or "米豪" of 日米豪 as a place of its own; the run's
    # countries, all named in the article, are each linked still.
    countries = {"日": "japan", "米": "united-states", "比": "philippines", "豪": "australia"}
    text = (
        "日本、米国、フィリピン、オーストラリアの国防相が会談した。"
        f"防衛相は{run}、日米韓の枠組みを重ねて活用すると述べた。"
    )
    (analysis,) = analyse([TextToAnalyse("run", text, "ja", None)])
    at = text.index(run, text.index("防衛相"))
    linked = {m.start: m.entity_id for m in analysis.mentions if m.in_kb}
    assert [linked.get(at + i) for i in range(len(run))] == [countries[c] for c in run]


def test_a_one_character_country_owning_arms_makers_or_state_ships_is_that_country() -> None:
    links = _links(
        "北京は売却に関与した米防衛企業に制裁を科した。中国海警局は比の補給船に放水した。"
    )
    assert ("米", "united-states") in links
    assert ("比", "philippines") in links
    # Among them ("その中の艦船") is no China.
    assert ("中", "china") not in _links("10隻が確認され、その中の艦船1隻が領海に入った。")
