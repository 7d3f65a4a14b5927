"""A firm's, a union's or a museum's president is that body's officer: a reader of trade copy
and wire releases should never see "President of Beigan Harbour Lines" counted as a mention of
Taiwan's president, while the president and speaker of bodies the knowledge base knows stay
the office holders."""

import pytest
from linking_helpers import mentions

LEAD = "TAIPEI (CNA) — President Lai Ching-te and Vice President Hsiao Bi-khim spoke on Monday. "


def _links(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for mention in mentions(text, "2025-06-02"):
        found.setdefault(mention.text, set()).add(mention.entity_id)
    return found


@pytest.mark.parametrize(
    "quote",
    [
        '"We will sail," said Lee Wen-hsiung, President of Beigan Harbour Lines.',
        '"We are ready," said Karen Holt, President and Chief Executive Officer of Cascadia '
        "Radar Works.",
        '"Orders are steady," said Chen Yu-ting, Vice President of Formosa Freightways.',
        "Wang Mei-ling, President of the Kinmen Ceramics Guild, opened the show.",
    ],
)
def test_a_title_of_an_unknown_body_is_no_office_holder(quote: str) -> None:
    links = _links(LEAD + quote)
    titled = links.get("President", set()) | links.get("Vice President", set())
    assert not titled & {"lai-ching-te", "hsiao-bi-khim"}


def test_the_speaker_of_a_body_the_knowledge_base_knows_is_the_office_holder() -> None:
    links = _links("TAIPEI (CNA) — Lai met the Speaker of the Legislative Yuan on Monday.")
    assert links["Speaker"] == {"han-kuo-yu"}
