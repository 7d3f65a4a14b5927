"""Is an article English? The feed's declared language, else a detector (lingua)."""

from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

# The languages this domain's feeds arrive in; fewer candidates make lingua faster and smaller.
CANDIDATES = (
    Language.ENGLISH, Language.JAPANESE, Language.CHINESE, Language.KOREAN, Language.FRENCH,
    Language.GERMAN, Language.SPANISH, Language.PORTUGUESE, Language.RUSSIAN, Language.VIETNAMESE,
    Language.INDONESIAN, Language.TAGALOG, Language.THAI,
)  # fmt: skip


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*CANDIDATES).build()


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
