"""Whose a body or a service is, and names written short or past their name: a plural head that
a list of countries shares ("Philippine, Japan coast guards"), "U.S." before "Marines", a bare
service by its speaker, its sentence's place or the group its officer leads, a capital that
acts or is the city by the words around it, and bodies, places and people written short,
misspelt or inside a site's name."""

from linking_helpers import mentions


def _links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity_id, m.kind) for m in mentions(text)}


def _ids_at(text: str, surface: str) -> list[str]:
    """The entity linked at each occurrence of `surface`, in reading order."""
    return [m.entity_id for m in mentions(text) if m.text == surface]


def test_a_plural_head_shared_by_a_list_of_countries_is_each_country() -> None:
    text = (
        "Philippine, Japan coast guards rehearse a ferry rescue off Luzon\n\n"
        "MANILA — The drill began on Monday with two cutters from each side."
    )
    found = _links(text)
    assert found.get("Japan") == ("japan", "name")
    assert "Japan coast guards" not in found


def test_a_shared_plural_after_nationality_words_is_each_country() -> None:
    found = _links("The Japanese and Philippine navies sailed together past Scarborough Shoal.")
    assert found.get("Philippine") == ("philippines", "demonym")
    assert "Philippine navies" not in found


def test_us_before_marines_is_the_country_that_owns_them() -> None:
    text = (
        "Some 2,000 U.S. Marines will rotate through Darwin this year, officials in Canberra said."
    )
    assert _links(text).get("U.S.") == ("united-states", "name")


def test_a_body_written_without_its_country_is_that_of_the_storys_places() -> None:
    text = "TOKYO — The Meteorological Agency issued heavy rain warnings for Kyushu on Friday."
    assert _links(text).get("The Meteorological Agency") == ("japan-meteorological-agency", "name")


def test_a_city_named_with_its_unit_and_a_possessive_is_the_place() -> None:
    text = "KUMAMOTO — The new plant draws on the aquifer beneath Kumamoto City's eastern wards."
    assert _links(text).get("Kumamoto City") == ("kumamoto", "name")


def test_a_prefectures_short_name_listed_with_a_city_is_the_prefecture() -> None:
    text = "TOKYO — Graduates who leave for Fukuoka or Kagoshima to train as nurses rarely return."
    assert _links(text).get("Kagoshima") == ("kagoshima-prefecture", "name")


def test_a_body_cut_by_the_place_the_story_named_is_that_body() -> None:
    text = (
        "HSINCHU — Traffic around the Hsinchu Science Park eased on Friday. The Science Park "
        "Bureau said shuttle buses would keep their timetable."
    )
    assert _links(text).get("The Science Park Bureau") == ("hsinchu-science-park-bureau", "name")


def test_the_service_whose_initials_open_a_sites_name_is_linked() -> None:
    text = "NAHA — New water tanks will go to JGSDF Camp Naha and Camp Kinser next spring."
    assert _links(text).get("JGSDF") == ("jgsdf", "name")


def test_a_bare_service_belongs_to_a_body_whose_second_verb_speaks() -> None:
    text = (
        "WASHINGTON — The State Department approved a $90 million sale of field radios to "
        "Taiwan on Monday. In Taipei, the Ministry of National Defense welcomed the approval and "
        "said the radios would go first to the Army's airborne brigade."
    )
    assert _links(text).get("Army") == ("roc-army", "name")


def test_a_bare_navy_in_a_sentence_set_on_guam_is_the_us_navy() -> None:
    text = (
        "KAOHSIUNG — Taiwan's coast guard chief said the drill would draw on Guam's experience "
        "after a 2023 typhoon, when Navy ships carried drinking water to its villages."
    )
    assert _links(text).get("Navy") == ("us-navy", "name")


def test_a_bare_navy_before_a_trip_to_guam_stays_the_storys_own() -> None:
    text = (
        "PENGHU — Auditors toured the Navy's Magong base on Saturday, days after the president "
        "came back from a trip with stops in Hawaii and Guam."
    )
    assert _links(text).get("Navy") == ("roc-navy", "name")


def test_a_bare_navy_in_a_story_filed_from_a_base_town_is_the_us_navy() -> None:
    text = (
        "NAHA, Okinawa — Medics from the Self-Defense Forces treated mock casualties on Friday "
        "as two PLA Navy destroyers sailed past Miyako.\n\nThe Navy clinic said it would send "
        "two surgeons to a course in Sapporo next spring."
    )
    assert _links(text).get("Navy") == ("us-navy", "name")


def test_a_bare_coast_guard_is_the_country_of_the_group_its_officer_leads() -> None:
    text = (
        "TAIPEI — Taiwan's Coast Guard Administration hosted talks on Monday. The US "
        "delegation, led by a captain from the Coast Guard's District 14, toured the port."
    )
    assert _ids_at(text, "Coast Guard") == ["us-coast-guard"]


def test_a_capital_followed_by_an_adverb_is_a_clauses_subject() -> None:
    text = "Japan has added radar units on Yonaguni, a build-up Beijing routinely condemns."
    assert _links(text).get("Beijing") == ("china", "capital")


def test_a_capital_after_an_article_and_an_ordinal_is_the_city() -> None:
    text = "Exhibitors who filled 40 booths at the previous Taipei edition stayed away this year."
    assert _links(text).get("Taipei") == ("taipei", "name")


def test_a_capitals_tap_water_is_the_citys() -> None:
    text = "Tokyo's tap-water losses are the lowest of any large city, engineers said."
    assert _links(text).get("Tokyo") == ("tokyo", "name")


def test_a_misspelling_in_a_headline_is_the_person_the_story_mends_it_to() -> None:
    text = (
        "Nakatany inspects Ishigaki fuel depot as tank work begins\n\n"
        "ISHIGAKI, Okinawa (Jiji) — Defense Minister Gen Nakatani toured the depot on Monday. "
        "Nakatany, the first minister to see it, told reporters the tanks would hold a month of "
        "water."
    )
    assert _ids_at(text, "Nakatany") == ["gen-nakatani", "gen-nakatani"]


def test_a_province_before_a_coast_guard_in_lower_case_is_the_province() -> None:
    text = "A spokesman for the Fujian coast guard said its cutters had patrolled near Kinmen."
    assert _links(text).get("Fujian") == ("fujian", "name")


def test_a_services_head_alone_is_not_read_as_a_countrys_body_cut_short() -> None:
    text = (
        "Coast guards from China and Taiwan shadowed each other off Kinmen all year.\n\n"
        "What should the Army take from this? Its task forces train for a different war."
    )
    assert _links(text).get("Army", ("", ""))[0] != "roc-army"
