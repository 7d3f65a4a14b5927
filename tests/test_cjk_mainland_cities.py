"""Mainland cities the English knowledge base names are found in Chinese copy too: a city that
has an entry but no Chinese name would be a label the Chinese reader can never meet."""

from datetime import date

import pytest

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("對岸漳州市沿海近日加強管制，金門漁民表示作業受到影響。", "zhangzhou"),
        ("峰會下月在杭州舉行，兩岸學者將出席。", "hangzhou"),
        ("杭州市政府宣布擴大動漫產業補助。", "hangzhou"),
    ],
)
def test_a_mainland_city_is_linked_in_chinese(text: str, entity: str) -> None:
    found = {m.entity_id for m in cjk_mentions(text, default_kb(), date(2025, 6, 14), "taiwan")}
    assert entity in found
