"""Names as Japan's sports papers, evening tabloids and weekly-magazine sites write them (the
ja-blind25 passages' classes of miss): their own mastheads, the bare 官邸, an office or a
chamber before 選 (an election), a paper's name before 平均 (its stock index), and carriers
named in brackets in a sentence about carriers."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str) -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 11, 20), "japan")
    return [(m.text, m.entity_id) for m in mentions if m.in_kb]


def test_tabloid_mastheads_are_the_outlets_not_tokyo() -> None:
    links = _links("（東京スポーツ）　日刊ゲンダイと夕刊フジ（zakzak）も報じた。")
    assert ("東京スポーツ", "tokyo-sports") in links
    assert ("日刊ゲンダイ", "nikkan-gendai") in links
    assert ("夕刊フジ", "yukan-fuji") in links
    assert ("zakzak", "zakzak") in links
    assert "tokyo" not in {entity for _, entity in links}


def test_the_bare_kantei_is_the_prime_ministers_office_and_a_presidents_residence_is_not() -> None:
    links = _links("高市早苗首相は官邸で記者団に語った。韓国の大統領は大統領官邸で会見した。")
    assert [e for t, e in links if t == "官邸"] == ["prime-minister-s-office-of-japan"]


def test_short_range_ballistic_missiles_are_srbms() -> None:
    links = _links("韓国軍合同参謀本部は、短距離弾道ミサイル（ＳＲＢＭ）とみている。")
    assert ("短距離弾道ミサイル", "srbm") in links


@given(
    office=st.sampled_from(["総統", "大統領", "参院", "衆院", "自民党総裁"]),
    suffix=st.sampled_from(["選", "選挙"]),
    frame=st.sampled_from(["１月の台湾{}を控え、", "{}で大敗した政権に", "{}直前に"]),
)
def test_an_office_or_chamber_before_its_election_names_no_holder(
    office: str, suffix: str, frame: str
) -> None:
    links = _links(frame.format(office + suffix))
    people_and_houses = {"lai-ching-te", "tsai-ing-wen", "donald-trump", "shigeru-ishiba"}
    assert not {e for _, e in links} & (
        people_and_houses | {"japan-house-of-councillors", "japan-house-of-representatives"}
    )


def test_an_office_that_is_chosen_keeps_its_holder_reading() -> None:
    links = _links("頼清徳氏は２０２４年に総統に選ばれた。総統は１１日に演説した。")
    assert ("総統", "lai-ching-te") in links


def test_the_nikkei_average_is_an_index_and_the_nikkei_a_paper() -> None:
    assert _links("１５日の東京株式市場で日経平均株価は続伸。") == [("東京", "tokyo")]
    assert ("日経", "nikkei") in _links("日経によると、政府は検討に入った。")


def test_carriers_bracketed_in_a_sentence_about_carriers_are_the_ships() -> None:
    links = _links("空母は「遼寧」「山東」に続き、昨年11月には3隻目の「福建」が就役した。")
    assert ("山東", "shandong-carrier") in links
    assert ("福建", "fujian-carrier") in links
    assert ("福建", "fujian") in _links("福建省の沿岸では「福建」の名の茶が売られる。")
