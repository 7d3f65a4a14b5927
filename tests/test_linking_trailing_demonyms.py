"""A headline's first word run into the nationality word after it ("Cheap Chinese steel floods
...") leaves the nationality word its country's demonym: a name never ends on one."""

from tests.linking_helpers import mentions


def test_a_nationality_word_after_a_headlines_first_word_is_its_countrys() -> None:
    text = (
        "Cheap Chinese rebar undercuts Vietnamese mills as levies begin\n\n"
        "HANOI -- Provisional duties on steel bars from China took effect on Monday."
    )
    found = {(m.text, m.entity_id, m.kind) for m in mentions(text)}
    assert ("Chinese", "china", "demonym") in found
