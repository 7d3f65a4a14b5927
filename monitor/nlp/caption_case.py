"""Automatic captions and speech-to-text transcripts write every word in lower case: "president
lai ching-te", "taiwan's defense ministry", "the a d i z". The model finds names by their
capitals, and the knowledge base matches short names and initials only in their own case
("PLA", "Guam"), so such a line names almost nothing. A text whose lines are mostly written
without capitals is read with its names, spelt-out initials and sentence starts cased again.

Only the case of letters changes, so every offset read in the cased copy is the written text's,
and the surfaces stored are the written text's slices (analyze.py). A text that writes
capitals, as nearly every article does, is returned as it is. Type designators read out
("j sixteen") are written back too (spoken_designators.py), as edits with offsets kept.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..ingest.char_refs import DecodedText, Edit, edited_with_origins
from .kb import KnowledgeBase
from .misheard_names import (
    PeopleBySound,
    family_name_edits,
    misheard_name_edits,
    people_by_sound,
    sound_skeleton,
)
from .spoken_designators import designator_edits, designator_forms
from .themes import load_corpus

# A word: letters and digits, joined by inner hyphens or dots ("ching-te", "u.s").
WORD = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*")
# A transcript line's label before what was said: "[00:00:07] ", "Speaker 1 (00:01:02): ".
LABEL = re.compile(r"(?:\s*\[[^\]\n]{0,40}\]\s*|[^\n:\[\]]{0,30}\d[^\n]{0,12}?:\s+)+")
MIN_WORDS = 3  # a line shorter than this ("yeah", "[Music]") says nothing of how it is written
MAX_NAME_WORDS = 6  # no name in the knowledge base is longer
MIN_SPELT_LETTERS = 3  # "k m t", "a d i z"; two letters ("u s") are too often words
# A word the shipped English corpus writes in lower case this often is an English word ("plan",
# "us", "may", "navy"), so a caption's lower-case spelling of it is no name.
COMMON_WORD_MIN_COUNT = 2
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+$")
SENTENCE_END_REACH = 8  # characters before a word that its sentence's end is looked for in
MAX_SPELT_LETTERS = 8  # no initials the knowledge base knows are longer


@dataclass(frozen=True)
class CaptionNames:
    """What a caption's words are cased by: the knowledge base's names, keyed by their lower-case
    words, and its initials, keyed by their lower-case letters."""

    names: dict[tuple[str, ...], tuple[str, ...]]
    initials: frozenset[str]
    common: frozenset[str]  # English words (_common_words)
    designators: frozenset[str]  # "J-16", "H-6K": what a read-out designator may spell
    people: PeopleBySound  # people's names by how they sound (misheard_names.py)


def read_captions(text: str, kb: KnowledgeBase) -> DecodedText:
    """`cased_captions(text)`, with the type designators its caption lines read out written as
    copy writes them ("j sixteen" is "J-16") and its misheard names spelt ("is shiba" is
    "Ishiba"), and where each character came from."""
    cased = cased_captions(text, kb)
    if cased is text:
        return DecodedText(text, None)
    names = cached_caption_names(kb)
    lines = _uncased_bodies(text)
    edits = [
        edit
        for at, body in lines
        for edit in designator_edits(body, at, names.designators)
        + misheard_name_edits(body, at, names.people, names.common)
    ]
    # A family name heard alone is read as one only once its bearer is named in full.
    families = {
        sound_skeleton(word): word
        for edit in edits
        for word in edit.replacement.split()
        if word.lower() in kb.family_names
    }
    if families:
        edits += [edit for at, body in lines for edit in family_name_edits(body, at, families)]
    return edited_with_origins(
        cased, _apart(sorted(edits, key=lambda edit: (edit.start, -edit.end)))
    )


def _uncased_bodies(text: str) -> list[tuple[int, str]]:
    """What each line written without capitals says, and where that starts in `text`."""
    found = []
    at = 0
    for line, start, lower in _caption_lines(text):
        if lower:
            found.append((at + start, line[start:].lower()))
        at += len(line)
    return found


def _apart(edits: list[Edit]) -> list[Edit]:
    """The edits in order, each dropped that overlaps the one kept before it: of two that start
    together, the longer ("lie ching day" over "lie") is kept."""
    kept: list[Edit] = []
    for edit in edits:
        if not kept or kept[-1].end <= edit.start:
            kept.append(edit)
    return kept


def _caption_lines(text: str) -> list[tuple[str, int, bool]]:
    """Each line, where what it says starts, and whether it is written without capitals."""
    lines = text.splitlines(keepends=True)
    bodies = [_body(line) for line in lines]
    return [
        (line, start, _is_uncased(line[start:])) for line, start in zip(lines, bodies, strict=True)
    ]


def cased_captions(text: str, kb: KnowledgeBase) -> str:
    """`text` with the lines it writes without capitals cased as news copy writes them, when
    most of its lines are so written; else `text` itself."""
    lines = _caption_lines(text)
    uncased = sum(lower for _, _, lower in lines)
    cased = sum(
        1
        for line, start, lower in lines
        if not lower and len(WORD.findall(line, start)) >= MIN_WORDS
    )
    if not uncased or uncased < cased:
        return text
    names = cached_caption_names(kb)
    return "".join(
        line[:start] + _cased_line(line[start:], names) if lower else line
        for line, start, lower in lines
    )


def _body(line: str) -> int:
    """Where what was said starts, after a timestamp or speaker label."""
    label = LABEL.match(line)
    return label.end() if label else 0


def _is_uncased(body: str) -> bool:
    """English writes a line's first letter and its names with capitals; a caption line neither.
    A line that opens with a figure ("26 aircraft, 8 ships") is a table's row, however cased."""
    words = WORD.findall(body)
    return (
        len(words) >= MIN_WORDS
        and words[0][0].islower()
        and not any(word != "I" and not word.islower() and not word.isdigit() for word in words)
    )


