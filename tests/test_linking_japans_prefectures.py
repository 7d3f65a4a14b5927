"""Japan's prefectures, each in the knowledge base under its name with and without "Prefecture",
in Japanese with its 県, 府 or 都, and bare where the bare name is no common family name: an
upper-case dateline, a story about a prefecture, and Japanese and Chinese copy naming one."""

from datetime import date

import pytest
from linking_helpers import mentions

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _linked(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text) if m.in_kb}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("AKITA, Japan — Rice farmers said the early snow had spared the harvest.",
         "AKITA", "akita-prefecture"),
        ("AOMORI (Kyodo) -- Scallop exporters in the prefecture said orders from Taiwan rose.",
         "AOMORI", "aomori-prefecture"),
        ("A delegation from Fukui Prefecture toured a Taichung eyeglass-frame maker on Monday.",
         "Fukui Prefecture", "fukui-prefecture"),
        ("Green tea growers in Shizuoka are courting buyers in Kaohsiung.",
         "Shizuoka", "shizuoka-prefecture"),
        ("Flights from Taoyuan to Niigata resume in March.", "Niigata", "niigata-prefecture"),
    ],
)  # fmt: skip
def test_a_prefecture_in_a_dateline_or_a_story_is_the_prefecture(
    text: str, surface: str, expected: str
) -> None:
    assert _linked(text).get(surface) == expected


def test_an_island_spelt_near_a_prefecture_is_the_island() -> None:
    found = _linked("Ferries to Tokunoshima and Tokushima were cancelled as the typhoon neared.")
    assert found == {"Tokunoshima": "tokunoshima", "Tokushima": "tokushima-prefecture"}


def test_a_base_named_after_a_prefecture_is_the_base() -> None:
    found = _linked("The Gifu Air Base open day drew record crowds on Sunday.")
    assert found.get("Gifu Air Base") == "gifu-air-base"


def test_a_prefecture_dateline_gives_the_story_japans_bodies() -> None:
    found = _linked("NIIGATA — The Foreign Ministry said it would brief the governor on Friday.")
    assert found.get("Foreign Ministry") == "japan-mofa"


@pytest.mark.parametrize(
    ("text", "home", "surface", "expected"),
    [
        ("青森県の知事は台湾の旅行会社と会談した。", "japan", "青森県", "aomori-prefecture"),
        ("秋田県と台南市が観光交流の覚書を結んだ。", "japan", "秋田県", "akita-prefecture"),
        ("靜岡縣茶農今年首度參加台北國際食品展。", "taiwan", "靜岡縣", "shizuoka-prefecture"),
        ("京都府の観光団が台北を訪れた。", "japan", "京都府", "kyoto"),
        ("食藥署解除栃木以外各縣限制，櫪木縣草莓下月起輸台。", "taiwan", "櫪木縣", "tochigi-prefecture"),
    ],
)  # fmt: skip
def test_japanese_and_chinese_copy_name_the_prefecture(
    text: str, home: str, surface: str, expected: str
) -> None:
    found = cjk_mentions(text, default_kb(), date(2025, 6, 1), home)
    assert (surface, expected) in {(m.text, m.entity_id) for m in found}
