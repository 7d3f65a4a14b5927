"""Readers' letters signed with a name and a town, from the real pipeline: the bare bodies and
office holders of a letter ("the premier", "the Cabinet", "the coast guard") are those of the
country the writer signs from, as a dateline's place makes a story's, while a letter whose
town the knowledge base does not know, or with no signature, leaves them as the text decides.

Each case is a shape blind-66's letters to the editor showed monitor missing, in copy written
for these tests.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.linking_helpers import mentions


def links(text: str, published: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text, published)}


JAPAN_LETTER = (
    "Letters: The buoy is still there\n\n"
    'Re: "Chinese buoy found in Japan\'s EEZ" (Aug. 6): According to your report, the coast '
    "guard said it found the buoy a week earlier. The prime minister told "
    "reporters the government would respond firmly. The Diet should ask the Cabinet why "
    "nothing has moved.\n\n{name}\n{town}"
)
TAIWAN_LETTER = (
    "Count our friends more carefully\n\n"
    "The premier told the Legislative Yuan this week that the Cabinet had a new strategy for "
    "the World Health Assembly. What is it?\n\n{name}\n{town}"
)


def test_a_letter_signed_from_a_japanese_town_speaks_of_japan() -> None:
    found = links(JAPAN_LETTER.format(name="Akira Nakamura", town="Yokohama"), "2024-08-10")
    assert found.get("coast guard") == "japan-coast-guard"
    assert found.get("prime minister") == "fumio-kishida"
    assert found.get("Cabinet") == "japan-cabinet"
    assert found.get("Yokohama") == "yokohama"


def test_a_letter_signed_from_a_taiwanese_town_speaks_of_taiwan() -> None:
    found = links(TAIWAN_LETTER.format(name="Kuo Li-chun", town="Tainan"), "2024-05-30")
    assert found.get("premier") == "cho-jung-tai"
    assert found.get("Cabinet") == "executive-yuan"


def test_a_town_with_its_prefecture_signs_for_its_country() -> None:
    letter = JAPAN_LETTER.format(name="Hiroshi Kinjo", town="Ishigaki, Okinawa Prefecture")
    assert links(letter, "2024-08-10").get("coast guard") == "japan-coast-guard"


def test_an_unknown_town_or_no_signature_decides_nothing() -> None:
    """'the premier' of a letter from a town the knowledge base lacks, or of one that ends on
    a sentence, has no country to belong to."""
    unknown = TAIWAN_LETTER.format(name="Grace Liao", town="Flushing, Queens")
    unsigned = TAIWAN_LETTER.format(name="I will keep asking.", town="Thank you")
    for letter in (unknown, unsigned):
        assert "cho-jung-tai" not in links(letter, "2024-05-30").values()


TOWNS = {
    "japan-coast-guard": ["Naha", "Naha, Okinawa", "Sapporo", "Yokohama", "Kyoto"],
    "taiwan-coast-guard": ["Tainan", "Taichung", "Kaohsiung", "Hsinchu", "Yilan"],
}
NAMES = ["Akira Nakamura", "Chen Yu-ting", "Wu Mei-ling", "Yuki Arakaki"]


@settings(max_examples=12, deadline=None)
@given(
    guard=st.sampled_from(sorted(TOWNS)),
    pick=st.integers(min_value=0, max_value=4),
    name=st.sampled_from(NAMES),
)
def test_the_signing_town_decides_whose_coast_guard(guard: str, pick: int, name: str) -> None:
    """Whoever signs, the town they sign from decides whose "coast guard" the letter means."""
    letter = JAPAN_LETTER.format(name=name, town=TOWNS[guard][pick])
    assert links(letter, "2024-08-10").get("coast guard") == guard
