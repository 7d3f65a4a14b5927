"""The whitespace around an English text is no part of it: a feed's text may open with blank
lines or end with a line break, and the statistical model reads a name near either edge by the
tokens around it, so "... opens this weekend at Ximending.\n" made the last name a person and
the same text without the line break a place. The text is read without its edges, as edits with
offsets kept (char_refs.edited_with_origins), so mentions still index the text given."""

from ..ingest.char_refs import Edit


def edge_edits(text: str, others: list[Edit]) -> list[Edit]:
    """Deletions of the whitespace that opens and closes the text, each kept clear of the
    `others` (a mended slip may run into a line break at an edge)."""
    if not text.strip():
        return []
    first = min([len(text) - len(text.lstrip()), *(edit.start for edit in others)])
    last = max([len(text.rstrip()), *(edit.end for edit in others)])
    edges = [Edit(0, first, "")] if first > 0 else []
    return edges + ([Edit(last, len(text), "")] if last < len(text) else [])
