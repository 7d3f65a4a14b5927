"""What earlier rounds left (ja-blind31-004, ja-blind34-028, zh-blind34-017, zh-blind34-046) and
zh-blind35-008: a term named after its place without the place beside its full name, and its
acronym glossed in brackets; a headline's short form glued to its people's evacuation or
defence; a headline's bare service read as its story reads it; ties with 中共, the party's; and
a teacher's worked example of what 架次 counts, which is no fact."""

from datetime import UTC, date, datetime

import pytest
from incursion_helpers import cjk_facts_at

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _mentions(text: str, home: str) -> set[tuple[str, str]]:
    return {(m.text, m.entity_id) for m in cjk_mentions(text, default_kb(), date(2024, 2, 1), home)}


FIR_STORY = (
    "中国、Ｍ５０３航路の運用変更　台湾「飛行情報区の安全に影響」\n\n"
    "台湾の交通部民用航空局は「台北飛行情報区（ＦＩＲ）の航空安全に影響を与える」と反発した。"
)


def test_a_term_named_after_its_place_is_found_without_it_beside_its_full_name() -> None:
    assert ("飛行情報区", "taipei-fir") in _mentions(FIR_STORY, "japan")


def test_the_acronym_a_names_english_form_writes_after_its_place_glosses_it() -> None:
    assert ("ＦＩＲ", "taipei-fir") in _mentions(FIR_STORY, "japan")


def test_a_term_without_its_full_name_in_the_article_is_not_clipped() -> None:
    assert not any(
        surface == "飛行情報区" for surface, _ in _mentions("飛行情報区の安全に影響。", "japan")
    )


@pytest.mark.parametrize(
    "headline", ["先島避難計画、牛はどうする", "先島有事に備え", "先島防衛の要"]
)
def test_a_headlines_short_form_glued_to_its_peoples_evacuation_or_defence_is_the_islands(
    headline: str,
) -> None:
    text = f"{headline}\n\n政府は沖縄県の先島諸島の住民約１２万人を九州に避難させる計画を公表した。"
    assert ("先島", "sakishima-islands") in _mentions(text, "japan")


def test_a_short_form_glued_to_another_word_stays_unread() -> None:
    text = "先島諸島の住民。先島諸国の話ではない。"
    assert not any(surface == "先島" for surface, _ in _mentions(text, "japan"))


def test_a_headlines_bare_service_is_the_one_its_story_reads() -> None:
    text = (
        "共軍無人機繞台 陸軍後備旅首編無人機分隊\n\n"
        "國防部今日公布共機動態。陸軍司令部同日表示，今年起各後備旅將編成無人機分隊。"
    )
    mentions = _mentions(text, "taiwan")
    assert ("陸軍", "roc-army") in mentions
    assert ("陸軍", "pla-ground-force") not in mentions


def test_capitol_hill_in_chinese_is_the_hill_not_congress() -> None:
    assert _mentions("草案預計下月在華盛頓國會山莊進行全院表決。", "taiwan") >= {
        ("國會山莊", "capitol-hill")
    }


WORKED_EXAMPLE = (
    "國防部今（十一）日公布的資料寫著：「偵獲共機十九架次、共艦六艘，其中共機十二架次逾越中線"
    "進入我北部及西南空域。」老師說明，「架次」是飛機出動的次數，同一架飛機飛兩次就算兩架次；"
    "「中線」指的是臺灣海峽中線；新聞裡的「空域」則是防空識別區。"
)


def test_a_worked_example_of_what_a_sortie_counts_is_no_fact() -> None:
    facts = cjk_facts_at(WORKED_EXAMPLE, datetime(2025, 12, 11, 0, 20, tzinfo=UTC))
    assert not any(count == 2 for count, *_ in facts)
    assert (12, "aircraft", "median line", "Taiwan", "2025-12-11") in facts


def test_a_count_reckoned_by_a_verb_of_calculating_stands() -> None:
    text = "國防部今天表示，經估算偵獲共機19架次、共艦6艘在台海周邊活動。"
    facts = cjk_facts_at(text, datetime(2025, 12, 11, 0, 20, tzinfo=UTC))
    assert (19, "aircraft", "around Taiwan", "Taiwan", "2025-12-11") in facts


@pytest.mark.parametrize(
    "text",
    [
        "美國國務卿宣布將撤銷部分與中共有關聯的中國留學生簽證。",
        "美国国务卿宣布将撤销部分与中共有关联的中国留学生签证。",
        "調查發現該團體與中共有聯繫。",
    ],
)
def test_ties_with_the_communist_party_are_the_partys(text: str) -> None:
    assert ("中共", "ccp") in _mentions(text, "taiwan")


@pytest.mark.parametrize("text", ["中共對台施壓不斷。", "陸委會譴責中共的挑釁。"])
def test_the_communist_party_as_an_actor_stays_the_state(text: str) -> None:
    assert ("中共", "china") in _mentions(text, "taiwan")
