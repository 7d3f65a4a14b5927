"""The same paragraphs laid out with other whitespace around them: a feed's text may open with
blank lines or spaces, end with a line break, write its breaks as CRLF or leave a space before
them. None of that changes what a paragraph says, so no link or incursion fact may change with
it; the linking properties and test_paragraph_layouts.py draw a layout here and compare both
texts' readings."""

from hypothesis import strategies as st

from tests.linking_helpers import mentions

Link = tuple[str, str | None, str]  # surface, entity id, kind

EDGES = ["", " ", "\n", "\n\n", " \n ", "\r\n", "\t"]
BREAKS = ["\n", "\n\n", "\n\n\n", " \n", "\n \n", "\r\n", "\r\n\r\n", "  \n\n"]


@st.composite
def layouts(draw: st.DrawFn, paragraphs: list[str]) -> tuple[str, str]:
    """Some of the paragraphs (in their order), as plain text with one blank line between
    them, and the same laid out with another break and other whitespace at either end."""
    chosen = draw(st.lists(st.sampled_from(paragraphs), min_size=1, max_size=3, unique=True))
    chosen.sort(key=paragraphs.index)
    lead, trail = draw(st.sampled_from(EDGES)), draw(st.sampled_from(EDGES))
    return "\n\n".join(chosen), lead + draw(st.sampled_from(BREAKS)).join(chosen) + trail


def links(text: str, published: str) -> list[Link]:
    """Each mention's surface, entity and kind, in order; offsets left out, as whitespace
    before a mention moves it."""
    return [(m.text, m.entity_id, m.kind) for m in mentions(text, published)]
