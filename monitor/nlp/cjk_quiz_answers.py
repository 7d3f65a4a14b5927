"""A quiz's answers read with their questions. Weekly "一問一答" columns print a question and its
answer on lines of their own, numbered alike:

    Q3　防衛省統合幕僚監部が３日に発表した、沖縄本島と宮古島の間を通過した中国海軍の艦艇は何隻か。
    A3　３隻（ルーヤンⅢ級駆逐艦１隻、ジャンカイⅡ級フリゲート２隻）。

The answer's count is the question's craft in the question's waters on the question's day: read
alone, "３隻" would take the zone the answer before it left (around Taiwan), not the strait the
question names. So the sentence that opens an answer is read after its question's words.
"""

from __future__ import annotations

import re

# A question's or an answer's line: its letter and number (folded: "q3", "a3"), then a space.
_QUESTION = re.compile(r"^[ \t]*q(?P<number>[0-9]{1,2})[ \t.:：．、]+(?P<words>[^\n]*)", re.M)
_ANSWER = re.compile(r"[ \t]*a(?P<number>[0-9]{1,2})[ \t.:：．、]")


def questions_of(folded: str) -> dict[int, tuple[int, int]]:
    """The answer lines' starts of a quiz (`folded` is the folded text), each with the span of
    its question's words; empty for a text that is no quiz."""
    if not _QUESTION.search(folded):
        return {}
    asked = {m["number"]: m.span("words") for m in _QUESTION.finditer(folded)}
    questions: dict[int, tuple[int, int]] = {}
    line_start = 0
    for line in folded.split("\n"):
        answer = _ANSWER.match(line)
        # Each question is read once, with its first answer: its words are not read again for
        # each line a hostile text numbers alike.
        if answer and answer["number"] in asked:
            questions[line_start] = asked.pop(answer["number"])
        line_start += len(line) + 1
    return questions
