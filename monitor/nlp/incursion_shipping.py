"""Ships that are shipping, not craft China sent: a count of ships held up by the drills'
closures ("some 30 vessels had been rerouted", "with 37 vessels waiting", "12 ships at anchor
off Kaohsiung"), one a civilian body of the sea tells ("the port corporation said 37 vessels
..."), ships named by their flag state ("50 ships flagged in Togo"), by the trade they carry
("two tanker vessels", "three LNG ships") and by where they are bound ("three vessels bound
for Vietnam"). Only ships whose phrase names no operator nor a kind of warship: "four coast
guard ships waited in the contiguous zone", "Chinese vessels" and "warships" are China's,
whoever counts them.
"""

from . import incursion_words as w
from .incursion_phrases import Head
from .incursion_tokens import Token
from .incursion_word_positions import first_from, last_before

# What befalls shipping near drills, in every form English writes it after the noun: the past
# ("12 ships waited"), the participle of a passive or a reduced relative ("vessels diverted to
# Keelung") and the present participle of an absolute clause ("with 37 vessels waiting").
_HELD_UP = {
    "diverted", "diverting", "rerouted", "rerouting", "re-routed", "re-routing", "delayed",
    "stranded", "stuck", "idled", "idling", "waited", "waiting", "queued", "queuing",
    "queueing",
}  # fmt: skip
# "held" only as the port holds ships somewhere ("held at anchor", "held outside the port",
# "held up"): "six ships held drills" is the navy's act.
_HELD_WHERE = {"at", "outside", "offshore", "off", "up", "back"}
# A body of the sea's civil trade, in a teller's words: port authorities and corporations,
# harbour masters, pilots, shipping lines and shippers count merchant ships, never the PLA's.
_CIVIL_SEA = {
    "port", "ports", "harbour", "harbor", "harbourmaster", "harbormaster", "pilots",
    "pilotage", "shipping", "shippers", "shipowners", "container", "terminal", "terminals",
    "forwarder", "forwarders",
}  # fmt: skip
# "ships sailing under flags of convenience", "vessels flying under the flag of Togo"
_UNDER_A_FLAG = (["sailing", "under"], ["flying", "under"], ["under", "flags"], ["under", "flag"])
_FLAG_WORDS = {"flag", "flags", "flagged"}  # a modifier's part: not "flagship"
# The kinds of merchant ship, named by what they carry: "two tanker vessels", "an LNG ship",
# "freight vessels". A navy's oiler is named by its operator ("a PLA Navy tanker ship"), which
# keeps it China's (is_shipping's operators); "tanker" alone still modifies aircraft, as
# "two tanker aircraft" are air forces' refuellers.
_MERCHANT_KINDS = {
    "tanker", "tankers", "freight", "freighter", "container", "bulk", "bulker", "lng", "lpg",
    "crude", "oil", "chemical", "car-carrier", "ro-ro", "feeder",
}  # fmt: skip
# Where a teller's words start, back from its verb.
_OPENERS = {",", ";", ":", "—", "–", "(", ".", "that", "and", "but", "while", "whereas"}
_TELLER_REACH = 8  # "The Taiwan International Ports Corporation's spokeswoman"


def is_shipping(words: list[Token], first: int, head: Head) -> bool:
    """Whether the ships counted from first, whose noun phrase is head, are merchant ships."""
    if head.craft != "ships" or head.ships is not None:  # "warships", "cutters"
        return False
    if any(t.low in w.OPERATORS for t in words[first : head.last + 1]):
        return False
    return (
        any(t.low in _MERCHANT_KINDS for t in words[first : head.last])
        or _held_up(words, head.last + 1)
        or _told_by_the_civil_sea(words, first)
        or _flagged(words, first, head.last)
        or _bound_for_a_port(words, first, head.last)
    )


# "-bound" joined to a port or country ("Kaohsiung-bound freighters"), and ships in and out of
# port: a voyage's direction, not a patrol's.
_VOYAGES = {"inbound", "outbound", "homebound"}


def _bound_for_a_port(words: list[Token], first: int, last: int) -> bool:
    """Whether the phrase names where the ships are bound: "three vessels bound for Vietnam
    and Indonesia", "Kaohsiung-bound ships", "outbound vessels". A destination is a merchant
    voyage's, booked and rebooked; copy names a navy's or coast guard's ships by their
    operator or kind, and where they patrol, not a port they are bound for."""
    after = [token.low for token in words[last + 1 : last + 3]]
    if after == ["bound", "for"]:
        return True
    return any(
        token.low in _VOYAGES or (token.low.endswith("-bound") and len(token.low) > 6)
        for token in words[first + 1 : last]
    )


def _flagged(words: list[Token], first: int, last: int) -> bool:
    """Whether the phrase names the ships' flag state: "Panama-flagged vessels", "52
    flag-of-convenience vessels", "120 Taiwan-flag ships", "50 ships flagged in Togo",
    "ships registered in Tanzania", "ships sailing under flags of convenience". A flag is the
    registry a merchant ship is entered in; a navy's or coast guard's ship is its state's own,
    and copy names it by its operator, never by where it is flagged."""
    if any(_FLAG_WORDS.intersection(token.low.split("-")) for token in words[first + 1 : last + 1]):
        return True
    after = [token.low for token in words[last + 1 : last + 3]]
    return after[:1] in (["flagged"], ["registered"]) or after in _UNDER_A_FLAG


def _held_up(words: list[Token], i: int) -> bool:
    """Whether the verb at i, past auxiliaries, tells ships held up: "had been diverted",
    "were waiting", "were held outside Kaohsiung", "lay at anchor"."""
    while i < len(words) and (words[i].low in w.AUXILIARIES or words[i].low == "lay"):
        i += 1
    if i + 1 < len(words) and words[i].low == "at" and words[i + 1].low == "anchor":
        return True
    held = i + 1 < len(words) and words[i].low == "held" and words[i + 1].low in _HELD_WHERE
    return held or (i < len(words) and words[i].low in _HELD_UP)


def _told_by_the_civil_sea(words: list[Token], first: int) -> bool:
    """Whether the count's teller names a body of the sea's civil trade. "The harbour office
    told crews that the ministry had seen ..." is the ministry's count, told on."""
    return any(t.low in _CIVIL_SEA for t in teller_of(words, first))


def teller_of(words: list[Token], first: int) -> list[Token]:
    """The words of the teller of the count at first: the subject of the last verb of telling
    or sighting before it, or, when none, of the first verb of telling after it ("..., the port
    authority said")."""
    verb = last_before(words, _telling_or_sighting, first)
    verb = first_from(words, _reporting, first) if verb is None else verb
    if verb is None:
        return []
    start = verb
    while start > max(0, verb - _TELLER_REACH) and words[start - 1].low not in _OPENERS:
        start -= 1
    return words[start:verb]


def _telling_or_sighting(words: list[Token], at: int) -> bool:
    return words[at].low in w.TELLING_OR_SIGHTING


def _reporting(words: list[Token], at: int) -> bool:
    return words[at].low in w.REPORT_VERBS
