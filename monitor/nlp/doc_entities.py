"""A Doc's entities as the knowledge-base merge set them, read once an article, and the spans
the merge's cuts make.

`doc.ents` builds a new Span object for every entity each time it is read, a tenth of a
millisecond a wire story, and half a dozen linking rules read them all again. The merge is the
last to set them (kb_matcher.py), through `set_entities`, which keeps the spans it set in place
of any reading kept before, so what `entities` returns is always what the Doc holds.

spaCy is imported on use (it loads with the model, not with every command), and an import
statement costs a microsecond even when the module is loaded: the merge's cuts, asked of each
of the model's spans, imported it in each call and built a span in few (`labelled` imports it
only to build one).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_KEY = "monitor.doc_entities"


def entities(doc: Doc) -> Sequence[Span]:
    """`doc.ents`, read once after the merge set them."""
    found: Sequence[Span] | None = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = doc.ents
    return found


def set_entities(doc: Doc, spans: Iterable[Span]) -> None:
    """Sets the Doc's entities, and keeps them as `entities` reads them: `doc.ents` would build
    each span again from its tokens' marks, which the setter writes from these very spans (an
    entity each, in order, its label, key and id), leaving out those without a label or a token."""
    given = list(spans)
    doc.set_ents(given)  # what `doc.ents = given` does, without first copying every span
    doc.user_data[_KEY] = tuple(span for span in given if span.label and span.end > span.start)


def labelled(doc: Doc, start: int, end: int, label: str) -> Span:
    """A new span of the tokens from `start` to `end`, with the label."""
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)
