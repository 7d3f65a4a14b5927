"""Bodies and regions written short: a headline's "Ocean council" over the Ocean Affairs
Council, a service's head after its name ("Japan Coast Guard Commandant ..."), and a prefecture
listed before "and other prefectures", each found under the entity a reader follows."""

from linking_helpers import mentions


def _ids(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text)}


def test_a_headlines_clipped_body_is_the_body_the_story_names() -> None:
    text = (
        "Ocean council funds radio relays for outlying islands\n\nTaipei, Sept. 3 (Focus Taiwan) "
        "The Ocean Affairs Council said on Tuesday it would fund radio relays on Pratas."
    )
    assert _ids(text).get("Ocean council") == "ocean-affairs-council"


def test_a_clipped_body_with_no_full_name_beside_it_stays_unlinked() -> None:
    text = "Ocean council funds radio relays\n\nThe council said it would fund relays on Pratas."
    assert _ids(text).get("Ocean council") != "ocean-affairs-council"


def test_a_services_commandant_after_its_name_leaves_the_service() -> None:
    text = "Japan Coast Guard Commandant Yoshio Seguchi signed the pact in Manila on Wednesday."
    assert _ids(text).get("Japan Coast Guard") == "japan-coast-guard"


def test_a_region_listed_before_other_prefectures_is_the_prefecture() -> None:
    text = "Evacuees would be flown to Fukuoka, Kagoshima and other receiving prefectures."
    assert _ids(text).get("Kagoshima") == "kagoshima-prefecture"
