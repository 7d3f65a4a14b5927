"""Chinese and Japanese script inside an English article: a name glossed in characters ("Lai
Ching-te (賴清德)", "the Senkaku (尖閣) Islands") or a release's original paragraphs after its
English text. The English analysis cannot read them, so each run of CJK script is read by the
reader of its language (cjk_entities.py, cjk_incursions.py), on the run alone, and what it finds
joins the English analysis's mentions and facts with offsets into the article's text.

A run's language is its script's: kana is Japanese, characters without kana are Chinese (a
Japanese gloss of kanji alone reads the same by the knowledge base's folded names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from .cjk_entities import cjk_mentions
from .cjk_home import home_country
from .cjk_incursions import find_cjk_incursions
from .cjk_press_home import press_home
from .cjk_readings import KANA
from .cjk_script import CJK_CLASS, fold
from .gloss_cut_names import mention_of_cut_name, name_cut_by_gloss
from .incursions import Incursion
from .kb import KnowledgeBase
from .mention import Mention
from .reporting_clocks import local_publication

# CJK script, CJK punctuation (、。「」) and full-width forms (Ｈ－６, ２機, （）).
_WIDE = rf"{CJK_CLASS}\u3000-\u303f\uff00-\uff65"
# A run opens and closes on wide script and goes on over what CJK copy writes between it:
# digits, spaces, line breaks, ASCII punctuation, and Latin words that touch wide script, a
# digit or a hyphen ("EEZ内", "F-16V", "TSMC、"). A Latin word after a space is English prose,
# so the English words after a gloss are never part of its run; one before wide script opens it
# ("2024年", "F-16V戦闘機").
_LATIN_IN_RUN = rf"(?<=[{_WIDE}0-9-])[A-Za-z]+|[A-Za-z]+(?=[{_WIDE}0-9-])"
CJK_SCRIPT_RUN = re.compile(
    rf"[A-Za-z0-9-]*[{_WIDE}](?:[{_WIDE}0-9\s.,:;()\[\]/%&+~'\"-]|{_LATIN_IN_RUN})*"
)
_WIDE_CHAR = re.compile(f"[{_WIDE}]")
_KANA = re.compile(KANA)
# A run that holds a sentence's end is a paragraph of copy, which may report craft; a gloss
# names, it never counts.
_SENTENCE_END = re.compile(r"[。！？]")


# The bracket before a gloss, with an initialism before the gloss at most: "(", "（", "(LDP, ".
_GLOSS_OPENING = re.compile(r"\s?[(（](?:[A-Za-z][A-Za-z.-]{0,11},\s?)?\Z")
GLOSS_OPENING_CHARS = 16
_OPENING_BRACKETS = "(（"
_CLOSING_BRACKETS = ")）"


@dataclass(frozen=True)
class CjkRun:
    start: int
    end: int
    language: str  # ja or zh


def cjk_runs(text: str) -> list[CjkRun]:
    """The runs of CJK script in `text`, in order, each cut after its last wide character."""
    runs = []
    for found in CJK_SCRIPT_RUN.finditer(text):
        end = found.end()
        while not _WIDE_CHAR.match(text[end - 1]):  # stops at the run's first character
            end -= 1
        language = "ja" if _KANA.search(text, found.start(), end) else "zh"
        runs.append(CjkRun(found.start(), end, language))
    return runs


def with_cjk_runs(
    text: str,
    mentions: tuple[Mention, ...],
    incursions: tuple[Incursion, ...],
    kb: KnowledgeBase,
    published: datetime | None,
) -> tuple[tuple[Mention, ...], tuple[Incursion, ...]]:
    """The English analysis's mentions and facts joined by what the CJK runs of `text` say.

    A run in brackets straight after a name the English analysis linked glosses that name
    ("Ministry of Foreign Affairs (外交部)", "Liberal Democratic Party (LDP, 自民黨)"): it is that
    entity, as the English text decided it, where the gloss alone (a generic body's name, a
    name the knowledge base lacks) could not say whose. Other runs' knowledge-base mentions
    join where no English mention of the knowledge base stands (one the English model found
    but could not link gives way); a run's fact joins when the English text has no figure for
    the same craft, zone, place and day, since a release's two languages tell one fact twice
    and the first figure told is the one kept.
    """
    published = published or datetime.now(UTC)
    found: list[Mention] = []
    facts: list[Incursion] = []
    runs = cjk_runs(text)
    mentions = _with_names_cut_by_glosses(text, runs, mentions, kb)
    linked_ends = {m.end: m for m in mentions if m.in_kb}
    for run in runs:
        written = text[run.start : run.end]
        if glossed := _glossed(text, run, linked_ends):
            found.append(replace(glossed, text=written, start=run.start, end=run.end))
            continue
        local = local_publication(published, run.language, written)
        home = press_home(written, home_country(run.language, written))
        found += [
            replace(m, start=m.start + run.start, end=m.end + run.start)
            for m in cjk_mentions(written, kb, local.date(), home)
            if m.in_kb
        ]
        if _SENTENCE_END.search(written):
            facts += find_cjk_incursions(written, fold(written), local)
    linked = _characters([m for m in mentions if m.in_kb])
    joined = [m for m in found if linked.isdisjoint(range(m.start, m.end))]
    taken = _characters(joined)
    kept = [m for m in mentions if m.in_kb or taken.isdisjoint(range(m.start, m.end))]
    told = {_measure(fact) for fact in incursions}
    new_facts = []
    for fact in facts:
        if _measure(fact) not in told:
            told.add(_measure(fact))
            new_facts.append(fact)
    ordered = sorted([*kept, *joined], key=lambda m: m.start)
    return tuple(ordered), (*incursions, *new_facts)


def _with_names_cut_by_glosses(
    text: str, runs: list[CjkRun], mentions: tuple[Mention, ...], kb: KnowledgeBase
) -> tuple[Mention, ...]:
    """The mentions with each name a gloss cuts ("the Danjo (男女) Islands") standing for the
    whole name on the words before its bracket, in place of what the English reader made of
    them ("Nansei" a person)."""
    cut_names = [
        mention_of_cut_name(text, cut, kb)
        for run in runs
        if text[run.start - 1 : run.start] in _OPENING_BRACKETS
        and (cut := name_cut_by_gloss(text, run.start, run.end, kb))
    ]
    if not cut_names:
        return mentions
    covered = _characters(cut_names)
    kept = [m for m in mentions if covered.isdisjoint(range(m.start, m.end))]
    return tuple(sorted([*kept, *cut_names], key=lambda m: m.start))


def _glossed(text: str, run: CjkRun, linked_ends: dict[int, Mention]) -> Mention | None:
    """The English mention a run glosses: the bracket holding the run (after an initialism at
    most) opens straight after it."""
    if text[run.end : run.end + 1] not in _CLOSING_BRACKETS:
        return None
    window = max(0, run.start - GLOSS_OPENING_CHARS)
    opening = _GLOSS_OPENING.search(text, window, run.start)
    return linked_ends.get(opening.start()) if opening else None


def _characters(mentions: list[Mention]) -> set[int]:
    """The offsets the mentions cover: one set, not a scan of the others per mention."""
    return {at for m in mentions for at in range(m.start, m.end)}


def _measure(fact: Incursion) -> tuple[str, str, str, object]:
    return fact.what, fact.zone, fact.place, fact.day
