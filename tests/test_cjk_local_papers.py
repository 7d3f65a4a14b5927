"""Japanese local papers as an analyst reads them: a short form beside the full name the story
writes (先島, 山口, 海洋委, 11管) is that name's entity, a correction notice's wrong figure is no
fact, a capital that offers help is its government, and a city named after an island or a
bureau named after a region is no mention of the place."""

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import cjk_facts_at

from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def links(text: str) -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), "japan")
    return [(m.text, m.entity_id) for m in mentions]


def test_a_headlines_short_forms_are_the_names_the_body_writes_in_full() -> None:
    story = (
        "先島１２万人の避難計画　受け入れ先は九州・山口\n\n"
        "政府は２７日、沖縄県の先島諸島の住民を九州各県と山口県に避難させる計画を公表した。"
    )
    [analysis] = analyse([TextToAnalyse("a", story, "ja", datetime(2025, 3, 28, tzinfo=UTC))])
    found = {(m.text, m.entity_id) for m in analysis.mentions}
    assert ("先島", "sakishima-islands") in found
    assert ("山口", "yamaguchi-prefecture") in found
    # the headline's last word and the body's first are no one name
    assert not any("\n" in m.text for m in analysis.mentions)


def test_a_committee_and_a_coast_guard_region_clipped_as_local_papers_clip_them() -> None:
    assert ("海洋委", "ocean-affairs-council") in links(
        "「常態化」と警戒　台湾海洋委\n\n台湾の海洋委員会の管碧玲主任委員は１８日、述べた。"
    )
    assert ("11管", "jcg-11th-region") in links(
        "第11管区海上保安本部によると、船2隻が領海を出た。\n　11管によると、4隻が航行した。"
    )


def test_a_short_form_is_no_name_without_the_full_one_or_as_a_persons() -> None:
    assert ("山口", "yamaguchi-prefecture") not in links("山口で会見した。")
    assert ("山口", "yamaguchi-prefecture") not in links("山口県の山口さんは話した。")
    assert ("先島", "sakishima-islands") not in links("先島諸島の先島丸が入港した。")


@given(st.text(alphabet="先島諸山口県海洋委員会の、。はさん第11管区海上保安本部\n", max_size=40))
def test_a_short_form_is_linked_only_where_the_article_writes_its_full_name(text: str) -> None:
    full = {"sakishima-islands": "先島諸島", "yamaguchi-prefecture": "山口県"}
    for surface, entity_id in links(text):
        assert surface in text
        if entity_id in full:
            assert full[entity_id] in text


def test_a_corrections_wrong_figure_is_no_fact() -> None:
    notice = (
        "訂正\n\n１２日付３面「中国軍機２７機が台湾周辺に」の記事で、台湾国防部が１２日に発表した"
        "中国軍の活動のうち、台湾海峡の中間線を越えた機数を「２１機」としたのは「１２機」の誤り"
        "でした。訂正します。"
    )
    assert (12, "aircraft", "median line", "Taiwan", "2025-02-12") in cjk_facts_at(
        notice, datetime(2025, 2, 13, tzinfo=UTC)
    )
    assert not any(
        fact[2] == "median line" and fact[0] != 12
        for fact in cjk_facts_at(notice, datetime(2025, 2, 13, tzinfo=UTC))
    )


def test_ships_reported_through_japans_straits_are_no_fact_around_taiwan() -> None:
    memo = "▽８日（月）中国海軍の駆逐艦など３隻が大隅海峡を西進し、東シナ海へ（統合幕僚監部）"
    assert cjk_facts_at(memo, datetime(2025, 9, 14, tzinfo=UTC)) == set()


def test_a_capital_offering_help_is_its_government() -> None:
    found = links(
        "台北、東京の支援申し出に謝意\n\n台北は４日、東京からの支援の申し出に謝意を表明した。"
    )
    assert [link for link in found if link[0] == "東京"] == [("東京", "japan")] * 2


def test_an_islands_city_and_a_regions_defence_bureau_are_no_mention_of_the_place() -> None:
    found = links("沖縄防衛局は２１日、宮古島市で説明会を開いた。九州防衛局も同日、説明した。")
    assert not {"okinawa", "miyako-island", "kyushu"} & {entity for _, entity in found}
