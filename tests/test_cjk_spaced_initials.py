"""A person whose initials writers space ("C. C. Wei", as sixteen labelled passages write TSMC's
chairman) is the knowledge base's person, in text and in the evaluation's gold ids alike."""

from linking_helpers import mentions

from monitor.nlp.gold_ids import gold_id
from monitor.nlp.kb import default_kb


def test_spaced_initials_are_the_person_in_a_writers_canonical_name() -> None:
    assert gold_id("C. C. Wei", {"type": "PERSON"}, default_kb()) == "c-c-wei"


def test_spaced_initials_in_english_copy_link_the_person() -> None:
    found = {m.text: m.entity_id for m in mentions("TSMC chairman C. C. Wei said demand held.")}
    assert found.get("C. C. Wei") == "c-c-wei"
