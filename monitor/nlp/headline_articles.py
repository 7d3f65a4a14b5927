"""Headlines drop their articles: "Semester starts in Taipei as defence ministry logs 32
aircraft" is the story's "as the defence ministry logged", and "The most-read prose in Taiwan
is a defence ministry bulletin" heads a story about "the ministry's bulletin". A lower-case
body's name in a headline is read as if "the" stood before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .doc_text import doc_text
from .english import headline_end
from .paragraphs import closes_paragraph

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# A headline has no full stop, unless a blank line sets it apart as a title ("... bulletin.
# Writers have noticed."); a first line that ends on one with text right under it is a lede.
SENTENCE_ENDS = (".", "!")


def in_a_headline(doc: Doc, span: Span) -> bool:
    """Is the span in the text's first line, followed by more text, and either set apart by a
    blank line (an article's title) or ending with no full stop?"""
    end = headline_end(doc)
    text = doc_text(doc)
    if span.start_char > end or end >= len(text):
        return False
    line = text[:end].rstrip()
    titled = closes_paragraph(text[:end])
    return bool(line.strip()) and (titled or not line.endswith(SENTENCE_ENDS))
