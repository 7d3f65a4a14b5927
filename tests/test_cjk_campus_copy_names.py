"""Names as campus, school and education copy in Chinese and Japanese writes them (cjkAL): a
university by its short name beside its full one, a side's nationals abroad, a misspelt
speaker, the knowledge base's names for missiles, think tanks and warning systems, and the
places and bodies inside the names of schools, utilities, papers and the cabinet's offices."""

from datetime import date

import pytest

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb
from monitor.nlp.mention import Mention


def _mentions(text: str, home: str) -> list[Mention]:
    return cjk_mentions(text, default_kb(), date(2025, 6, 1), home)


def _ids(text: str, home: str = "taiwan") -> set[str]:
    return {m.entity_id for m in _mentions(text, home) if m.in_kb}


def _linked(text: str, surface: str, home: str = "taiwan") -> str | None:
    """The entity the first mention written `surface` is linked to, if any."""
    found = [m for m in _mentions(text, home) if m.text == surface and m.in_kb]
    return found[0].entity_id if found else None


# --- a university's short name beside its full name ---
@pytest.mark.parametrize(
    ("text", "short", "home"),
    [
        ("國立成功大學昨天舉行畢業典禮，成大校長勉勵學生勇於創新。", "成大", "taiwan"),
        ("成功大學與台南市府合辦論壇，由成大教授主持。", "成大", "taiwan"),
        ("熊本大学は新たな研究棟を開設した。熊大の学長が式典で挨拶した。", "熊大", "japan"),
    ],
)
def test_a_universitys_short_name_beside_its_full_name_is_the_university(
    text: str, short: str, home: str
) -> None:
    expected = "kumamoto-university" if home == "japan" else "national-cheng-kung-university"
    assert _linked(text, short, home) == expected


def test_a_short_name_alone_or_inside_another_word_is_no_university() -> None:
    assert "national-cheng-kung-university" not in _ids("他從小立志成大事，後來投身公益。")
    # 國大 inside 中國大陸 is no short name of 國防大學
    text = "国防大学的学者说，中国大陆的军事教育正在改革。"
    assert [m.text for m in _mentions(text, "china") if m.text == "國大" or m.text == "国大"] == []


# --- knowledge-base names as Chinese and Japanese copy write them ---
@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("共軍今晨朝東部外海發射短程彈道飛彈兩枚。", "srbm"),
        ("朝鲜当天试射一枚中程弹道导弹。", "mrbm"),
        ("美日將共同研發可攔截極音速飛彈的滑翔階段攔截彈。", "glide-phase-interceptor"),
        ("美日將共同研發可攔截極音速飛彈的滑翔階段攔截彈。", "hypersonic-missile"),
        ("美國智庫戰略暨國際研究中心昨天發布兵推報告。", "csis"),
        ("學生聽到J-ALERT廣播後立即趴下。", "j-alert"),
        ("國立成功大學與成功大學附設醫院", "national-cheng-kung-university"),
    ],
)
def test_knowledge_base_names_as_chinese_copy_writes_them(text: str, entity: str) -> None:
    assert entity in _ids(text)


def test_a_short_range_ballistic_missile_is_not_read_as_any_ballistic_missile() -> None:
    assert _linked("共軍發射三枚短程彈道飛彈。", "短程彈道飛彈") == "srbm"


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("中国艦艇のうちフチ級補給艦１隻が宮古海峡を通過した。", "type-903"),
        ("米側はアラスカからの供給拡大を提案した。", "alaska"),
        ("【ニューヨーク共同】国連の会合で発言があった。", "new-york-city"),
    ],
)
def test_knowledge_base_names_as_japanese_copy_writes_them(text: str, entity: str) -> None:
    assert entity in _ids(text, "japan")


# --- a side's nationals abroad ---
@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("外交部估計在台日僑約兩萬人，將協助撤離。", "日僑", "japan"),
        ("美国务院提醒在华美侨注意安全。", "美侨", "united-states"),
    ],
)
def test_a_sides_nationals_abroad_are_that_country(text: str, surface: str, country: str) -> None:
    assert _linked(text, surface) == country


@pytest.mark.parametrize("text", ["今年在台僑生人數創新高。", "旅日僑胞今天在東京集會。"])
def test_a_word_opened_by_qiao_names_no_sides_nationals(text: str) -> None:
    assert not any(m.kind == "demonym" for m in _mentions(text, "taiwan"))


# --- a mainland field bare beside its full phrase ---
def test_a_bare_field_in_a_headline_is_the_body_the_story_names_in_full() -> None:
    text = "学测开考 防务部门：侦获军机9架次\n\n台湾防务部门今天上午称，侦获军机9架次。"
    assert [m.entity_id for m in _mentions(text, "china") if "防务部门" in m.text] == [
        "taiwan-mnd",
        "taiwan-mnd",
    ]


def test_a_bare_field_without_its_full_phrase_or_after_another_side_is_no_taiwanese_body() -> None:
    assert "taiwan-mnd" not in _ids("防务部门人士称，演习已经结束。", "china")
    text = "台湾防务部门称侦获军机。美国防务部门则未回应。"
    assert [m.entity_id for m in _mentions(text, "china") if m.text == "防务部门"] == ["taiwan-mnd"]


