"""An island group named by its municipal address, from the real pipeline: Ishigaki has
administered the Senkaku Islands under the address "Tonoshiro Senkaku" since 2020, and copy
from the city writes it so; it is the islands, not a person the model takes it for."""

from tests.linking_helpers import mentions


def test_the_senkakus_by_their_ishigaki_address_are_the_islands() -> None:
    text = "The city keeps the islands' land registers under the address Tonoshiro Senkaku."
    found = {(m.text, m.entity_id) for m in mentions(text)}
    assert ("Tonoshiro Senkaku", "senkaku-islands") in found
