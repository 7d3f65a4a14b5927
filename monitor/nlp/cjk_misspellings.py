"""A person's name misspelt beside its right spelling in one article ("卓榮太" beside "卓榮泰",
"簫美琴" beside "蕭美琴"): the model's name, not the knowledge base's, that differs in one character
from a Chinese, Taiwanese, Japanese or Singaporean person the article links, at the same length, is
that person. So is a model's name in kana written as a linked person's of any country but for
voicing marks ("ヘグゼス" beside "ヘグセス") or a small kana ("エマニエル" beside "エマニュエル"):
Japanese copy transliterates a foreign sound either way, with a glide written small or left out, and
the marks and glides alone never tell two people apart in one article. Chinese copy does so with
characters of one syllable ("帕帕洛" beside "帕帕罗", cjk_transliteration_sounds.py).

Three characters at least: in a two-character name one character is half of it, and two
people of one family ("王毅", "王逸") differ in one character. A name one character away from
two people the article links is left alone: which one it misspells is not told.

A misspelt name quoted alone in corner brackets ("「簫美琴」との誤記") is often one the model
does not tag at all, having no sentence around it to read; the brackets mark it off as a whole
word, so one character away from a person the article links it is that person too. A kana name
the model leaves untagged is marked off by its script alone, brackets or none: a whole katakana
word that sounds as a linked person's name or family name does, but for voicing marks and small
kana, is that person ("大使の名前が「エマニエル」と表記されていた", "ヘグセス米国防長官…ヘグセズ
長官は講演し").
"""

from __future__ import annotations

import re
import unicodedata

from .cjk_script import fold, fold_pattern
from .cjk_transliteration_sounds import sound_alike
from .entities import Mention
from .kb import KnowledgeBase
from .mention import relinked

MIN_CHARS = 3
# The combining voiced and semi-voiced sound marks (゛ ゜) that NFD splits off kana.
VOICING_MARKS = frozenset("\u3099\u309a")
# The small kana of a glide or a foreign vowel ("ュ" of エマニュエル, "ェ" of ジェット), which a
# transliteration writes or leaves out: エマニエル is the same name.
SMALL_KANA = frozenset("ァィゥェォャュョヮ")
# Only names their own people write in Han characters: a foreign name's transliteration is a
# string of sounds, and two people's ("马科斯", "马尔斯") are often one character apart.
# Singapore's Chinese leaders write theirs in Han characters too ("黄循财", "李显龙").
HAN_NAME_COUNTRIES = frozenset({"china", "taiwan", "japan", "hong-kong", "singapore"})
# A Han name of three or four characters, alone between corner brackets; and a whole katakana
# word of four kana or more (KANA_NAME_CHARS), its middle dots joining its parts.
BRACKETED_NAME = re.compile(r"(?<=「)[\u3400-\u9fff]{3,4}(?=」)")
KANA = "\u30a1-\u30fa\u30fc・"
KANA_WORD = re.compile(f"(?<![{KANA}])[{KANA}]{{4,}}(?![{KANA}])")
# The word after a name that says whose it is: a title ("首相", "長官"), two Han characters.
WORD_AFTER_CHARS = 2
# A family name's shortest start one character from a misspelling: one character alone is
# half of many names.
FAMILY_NAME_MIN = 2
# A kana name this long one kana off is a misspelling, not another name.
KANA_NAME_CHARS = 4
# A teacher's correction, as learners' material marks it: the wrong spelling after ×, an arrow,
# then the right one after ○ ("×石場茂→○石破茂", "×ヘグセフ→○ヘグセス").
CORRECTION = re.compile(r"×[ 　]?([^\s×○→、。「」（）()]{2,12})[ 　]?→[ 　]?○[ 　]?")


