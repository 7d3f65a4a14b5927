"""Exchange societies, unions, land-use clippings services and cable trade papers write the
region's news in shapes of their own: a Japanese town filed with its prefecture ("KANAZAWA,
Ishikawa —"), a clippings list that heads each bullet with its place ("• Kagoshima —"), an event
report dated on its head line ("TECRO New Year reception, Jan. 8, Tokyo"), a society's local
chapter, a town with its unit ("Yonaguni Town"), and a ledger's "Strait activity" section. An
analyst who looks up Japan's defence ministry, the Chinese Embassy in Tokyo or the Taiwan Strait
finds these items as they find wire copy, and a city named as a place stays the city."""

from hypothesis import given, settings
from hypothesis import strategies as st
from linking_helpers import mentions

from monitor.nlp.context import article_context
from monitor.nlp.kb import default_kb

KB = default_kb()


def linked(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text, "2025-11-07")}


def test_a_town_filed_with_its_prefecture_is_a_japanese_story() -> None:
    text = (
        "KANAZAWA, Ishikawa — More than 300 local assembly members from Japan and Taiwan met "
        "on Saturday.\n\nThe Chinese Embassy did not respond to a request for comment."
    )
    assert article_context(text, KB).home == "japan"
    assert linked(text)["The Chinese Embassy"] == "china-embassy-japan"


def test_each_bulleted_clipping_is_its_places_item() -> None:
    text = (
        "LAND & DEFENCE CLIPS — Tue Nov. 7, 2023\n\n"
        "• Kagoshima — Nishinoomote council to debate handing a city road on Mageshima to the "
        "Defense Ministry (Minami-Nippon Shimbun)\n"
        "• Taiwan — 37 Chinese military aircraft were detected around Taiwan in the 24 hours "
        "to 6 a.m. Tuesday, the defense ministry said. (CNA)\n"
    )
    found = linked(text)
    assert found["Defense Ministry"] == "japan-mod"
    assert found["defense ministry"] == "taiwan-mnd"


def test_a_capital_where_an_event_or_a_chapter_is_held_is_the_city() -> None:
    report = (
        "JAPAN-TAIWAN YOUTH NETWORK — event report\nTECRO New Year reception, Jan. 8, Tokyo\n\n"
        "About 400 guests filled a hotel ballroom in Minato Ward on Thursday evening."
    )
    assert linked(report)["Tokyo"] == "tokyo"
    notes = (
        "JAPAN-TAIWAN STUDENT FORUM, Tokyo chapter — study group notes, 31 July 2023\n\n"
        "On Friday the Cabinet approved the white paper."
    )
    assert linked(notes)["Tokyo"] == "tokyo"
    digest = (
        "Press digest\n\n4. Taipei, June 19 (Focus Taiwan) The Japan-Taiwan Exchange "
        "Association said it would open an office in Kaohsiung."
    )
    assert linked(digest)["Taipei"] == "taipei"


def test_a_capital_still_acts_in_a_sentence() -> None:
    assert linked("Beijing warned Tokyo on Jan. 8 that it would respond.")["Tokyo"] == "japan"


def test_a_town_with_its_unit_and_a_ledgers_strait_section() -> None:
    # the town is the island's one municipality: "Yonaguni Town" is Yonaguni, whole or not
    assert set(linked("The delegation visits Yonaguni Town on Thursday.").values()) == {"yonaguni"}
    ledger = (
        "CABLE & ORBIT BRIEF — MONTHLY LEDGER\n\n- Mean time to repair: 11.4 days\n\n"
        "Strait activity (our tally of MND daily reports)\n- PLA aircraft: 389"
    )
    assert "taiwan-strait" in linked(ledger).values()


def test_kuba_among_the_senkakus() -> None:
    text = "The state has owned Uotsuri and Minamikojima since 2012; Kuba is privately held."
    assert linked(text)["Kuba"] == "kuba-island"


EVENTS = ["TECRO New Year reception", "Spring lecture", "Members' potluck", "Annual meeting"]
DATES = ["Jan. 8", "8 January", "March 20, 2026", "Tue Nov. 7", "20 March 2026"]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(EVENTS), st.sampled_from(DATES), st.sampled_from(["Tokyo", "Taipei"]))
def test_an_event_dated_on_its_own_line_is_held_in_the_city(
    event: str, day: str, capital: str
) -> None:
    text = f"Event report\n{event}, {day}, {capital}\n\nAbout 400 guests came on Thursday."
    assert linked(text)[capital] == capital.lower()
