"""Names as Taiwan's military press and the PLA's media write them: an exercise by its edition,
a warship by its country's one character, the party's short name before the army, a wire
agency after its country (the zh-blind16 passages' classes of miss)."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str) -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), home)
    return [(m.text, m.entity_id) for m in mentions]


def test_an_exercise_named_by_its_edition_is_the_exercise() -> None:
    han_kuang = _links("國防部表示，漢光41號實兵演習今天進入第6天。", "taiwan")
    assert ("漢光41號", "han-kuang") in han_kuang
    keen_sword = _links("美日“利剑-27”联合军演近日在日本及周边海空域展开。", "china")
    assert ("利剑-27", "keen-sword") in keen_sword
    # Quoted before the word for a joint exercise, the bare name is the exercise too.
    assert ("利剑", "keen-sword") in _links("美日“利剑”联演剑指何方", "china")
    # Without a number the bare word is a sword, not the exercise.
    assert not [e for _, e in _links("这是悬在“台独”头上的利剑。", "china") if e == "keen-sword"]
    # A longer name over the edition stays its own exercise.
    joint = _links("解放军在台岛周边开展“联合利剑-2024A”演习。", "china")
    assert ("联合利剑-2024A", "joint-sword") in joint
    assert not [e for _, e in joint if e == "keen-sword"]


@given(
    edition=st.integers(min_value=1, max_value=9999),
    written=st.sampled_from(["{n}號", "{n}号", "-{n}", "－{n}"]),
    stem=st.sampled_from(["漢光", "汉光", "利剑", "利劍"]),
)
def test_any_edition_of_an_exercise_is_one_mention_of_it(
    edition: int, written: str, stem: str
) -> None:
    name = stem + written.format(n=edition)
    links = _links(f"軍方宣布，「{name}」演練明天開始。", "taiwan")
    expected = "han-kuang" if stem in ("漢光", "汉光") else "keen-sword"
    assert (name, expected) in links


def test_a_warship_written_with_its_countrys_one_character_carries_the_country() -> None:
    text = "這是今年以來日艦第2度通過臺海，美舰也曾过航台湾海峡。"
    links = _links(text, "taiwan")
    assert ("日艦", "japan") in links
    assert ("美舰", "united-states") in links


@given(day=st.sampled_from(["5", "１２", "今", "昨", "同", "翌"]))
def test_a_days_ri_before_a_warship_word_is_no_japan(day: str) -> None:
    links = _links(f"國防部{day}日艦艇動態：共艦7艘。", "taiwan")
    assert not [e for _, e in links if e == "japan"]


def test_the_party_before_the_army_is_china_and_the_country_before_an_agency_is_its_own() -> None:
    links = _links("國防部今日公布中共解放軍臺海周邊海、空域動態。據日本共同社報導。", "taiwan")
    assert ("中共", "china") in links
    assert ("解放軍", "pla") in links
    assert ("日本", "japan") in links
    assert ("共同社", "kyodo") in links


def test_a_capital_that_agrees_to_a_deal_is_its_government() -> None:
    links = _links("美國與臺灣完成談判，華府同意將關稅調降至15%。", "taiwan")
    assert ("華府", "united-states") in links


def test_ships_and_classes_in_chinese_copy_are_linked() -> None:
    links = _links(
        "美国海军“拉尔夫·约翰逊”号驱逐舰过航台湾海峡。参演兵力包括055型驱逐舰。", "china"
    )
    assert ("拉尔夫·约翰逊", "uss-ralph-johnson") in links
    assert ("055型驱逐舰", "type-055-destroyer") in links


def test_a_day_before_a_side_word_leaves_japans_side_to_japan() -> None:
    links = _links("王毅表示，中方愿同日方一道，推动中日关系。", "china")
    assert ("日方", "japan") in links


def test_the_plas_news_site_holds_no_mention_of_the_pla() -> None:
    links = _links("据中国军网报道，同日另有4艘海警舰船在钓鱼岛毗连区巡查。", "china")
    assert not [e for _, e in links if e in ("pla", "china")]
