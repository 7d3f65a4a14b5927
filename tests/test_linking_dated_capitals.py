"""A capital on a line that dates or places a text is the city: a dateline however an item is
numbered or lettered ("C) Taipei, June 10 (Focus Taiwan)", "[5] Taipei, June 2"), with a
numeric date ("Taipei, 8/20 —"), two places ("Taipei / Kumamoto, July 12, 2025") or a
translated agency's ("Xinhua News Agency Beijing February 17 telegram"); a caption or sign-off
closing on it ("MOFA press briefing, Taipei", "Peter Wang, RTI News, Taipei."); a source note
("[Foreign Ministry website, Beijing, in Chinese, 0800 gmt 26 Mar]") and a label ("Global Times
editorial (Beijing):")."""

import pytest

from tests.linking_helpers import mentions


def links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity_id, m.kind) for m in mentions(text)}


@pytest.mark.parametrize(
    "text",
    [
        "PLA drone circles near Dongsha\n\nTaipei, 8/20 — According to the defense ministry, "
        "up to 6 a.m. today 13 sorties were detected.",
        "Roundup\n\nC) Taipei, June 10 (Focus Taiwan) Taiwan detected 14 Chinese military "
        "aircraft.",
        "Roundup\n\n[5] Taipei, June 2 (Focus Taiwan) Taiwan's Mainland Affairs Council urged "
        "restraint.",
        "Kumamoto flood relief, weekly bulletin No. 2\n\nTaipei / Kumamoto, July 12, 2025\n\n"
        "Associations raised funds.",
    ],
)
def test_a_dateline_however_numbered_or_dated_is_the_city(text: str) -> None:
    assert links(text)["Taipei"] == ("taipei", "name")


def test_a_translated_agency_dateline_is_the_city() -> None:
    text = (
        "Coast guard patrol\n\nXinhua News Agency Beijing February 17 telegram. The China "
        "Coast Guard spokesperson stated that a formation patrolled the islands."
    )
    assert links(text)["Beijing"] == ("beijing", "name")


@pytest.mark.parametrize(
    "text",
    [
        "Ministers praised the statement.\n\n[CAPTION] MOFA press briefing, Taipei\n\nThe "
        "premier spoke separately.",
        "Dates to note\n\nFeb. 28 — the 228 Incident memorial, Taipei.\n\nIN THE NEWS",
        "He said forces had tracked every launch. Peter Wang, RTI News, Taipei.\n\n[ANCHOR] "
        "The Presidential Office has called for calm.",
    ],
)
def test_a_caption_or_sign_off_closing_on_a_capital_is_the_city(text: str) -> None:
    assert links(text)["Taipei"] == ("taipei", "name")


@pytest.mark.parametrize(
    "text",
    [
        "It said the patrols were legitimate. [Foreign Ministry website, Beijing, in Chinese, "
        "0800 gmt 26 Mar]",
        'Global Times editorial (Beijing): "The DPP authorities hype threats."',
    ],
)
def test_a_source_note_or_label_placing_a_text_is_the_city(text: str) -> None:
    assert links(text)["Beijing"] == ("beijing", "name")


def test_a_line_broken_in_mid_sentence_goes_on_with_its_clause() -> None:
    found = links("The launch drew a response.\n\nLater on the same day, Tokyo\nwarned Beijing.")
    assert found["Tokyo"] == ("japan", "capital")