def _cased_line(body: str, names: CaptionNames) -> str:
    words = list(WORD.finditer(body))
    chars = list(body)
    index = 0
    while index < len(words):
        taken = _spelt_initials(words, index, names) or known_name(words, index, names)
        if taken and not _opens_unknown_name(words, index + len(taken), taken, names):
            for match, cased in zip(words[index : index + len(taken)], taken, strict=True):
                if len(cased) == len(match.group()):  # a few letters change length in case
                    chars[match.start() : match.end()] = cased
            index += len(taken)
            continue
        match = words[index]
        first = chars[match.start()]
        before = max(0, match.start() - SENTENCE_END_REACH)
        starts = index == 0 or SENTENCE_END.search(body, before, match.start())
        if (match.group() == "i" or starts) and len(first.upper()) == 1:  # "ß" is "SS"
            chars[match.start()] = first.upper()
        index += 1
    return "".join(chars)


def _opens_unknown_name(
    words: list[re.Match[str]], after: int, taken: tuple[str, ...], names: CaptionNames
) -> bool:
    """A one-word name before a word that is neither English nor a name begins a name the
    knowledge base does not know: "wellington coo" is a person, not the capital."""
    if len(taken) > 1 or taken[0].isupper() or after >= len(words):
        return False
    following = words[after].group()
    return following.isalpha() and following not in names.common and (following,) not in names.names


def _spelt_initials(
    words: list[re.Match[str]], index: int, names: CaptionNames
) -> tuple[str, ...] | None:
    """Letters read out one by one ("a d i z") that spell the knowledge base's initials."""
    end = index
    while (
        end < min(len(words), index + MAX_SPELT_LETTERS + 1)
        and len(words[end].group()) == 1
        and words[end].group().isalpha()
        and (end == index or words[end].start() == words[end - 1].end() + 1)
    ):
        end += 1
    letters = "".join(match.group() for match in words[index:end])
    if len(letters) < MIN_SPELT_LETTERS or letters not in names.initials:
        return None
    return tuple(letter.upper() for letter in letters)


