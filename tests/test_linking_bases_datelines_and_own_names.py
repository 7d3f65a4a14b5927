"""Whose a bare service is beside US bases beyond Japan, where a digest's item opens when its
outlet is one the knowledge base does not know, what a nationality word opening a body's own
name names, and what an office's title is beside a body with a name like it."""

import pytest

from tests.linking_helpers import cjk_links, mentions


def _links(text: str, published: str = "2025-06-18") -> list[tuple[str, str, str]]:
    return [(m.text, m.entity_id, m.kind) for m in mentions(text, published) if m.in_kb]


@pytest.mark.parametrize(
    ("text", "service", "expected"),
    [
        ("PEARL HARBOR — Thirty survivors came, a few on the arms of grandsons in Navy whites. "
         "The People's Liberation Army Navy sent no one.", "Navy", "us-navy"),
        ("On Guam, residents woke to the news. \"We're closer to this than people think,\" said "
         "Frank Cruz, a Navy veteran. China's navy, the PLA Navy, said the test was routine.",
         "Navy", "us-navy"),
        ("The Guam Defense System is built around Aegis and the Army's new radars, against the "
         "missile the People's Liberation Army Rocket Force showed off.", "Army", "us-army"),
        ("Two B-52H bombers from Andersen flew over the East China Sea. The Air Force's own "
         "release talked of allies; the PLA Air Force shadowed them.", "Air Force",
         "us-air-force"),
    ],
)  # fmt: skip
def test_a_bare_service_beside_us_bases_on_guam_and_in_hawaii_is_the_us_service(
    text: str, service: str, expected: str
) -> None:
    assert (service, expected, "name") in _links(text)


def test_a_tainan_story_keeps_its_own_navy_beside_guam() -> None:
    text = "TAINAN (CNA) — Before the Navy's frigate sailed for Guam, crews trained in Tainan."
    assert ("Navy", "roc-navy", "name") in _links(text)


@pytest.mark.parametrize(
    "item",
    [
        "YOKOSUKA, Japan (Stars and Stripes) — The carrier USS George Washington pulled in to "
        "begin its tour as the Navy's forward-deployed carrier.",
        "YOKOSUKA (Navy Times) -- The USS George Washington returned as the Navy's "
        "forward-deployed carrier.",
    ],
)
def test_a_digest_item_credited_to_an_unknown_outlet_before_a_dash_opens_its_own_item(
    item: str,
) -> None:
    digest = (
        "Taipei, Nov. 20 (Focus Taiwan) Taiwan's Ministry of National Defense said it tracked 13 "
        "Chinese military aircraft.\n\n" + item
    )
    assert ("Navy", "us-navy", "name") in _links(digest, "2024-11-22")


@pytest.mark.parametrize(
    ("text", "name", "word"),
    [
        ("TAIPEI (CNA) — The American Institute in Taiwan said it welcomed the vote.",
         "American Institute in Taiwan", "American"),
        ("KDEI, the Indonesian Economic and Trade Office to Taipei, posted the hotline.",
         "Indonesian Economic and Trade Office to Taipei", "Indonesian"),
        ("France sent a frigate from French Polynesia to the exercise.", "French Polynesia",
         "French"),
    ],
)  # fmt: skip
def test_a_nationality_word_opening_an_office_abroads_or_a_places_own_name_is_the_names(
    text: str, name: str, word: str
) -> None:
    links = _links(text)
    assert any(surface == name for surface, _, _ in links)
    assert not any(surface == word and kind == "demonym" for surface, _, kind in links)


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("BEIJING (Xinhua) — The Chinese Navy said its ships would sail on.", "Chinese", "china"),
        ("The Japanese Foreign Ministry lodged a protest.", "Japanese", "japan"),
        ("MANILA — The Philippine Coast Guard said its cutter was blocked.", "Philippine",
         "philippines"),
    ],
)  # fmt: skip
def test_a_nationality_word_opening_a_body_at_home_still_names_the_country(
    text: str, word: str, country: str
) -> None:
    assert (word, country, "demonym") in _links(text)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("TOKYO (Kyodo) — The plan was drawn up by the Cabinet Secretariat. Chief Cabinet "
         "Secretary Yoshimasa Hayashi said it assumed no particular country.", None),
        ("TOKYO (Kyodo) — The Cabinet Secretariat drew up the plan. The Chief Cabinet "
         "Secretary said it assumed no particular country.", "yoshimasa-hayashi"),
    ],
)  # fmt: skip
def test_an_office_title_beside_a_body_with_a_like_name_is_no_misspelling_of_the_body(
    text: str, holder: str | None
) -> None:
    titles = {entity for surface, entity, _ in _links(text) if surface == "Chief Cabinet Secretary"}
    assert "japan-cabinet-secretariat" not in titles
    assert holder is None or titles == {holder}


@pytest.mark.parametrize(
    "text",
    [
        "ニューヨーク・タイムズによると、協議のタイミングは未定だ。",
        "沖縄タイムスの記者がネクタイ姿で取材した。",
        "タイガーエア台湾は新しいタイプの機材を導入した。",
    ],
)
def test_a_places_katakana_name_inside_a_loanword_is_no_place(text: str) -> None:
    assert "thailand" not in {entity for _, entity in cjk_links(text, "japan")}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Farmers near the Hualien base say the F-16s fly most weekdays.", "Hualien base"),
        ("The Hualien Air Force Base's fighter wing declined to comment.",
         "Hualien Air Force Base"),
        ("Hangars at the Hualien airbase are cut into the mountain.", "Hualien airbase"),
    ],
)  # fmt: skip
def test_a_base_named_for_its_city_in_english_is_the_base_not_the_city(
    text: str, surface: str
) -> None:
    found = _links(text)
    assert (surface, "hualien-air-base", "name") in found
    assert not [link for link in found if link[1] == "hualien"]
