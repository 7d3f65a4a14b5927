"""Is an article English? The feed's declared language; else, when script and words make it
plain, English without asking a detector; else a detector (lingua), asked about the text
without the names the knowledge base knows."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .kb import KnowledgeBase, default_kb
from .names import fold

if TYPE_CHECKING:
    from lingua import LanguageDetector

# The languages this domain's feeds arrive in; fewer candidates make lingua faster and smaller.
# Its low-accuracy mode is faster still, but sent three times as many English passages of the
# corpus to other languages (31 of 3,419 against 9), so it is not used.
CANDIDATES = (
    "ENGLISH", "JAPANESE", "CHINESE", "KOREAN", "FRENCH", "GERMAN", "SPANISH", "PORTUGUESE",
    "RUSSIAN", "VIETNAMESE", "INDONESIAN", "TAGALOG", "THAI",
)  # fmt: skip

# English function words that other Latin-script candidates rarely write. On the theme corpus,
# the evaluation sets and bench/wire.py's articles (3,419 English texts), texts of 30 words or
# more have at least 8% of their words among these (99% have 15% or more); German (heise) and
# Portuguese (Jornal de Notícias) feed items have at most 4% and 9%.
_MARKERS = """the of and to was were that with for said from by has have had is are on at which who
    it its his her this their they would will been be an not but"""
ENGLISH_MARKERS = frozenset(_MARKERS.split())
PLAIN_SAMPLE_CHARS = 3000
PLAIN_MIN_WORDS = 30  # shorter texts (a headline alone) go to the detector
PLAIN_MIN_SHARE = 0.15
PLAIN_MIN_LATIN = 0.95  # English articles quote names in Chinese characters: 蔣萬安
# Below PLAIN_MIN_WORDS words the detector's answer rests on a few letter sequences: "in ... met
# envoys" read as French (0.47) over English (0.24). A short Latin-script text is English when
# English has at least this confidence: short English copy among this domain's names has 0.2 or
# more, headlines in the other Latin-script candidates give English at most 0.12
# (bench/short_language.py: 8,994 of 9,000 short English texts kept, against main's 8,945; none
# of 280 other Latin-script headlines or 4,660 Japanese and Chinese ones sent to English).
SHORT_ENGLISH_MIN_CONFIDENCE = 0.2
# Names alone ("Taipei Taipei ..."), or beside them a word or two that many Latin-script
# languages write ("in", "on", "to", "met", "port"), are no evidence of another language: such a
# text is read as English, as the pipeline reads a text nothing tells (most of what it reads).
# Every headline in another candidate language of tests/data/language/ keeps 14 letters or more
# once its names are left out. (Japanese and Chinese are told in a character or two and are
# never Latin script.)
LATIN_MIN_EVIDENCE_LETTERS = 10
# Within a run of capitalised words, names are tried up to this long; 9 of the knowledge base's
# 5,303 names are longer, and a run that is one of them whole is still taken whole.
LONGEST_NAME_WORDS = 8
_LETTER = re.compile(r"[^\W\d_]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"[a-z]+")
# A run of capitalised words, as a name is written in Latin script: "Lai Ching-te", "Kinmen".
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")


@cache
def _detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder  # loaded only when a feed is silent

    return LanguageDetectorBuilder.from_languages(
        *(getattr(Language, name) for name in CANDIDATES)
    ).build()


def primary_subtag(tag: str) -> str:
    """'en-US' -> 'en', 'zh_TW' -> 'zh'."""
    return tag.replace("_", "-").split("-")[0].strip().lower()


def in_latin_script(text: str) -> bool:
    """Letters, nearly all Latin: never Japanese or Chinese, whatever names they quote."""
    letters = len(_LETTER.findall(text))
    return bool(letters) and len(_LATIN_LETTER.findall(text)) >= PLAIN_MIN_LATIN * letters


def plainly_english(text: str) -> bool:
    """Latin letters, and enough English function words that no detector is needed: most of
    what the feeds carry, decided in microseconds instead of lingua's milliseconds."""
    sample = text[:PLAIN_SAMPLE_CHARS]
    if not in_latin_script(sample):
        return False
    words = _WORD.findall(sample.lower())
    if len(words) < PLAIN_MIN_WORDS:
        return False
    return sum(word in ENGLISH_MARKERS for word in words) >= PLAIN_MIN_SHARE * len(words)


def without_known_names(text: str, kb: KnowledgeBase) -> str:
    """The text without the capitalised names the knowledge base knows: what is left to tell
    its language by, perhaps nothing.

    This domain's names are romanised from Chinese and Japanese: to a detector's letter
    statistics "Kinmen", "Yonaguni" and "Lai Ching-te" read as Tagalog, "Han Kuang ... Hualien"
    as German, so that a short English headline of two or three English words among them was
    read as another language and never analysed. A name says nothing of the language around it.
    Headlines set names side by side ("Lai Ching-te Kinmen Visit", "Premier Cho Jung-tai"): a
    run of capitalised words is read from its left, each time as the longest name the knowledge
    base knows (a name, or one word that is a name or a family name it holds), and only the
    words that begin no name are left ("Visit", "Premier").
    """

    def known(words: list[str]) -> bool:
        if kb.lookup(fold(" ".join(words))) is not None:
            return True
        return len(words) == 1 and (fold(words[0]) in kb.index or fold(words[0]) in kb.family_names)

    def unknown_words(run: str) -> str:
        if kb.lookup(fold(run)) is not None:
            return " "
        words, left, start = run.split(" "), [], 0
        while start < len(words):
            longest = min(len(words), start + LONGEST_NAME_WORDS)
            end = next((e for e in range(longest, start, -1) if known(words[start:e])), start)
            left.append("" if end > start else words[start])
            start = max(end, start + 1)
        return " ".join(left)

    return _CAPITALISED_RUN.sub(lambda run: unknown_words(run[0]), text)


def detected_language(text: str, kb: KnowledgeBase) -> str | None:
    """The reading of a text that is not plainly English; None when nothing tells."""
    left = without_known_names(text, kb)
    letters = len(_LETTER.findall(left))
    if in_latin_script(text[:PLAIN_SAMPLE_CHARS]):
        if letters < LATIN_MIN_EVIDENCE_LETTERS:
            return "en"
        if len(text.split()) < PLAIN_MIN_WORDS:
            from lingua import Language

            english = _detector().compute_language_confidence(left, Language.ENGLISH)
            if english >= SHORT_ENGLISH_MIN_CONFIDENCE:
                return "en"
    if not letters:
        return None
    found = _detector().detect_language_of(left)
    return found.iso_code_639_1.name.lower() if found else None


def article_language(
    declared: str | None, text: str, kb: KnowledgeBase | None = None
) -> tuple[str | None, str]:
    """(language, source): source is 'feed' when declared, 'detected' otherwise.

    The detector runs only for articles whose feed declares nothing and whose text is not
    plainly English; it may answer None for text that gives it nothing to tell by, which the
    pipeline treats as English (most of what it reads).
    """
    if declared and primary_subtag(declared):
        return primary_subtag(declared), "feed"
    if not text.strip():
        return None, "detected"
    if plainly_english(text):
        return "en", "detected"
    return detected_language(text, kb or default_kb()), "detected"
