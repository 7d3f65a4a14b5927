"""Counts the text calls a record: "a record 153 aircraft", "77 aircraft, a single-day high".
A record of another day than the report's is background, no fact of that day (rule 8); the
report's own figure called a record is still its count."""

from .incursion_claims import Claim
from .incursion_tokens import Token
from .incursion_words import NUMBER_WORDS, RECORDS

_DETERMINERS = {"a", "an", "the", "new"}
# ", a single-day record", ", the all-time high", ", a new peak": words that may stand
# between the article and the record word in an apposition after the count.
_APPOSITION_REACH = 3
_CLAUSE_REACH = 8  # tokens from a count to the comma after its zone: "flew around the island"


def called_records(tokens: list[Token], claims: list[Claim]) -> list[Claim]:
    """The claims whose count the sentence calls a record, before it ("a record 153
    aircraft"), in an apposition right after it ("153 aircraft, a single-day record") or as
    what its clause says of it ("the total of 153 aircraft ... is a record")."""
    return [
        c
        for c in claims
        if _record_before(tokens, c) or _record_after(tokens, c) or _record_said(tokens, c)
    ]


def _record_before(tokens: list[Token], claim: Claim) -> bool:
    # "tracked a record 153 aircraft": "record" an adjective of the number, after an article
    i = claim.first - 1
    return i > 0 and tokens[i].low == "record" and tokens[i - 1].low in _DETERMINERS


def _record_after(tokens: list[Token], claim: Claim) -> bool:
    # "counted 153 aircraft, a single-day record", "77 aircraft flew around the island, an
    # all-time high": the apposition after the count's clause names that count, if no other
    # count stands between them.
    i = claim.last + 1
    while i < min(len(tokens), claim.last + _CLAUSE_REACH) and tokens[i].low != ",":
        if tokens[i].text[:1].isdigit() or tokens[i].low in (".", ";", ":"):
            return False
        i += 1
    if i + 1 >= len(tokens) or tokens[i].low != "," or tokens[i + 1].low not in _DETERMINERS:
        return False
    following = [t.low for t in tokens[i + 2 : i + 2 + _APPOSITION_REACH]]
    word = next((k for k, low in enumerate(following) if low in RECORDS), None)
    if word is None:
        return False
    # ", the record being 153", ", against a peak of 153": the record is another figure
    rest = []
    for token in tokens[i + 2 + word + 1 :]:
        if token.low in (",", ".", ";", ":"):
            break
        rest.append(token)
    return not any(t.text[:1].isdigit() or t.low in NUMBER_WORDS for t in rest)


_COPULAS = {"is", "was", "remains", "marks", "marked", "set", "sets"}
_PREDICATE_REACH = 10  # "153 aircraft that Taiwan reported for the drill is a record"


def _record_said(tokens: list[Token], claim: Claim) -> bool:
    # "J2 noted the single-day total of 153 aircraft that Taiwan reported for the drill is a
    # record": the clause's verb says the count is one, with no other count or clause between.
    for i in range(claim.last + 1, min(len(tokens) - 1, claim.last + _PREDICATE_REACH)):
        if tokens[i].text[:1].isdigit() or tokens[i].low in (",", ".", ";", ":"):
            return False
        if tokens[i].low in _COPULAS:
            following = [t.low for t in tokens[i + 1 : i + 2 + _APPOSITION_REACH]]
            records = any(low in RECORDS for low in following)
            return bool(following) and following[0] in _DETERMINERS and records
    return False


_SUBJECT_REACH = 3  # "The single-day record remains", "the all-time high still stands at"
_STANDING = {"remains", "stands"}


def standing_records(tokens: list[Token], claims: list[Claim]) -> list[Claim]:
    """The claims a record standing from before is ("The record remains 153 aircraft in a
    single day", "the single-day high still stands at 153", "the record 153 aircraft"):
    background whatever day the sentence is of (rule 8), as a record that is the report's own
    is never said to remain."""
    return [claim for claim in claims if _record_stands(tokens, claim)]


def _record_stands(tokens: list[Token], claim: Claim) -> bool:
    # "opened with the record 153 aircraft the ministry tracked during the drill", "well below
    # the record 153 aircraft": the definite article names the record known from before; a
    # report's own new record is "a record 153 aircraft".
    lows = [t.low for t in tokens[max(0, claim.first - 2) : claim.first]]
    if lows == ["the", "record"]:
        return True
    verb = claim.first - 1 - (claim.first > 1 and tokens[claim.first - 1].low == "at")
    if verb < 1 or tokens[verb].low not in _STANDING:
        return False
    subject = [t.low for t in tokens[max(0, verb - _SUBJECT_REACH - 1) : verb] if t.low != "still"]
    return bool(subject) and subject[-1] in RECORDS and bool(set(subject) & _DETERMINERS)