def known_name(
    words: list[re.Match[str]], index: int, names: CaptionNames
) -> tuple[str, ...] | None:
    """The longest knowledge-base name starting at `index`, in its own case."""
    for length in range(min(MAX_NAME_WORDS, len(words) - index), 0, -1):
        key = tuple(match.group().lower() for match in words[index : index + length])
        if key in names.names:
            return names.names[key]
    return None


# A word in lower case away from a sentence's start and outside an address or a handle.
_LOWER_CASE_WORD = re.compile(r"(?<![.!?\n]\s)(?<!^)(?<![./@#])\b[a-z]+\b(?![./@]\w)")


@cache
def _common_words() -> frozenset[str]:
    """Words the shipped English corpus writes in lower case, away from a sentence's start, in
    lines written with capitals: a caption's own lines ("the pla sent jets near kinmen") and an
    address's or a handle's parts ("reuters.com", "@tsai") say nothing of how English writes
    a word, and the corpus holds evaluation sets written in such voices."""
    counts: Counter[str] = Counter()
    for example in load_corpus():
        for line, _, uncased in _caption_lines(example.text):
            if not uncased:
                counts.update(_LOWER_CASE_WORD.findall(line))
    return frozenset(word for word, count in counts.items() if count >= COMMON_WORD_MIN_COUNT)


_NAMES: dict[str, CaptionNames] = {}  # by knowledge-base digest, built on the first caption


def cached_caption_names(kb: KnowledgeBase) -> CaptionNames:
    if kb.digest not in _NAMES:
        _NAMES[kb.digest] = caption_names(kb)
    return _NAMES[kb.digest]


def caption_names(kb: KnowledgeBase) -> CaptionNames:
    """The names a caption's words may be: every written form of the knowledge base's names,
    its demonyms and its people's family names, unless each of its words is an English word
    ("Coast Guard", "Plan", "Us"), which in lower case says nothing of a name."""
    common = _common_words()
    names: dict[tuple[str, ...], tuple[str, ...]] = {}

    def add(form: str, of_words: bool = False) -> None:
        words = tuple(WORD.findall(form))
        key = tuple(word.lower() for word in words)
        if words == key or len(words) > MAX_NAME_WORDS:
            return
        if of_words or not all(word in common for word in key):
            names.setdefault(key, words)

    initials = set()
    designators: set[str] = set()
    people = [(person, name.title()) for name, person in _family_names(kb)]
    for entry in kb.entities.values():
        for form in sorted(kb.patterns(entry)):
            add(form)
        designators |= designator_forms(kb.patterns(entry))
        if entry.type == "PERSON":
            people += [(entry.id, form) for form in (entry.name, *entry.aliases)]
        # "PLAN" read out is no plan: initials need no filter. A body's generic initials
        # ("MND") are read out too, and keep the case the linker reads in context.
        initials |= {f.lower() for f in (*kb.patterns(entry), *entry.generic) if spelt_out(f)}
        for demonym in entry.demonyms:
            add(demonym)
        for generic in entry.generic:  # "Ministry of National Defense": its words are English,
            if " " in generic:  # and the name is cased to be read as one, as copy writes it
                add(generic, of_words=True)
    for family_name in kb.family_names:
        add(family_name.title())
    return CaptionNames(
        names, frozenset(initials), common, frozenset(designators), people_by_sound(people)
    )


def _family_names(kb: KnowledgeBase) -> list[tuple[str, str]]:
    """Family names one person bears, with that person's id."""
    return [(name, ids[0]) for name, ids in kb.family_names.items() if len(ids) == 1]


def spelt_out(form: str) -> str | None:
    """Initials as a caption reads them out, a letter a word ("KMT": "K M T"), or None for a
    form that is no initials."""
    if len(form) < MIN_SPELT_LETTERS or not (form.isupper() and form.isalpha()):
        return None
    return " ".join(form)
