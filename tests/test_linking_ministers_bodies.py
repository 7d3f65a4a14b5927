"""A ministry named without its country in a story with no dateline or credit to say whose it
is: the ministry whose minister the story names, from the real pipeline. Texts written for these
tests."""

from tests.linking_helpers import mentions


def links(text: str, published: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text, published)}


def test_the_ministry_is_the_named_ministers() -> None:
    text = (
        "Defence Minister Wellington Koo toured a drone workshop in Taichung on Friday.\n\n"
        "The Ministry of National Defense wants 3,000 of the drones by 2027, a budget note said."
    )
    assert links(text, "2025-09-12")["Ministry of National Defense"] == "taiwan-mnd"


def test_a_minister_out_of_office_decides_nothing() -> None:
    text = (
        "Defence Minister Wellington Koo toured a drone workshop in Taichung on Friday.\n\n"
        "The Ministry of National Defense wants 3,000 of the drones by 2027, a budget note said."
    )
    assert "Ministry of National Defense" not in links(text, "2019-09-12")


def test_ministers_of_two_countries_decide_nothing() -> None:
    text = (
        "Defence Minister Wellington Koo said he had read Dong Jun's speech in Singapore.\n\n"
        "The Ministry of National Defense said the speech changed nothing."
    )
    found = links(text, "2025-06-02")
    assert found["Dong Jun"] == "dong-jun"
    assert "Ministry of National Defense" not in found


def test_a_minister_named_without_his_title_decides_nothing() -> None:
    # A retired envoy speaks of "both ministries, ours and theirs": the other side's minister,
    # named bare in the answer, is no owner of the ministry in the question.
    text = (
        "The former envoy said the Ministry of Foreign Affairs had been too slow for years.\n\n"
        "Wang Yi and our own foreign ministers met often, he said, and little came of it."
    )
    assert links(text, "2025-03-10").get("Ministry of Foreign Affairs") != "china-mfa"


def test_a_minister_titled_after_the_ministry_still_decides() -> None:
    text = (
        "The Ministry of Foreign Affairs said the observer bid had failed for a ninth year.\n"
        "- FM Lin Chia-lung said the island would keep training foreign nurses."
    )
    assert links(text, "2025-05-20")["Ministry of Foreign Affairs"] == "taiwan-mofa"


def test_a_place_of_another_country_beside_the_ministry_outweighs_the_minister() -> None:
    # A round-up moves from one capital's papers to another's: the ministry in the paragraph
    # from Tokyo is not the minister's named paragraphs before.
    text = (
        "Defense Minister Wellington Koo told legislators the forces would not be provoked.\n\n"
        "A Tokyo daily says the Defense Ministry has raised its alert near Yonaguni."
    )
    assert links(text, "2025-04-02").get("Defense Ministry") != "taiwan-mnd"
    text = (
        "Foreign Minister Takeshi Iwaya met his counterparts in Manila on Monday.\n\n"
        "Beijing's reply will come from the Foreign Ministry briefing on Tuesday."
    )
    assert links(text, "2025-04-02").get("Foreign Ministry") != "japan-mofa"


def test_the_ministrys_own_sentence_places_it_before_the_one_before() -> None:
    text = (
        "Japan's officials liken the Philippines to Taiwan as a front line. "
        "A Defense Ministry official in Tokyo said the two seas were one theatre.\n\n"
        "Defense Minister Gen Nakatani will visit Manila in the autumn."
    )
    assert links(text, "2025-04-13").get("Defense Ministry") == "japan-mod"


def test_the_ministry_reporting_its_titled_ministers_call_is_his() -> None:
    # A dateline of two capitals and the other side's minister, named bare, leave the ministry
    # that reports its own minister's call to him.
    text = (
        "BEIJING/TOKYO, March 3 -- Trade resumed on Monday.\n\n"
        "Foreign Minister Takeshi Iwaya spoke with Wang Yi, his Chinese counterpart, by phone "
        "on Monday, the Foreign Ministry said."
    )
    assert links(text, "2025-03-03")["Foreign Ministry"] == "japan-mofa"
