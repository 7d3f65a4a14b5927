"""A person called by family name alone in notes and briefs that never write the full name
("FM Motegi + DM Koizumi", "Rubio confirmed as SecState", "call list includes Iwaya"): after a
title, written out or abbreviated, the day's holder of the office it names, else the one person
of the knowledge base who bears the name; without a title, only that one person, in office that
day, of a country the article names.
Texts written for these tests."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linking_helpers import mentions

from monitor.nlp.kb import default_kb

KB = default_kb()


def links(text: str, published: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text, published)}


def test_family_names_after_abbreviated_titles_are_the_people_who_bear_them() -> None:
    text = "Readout, 2+2 in Manila (FM Motegi + DM Koizumi / SND Teodoro)\n- agreed to widen drills"
    found = links(text, "2026-03-20")
    assert found["Motegi"] == "toshimitsu-motegi"
    assert found["Koizumi"] == "shinjiro-koizumi"
    assert found["Teodoro"] == "gilberto-teodoro"


def test_a_lone_family_name_is_the_office_holder_of_the_day() -> None:
    text = "US: Rubio confirmed as SecState; his first call list includes Iwaya (Japan FM)."
    found = links(text, "2025-01-22")
    assert found["Rubio"] == "marco-rubio"
    assert found["Iwaya"] == "takeshi-iwaya"


def test_a_title_names_a_past_holder_but_a_lone_name_only_the_days_holder() -> None:
    titled = links("Brief: FM Kamikawa heads to New York for the UN week.", "2024-09-10")
    assert titled["Kamikawa"] == "yoko-kamikawa"  # the model reads the town's name here
    assert "FM" not in titled  # the title, not the ministry
    alone = links("Kamikawa spoke to reporters after the vote.", "2026-06-01")
    assert alone.get("Kamikawa") != "yoko-kamikawa"  # out of office: a town or anyone


def test_a_possessive_after_a_title_still_names_the_holder() -> None:
    found = links("- Hegseth praised PM Takaichi's push on defense spending", "2025-12-09")
    assert found["Takaichi"] == "sanae-takaichi"


def test_a_family_name_another_person_in_the_article_bears_in_full_is_theirs() -> None:
    text = "Local grower Tony Rubio sells mangoes in Miami. Rubio said prices rose."
    assert "marco-rubio" not in links(text, "2025-06-02").values()


@pytest.mark.parametrize("family", ["Lin", "Wang", "Chen", "Lee"])
def test_a_family_name_several_people_bear_stays_unlinked_without_a_title(family: str) -> None:
    text = f"Notes from the briefing\n- {family} said the talks would resume in May"
    bearers = set(KB.family_names[family.casefold()])
    assert links(text, "2025-06-02").get(family) not in bearers


def test_a_lone_family_name_needs_the_persons_country_in_the_article() -> None:
    assert "takeshi-iwaya" not in links("Iwaya said the talks went well.", "2025-01-22").values()


@given(family=st.sampled_from(sorted(KB.family_names)))
def test_a_family_name_alone_names_a_person_only_when_one_bears_it(family: str) -> None:
    person = KB.person_by_family_name(family)
    bearers = KB.family_names[family]
    assert person == (bearers[0] if len(bearers) == 1 else None)


@settings(max_examples=15, deadline=None)
@given(family=st.sampled_from(sorted(k for k, v in KB.family_names.items() if len(v) > 1)))
def test_a_shared_family_name_alone_links_to_none_of_its_bearers(family: str) -> None:
    surface = family.title()
    text = f"Brief\n- {surface} met reporters on Tuesday and declined to comment."
    bearers = set(KB.family_names[family])
    assert links(text, "2025-06-02").get(surface) not in bearers


def test_family_names_the_model_leaves_unmarked_are_the_days_office_holders() -> None:
    """A slide deck lists the ministers by family name; the model marks only some of them."""
    text = (
        "Briefing deck | 16 April 2026\n"
        '• Security Consultative Committee ("2+2"), Washington, 14 April\n'
        "• Rubio, Hegseth / Motegi, Koizumi\n"
        "• Joint statement on Japan's counterstrike capability"
    )
    found = links(text, "2026-04-16")
    assert found["Rubio"] == "marco-rubio"
    assert found["Hegseth"] == "pete-hegseth"
    assert found["Motegi"] == "toshimitsu-motegi"
    assert found["Koizumi"] == "shinjiro-koizumi"


def test_an_unmarked_family_name_in_an_aside_is_the_days_office_holder() -> None:
    text = "Could this be tied to the Takaichi row? Beijing still wants Japan to retract."
    assert links(text, "2026-03-09")["Takaichi"] == "sanae-takaichi"


def test_an_unmarked_family_name_needs_its_office_and_country() -> None:
    out_of_office = links("Could this be tied to the Kamikawa row? Japan said no.", "2026-06-01")
    assert out_of_office.get("Kamikawa") != "yoko-kamikawa"
    no_country = links("Could this be tied to the Takaichi row? Nobody said.", "2026-03-09")
    assert no_country.get("Takaichi") != "sanae-takaichi"


@pytest.mark.parametrize(
    "text",
    [
        "Shinzo Abe hosted Donald Trump in Tokyo in 2019. Abe played Trump at Mobara that May.",
        "Shinzo Abe and Donald Trump were golf partners; Abe beat Trump once, aides recalled.",
    ],
)
def test_two_family_names_joined_by_a_verb_are_two_people(text: str) -> None:
    found = links(text, "2019-06-01")
    assert found["Abe"] == "shinzo-abe"
    assert found["Trump"] == "donald-trump"


def test_a_hyphened_given_name_and_a_particle_stay_inside_one_name() -> None:
    found = links("Lai Ching-te met Ursula von der Leyen's envoy in Taipei.", "2025-06-01")
    assert found["Lai Ching-te"] == "lai-ching-te"


def test_a_family_name_that_names_a_prefecture_is_the_person_where_it_stands_as_one() -> None:
    text = (
        "NAHA, Okinawa — Hiroshi Miyagi has fished off the reef for forty years. He was born "
        "in Miyagi, far to the north, and Miyagi, 58, moved south in 1990."
    )
    found = [(m.text, m.entity_id) for m in mentions(text) if m.text == "Miyagi"]
    assert found == [("Miyagi", "miyagi-prefecture"), ("Miyagi", "person:hiroshi-miyagi")]


def test_a_prefecture_is_a_place_where_no_one_bears_its_name() -> None:
    text = "Tourists crowded the coast of Miyagi on Sunday, Miyagi officials said."
    assert {m.entity_id for m in mentions(text) if m.text == "Miyagi"} == {"miyagi-prefecture"}


def test_a_place_before_a_verb_of_speech_after_in_is_no_speaker() -> None:
    text = (
        "Hualien quake leaves glass firms busy\n\n"
        "HUALIEN (Fenestra Asia) — Window fitters in Hualien said on Thursday they had taken 900 "
        "orders since the earthquake. Hualien Sheet Glass said its furnace was undamaged."
    )
    found = [(m.text, m.entity_id) for m in mentions(text) if m.text in ("Hualien", "HUALIEN")]
    assert found and all(entity_id == "hualien" for _, entity_id in found)