# --- a capital acting past a time phrase of since ---
def test_a_capital_that_suspends_a_programme_since_a_date_is_its_government() -> None:
    text = "陸生人數下滑，主因是北京自2019年起暫停陸生赴台。"
    found = [m for m in _mentions(text, "taiwan") if m.text == "北京"]
    assert [(m.entity_id, m.kind) for m in found] == [("china", "capital")]


def test_a_capital_as_a_place_since_a_date_stays_the_city() -> None:
    assert _linked("北京自上週起氣溫驟降，市民添衣。", "北京") == "beijing"


# --- a speaker's misspelt family name, a Latin name misspelt ---
@pytest.mark.parametrize(
    ("text", "misspelt", "person"),
    [
        ("國防部長邱國正今天視察部隊。\n丘國正說，官兵辛苦了。", "丘國正", "chiu-kuo-cheng"),
        ("美國在台協會處長谷立言出席論壇。古立言表示，雙方合作密切。", "古立言", "raymond-greene"),
    ],
)
def test_a_speakers_name_with_a_homophone_family_is_the_person(
    text: str, misspelt: str, person: str
) -> None:
    assert _linked(text, misspelt) == person


def test_a_transliterated_name_one_character_off_is_no_misspelling() -> None:
    text = "美國國務卿布林肯抵達東京。怖林肯說，盟邦團結。"
    assert _linked(text, "怖林肯") is None


def test_a_pronoun_opening_a_sentence_is_no_misspelt_family() -> None:
    text = "國防部長邱國正出席會議。我國正說服盟邦支持。"
    assert [m.text for m in _mentions(text, "taiwan") if m.entity_id == "chiu-kuo-cheng"] == [
        "邱國正"
    ]


def test_a_latin_name_with_its_family_misspelt_is_the_person_the_article_names() -> None:
    text = "處長谷立言（Raymond Greene）今天訪問高雄。Raymond Green當晚在社群媒體發文致謝。"
    assert _linked(text, "Raymond Green") == "raymond-greene"


def test_a_latin_name_with_its_given_name_changed_is_another_person() -> None:
    text = "處長谷立言（Raymond Greene）今天訪問高雄。Robert Greene也出席。"
    assert _linked(text, "Robert Greene") is None


# --- places and bodies inside other names ---
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("東海村の原発で点検が始まった。", "east-china-sea"),
        ("東京ガスと大阪ガスが共同で調達する。", "tokyo"),
        ("東京ガスと大阪ガスが共同で調達する。", "osaka"),
        ("米紙ニューヨーク・タイムズが報じた。", "new-york-city"),
        ("内閣サイバーセキュリティセンターが注意を呼びかけた。", "japan-cabinet"),
    ],
)
def test_japanese_names_holding_a_place_or_the_cabinet_name_neither(text: str, absent: str) -> None:
    assert absent not in _ids(text, "japan")


def test_the_cabinet_alone_and_the_east_china_sea_in_full_stay_linked() -> None:
    assert {"japan-cabinet", "east-china-sea"} <= _ids("内閣は東シナ海の警戒を強化した。", "japan")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("金門縣教育處表示，金城國中今天照常上課。", "jincheng"),
        ("空軍官校今年有20名畢業生赴美受訓。", "roc-air-force"),
        ("國防部選派軍官赴美國的陸軍戰爭學院進修。", "roc-army"),
    ],
)
def test_a_school_named_after_a_township_or_a_service_names_neither(text: str, absent: str) -> None:
    assert absent not in _ids(text)


# --- older leftovers: 國 of another word before 軍, a Latin name's last word ---
@pytest.mark.parametrize(
    ("text", "home"),
    [("双方表示，两国军机均未越界。", "china"), ("美日兩國軍方將擴大演習。", "taiwan")],
)
def test_two_countries_forces_are_not_taiwans_armed_forces(text: str, home: str) -> None:
    assert "roc-armed-forces" not in _ids(text, home)


def test_taiwans_armed_forces_alone_stay_linked() -> None:
    assert "roc-armed-forces" in _ids("國軍今天在澎湖實施演習。")


@pytest.mark.parametrize("text", ["（DIGITIMES Asia台北3日電）", "日中韓推動CAMPUS Asia交流。"])
def test_a_place_ending_a_latin_name_is_no_place(text: str) -> None:
    assert "asia" not in _ids(text)


# --- a country inside a national university's name, a city inside an office's ---
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("國立台灣大學今天公布招生名額。", "taiwan"),
        ("新加坡國立大學名列亞洲第三。", "singapore"),
        ("日本台灣交流協會台北事務所今天發布新聞稿。", "taipei"),
    ],
)
def test_a_country_or_city_inside_a_university_or_office_name_is_no_mention(
    text: str, absent: str
) -> None:
    assert absent not in _ids(text)


def test_a_countrys_universities_in_general_keep_the_country() -> None:
    assert "united-states" in _ids("許多學生申請美國大學的研究所。")
