"""Japanese names that only the article around them decides (the ja-blind28 passages' classes
of miss): the party's short name, carriers named for provinces, Beijing's ministries in Taipei's
words, a body inside a title, a clipped family name, a weapon family's Latin letters."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from monitor.nlp.cjk_bracketed_acronyms import _syllable_initials
from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str = "japan") -> set[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2026, 1, 10), home)
    return {(m.text, m.entity_id) for m in mentions}


def test_japanese_copy_keeps_zhonggong_for_the_party_and_its_army_for_the_pla() -> None:
    links = _links("台湾国防部によると、中共の気球3個を確認。中共軍機24機、中共艦艇8隻。")
    assert ("中共", "ccp") in links
    assert ("中共軍", "pla") in links
    assert not [e for _, e in links if e == "china"]
    # Chinese copy's 中共 before anything but a party word is still the state.
    assert ("中共", "china") in _links("國防部今日偵獲中共軍機24架次。", "taiwan")


def test_carriers_named_for_provinces_are_the_ships_where_the_article_speaks_of_carriers() -> None:
    pair = _links("艦艇が多い日は、山東か福建が動いていることが多いが、空母の動きは出ていない。")
    assert {("山東", "shandong-carrier"), ("福建", "fujian-carrier")} <= pair
    listed = _links("空母「福建」が就役した。遼寧（16）、山東（17）に続く3隻目。")
    assert ("山東", "shandong-carrier") in listed
    again = _links("艦艇には空母「山東」の艦隊が含まれ、山東は台湾南東を航行中。")
    assert ("山東", "shandong") not in again
    # Provinces written with their 省 stay provinces, and so does a pair in copy on no carrier.
    provinces = _links("空母の動きとは別に、山東、福建両省の沿岸で演習があった。")
    assert ("福建", "fujian-carrier") not in provinces
    assert ("山東", "shandong") in _links("山東と福建の沿岸で演習があった。")


@given(
    joiner=st.sampled_from(["か", "と", "、", "や"]),
    first=st.sampled_from(["山東", "福建"]),
    carriers=st.booleans(),
)
def test_two_carriers_namesakes_joined_are_ships_exactly_when_carriers_are_spoken_of(
    joiner: str, first: str, carriers: bool
) -> None:
    second = "福建" if first == "山東" else "山東"
    tail = "空母の動きが気になる。" if carriers else "沿岸の動きが気になる。"
    links = _links(f"今日は{first}{joiner}{second}が動いている。{tail}")
    ships = {e for _, e in links if e.endswith("-carrier")}
    assert ships == ({"shandong-carrier", "fujian-carrier"} if carriers else set())


def test_a_bare_ministry_follows_the_side_whose_ministry_the_article_named_last() -> None:
    beijing = _links(
        "中国国防部の定例会見メモ\n\n中国側の話です。国防部の会見で報道官が批判。外交部も同日、"
        "同じ趣旨の発言。"
    )
    assert {("国防部", "china-mnd"), ("外交部", "china-mfa")} <= beijing
    assert not [e for _, e in beijing if e.startswith("taiwan-")]
    taipei = _links("台湾国防部によると、中国軍機32機。国防部は非難した。外交部も抗議した。")
    assert {("国防部", "taiwan-mnd"), ("外交部", "taiwan-mofa")} <= taipei
    # A side named as a clause's actor does not take the ministry in brackets after it.
    bracketed = _links("国防部発表。高雄沖に中国側が設定した区域の件（国防部は非難）。")
    assert ("国防部", "china-mnd") not in bracketed


def test_a_title_made_of_a_bodys_name_mentions_the_body() -> None:
    for text in (
        "卓栄泰（卓榮泰）行政院長は「最低限」と述べた。",
        "卓栄泰行政院長は述べた。",
        "台湾の行政院長は述べた。",
    ):
        links = _links(text)
        assert ("行政院", "executive-yuan") in links, text
        assert not [s for s, _ in links if s == "行政院長"], text
    assert ("外交部", "taiwan-mofa") in _links("林佳竜（りん・かりゅう）外交部長は述べた。")


def test_a_japanese_two_character_family_stands_for_the_person_named_in_full() -> None:
    links = _links("あぶくま型DE、比海軍へ？　中谷・テオドロ会談\n\n中谷元防衛相が24日、会談。")
    assert ("中谷", "gen-nakatani") in links
    # Glued to another kanji the two characters are another word, and without the full name
    # in the article they are no one.
    assert ("中谷", "gen-nakatani") not in _links("中谷元防衛相が会談。山中谷川の水位。")
    assert not [e for _, e in _links("中谷・テオドロ会談") if e == "gen-nakatani"]


def test_a_weapon_familys_pinyin_initials_in_brackets_gloss_its_name() -> None:
    links = _links("台湾国防部は東風（ＤＦ）系列１１発と発表。")
    assert ("ＤＦ", "dongfeng-missile") in links


SYLLABLES = ["dong", "feng", "hong", "qi", "ju", "lang", "ying", "ji", "chang", "jian", "zhu"]


@given(st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=4))
def test_a_pinyin_name_abbreviates_to_its_syllables_initials(syllables: list[str]) -> None:
    word = "".join(syllables).title()
    expected = "".join(s[0] for s in syllables).upper()
    assert _syllable_initials(word) == expected
