"""The whitespace around an English text is no part of it: whatever opens or closes the text, a
name is read the same, and each mention still indexes the text given."""

import pytest
from layout_variants import links
from linking_helpers import mentions

TEXTS = [
    "Taipei's Lantern Festival opens this weekend at Ximending.",
    "[Taipei = Jiji Press] The Foreign Ministry condemned Beijing.\n\nTaipei's Lantern Festival "
    "opens this weekend at Ximending.",
    "Crowds filled the night market at Raohe.",
    "Tourists crowded Taipei's night markets, and the lines were longest at Shilin.",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(("lead", "trail"), [("", "\n"), ("\n\n", ""), (" \n", "\r\n"), ("", "  ")])
def test_a_name_is_read_the_same_whatever_whitespace_opens_or_closes_the_text(
    text: str, lead: str, trail: str
) -> None:
    assert links(lead + text + trail, "2025-06-02") == links(text, "2025-06-02")


def test_mentions_index_the_text_given_with_its_edges() -> None:
    text = "\n\n  TAIPEI (CNA) — The Foreign Ministry condemned Beijing.\n"
    for mention in mentions(text):
        assert text[mention.start : mention.end] == mention.text
