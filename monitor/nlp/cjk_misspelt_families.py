"""A three-character Chinese name with its family name misspelt, as the subject of a verb of
saying beside the right spelling in one article ("邱國正……丘國正說", "谷立言……古立言說"): the
person whose given name it writes alike.

An input method offers a family name's homophones (邱 and 丘 are both qiu, 谷 and 古 both gu),
and a reporter who picks the wrong one writes the given name right. The model often cuts such a
name short or leaves it untagged, having never seen the family, so the name is read by where it
stands: opening a sentence or a clause before a verb of saying, with an adverb between or not,
as Chinese copy names a speaker again (cjk_family_names.SAYING_VERBS). There a name is the
subject. "中國正說服" is no name, 中國 being linked; nor is "我國正表示" or "該國正說明": a
pronoun or a determiner opening a sentence before 國 is "our" or "that" country, no family.

- the person is one the article links whose three-character Han name is his own: a Chinese,
  Taiwanese or Hong Kong person's, or a foreigner's the knowledge base marks `han_name` (a
  diplomat's Chinese name, 谷立言; a transliteration is a string of sounds, not a family and a
  given name);
- the misspelt family is a Han character; the two characters after it are the given name;
- no knowledge-base name is found over it; a model's name there gives way;
- a given name two people the article links share is left alone.
"""

from __future__ import annotations

import re

from .cjk_family_names import SAYING_ADVERBS, SAYING_VERBS
from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention, relinked

CHINESE_NAME_COUNTRIES = frozenset({"china", "taiwan", "hong-kong"})
NAME_CHARS = 3
# What a sentence or a clause opens after: the text's start, its end marks, a line, a comma, a
# colon, an opening quote.
OPENS_AFTER = "。！？!?\n，,：:；;「『“ 　"
_HAN = re.compile(r"[\u3400-\u9fff]")
# Pronouns and determiners that open a sentence before a noun ("我國", "該校", "本部", "其他"):
# no family name.
NOT_FAMILIES = frozenset(fold("我你他她它本該此這那其各全兩貴"))


def misspelt_families(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with each speaker's name whose family name alone is misspelt linked to the
    person the article names (module docstring)."""
    given = _given_names(mentions, kb)
    if not given:
        return mentions
    folded = fold(text)
    linked = {i for m in mentions if m.in_kb for i in range(m.start, m.end)}
    saying = tuple(fold(adverb + verb) for adverb in SAYING_ADVERBS for verb in SAYING_VERBS)
    found = []
    for name, person in given.items():
        for hit in re.finditer(re.escape(name), folded):
            start, end = hit.start() - 1, hit.end()
            if (
                start >= 0
                and _HAN.match(folded[start])
                and folded[start] not in NOT_FAMILIES
                and (start == 0 or folded[start - 1] in OPENS_AFTER)
                and folded.startswith(saying, end)
                and linked.isdisjoint(range(start, end))
            ):
                model = Mention(text[start:end], "PERSON", text[start:end], "", start, end, False)
                found.append(relinked(model, person, kb))
    taken = {i for m in found for i in range(m.start, m.end)}
    kept = [m for m in mentions if m.in_kb or taken.isdisjoint(range(m.start, m.end))]
    return sorted([*kept, *found], key=lambda m: m.start)


def _given_names(mentions: list[Mention], kb: KnowledgeBase) -> dict[str, str]:
    """The folded given names of the linked people whose three-character Han names are their
    own, and whose they are; one two people share is dropped."""
    people: dict[str, set[str]] = {}
    for mention in mentions:
        entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
        name = fold(mention.text)
        if (
            entry is not None
            and entry.type == "PERSON"
            and (entry.country in CHINESE_NAME_COUNTRIES or entry.han_name)
            and len(name) == NAME_CHARS
            and all(_HAN.match(char) for char in name)
        ):
            people.setdefault(name[1:], set()).add(entry.id)
    return {given: ids.pop() for given, ids in people.items() if len(ids) == 1}
