"""Letters the knowledge base lacks, over a release by the body whose name spells them."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.linking_helpers import mentions

BODIES = [
    ("KMPB", "Kinmen-Matsu-Penghu Branch", "cga-kinmen-matsu-penghu-branch"),
    ("NIA", "NATIONAL IMMIGRATION AGENCY", "taiwan-nia"),
]


@settings(max_examples=6, deadline=None)
@given(body=st.sampled_from(BODIES), verb=st.sampled_from(["expels", "detains", "reports"]))
def test_a_headlines_letters_are_the_body_its_release_names_in_full(
    body: tuple[str, str, str], verb: str
) -> None:
    letters, name, entity_id = body
    text = (
        f"{letters} {verb} two Chinese nationals near Kinmen\n\n"
        f"{name} — Press Release\n\n"
        "Officers on Tuesday detained two Chinese nationals who had landed on a beach in Kinmen."
    )
    found = [m.entity_id for m in mentions(text, "2025-06-18") if m.start == 0]
    assert found == [entity_id]


def test_letters_the_knowledge_base_knows_keep_its_reading() -> None:
    text = (
        "TAIPEI (CNA) — The Ministry of Foreign Affairs thanked Tokyo on Monday. "
        "In Beijing, MFA spokesperson Lin Jian called the statement interference."
    )
    found = {m.text: m.entity_id for m in mentions(text, "2025-06-18")}
    assert found.get("MFA") != "taiwan-mofa"
