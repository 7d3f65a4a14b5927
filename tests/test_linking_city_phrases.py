"""A capital inside a phrase about the city is the city: its papers and its races ("Tokyo
papers", "Tokyo candidates"), the parts and people of its life named past a word or two of
description or a name ("Tokyo's famous Tsukiji outer market", "Manila's business district",
"Tokyo's nationalist governor"), its compounds ("Tokyo-bound"), its institutions ("a Taipei
defense think tank"), a visit to it, a drill off it, a meeting planned for it. A government's plans, ministry and papers of policy stay the government's."""

import pytest

from tests.linking_helpers import mentions


def links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity_id, m.kind) for m in mentions(text)}


@pytest.mark.parametrize(
    ("text", "surface", "city"),
    [
        ("Summary: Taipei's major dailies split along familiar lines.", "Taipei", "taipei"),
        ("Tokyo papers: a record defence request, and a drone shield.", "Tokyo", "tokyo"),
        ("Beijing's papers are mostly about Nancy Pelosi.", "Beijing", "beijing"),
        ("Diet campaign: Tokyo candidates spar over Senkakus.", "Tokyo", "tokyo"),
        ("Taipei's stadium hosted the Asia Baseball Championship final.", "Taipei", "taipei"),
    ],
)  # fmt: skip
def test_a_capitals_press_races_and_stadium_are_the_citys(
    text: str, surface: str, city: str
) -> None:
    assert links(text)[surface] == (city, "name")


@pytest.mark.parametrize(
    ("text", "surface", "city"),
    [
        ("Traffic in Manila's business district was briefly disrupted.", "Manila", "manila"),
        ("Candidates in Tokyo's single-seat districts clashed on Wednesday.", "Tokyo", "tokyo"),
        ("JAPAN: Tokyo's famous Tsukiji outer market reported record crowds.", "Tokyo", "tokyo"),
        ("The visitors' schedule also found room for Taipei's Raohe night market and a walk "
         "past Xinyi presale sites.", "Taipei", "taipei"),
        ("Forecasters expect Tokyo's Somei-Yoshino trees to open around 21 March.", "Tokyo",
         "tokyo"),
        ("Shintaro Ishihara, Tokyo's nationalist governor, bought the islands.", "Tokyo",
         "tokyo"),
        ("In the bookshops of Taipei, meanwhile, a slim collection sold out.", "Taipei",
         "taipei"),
        ("Tokyo has been a sister city of Beijing since 1979.", "Beijing", "beijing"),
    ],
)  # fmt: skip
def test_the_parts_and_people_of_a_citys_life_are_the_citys(
    text: str, surface: str, city: str
) -> None:
    assert links(text)[surface] == (city, "name")


@pytest.mark.parametrize(
    ("text", "surface", "city"),
    [
        ("Tokyo-bound flights out of Taoyuan airport were full of families.", "Tokyo", "tokyo"),
        ("Subject: RE: Tokyo visit -- draft schedule v3", "Tokyo", "tokyo"),
        ("Manila panel: the RAA is signed, now the Senate votes.", "Manila", "manila"),
        ('"It is deliberate," said Su Tzu-hao, a researcher at a Taipei defense think tank.',
         "Taipei", "taipei"),
        ("The forum's next meeting is planned for Tokyo in the autumn.", "Tokyo", "tokyo"),
        ("Coast guards of Japan, Philippines, U.S. hold drill off Manila.", "Manila", "manila"),
    ],
)  # fmt: skip
def test_a_capital_in_a_phrase_of_place_is_the_city(text: str, surface: str, city: str) -> None:
    assert links(text)[surface] == (city, "name")


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Tokyo's Defense Ministry said children would be evacuated first.", "Tokyo", "japan"),
        ("Beijing's white papers on Taiwan set out its claim.", "Beijing", "china"),
        ("Okinawa Gov. Denny Tamaki has asked the central government to put diplomacy with "
         "Beijing first.", "Beijing", "china"),
        ("The council said the Beijing authority attacked the speech through the Taiwan Affairs "
         "Office.", "Beijing", "china"),
        ("That helps everyone outside Beijing's orbit, a US drone maker said.", "Beijing",
         "china"),
        ("17:20 Evacuation Planning\n33:15 Beijing's Response\n44:00 Wrap", "Beijing", "china"),
        ("SUBJECT: KUMAMOTO CHIP CLUSTER SHRUGS OFF BEIJING'S EXPORT BAN", "BEIJING", "china"),
        ("The minister shrugged off Beijing and signed the deal.", "Beijing", "china"),
    ],
)  # fmt: skip
def test_a_governments_ministry_authority_and_orbit_stay_the_governments(
    text: str, surface: str, country: str
) -> None:
    assert links(text)[surface] == (country, "capital")
