"""Runs of one-character countries in Japanese copy ("日米豪比の４カ国", "日比円滑化協定"): each
character is its country when the article names it, and a lone character inside another word
(比較, 豪雨, 印象) is none (the ja-blind9 and ja-blind18 passages' class of miss)."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb

COUNTRIES = {"日": "japan", "米": "united-states", "豪": "australia", "比": "philippines"}
FULL_NAMES = {"japan": "日本", "united-states": "米国", "australia": "オーストラリア"}
FULL_NAMES["philippines"] = "フィリピン"


def _links(text: str) -> set[tuple[int, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 11, 20), "japan")
    return {(m.start, m.entity_id) for m in mentions if len(m.text) == 1}


def test_each_character_of_a_four_country_run_is_its_country() -> None:
    text = "日米豪比の４カ国は４日、日本、米国、オーストラリア、フィリピンの艦艇で共同訓練をした。"
    assert _links(text) == {
        (0, "japan"), (1, "united-states"), (2, "australia"), (3, "philippines"),
    }  # fmt: skip


def test_a_pact_named_after_a_pair_links_the_country_the_article_names() -> None:
    text = "日比円滑化協定が参院で承認された。フィリピンとの共同訓練が増える。"
    assert _links(text) == {(1, "philippines")}


def test_characters_inside_other_words_are_no_country() -> None:
    text = "フィリピンと日本の艦艇を比較した。豪雨の印象が強い。オーストラリアも加速する。"
    assert _links(text) == set()


def test_a_run_glued_to_a_word_before_it_is_no_country() -> None:
    assert _links("今日米を買った。米国と日本の話。") == set()


@given(st.lists(st.sampled_from(sorted(COUNTRIES)), min_size=2, max_size=4, unique=True))
def test_every_country_of_any_run_the_article_names_is_linked(run: list[str]) -> None:
    named = "、".join(FULL_NAMES[COUNTRIES[char]] for char in run)
    text = f"{''.join(run)}の連携を確認した。{named}の防衛当局が会談した。"
    assert _links(text) == {(i, COUNTRIES[char]) for i, char in enumerate(run)}
