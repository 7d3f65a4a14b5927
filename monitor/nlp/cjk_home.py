"""The country whose bodies a generic name ("外交部", "国防部") means in a Japanese or Chinese
article when nothing else says: the article's home, told by its language and script."""

from __future__ import annotations

from .cjk_script import CJK, fold_char

HOME_BY_SCRIPT = {"ja": "japan", "zh-hant": "taiwan", "zh-hans": "china"}


def home_country(language: str, text: str) -> str | None:
    """The country whose bodies a generic name means when nothing else says: Japan in
    Japanese; Taiwan in traditional Chinese, the PRC in simplified."""
    if language == "ja":
        return HOME_BY_SCRIPT["ja"]
    han = [c for c in text if CJK.match(c)]
    if not han:
        return None
    traditional = sum(fold_char(c) != c for c in han)
    return HOME_BY_SCRIPT["zh-hant" if traditional * 50 >= len(han) else "zh-hans"]
