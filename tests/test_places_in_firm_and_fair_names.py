"""A place the model reads inside one name no entry knows is still a mention of it: a firm's
seat after "of" in trade-press names ("Bluewater Garment Systems of Michigan", "Shurei Textiles
of Naha"), and the city a fair is named for even where the model took the fair for a person
("Cleantex Expo Kaohsiung")."""

from monitor.nlp.kb import default_kb
from monitor.nlp.mention import Mention
from monitor.nlp.places_in_names import places_in_unknown_names

KB = default_kb()


def unknown(text: str, label: str, start: int = 0) -> Mention:
    key = text.lower().replace(" ", "-")
    return Mention(text, label, text, f"{label.lower()}:{key}", start, start + len(text), False)


def known(text: str, entity_id: str, start: int) -> Mention:
    entry = KB.entities[entity_id]
    return Mention(text, entry.type, entry.name, entity_id, start, start + len(text), True)


def places(mentions: list[Mention]) -> set[tuple[str, str, int]]:
    return {(m.text, m.entity_id, m.start) for m in places_in_unknown_names(mentions, KB)}


def test_a_trade_firms_seat_after_of_is_a_mention_of_the_place() -> None:
    firm = unknown("Bluewater Garment Systems of Michigan", "ORG", 40)
    linens = unknown("Shurei Textiles of Naha", "ORG", 120)
    found = places([firm, linens])
    assert ("Michigan", "michigan", 40 + firm.text.index("Michigan")) in found
    assert ("Naha", "naha", 120 + linens.text.index("Naha")) in found


def test_a_fair_named_for_a_city_is_read_so_though_the_model_took_it_for_a_person() -> None:
    fair = unknown("Cleantex Expo Kaohsiung", "PERSON", 60)
    found = places([known("KAOHSIUNG", "kaohsiung", 0), fair])
    assert ("Kaohsiung", "kaohsiung", 60 + fair.text.index("Kaohsiung")) in found


def test_a_persons_name_that_holds_a_place_stays_the_persons() -> None:
    person = unknown("Osaka Nakamura", "PERSON", 30)
    assert places([known("Osaka", "osaka", 0), person]) == set()
