"""The entry of a stay told after its count: "two China Coast Guard ships stayed in Japanese
territorial waters for more than 30 hours. The ships entered on Monday night and left on
Wednesday morning" counts the two on Monday, the day they entered (rule 9), not on the day the
sentence before told of them. A stay told as still going on ("They were still there") is
incursion_stays_on.py's; this is the stay that a sentence opening with the ships counted
before ("The ships", "The two Chinese vessels") says began on a day it writes and ended.
"They entered ..." names no craft the grammar reads, and keeps the day told before."""

from datetime import date, timedelta
from typing import TYPE_CHECKING

from .incursion_claims import Claim, Reading
from .incursion_stays_on import points_back_at_ships, stay_told_as_of
from .incursion_tokens import Token, WrittenDate, tokenize
from .incursion_words import LEAVING

if TYPE_CHECKING:
    from .incursion_story import Incursion

_ENTERING = {"entered", "intruded"}
_WEEK = timedelta(days=7)
_BEFORE_THE_VERB = {"had", "first", "originally", "initially"}


def _entry_verb(lows: list[str]) -> int | None:
    """Where the entry verb stands after a subject pointing back at ships, if it does and the
    sentence tells the stay over ("and left on Wednesday"): "Three ships remained in the
    waters on Wednesday. The ships entered them on Monday" tells a stay not yet over, counted
    where it stands (rule 9)."""
    subject = points_back_at_ships(lows, 0)
    at = subject
    while at < len(lows) and lows[at] in _BEFORE_THE_VERB:
        at += 1
    if not subject or at >= len(lows) or lows[at] not in _ENTERING:
        return None
    return at if LEAVING & set(lows[at:]) else None


def _pointing_claim(reading: Reading) -> Claim | None:
    """The claim of the ships pointed back to, if the sentence counts none anew."""
    if any(not claim.reference and claim.count is not None for claim in reading.claims):
        return None
    ships = [claim for claim in reading.claims if claim.craft == "ships"]
    return ships[0] if ships else None


def date_the_entry_told(tokens: list[Token], reading: Reading, dates: list[WrittenDate]) -> None:
    """Gives the ships pointed back to the day written first after their entry verb: "The
    Chinese ships entered the waters on Tuesday morning and left on Wednesday" is Tuesday's."""
    claim = _pointing_claim(reading)
    if claim is None:
        return  # no ships pointed back to, as most sentences have: none to date
    if stay_told_as_of(tokens, dates) is not None:  # "... and were still inside as of"
        return
    verb = _entry_verb([token.low for token in tokens])
    later = [written.day for written in dates if verb is not None and written.first > verb]
    if claim is not None and later:
        claim.day = later[0]


def _entry_told(sentence: str, reading: Reading) -> Claim | None:
    """The claim of ships counted before whose entry the sentence tells with its day."""
    claim = _pointing_claim(reading)
    if claim is None or claim.day is None:
        return None
    return claim if _entry_verb([token.low for token in tokenize(sentence)]) is not None else None


def days_of_entries(sentence: str, reading: Reading, entered: "list[Incursion]") -> dict[int, date]:
    """The day each fact of the sentence before (`entered`: its facts at a sea place) moves to
    when the sentence tells the ships' entry: within the week before it (rule 8), of the count
    pointed back to if it writes one ("The two ships entered ...")."""
    claim = _entry_told(sentence, reading)
    if claim is None or claim.day is None:
        return {}
    day = claim.day
    return {
        id(fact): day
        for fact in entered
        if day < fact.day <= day + _WEEK and claim.count in (None, fact.count)
    }
