"""Runs of one-character country abbreviations in Japanese copy ("日米豪比の４カ国", "日豪の協定"):
each character is its country, as a headline's "米" alone is (cjk_name_context.opening_countries).

A run is two or more distinct abbreviations standing as a word of their own: a kanji just before
it makes its first character the end of another word ("今日米国" is today and the US, "来日中"
a visit to Japan), and a few characters after 比 make it a word of its own ("日比谷", "比較").
"""

import re

from .cjk_entity_words import COUNTRY_ABBREVIATIONS

# Chinese writes the Philippines 菲 and Russia 俄; its 比 is "than" ("美比日強"): Japanese only.
_JAPANESE = "".join(c for c in COUNTRY_ABBREVIATIONS if c not in "美臺菲俄")
_RUN = re.compile(rf"(?<![\u4e00-\u9fff々])[{_JAPANESE}]{{2,}}")
# Words that open with an abbreviation's character after it: 日比谷 (a district), 比較 and
# 比率 (a comparison, a ratio), 中国 and 台湾 (the whole name), 日本 (Japan itself).
_WORD_AFTER = {"比": "谷較率", "中": "国國", "台": "湾灣", "日": "本", "米": "国國"}


def country_runs(text: str, home: str | None) -> list[tuple[int, int, str]]:
    """Each character of a run of country abbreviations in Japanese copy: where it is and
    which country."""
    if home != "japan":
        return []
    found = []
    for hit in _RUN.finditer(text):
        run = hit.group()
        following = text[hit.end() : hit.end() + 1]
        if following and following in _WORD_AFTER.get(run[-1], ""):
            run = run[:-1]  # the last character opens the next word
        if len(run) < 2 or len(set(run)) < len(run):
            continue
        found += [
            (hit.start() + i, hit.start() + i + 1, COUNTRY_ABBREVIATIONS[char])
            for i, char in enumerate(run)
        ]
    return found
