"""Equipment and the places and ships Japanese enthusiast copy names by type, home or hull
alone, as spotters' blogs, air-show reports and defence magazines write them:

- a Japanese force's aircraft by its bare type ("空自F-15に断続的にレーダーを照射",
  "南西空のF-15がスクランブル"): Japan flies its own variant, which the knowledge base names with
  the type and a J ("F-15J"), so the bare type written right after a Japanese force (glued, or
  with の between) is that variant. Alone "F-15" is any country's, and stays unlinked;
- a base or an island group without its kind word, written as the home of a weapon the
  knowledge base found right after it ("三沢のF-35A", "先島のPAC-3"): the base (三沢基地), the
  islands (先島諸島). Alone such a short form is often a town or a surname, so the knowledge base
  does not list it; before の and a weapon it is where the weapon is kept;
- a ship by its hiragana hull name in 「」 after a ship word ("イージス艦の「まや」「あたご」",
  "護衛艦「はぐろ」"): the Japanese ship whose knowledge-base name reads so in Hepburn (まや is
  JS Maya). The knowledge base leaves bare "Maya" out, a common name; in quotes after 艦 or 船
  it is the hull;
- a ship class with its name in quotes (「もがみ」型護衛艦, as the papers write a class named for
  its first hull, or 改良型「もがみ」, an improved one): the quoted name is the class the knowledge
  base lists with its 型.

Each rule is one pass of one pattern over the article, so a long text is read in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cjk_clipped_names import clipped_names
from .cjk_country_runs import countries_in_runs
from .cjk_misspelt_groups import misspelt_groups
from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at, laid_over

HOME_VARIANT_MARK = "J"
CLASS_WORD = "型"
# kind words a base's or an island group's full name ends in, dropped in the short form
CLIPPED_HOMES = ("基地", "諸島", "列島")
MIN_CHARS = 2
# a character that continues a word before a short form (Han, katakana, Latin letters)
_WORD_BEFORE = re.compile(r"[\u3005\u30a1-\u30fa\u30fc\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]")
_CODE_AFTER = re.compile(r"[A-Za-z0-9/]")
# a run of quoted hiragana names after a ship word: "艦の「まや」「あたご」", "巡視船「あきつしま」"
_QUOTED_HULLS = re.compile(r"[艦船]の?((?:「[ぁ-ゖー]{2,8}」[、・と]?)+)")
_QUOTED = re.compile(r"「([ぁ-ゖー]{2,8})」")
_QUOTED_CLASS = re.compile(r"(?:改良型|発展型|派生型)「([^「」\n]{2,12})」|「([^「」\n]{2,12})」型")

# Hepburn for the kana of ships' names; a long vowel is written once (こんごう is Kongo)
_SMALL = {"ゃ": "ya", "ゅ": "yu", "ょ": "yo"}
_KANA = dict(
    zip(
        "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわを"
        "んがぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ",
        [
            "a", "i", "u", "e", "o", "ka", "ki", "ku", "ke", "ko", "sa", "shi", "su", "se", "so",
            "ta", "chi", "tsu", "te", "to", "na", "ni", "nu", "ne", "no", "ha", "hi", "fu", "he",
            "ho", "ma", "mi", "mu", "me", "mo", "ya", "yu", "yo", "ra", "ri", "ru", "re", "ro",
            "wa", "o", "n", "ga", "gi", "gu", "ge", "go", "za", "ji", "zu", "ze", "zo", "da", "ji",
            "zu", "de", "do", "ba", "bi", "bu", "be", "bo", "pa", "pi", "pu", "pe", "po",
        ],
        strict=True,
    )
)  # fmt: skip


def japanese_short_forms(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with what Japanese copy writes short linked: runs of countries' one-character
    names (cjk_country_runs), names clipped beside their full names (cjk_clipped_names), island
    groups misspelt beside their right spelling (cjk_misspelt_groups), and
    equipment by bare type, home or hull (this module)."""
    mentions = clipped_names(text, countries_in_runs(text, mentions, kb), kb)
    return owned_equipment(text, misspelt_groups(text, mentions, kb), kb)


@dataclass(frozen=True)
class EquipmentNames:
    """What the rules look up, folded, from the knowledge base: each bare type with a Japanese
    variant, each base's and island group's short form, each Japanese ship's name in Hepburn and
    each ship class's name with its 型."""

    variants: dict[str, str]
    homes: dict[str, str]
    hulls: dict[str, str]
    classes: dict[str, str]


_BUILT: dict[str, EquipmentNames] = {}  # by knowledge-base digest, once a process


