"""A Japanese family name standing alone for a person the article named in full: "高市早苗" in
the lead, then "高市涉台言論" or "高市の答弁" in the story, as Chinese and Japanese copy shorten a
Japanese politician's name, a headline often before the lead names the person in full.

A Japanese name of four characters is two for the family and two for the given name; such a
family stands alone anywhere, and only where the full name appears somewhere in the article, as a
reader resolves the short form by it.

A name of three characters is a one-character family and a two-character given name (頼清徳,
習近平): Japanese and Chinese copy shorten a leader to that one character ("頼政権", "習主席",
"頼次期総統"). One character is too short to stand alone safely (信頼, 学習, 習慣 hold it), so it
is taken only as a word of its own: no kanji before it, and after it an office, an honorific or
a word for the leader's government or term.

A foreign name written in katakana puts the family last, after a middle dot (レイモンド・グリーン),
and Japanese copy names the person again by it alone ("グリーン氏は", "グリーン所長"): the family
is taken where it stands as a word, no katakana or dot glued to it on either side.

Chinese copy names the person again by the one character as the subject of a verb of saying,
opening a sentence or a clause ("台積電董事長魏哲家……。魏表示", "魏並指出"): the character
stands as a word there too, before the verb (SAYING_VERBS), or an adverb and the verb.

A Japanese name of three characters may instead be a two-character family and a one-character
given name (中谷元, 石破茂): Japanese headlines clip it to the family ("中谷・テオドロ会談" over
"中谷元防衛相が……会談"). Two characters are a word often enough to be a name, so that family is
taken where it stands as a word: no kanji before it or after it, unless a leader's word follows
("中谷防衛相"). A one-character family and a two-character given name (岸信夫) leave a
two-character start that no copy writes alone.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_entity_words import HONORIFICS, TITLES
from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention

# Kanji only: a name in kana ("マールズ") has no family part to split off, unless a middle dot
# parts it (KATAKANA_NAME).
KANJI = re.compile(r"[\u3005\u3400-\u4dbf\u4e00-\u9fff]")
KATAKANA_NAME = re.compile("[\u30a1-\u30fa\u30fc]+(?:・[\u30a1-\u30fa\u30fc]+)+")
KATAKANA_OR_DOT = re.compile("[\u30a1-\u30fb\u30fc]")
MIN_KATAKANA_FAMILY = 3
FULL_NAME_CHARS = 4
FAMILY_CHARS = 2
SHORT_NAME_CHARS = 3
JAPAN = "japan"
# What follows a leader's one-character family name: an office, an honorific, or the words
# for the leader's government and coming term ("頼政権", "習当局", "頼次期総統"); and the title of
# any body's head, by which Japanese and Chinese copy names again the official it named in full
# ("国家安全局の蔡明彦局長…蔡局長は", "黄彦男部長…黄部長は", "管碧玲主任委員…管主委"), an
# envoy's among them ("謝長廷代表…謝代表は"), and a firm's or an association's head's, by which
# business copy names a chairman again, in a headline as often as in the story ("TSMCの魏哲家
# 会長…魏会長は", "台積電董事長魏哲家…魏董事長").
LEADER_WORDS = (
    *(*TITLES, *HONORIFICS, "主席", "政権", "政府", "当局", "陣営", "次期"),
    *("局長", "部長", "署長", "院長", "主委", "主任", "委員長", "處長", "司令", "秘書長"),
    *("代表", "大使"),
    *("会長", "社長", "董事長", "総裁", "理事長", "執行長", "総経理"),
)

# The verbs of saying a one-character family name is the subject of, in Chinese copy's second
# reference ("魏表示", "賴指出"), and the adverbs that may come between ("魏並表示", "魏也說").
SAYING_VERBS = (
    *("表示", "指出", "強調", "說", "認為", "坦言"),
    *("透露", "回應", "重申", "直言", "補充"),
)
SAYING_ADVERBS = ("", "並", "也", "則", "亦", "還", "更")


def family_names_alone(
    text: str,
    folded: str,
    person_forms: dict[str, tuple[str, ...]],
    kb: KnowledgeBase,
    named: list[Mention],
) -> list[Mention]:
    """Mentions of the bare family names of four-character people the article names."""
    taken = {i for m in named for i in range(m.start, m.end)}
    found = []
    people = {m.entity_id for m in named if m.label == "PERSON" and m.in_kb and m.entity_id}
    for person in sorted(people):
        families = {
            form[:FAMILY_CHARS]
            for form in person_forms.get(person, ())
            if len(form) == FULL_NAME_CHARS and all(KANJI.match(c) for c in form)
        }
        for family in families:
            at = folded.find(family)
            while at != -1:
                span = range(at, at + FAMILY_CHARS)
                if taken.isdisjoint(span):
                    found.append(_mention(text, at, kb, person))
                    taken.update(span)
                at = folded.find(family, at + FAMILY_CHARS)
        short = [f for f in person_forms.get(person, ()) if len(f) == SHORT_NAME_CHARS]
        short = [form for form in short if all(KANJI.match(c) for c in form)]
        found += _short_families(text, folded, {f[0] for f in short}, person, kb, taken)
        found += _katakana_families(text, folded, person_forms.get(person, ()), person, kb, taken)
        if kb.entities[person].country == JAPAN:  # 中谷元: 中谷 and 元
            two = {form[:FAMILY_CHARS] for form in short}
            found += _short_families(text, folded, two, person, kb, taken, ends_word=True)
    return found


def _short_families(
    text: str,
    folded: str,
    families: set[str],
    person: str,
    kb: KnowledgeBase,
    taken: set[int],
    ends_word: bool = False,
) -> list[Mention]:
    """The person's family name of a three-character name standing as a word: no kanji before
    it, and a leader's word after it, or for a Japanese two-character family (`ends_word`)
    anything but kanji ("中谷・テオドロ会談", "中谷は")."""
    found = []
    for family in families:
        for hit in re.finditer(re.escape(family), folded):
            at, end = hit.start(), hit.end()
            if not taken.isdisjoint(range(at, end)) or (at and KANJI.match(folded[at - 1])):
                continue
            glued = KANJI.match(folded[end : end + 1]) is not None
            if folded.startswith(_leader_words(), end) or (ends_word and not glued):
                found.append(_mention(text, at, kb, person, end - at))
                taken.update(range(at, end))
    return found


def _katakana_families(
    text: str,
    folded: str,
    forms: tuple[str, ...],
    person: str,
    kb: KnowledgeBase,
    taken: set[int],
) -> list[Mention]:
    """The last part of the person's katakana name standing as a word ("グリーン氏")."""
    found = []
    families = {form.rsplit("・", 1)[1] for form in forms if KATAKANA_NAME.fullmatch(form)}
    for family in (f for f in families if len(f) >= MIN_KATAKANA_FAMILY):
        for hit in re.finditer(re.escape(family), folded):
            at, end = hit.start(), hit.end()
            glued = KATAKANA_OR_DOT.match(folded[at - 1 : at] if at else "") or (
                KATAKANA_OR_DOT.match(folded[end : end + 1])
            )
            if not glued and taken.isdisjoint(range(at, end)):
                found.append(_mention(text, at, kb, person, end - at))
                taken.update(range(at, end))
    return found


@cache
def _leader_words() -> tuple[str, ...]:
    saying = (adverb + verb for adverb in SAYING_ADVERBS for verb in SAYING_VERBS)
    return tuple(fold(word) for word in (*LEADER_WORDS, *saying))


def _mention(
    text: str, start: int, kb: KnowledgeBase, person: str, length: int = FAMILY_CHARS
) -> Mention:
    entry = kb.entities[person]
    end = start + length
    return Mention(
        text[start:end], entry.type, entry.name, entry.id, start, end, True,
        description=entry.description,
    )  # fmt: skip
