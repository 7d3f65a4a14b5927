"""Japanese municipal notices, mayors' press conferences and civil-protection circulars (the
ja-blind26 passages' classes of miss): an office named after its place, the town and the sister
city the knowledge base holds with their island or county, a mayor's requests to the capital,
a trip to it and a list of cities an event is held in, and a name signed with a space."""

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.cjk_script import fold, folded_spellings
from monitor.nlp.kb import default_kb


def _links(text: str) -> set[tuple[str, str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 11, 21), "japan")
    return {(m.text, m.entity_id, m.kind) for m in mentions}


@given(
    office=st.sampled_from(
        [
            ("八重山", "警察署"),
            ("八重山", "漁業協同組合"),
            ("石垣", "海上保安部"),
            ("宮古島", "海上保安署"),
            ("東海", "大学"),
            ("ＮＨＫ沖縄", "放送局"),
        ]
    )
)
def test_a_place_inside_an_offices_name_is_no_mention(office: tuple[str, str]) -> None:
    place, body = office
    text = f"落下物を発見した場合は、近づかず、{place}{body}へご連絡ください。"
    linked = {entity_id for _, entity_id, _ in _links(text)}
    assert not linked & {
        "yaeyama-islands",
        "ishigaki",
        "miyako-island",
        "east-china-sea",
        "okinawa",
    }


def test_a_towns_and_a_local_papers_names_link() -> None:
    kb = default_kb()
    assert kb.lookup("yonaguni town") == "yonaguni"
    assert kb.lookup("hualien city") == "hualien"
    text = "宮古毎日新聞（３日付）は、平良港に入港予定だったクルーズ船について報じた。"
    linked = {entity_id for _, entity_id, _ in _links(text)}
    assert "miyako-mainichi" in linked and "mainichi" not in linked


def test_a_mayors_request_to_the_capital_is_the_government() -> None:
    text = (
        "北京の対応は行き過ぎだと考えますが、東京には、冷静な外交で事態の沈静化を図っていただき"
        "たい。来週、東京に出向き、防衛省と海上保安庁に要請する予定です。"
        "政府には、北京との対話の窓口を閉ざさないよう求めたい。"
    )
    links = _links(text)
    assert ("東京", "japan", "capital") in links
    assert ("東京", "tokyo", "name") in links  # the trip is to the city
    assert ("北京", "china", "capital") in links
    assert ("北京", "beijing", "name") not in links


def test_a_visitor_asked_to_come_to_the_capital_leaves_it_the_city() -> None:
    links = _links("東京には、ぜひお越しいただきたい。")
    assert ("東京", "japan", "capital") not in links


def test_a_list_of_cities_an_event_is_held_in_are_places() -> None:
    text = (
        "台北はこの１年、航路の実現にも前向きな姿勢を示しています。"
        "本年も、台北や那覇、そして東京での交流行事を企画してまいります。"
    )
    senses = {(entity_id, kind) for surface, entity_id, kind in _links(text) if surface == "台北"}
    assert senses == {("taiwan", "capital"), ("taipei", "name")}


def test_a_signature_with_a_space_between_the_names_is_the_mayor() -> None:
    story = (
        "市長コメント\n\n令和６年１１月７日\n石垣市長　中山　義隆\n\n尖閣諸島周辺の状況について。"
    )
    published = datetime(2024, 11, 7, tzinfo=UTC)
    [analysis] = analyse([TextToAnalyse("a", story, "ja", published)])
    people = {(m.text, m.entity_id) for m in analysis.mentions if m.label == "PERSON"}
    assert ("中山\u3000義隆", "yoshitaka-nakayama") in people


@pytest.mark.parametrize(
    ("text", "surface", "person"),
    [
        ("中国共産党中央軍事委員会の何　衛東副主席は５日、北京で演説した。", "何\u3000衛東",
         "he-weidong"),
        ("外務省によると、中国の孫　衛東外務次官が来日し、会談した。", "孫\u3000衛東",
         "sun-weidong"),
        ("中国人民政治協商会議の王滬　寧主席は、台湾問題で談話を発表した。", "王滬\u3000寧",
         "wang-huning"),
    ],
)  # fmt: skip
def test_a_han_name_with_a_simplified_second_spelling_is_found_spaced(
    text: str, surface: str, person: str
) -> None:
    """A name whose characters simplify to a second spelling ("衛", "滬") is signed with a
    space in its own spelling as much as any other name."""
    published = datetime(2025, 3, 1, tzinfo=UTC)
    [analysis] = analyse([TextToAnalyse("a", text, "ja", published)])
    people = {(m.text, m.entity_id) for m in analysis.mentions if m.label == "PERSON"}
    assert (surface, person) in people


_HAN_PEOPLE = sorted(
    alias
    for entry in default_kb().entities.values()
    if entry.type == "PERSON"
    for alias in entry.aliases
    if 3 <= len(alias) <= 5 and all("\u4e00" <= c <= "\u9fff" for c in alias)
)


@given(name=st.sampled_from(_HAN_PEOPLE), cut=st.integers(1, 3), space=st.sampled_from("　 "))
def test_a_han_name_spaced_anywhere_in_its_first_four_is_one_spelling(
    name: str, cut: int, space: str
) -> None:
    spellings = folded_spellings(name, person=True)
    assert spellings[0] == fold(name)
    spaced = fold(f"{name[:cut]}{space}{name[cut:]}")
    assert (spaced in spellings) == (cut < len(name))
    # Not a person's: no space, though a name with a simplified second spelling ("王滬寧",
    # also "王滤宁" as mainland copy folds) keeps that spelling.
    assert folded_spellings(name) == tuple(s for s in spellings if " " not in s)
