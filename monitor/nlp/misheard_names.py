"""People's names automatic captions mishear: "lie ching day" (Lai Ching-te), "is shiba"
(Ishiba), "taka ichi" (Takaichi), "tsai ing when" (Tsai Ing-wen), "joe jung tie" (Cho Jung-tai).
Speech-to-text hears the syllables and cuts them into English words of like sound.

Two or three caption words are read as a person the knowledge base knows when their letters,
joined, sound like the name's: the same consonant skeleton (vowels dropped, voiced and
voiceless pairs alike, doubled letters once) and letters close in spelling. Skeletons are
looked up in a table, so a caption costs a few look-ups a word, never a scan of the names.
Each reading is an edit with offsets kept (char_refs.Edit), as names change length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz import fuzz

from ..ingest.char_refs import Edit

MAX_HEARD_WORDS = 3  # "tsai ing when"; a name heard in more words is heard too badly to read
MIN_SKELETON = 2  # "sb", Ishiba's; one consonant is shared by too many phrases
# Joined letters this close in spelling (rapidfuzz ratio): "liechingday" is 67 from
# "laichingte"; a phrase sharing a skeleton by chance is rarely over 50.
MIN_SIMILARITY = 65
# A short skeleton ("sb") is shared by many phrases, so its letters must be closer:
# "isshiba" is 92 from "ishiba".
SHORT_SKELETON = 3
MIN_SHORT_SIMILARITY = 85
_SOUNDS = (("ch", "j"), ("sh", "s"), ("wh", "w"), ("ph", "f"), ("ck", "k"), ("tz", "ts"))
_VOICING = str.maketrans("dbgvzq", "tpkfsk")
_VOWELS = re.compile(r"[aeiou]|y(?![aeiou])")
_DOUBLED = re.compile(r"(.)\1+")
_WORD = re.compile(r"[a-z]+")
MIN_FAMILY_LETTERS = 3  # "k" of "k m t" is no Ko; "lie" is Lai
_GLUE = "-'’"  # what joins a word to the one before it


def sound_skeleton(letters: str) -> str:
    """The consonants a name is heard by: "laichingte" and "liechingday" are both "ljnkt"."""
    letters = "".join(_WORD.findall(letters.lower()))
    for written, heard in _SOUNDS:
        letters = letters.replace(written, heard)
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", letters).translate(_VOICING))


@dataclass(frozen=True)
class PeopleBySound:
    names: dict[str, str]  # written name by skeleton
    words: frozenset[str]  # the lower-case words of those names


def people_by_sound(names: Iterable[tuple[str, str]]) -> PeopleBySound:
    """Each (person id, written name) by its skeleton; a skeleton two people share is dropped."""
    found: dict[str, tuple[str, str]] = {}
    shared = set()
    for person, name in sorted(names):
        skeleton = sound_skeleton(name)
        if len(skeleton) < MIN_SKELETON:
            continue
        if found.setdefault(skeleton, (person, name))[0] != person:
            shared.add(skeleton)
    by_skeleton = {
        skeleton: name for skeleton, (_, name) in found.items() if skeleton not in shared
    }
    # A single letter ("I" of "Lee I-yang") is heard as English before it is a name's part.
    words = {w for name in by_skeleton.values() for w in _WORD.findall(name.lower()) if len(w) > 1}
    return PeopleBySound(by_skeleton, frozenset(words))


def misheard_name_edits(
    body: str, offset: int, people: PeopleBySound, common: frozenset[str]
) -> list[Edit]:
    """Each person `body` (a caption line's words, from `offset` in its text) names in
    misheard words, as an edit of the text."""
    words = list(_WORD.finditer(body))
    edits = []
    index = 0
    while index < len(words):
        for count in range(min(MAX_HEARD_WORDS, len(words) - index), 1, -1):
            window = words[index : index + count]
            heard = [match.group() for match in window]
            skeleton = sound_skeleton("".join(heard))
            name = people.names.get(skeleton)
            if (
                name is not None
                and _apart_by_spaces(body, window)
                and any(word not in common or word in people.words for word in heard)
                and heard != _WORD.findall(name.lower())  # heard right: cased as written
                and _sounds_like("".join(heard), name, skeleton)
            ):
                edits.append(
                    Edit(
                        offset + words[index].start(), offset + words[index + count - 1].end(), name
                    )
                )
                index += count
                break
        else:
            index += 1
    return edits


def family_name_edits(body: str, offset: int, families: dict[str, str]) -> list[Edit]:
    """Each word of `body` heard for a family name of a person the caption has named in full
    ("calls lie a separatist" after "president lie ching day"), as an edit of the text.
    `families` holds those family names by skeleton; a word spelt as an English word a name
    sounds like ("lie") is read as the name only once the person is named."""
    edits = []
    for match in _WORD.finditer(body):
        heard = match.group()
        family = families.get(sound_skeleton(heard))
        if (
            family is not None
            and len(heard) >= MIN_FAMILY_LETTERS
            and heard != family.lower()
            and fuzz.ratio(heard, family.lower()) >= MIN_SIMILARITY
        ):
            edits.append(Edit(offset + match.start(), offset + match.end(), family))
    return edits


def _apart_by_spaces(body: str, window: list[re.Match[str]]) -> bool:
    """Words a caption heard apart, not the parts of one written word ("ching-te",
    "pelosi's"), which casing reads as they are."""
    spaced = all(body[before.end() : after.start()] == " " for before, after in pairwise(window))
    opens = window[0].start() == 0 or body[window[0].start() - 1] not in _GLUE
    closes = window[-1].end() == len(body) or body[window[-1].end()] != "-"  # "day's" ends
    return spaced and opens and closes


def _sounds_like(heard: str, name: str, skeleton: str) -> bool:
    similarity = fuzz.ratio(heard, "".join(_WORD.findall(name.lower())))
    if len(skeleton) < SHORT_SKELETON:
        return similarity >= MIN_SHORT_SIMILARITY
    return similarity >= MIN_SIMILARITY
