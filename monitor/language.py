"""Is an article English? The feed's declared language, else a detector (lingua)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

# The languages this domain's feeds arrive in; fewer candidates make lingua faster and smaller.
CANDIDATES = (
    "ENGLISH", "JAPANESE", "CHINESE", "KOREAN", "FRENCH", "GERMAN", "SPANISH", "PORTUGUESE",
    "RUSSIAN", "VIETNAMESE", "INDONESIAN", "TAGALOG", "THAI",
)  # fmt: skip


@cache
def _detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder  # loaded only when a feed is silent

    return LanguageDetectorBuilder.from_languages(
        *(getattr(Language, name) for name in CANDIDATES)
    ).build()


def primary_subtag(tag: str) -> str:
    """'en-US' -> 'en', 'zh_TW' -> 'zh'."""
    return tag.replace("_", "-").split("-")[0].strip().lower()


def article_language(declared: str | None, text: str) -> tuple[str | None, str]:
    """(language, source): source is 'feed' when declared, 'detected' otherwise.

    The detector runs only for articles whose feed declares nothing; it may answer None for text
    too short to tell, which the pipeline treats as English (most of what it reads).
    """
    if declared and primary_subtag(declared):
        return primary_subtag(declared), "feed"
    if not text.strip():
        return None, "detected"
    found = _detector().detect_language_of(text)
    return (found.iso_code_639_1.name.lower() if found else None), "detected"
