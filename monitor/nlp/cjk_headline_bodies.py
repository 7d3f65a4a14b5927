"""A bare generic body in a headline is the body the story's text reads it as.

A headline is too short to say whose a bare 外交部 or 国防部 is: "訪中団報告　外交部で意見交換"
says it only in its story, "北京では外交部を訪ね". The headline tells the story in brief, so its
bare body is the one the text's first bare mention of the same name is read as, as a reader takes
it once the story has said; with no country written before it in the headline, the article's
home (Taiwan's 外交部 in Japanese copy) or the other side a headline's piece before it named
("共軍無人機繞台 陸軍後備旅首編無人機分隊": Taiwan's army, as the story's 陸軍司令部) had stood in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cjk_script import fold
from .cjk_titles import country_before
from .mention import relinked

if TYPE_CHECKING:
    from .cjk_entities import CjkNames
    from .kb import KnowledgeBase
    from .mention import Mention

HEADLINE_END = "\n\n"


def headline_bodies(
    text: str, folded: str, mentions: list[Mention], names: CjkNames, kb: KnowledgeBase
) -> list[Mention]:
    """The mentions, with each bare generic body of the headline read as the text's first
    bare mention of the same name is."""
    headline_end = text.find(HEADLINE_END)
    if headline_end < 0:
        return mentions
    first_in_text: dict[str, str] = {}
    for mention in mentions:
        form = fold(mention.text)
        if mention.start > headline_end and _bare_generic(form, mention, folded, names, kb):
            first_in_text.setdefault(form, mention.entity_id)
    return [
        relinked(mention, first_in_text[form], kb)
        if mention.end <= headline_end
        and (form := fold(mention.text)) in first_in_text
        and first_in_text[form] != mention.entity_id
        and _bare(mention, folded, names, kb)
        else mention
        for mention in mentions
    ]


def _bare_generic(
    form: str, mention: Mention, folded: str, names: CjkNames, kb: KnowledgeBase
) -> bool:
    """Whether the mention is a generic body's bare name read as one of the bodies that bear
    it, with no country written before it."""
    return mention.entity_id in names.generic.get(form, ()) and _bare(mention, folded, names, kb)


def _bare(mention: Mention, folded: str, names: CjkNames, kb: KnowledgeBase) -> bool:
    """Whether a generic name has no country written before it; a headline's may have been
    given to another side's body by a piece before it ("共軍無人機繞台 陸軍後備旅…")."""
    return (
        fold(mention.text) in names.generic
        and country_before(folded, mention.start, names, kb) is None
    )