def owned_equipment(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with Japanese forces' bare types, weapons' clipped homes, quoted hull
    names and quoted class names (module docstring) linked."""
    if kb.digest not in _BUILT:
        _BUILT[kb.digest] = _equipment_names(kb)
    names = _BUILT[kb.digest]
    found = [
        *_home_variants(text, mentions, names.variants, kb),
        *_clipped_homes(text, mentions, names.homes, kb),
        *_quoted_hulls(text, names.hulls, kb),
        *_quoted_classes(text, names.classes, kb),
    ]
    if not found:
        return mentions
    return sorted(laid_over(mentions, found), key=lambda m: m.start)


def _equipment_names(kb: KnowledgeBase) -> EquipmentNames:
    entries = kb.entities.values()
    names = {fold(a) for e in entries for a in (e.name, *e.aliases)}
    shorts: dict[str, set[str]] = {}
    for entry in (e for e in entries if e.type == "LOC"):
        for alias in map(fold, entry.aliases):
            kind = next((k for k in map(fold, CLIPPED_HOMES) if alias.endswith(k)), "")
            short = alias.removesuffix(kind)
            if kind and len(short) >= MIN_CHARS and short not in names:
                shorts.setdefault(short, set()).add(entry.id)
    return EquipmentNames(
        variants={
            fold(e.name.removesuffix(HOME_VARIANT_MARK)): e.id
            for e in entries
            if e.type == "EQUIPMENT" and e.country == "japan" and e.name.endswith(HOME_VARIANT_MARK)
        },
        homes={short: ids.pop() for short, ids in shorts.items() if len(ids) == 1},
        hulls={
            long_vowels_once(e.name.removeprefix("JS ").lower()): e.id
            for e in entries
            if e.kind == "ship" and e.country == "japan"
        },
        classes={
            fold(alias): e.id
            for e in entries
            if e.kind == "ship-class"
            for alias in e.aliases
            if alias.endswith(CLASS_WORD)
        },
    )


def _home_variants(
    text: str, mentions: list[Mention], variants: dict[str, str], kb: KnowledgeBase
) -> list[Mention]:
    """A bare type right after a Japanese force, linked to Japan's variant of it."""
    found = []
    folded = fold(text)
    for force in mentions:
        entry = kb.entities.get(force.entity_id) if force.in_kb else None
        if entry is None or entry.type != "ORG" or entry.country != "japan":
            continue
        start = force.end + 1 if folded[force.end : force.end + 1] == "の" else force.end
        for code, entity_id in variants.items():
            end = start + len(code)
            if folded[start:end] == code and not _CODE_AFTER.match(text[end : end + 1]):
                found.append(kb_mention_at(text, start, end, entity_id, kb))
    return found


def _clipped_homes(
    text: str, mentions: list[Mention], homes: dict[str, str], kb: KnowledgeBase
) -> list[Mention]:
    """A base's or island group's short form before の and a weapon the knowledge base found."""
    weapons = {m.start for m in mentions if m.in_kb and m.label == "EQUIPMENT"}
    if not weapons or not homes:
        return []
    folded = fold(text)
    pattern = "|".join(map(re.escape, sorted(homes, key=len, reverse=True)))
    found = []
    for match in re.finditer(f"({pattern})の", folded):
        start, end = match.span(1)
        if end + 1 in weapons and not (start and _WORD_BEFORE.match(folded[start - 1])):
            found.append(kb_mention_at(text, start, end, homes[match.group(1)], kb))
    return found


def _quoted_hulls(text: str, hulls: dict[str, str], kb: KnowledgeBase) -> list[Mention]:
    """Each quoted hiragana hull name after a ship word, linked to the Japanese ship it reads."""
    found = []
    for run in _QUOTED_HULLS.finditer(text):
        for quoted in _QUOTED.finditer(text, run.start(1), run.end(1)):
            entity_id = hulls.get(long_vowels_once(romanized(quoted.group(1))))
            if entity_id is not None:
                found.append(kb_mention_at(text, *quoted.span(1), entity_id, kb))
    return found


def _quoted_classes(text: str, classes: dict[str, str], kb: KnowledgeBase) -> list[Mention]:
    """Each quoted name before 型 or after 改良型 whose name with 型 is a ship class the knowledge
    base lists."""
    found = []
    for quoted in _QUOTED_CLASS.finditer(text):
        group = 1 if quoted.group(1) else 2
        entity_id = classes.get(fold(quoted.group(group) + CLASS_WORD))
        if entity_id is not None:
            found.append(kb_mention_at(text, *quoted.span(group), entity_id, kb))
    return found


def romanized(kana: str) -> str:
    """Hiragana in Hepburn: a small ゃゅょ joins the syllable before it, っ doubles the next
    consonant, ー is written as nothing."""
    out = ""
    double = False
    for char in kana:
        if char in _SMALL and out:
            out = out[:-1] + _SMALL[char]
            out = out.replace("shy", "sh").replace("chy", "ch").replace("jy", "j")
        elif char == "っ":
            double = True
        elif char in _KANA:
            syllable = _KANA[char]
            out += syllable[0] + syllable if double else syllable
            double = False
    return out


def long_vowels_once(name: str) -> str:
    """A name with its long vowels written once, as Hepburn without macrons writes them."""
    name = name.translate(str.maketrans("āēīōū", "aeiou"))
    return re.sub(r"ou|oo|uu", lambda m: m.group()[0], name)