def relink_misspelt_people(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, each model-found person's misspelt name (and its start alone) linked to
    the person it misspells."""
    people = _han_people(mentions, kb)
    sounds = _sounds_of_people(mentions, kb)
    respelt = [_respelt(m, people, sounds, kb) for m in mentions]
    # The misspelt name's family name alone, later ("簫副総統"), is the same person again.
    misspelt = {
        fold(new.text): new.entity_id
        for old, new in zip(mentions, respelt, strict=True)
        if new is not old
    }
    return [
        relinked(m, entity_id, kb)
        if not m.in_kb
        and m.label == "PERSON"
        and (entity_id := _started(fold(m.text), misspelt)) is not None
        else m
        for m in respelt
    ]


def misspelt_in_brackets(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """New mentions: each Han name alone in corner brackets, found by nothing else, that
    misspells one person the article links (in one character), and each katakana word, in
    brackets or not, that sounds as one does (`_unvoiced`), linked to that person."""
    people = _han_people(mentions, kb)
    sounds = _sounds_of_people(mentions, kb)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for match in (*BRACKETED_NAME.finditer(text), *KANA_WORD.finditer(text)):
        meant = {
            entity_id for form, entity_id in people.items() if _one_apart(fold(match[0]), form)
        }
        meant |= _sounding_as(fold(match[0]), sounds)
        if len(meant) == 1 and taken.isdisjoint(range(*match.span())):
            name = Mention(match[0], "PERSON", match[0], "", *match.span(), False)
            found.append(relinked(name, meant.pop(), kb))
    return found


def _sounds_of_people(mentions: list[Mention], kb: KnowledgeBase) -> dict[str, str]:
    """The names of the people linked as they sound (`_unvoiced`), each to its person, and the
    family names of those in kana: the last part after the middle dot ("ラーム・エマニュエル")."""
    sounds = {}
    for m in mentions:
        if m.in_kb and m.entity_id in kb.entities and kb.entities[m.entity_id].type == "PERSON":
            name = fold(m.text)
            family = name.rsplit("・", 1)[-1]
            sounds[_unvoiced(name)] = m.entity_id
            if len(family) >= KANA_NAME_CHARS:
                sounds.setdefault(_unvoiced(family), m.entity_id)
    return sounds


def _han_people(mentions: list[Mention], kb: KnowledgeBase) -> dict[str, str]:
    """The folded names of the people linked whose own people write names in Han characters."""
    return {
        fold(m.text): m.entity_id
        for m in mentions
        if m.in_kb
        and m.entity_id in kb.entities
        and kb.entities[m.entity_id].type == "PERSON"
        and kb.entities[m.entity_id].country in HAN_NAME_COUNTRIES
    }


def _started(name: str, misspelt: dict[str, str]) -> str | None:
    """The person whose misspelt name `name` is the start of, if one."""
    meant = {entity_id for form, entity_id in misspelt.items() if form.startswith(name)}
    return meant.pop() if len(meant) == 1 else None


def _respelt(
    mention: Mention, people: dict[str, str], sounds: dict[str, str], kb: KnowledgeBase
) -> Mention:
    if mention.in_kb or mention.label != "PERSON" or len(mention.text) < MIN_CHARS:
        return mention
    folded = fold(mention.text)
    meant = {entity_id for form, entity_id in people.items() if _one_apart(folded, form)}
    meant |= _sounding_as(folded, sounds)
    if len(meant) != 1:
        return mention
    return relinked(mention, meant.pop(), kb)


def _one_apart(name: str, form: str) -> bool:
    """Whether two names of one length differ in exactly one character."""
    return len(name) == len(form) and sum(a != b for a, b in zip(name, form, strict=True)) == 1


def _sounding_as(name: str, sounds: dict[str, str]) -> set[str]:
    """The linked people `name` sounds as: in kana but for voicing marks and small kana
    (`_unvoiced`), or in a Chinese transliteration but for one character of the same syllable
    ("帕帕洛" as "帕帕罗")."""
    person = sounds.get(_unvoiced(name))
    alike = {entity_id for form, entity_id in sounds.items() if sound_alike(name, form)}
    return ({person} if person else set()) | alike


def _unvoiced(name: str) -> str:
    """The name without voicing marks and small kana: "ヘグゼス" and "ヘグセス" are both "ヘグセス",
    "エマニュエル" and "エマニエル" both "エマニエル"."""
    split = unicodedata.normalize("NFD", name)
    kept = "".join(c for c in split if c not in VOICING_MARKS and c not in SMALL_KANA)
    return unicodedata.normalize("NFC", kept)


def misspelt_before_words(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with each name one character from a linked person's name (or its family
    name's start) and followed by a word the article writes after that person's name
    ("石破茂首相" … "石波首相", "ヘグセス長官" … "ヘグセツ長官") linked to that person: the same
    title after a name one character off is the same person, misspelt."""
    after_person = _words_after_people(text, mentions, kb)
    linked = {i for m in mentions if m.in_kb for i in range(m.start, m.end)}
    found: dict[tuple[int, int], str] = {}
    for word, spellings in after_person.items():
        for hit in re.finditer(re.escape(word), text):
            for spelling, person in spellings:
                start = hit.start() - len(spelling)
                name = text[max(start, 0) : hit.start()]
                if (
                    start >= 0
                    and _one_apart(fold(name), spelling)
                    and _script(name) == _script(spelling)
                    and _script(text[start - 1 : start]) != _script(name)
                    and linked.isdisjoint(range(start, hit.start()))
                ):
                    found.setdefault((start, hit.start()), person)
    respelt = [
        relinked(Mention(text[a:b], "PERSON", text[a:b], "", a, b, False), person, kb)
        for (a, b), person in found.items()
    ]
    # the model's unlinked names over a misspelling ("ヘグセツ長") give way to it
    return [*_unlinked_under(mentions, respelt), *respelt]


def _unlinked_under(mentions: list[Mention], respelt: list[Mention]) -> list[Mention]:
    """The mentions less the unlinked ones under a respelt name. The characters the respelt
    names take are read once: asking each mention of every respelt name is quadratic in a
    feed of many."""
    taken = {i for name in respelt for i in range(name.start, name.end)}
    return [m for m in mentions if m.in_kb or taken.isdisjoint(range(m.start, m.end))]


def corrected_names(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with each wrong spelling a correction mark sets before a linked name
    ("×ヘグセフ→○ヘグセス") linked to that name's entity wherever the article writes it: the
    writer says the two are one, and the wrong one is what the copy being corrected wrote."""
    linked = {m.start: m.entity_id for m in mentions if m.in_kb}
    wrong = {
        match[1]: linked[match.end()]
        for match in CORRECTION.finditer(text)
        if match.end() in linked
    }
    taken = {i for m in mentions if m.in_kb for i in range(m.start, m.end)}
    respelt = [
        relinked(Mention(spelling, "PERSON", spelling, "", a, b, False), entity_id, kb)
        for spelling, entity_id in wrong.items()
        for a, b in (hit.span() for hit in re.finditer(re.escape(spelling), text))
        if taken.isdisjoint(range(a, b))
    ]
    return [*_unlinked_under(mentions, respelt), *respelt]


def _words_after_people(
    text: str, mentions: list[Mention], kb: KnowledgeBase
) -> dict[str, set[tuple[str, str]]]:
    """Each two-character word in Han characters written right after a linked person's name,
    with the name's spellings a misspelling may be one character from: a Han name's start
    of two characters or more (the family name before a title), a kana name whole."""
    words: dict[str, set[tuple[str, str]]] = {}
    for m in mentions:
        entry = kb.entities.get(m.entity_id) if m.in_kb else None
        word = text[m.end : m.end + WORD_AFTER_CHARS]
        if entry is None or entry.type != "PERSON" or _script(word) != "han":
            continue
        folded = fold(m.text)
        if _script(m.text) == "kana" and len(folded) >= KANA_NAME_CHARS:
            words.setdefault(word, set()).add((folded, m.entity_id))
        elif entry.country in HAN_NAME_COUNTRIES:
            # A name of Han characters and then kana ("玉城デニー", a given name written in
            # katakana) has its family name in its Han characters all the same.
            han = len(folded) if _script(m.text) == "han" else _leading_han(folded)
            for length in range(FAMILY_NAME_MIN, han + 1):
                words.setdefault(word, set()).add((folded[:length], m.entity_id))
    return words


def _leading_han(name: str) -> int:
    """How many of the name's first characters are Han, where kana follow them."""
    han = next((i for i, char in enumerate(name) if _script(char) != "han"), len(name))
    return han if _script(name[han:]) == "kana" else 0


def _script(chars: str) -> str | None:
    """ "han" or "kana" when every character is of that script, else None."""
    if chars and all("\u3400" <= c <= "\u9fff" for c in chars):
        return "han"
    if chars and all("\u30a1" <= c <= "\u30fa" or c == "ー" for c in chars):
        return "kana"
    return None


# Chinese and Taiwanese people's names of three characters: a family name of one and a given
# name of two, the common form, where which characters are the given name is known.
CHINESE_NAME_COUNTRIES = frozenset({"china", "taiwan", "hong-kong"})
CHINESE_NAME_CHARS = 3
# A longer Han name (a Japanese one, as Chinese copy writes it: "小泉进次郎"): its first two
# characters are its family name, or the start of one, so only a character after them is a
# given name's misspelt ("小泉晋次郎"); "小林进次郎" is another family's.
LONG_NAME_CHARS, LONG_FAMILY_CHARS = 4, 2
# A two-character name (a family name and one given character: 林剑) one character off is as often
# a kinsman's (王毅, 王逸); only where it goes on speaking ("林建还说": says again, also says) is
# it the speaker the article quoted before, misspelt.
SHORT_NAME_CHARS = 2
SPEAKS_AGAIN = re.compile(fold_pattern(r"(?:還|又|也|並|进一步|進一步)(?:說|表示|指出|強調|稱)"))
# A person's title or honorific right after a name: only a person holds one, so a misspelling
# that runs over a place's name ("韓国諭院長" beside "韓国瑜立法院長" holds no South Korea) is
# the person's all the same, where "韩国人" is a Korean.
PERSON_TITLE_AFTER = re.compile(
    fold_pattern(
        r"(?:氏|先生|女士|さん|院長|総統|總統|主席|部長|市長|知事|議長|委員長|主任委員|報道官"
        r"|發言人|大使|首相|大臣|長官)(?![館團會])"
    )
)


def misspelt_given_names(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with each three-character Chinese name found by nothing else that writes
    one character of a linked person's given name otherwise ("发言人陈彬华" beside "陈斌华说")
    linked to that person: the family name and the other given character written alike, in
    one article, are the same person misspelt (an input method's homophone, mostly). So is a
    longer Han name one character off after its first two ("小泉晋次郎" beside "小泉进次郎"), and
    a two-character name one character off that speaks again ("林建还说" beside "林剑").
    Names the knowledge base links overlap no such name ("韩国人" beside 韩国瑜 holds 韩国), unless
    a person's title follows it (PERSON_TITLE_AFTER: "韓国諭院長")."""
    people = {
        form: entity_id
        for form, entity_id in _han_people(mentions, kb).items()
        if len(form) in (SHORT_NAME_CHARS, CHINESE_NAME_CHARS)
        and kb.entities[entity_id].country in CHINESE_NAME_COUNTRIES
        or len(form) >= LONG_NAME_CHARS
    }
    linked = {i for m in mentions if m.in_kb for i in range(m.start, m.end)}
    folded = fold(text)
    found: dict[tuple[int, int], str] = {}
    for form, person in people.items():
        family = form[: LONG_FAMILY_CHARS if len(form) >= LONG_NAME_CHARS else 1]
        for hit in re.finditer(re.escape(family), folded):
            start, end = hit.start(), hit.start() + len(form)
            name = folded[start:end]
            titled = len(form) > SHORT_NAME_CHARS and PERSON_TITLE_AFTER.match(folded, end)
            if (
                _script(text[start:end]) == "han"
                and _one_apart(name, form)
                and (titled or linked.isdisjoint(range(start, end)))
                and (len(form) > SHORT_NAME_CHARS or SPEAKS_AGAIN.match(folded, end))
            ):
                found.setdefault((start, end), person)
    respelt = [
        relinked(Mention(text[a:b], "PERSON", text[a:b], "", a, b, False), person, kb)
        for (a, b), person in found.items()
    ]
    # what a respelt name runs over gives way to it: the model's names, and a place's under a
    # titled one
    taken = {i for name in respelt for i in range(name.start, name.end)}
    return [*(m for m in mentions if taken.isdisjoint(range(m.start, m.end))), *respelt]
