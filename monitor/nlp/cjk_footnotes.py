"""Footnotes of commentaries and think-tank papers, whose figures are of the sentence that cites
them:

    台湾国防部によれば、2日午前6時までの24時間に確認された中国軍機は76機…であった（注1）。
    …国防部の発表では、7日午前6時までの24時間に中国軍機19機…
    （注1）国防部は同期間、…防空識別圏に進入した機数を37機とした。

The note's "同期間" is the window of the sentence that carries its mark, not of the sentence
printed last before the note (the 7th's): a note that opens with its mark takes the day of the
sentence citing it, as a reader following the mark back would.
"""

from __future__ import annotations

import re
from datetime import date

# A note's mark: "（注1）", "(註2)", "※1", as folded (ASCII brackets and digits, 註 as 注).
# Not a note's remark that opens with a date ("※２９日の２７機のうち…").
_MARK = re.compile(r"(?:\(注\s?|※)([0-9]{1,2})(?:\)|(?![0-9日月年/.:,]))")


def note_days(
    folded: str, sentences: list[tuple[int, int]], days: list[date | None]
) -> dict[int, date]:
    """For each sentence (by its index) that opens a note with its mark, the day of the sentence
    before it that cites that mark, when that sentence has a day."""
    cited: dict[str, date] = {}
    opened: dict[int, date] = {}
    for index, ((start, end), day) in enumerate(zip(sentences, days, strict=True)):
        sentence = folded[start:end]
        opening = len(sentence) - len(sentence.lstrip())
        lead = _MARK.match(sentence, opening)
        if lead and (note_day := cited.get(lead.group(1))):
            opened[index] = note_day
        for mark in _MARK.finditer(sentence):
            if not (lead and mark.start() == opening) and day:
                cited.setdefault(mark.group(1), day)
    return opened
