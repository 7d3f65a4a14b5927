"""A line that names craft over a place and says nothing of them: "Another Chinese balloon over
the Taiwan Strait." A broadcast's or a brief's opening line written so is its headline, with no
verb and no figure of its own; the sentence after it tells what the craft did ("one balloon
crossed the median line"). Read as a report's count, its craft took the zone of the day's
totals, around Taiwan, as a fact the text never states (rule 4).
"""

import re

# "Another", "A" or "More", up to three words (whose, what kind), the craft, a preposition of
# place, then only a place's name in title case ("the Taiwan Strait", "Kinmen") to the full
# stop. A figure ("19 aircraft in the ADIZ." is a line of counts), a zone ("in the ADIZ",
# "in Kinmen's restricted waters") or a verb ("A fighter escorted bombers over ...") makes it
# a clause read as it stands.
_VERBLESS = re.compile(
    r"\s*(?:Another|An?|More)\s+(?:(?![a-z]+ed\s)[\w-]+\s+){0,3}?"
    r"(?:balloons?|drones?|aircraft|(?:war)?planes?|jets?|fighters?|bombers?|(?:war)?ships?"
    r"|vessels?|destroyers?|frigates?|carriers?)"
    r"\s+(?:over|near|off|around|across|in|along|through)"
    r"(?:\s+(?:the|of|[A-Z][a-z][\w'’-]*))+\s*\.\s*",
)


def is_verbless_headline(sentence: str) -> bool:
    """Whether the sentence is craft over a place, with no verb: a headline in the copy."""
    return bool(_VERBLESS.fullmatch(sentence))
