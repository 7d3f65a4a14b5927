"""What history and archives writing names: the leaders of the 1954, 1958 and 1995-96 Strait
crises by their full names, by their family names once named ("Lee won"), by "the Noda
government" of their years in office, and in Japanese and Chinese, while a namesake the article
names in full keeps the family name ("Lee Hsin-yi ... Lee said") and an author cited with a year
is no president ("(Lee 2024)")."""

import pytest

from tests.linking_helpers import cjk_links, mentions


def _links(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.entity_id) for m in mentions(text, "2025-06-18")}


@pytest.mark.parametrize(
    ("text", "surface", "person"),
    [
        ("TAIPEI — In March 1996, as Lee Teng-hui campaigned for the first direct presidential "
         "election, China fired missiles. Lee won with 54 percent.", "Lee", "lee-teng-hui"),
        ("In 1958, Peng Dehuai ordered the bombardment of Kinmen, and Eisenhower sent the "
         "Seventh Fleet.", "Peng Dehuai", "peng-dehuai"),
        ("In 1958, Peng Dehuai ordered the bombardment of Kinmen, and Eisenhower sent the "
         "Seventh Fleet.", "Eisenhower", "dwight-eisenhower"),
        ("John Foster Dulles signed the treaty with Foreign Minister George Yeh in December 1954.",
         "John Foster Dulles", "john-foster-dulles"),
        ("Chiang Kai-shek's troops held Kinmen through the autumn of 1958.", "Chiang Kai-shek",
         "chiang-kai-shek"),
        ("NAHA, Okinawa — The landing helped push the Noda government toward its decision to buy "
         "three of the islands.", "Noda", "yoshihiko-noda"),
        ("TOKYO — Prime Minister Ryutaro Hashimoto watched the 1996 missile tests closely.",
         "Ryutaro Hashimoto", "ryutaro-hashimoto"),
        ("WASHINGTON — Bill Clinton sent two carrier groups toward Taiwan in March 1996.",
         "Bill Clinton", "bill-clinton"),
    ],
)  # fmt: skip
def test_leaders_of_the_strait_crises_link_to_themselves(
    text: str, surface: str, person: str
) -> None:
    assert (surface, person) in _links(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("TAIPEI — Lee Hsin-yi, a curator at the museum, said the files were fragile. Lee said "
         "they would be scanned.", "Lee"),
        ("TAIPEI (CNA) — Premier Cho Jung-tai said Chiang Wan-an had asked for funds. Chiang "
         "said the city was ready.", "Chiang"),
        ("TAIPEI — Dialogue on coast-guard matters has expanded (Lee 2024), and we argue, "
         "following Lee and Cheng (2024), that landings grew.", "Lee"),
    ],
)  # fmt: skip
def test_a_namesake_named_in_full_keeps_the_family_name(text: str, surface: str) -> None:
    linked = {entity for found, entity in _links(text) if found == surface}
    assert not linked & {"lee-teng-hui", "chiang-kai-shek", "chiang-ching-kuo"}


@pytest.mark.parametrize(
    ("text", "home", "surface", "person"),
    [
        ("一九九六年，李登輝當選總統。", "taiwan", "李登輝", "lee-teng-hui"),
        ("1958年、毛沢東は金門砲撃を命じた。", "japan", "毛沢東", "mao-zedong"),
        ("1958年，彭德怀下令炮击金门。", "china", "彭德怀", "peng-dehuai"),
    ],
)  # fmt: skip
def test_the_leaders_link_in_japanese_and_chinese(
    text: str, home: str, surface: str, person: str
) -> None:
    assert (surface, person) in cjk_links(text, home)
