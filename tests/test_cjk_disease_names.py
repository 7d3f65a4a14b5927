"""A place inside the name of a disease named after it (日本腦炎, 德國麻疹) is no mention of the
place, while a disease told of a place with nothing glued (日本流感疫情) still names it."""

from datetime import date

import pytest

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str) -> set[str]:
    return {m.entity_id for m in cjk_mentions(text, default_kb(), date(2025, 7, 2), home)}


@pytest.mark.parametrize(
    ("text", "home", "inside"),
    [
        ("衛生局提醒家長帶孩子接種日本腦炎疫苗。", "taiwan", "japan"),
        ("卫生部门通报一例日本脑炎病例。", "china", "japan"),
        ("県は日本脳炎の予防接種を呼びかけた。", "japan", "japan"),
        ("かつて日本住血吸虫の流行地だった甲府盆地。", "japan", "japan"),
        ("山歩きでダニにかまれ、日本紅斑熱と診断された。", "japan", "japan"),
        ("醫師說明中東呼吸症候群的傳播途徑。", "taiwan", "middle-east"),
        ("孕婦應在懷孕前接種德國麻疹疫苗。", "taiwan", "germany"),
        ("夏天潮濕，香港腳患者增加。", "taiwan", "hong-kong"),
        ("專家提醒登山客注意韓國型出血熱。", "taiwan", "south-korea"),
    ],
)  # fmt: skip
def test_a_place_inside_a_diseases_name_is_no_mention(text: str, home: str, inside: str) -> None:
    assert inside not in _links(text, home)


@pytest.mark.parametrize(
    ("text", "home", "place"),
    [
        ("日本流感疫情升溫，旅客出發前應先接種疫苗。", "taiwan", "japan"),
        ("日本的腦炎病例今年增加。", "taiwan", "japan"),
        ("德國麻疹病例增加後，德國政府加強接種。", "taiwan", "germany"),
        ("香港醫管局公布新數字。", "taiwan", "hong-kong"),
    ],
)  # fmt: skip
def test_a_disease_told_of_a_place_still_names_it(text: str, home: str, place: str) -> None:
    assert place in _links(text, home)
