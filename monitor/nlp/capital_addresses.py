"""A capital as the government something is said, sent or owed to, or comes from: "protested
to Beijing", "the sale of radars to Taipei", "the threat from Beijing", "Saturday's figures
from Taipei", "the answer has to come from Taipei", "a message to Tokyo — and to Washington".
A city is travelled to and from; what a government says, hears, sells, buys, counts or permits
goes to it or comes from it, and who is friendly or hostile to one leans to the government.

capital_actors.py reads the words around a capital; these are the readings of its "to" and
"from".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .adverbs import adverb_at
from .context import words
from .incursion_words import CRAFT_NOUNS, DASHES
from .sentence_bounds import sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})
RELATIONS = words("""
    ties relations talks dialogue pressure tensions friction rift row dispute disputes
    negotiations consultations cooperation coordination support protest protests warnings
    objections response criticism backing alliance engagement contacts channel channels
    summit deal agreement rapprochement détente detente standoff spat subsidies subsidy aid
    funding grants assistance praise applause approach policy policies
""")
# What a government sends or is sent ("a letter of thanks to Taipei"), the envoys it receives
# ("ambassador to Tokyo"), what it states, promises,
# is told or reminded of ("according to", "commitments to Tokyo", "a reminder to Beijing"), the
# recognition an ally switches ("to Beijing"), the answers and clarification it owes ("answers
# from Beijing", "seeking clarification from Washington"), the indemnity it gives ("a
# government indemnity from Tokyo"), the notice it gives or is given ("no advance notice from
# Beijing") and
# what is traced to it ("hackers linked to Beijing"): the capital after "to" or "from" is the
# government.
ADDRESSED = words("""
    protested complained appealed conveyed relayed delivered lodged rebuke rebukes condemnation
    condemnations complaint complaints representations position message messages calls call concerns
    concern demarche note request requests objection objections envoy envoys ambassador ambassadors
    emissary according talk talks talking talked speak speaks speaking spoke listen listens
    listening listened clear recognition allegiance switch switched switches switching say says
    saying answers answer explanation explanations assurances assurance announcement announcements
    linked guarantee guarantees pledges pledge commitment commitments promise promises statement
    statements notification notifications letter letters thanks hear hears heard warning reminder
    reminders messaging grateful gratitude clarification clarifications indemnity indemnities
    notice
""")
# A stance towards a government: "candidates friendly to Beijing", "lawmakers hostile to
# Washington", "a party loyal to Tokyo". People and parties lean to or against a government; a
# city is only near or far ("close to Taipei" is left to the places).
STANCES = words("""
    friendly unfriendly hostile loyal disloyal sympathetic beholden subservient deferential
    answerable accountable favourable favorable unfavourable unfavorable
""")
# "approved the sale of air defence systems to Taipei", "signalling its deterrent to
# Washington", "donated vaccines to Taipei", "a birthday present to Tokyo", "radars to be
# exported to Washington", "would provide patrol vessels to Manila", "Japan's provision of
# patrol ships to Manila", "a protection fee paid to Washington": arms, signals, gifts,
# supplies, exports and payments go to a government.
SENT_TO_GOVERNMENTS = words("""
    sale sales sell sells sold selling arms weapons signal signals signaling signalling
    signaled signalled deterrent donated donates donating sent sends deliveries delivery
    gift gifts present presents export exports exported exporting provide provides provided
    providing provision provisions supply supplies supplied supplying fee fees payment payments
    tribute
""")
# "destroyer escorts that Tokyo is considering transferring to Manila", "warship transfer to
# Manila": ships and arms one government hands over, another receives. Only where the sentence
# names the craft or arms handed over: a manager "transferred to Tokyo" moves to the city.
HANDED_TO_GOVERNMENTS = words("""
    transfer transfers transferred transferring handover handovers
""")
ARMS = frozenset(CRAFT_NOUNS) | words("arms weapons")
# "the HIMARS Taiwan bought from Washington", "jets purchased from Washington": what a
# government buys it buys from another government, the seller of arms and goods.
BOUGHT_FROM_GOVERNMENTS = words("""
    bought buy buys buying purchased purchase purchases purchasing procured procures procuring
    procurement acquired acquires acquiring acquisition imported imports importing
""")
SALE_WINDOW = 12  # tokens back from "to" or "from", within the sentence
# "had conveyed that view to Beijing", "relayed the request to Tokyo", "voiced its strong
# displeasure to Beijing": a verb of conveying, then its object, opened by a determiner.
CONVEYING = words("""
    convey conveys conveyed conveying relay relays relayed relaying voice voices voiced voicing
    express expresses expressed expressing communicate communicates communicated communicating
""")
OBJECT_OPENERS = words("the a an that this these those its their his her our")
CONVEYED_WORDS = 3  # the object's words after its determiner: "strong", "displeasure"
# "complained too, to Tokyo", "a message not just to Seoul", "distancing itself from Manila":
# words that only stress or narrow the phrase may stand between it and its "to" or "from".
STRESSING = words("""
    too also just only not even again merely mainly chiefly partly itself themselves himself
    herself
""")
# What comes from a government, turns from it or is sent by it comes from the government, not
# the city: "the threat from Beijing", "officials from Manila attended", "signals from Taipei".
# So do what it counts, briefs, words, permits and opposes: "Saturday's figures from Taipei",
# "no count from Manila", "briefings from Taipei", "a phrase from Tokyo", "a tariff shock from
# Washington", "the noise from Beijing", "draw fire from Beijing", "opposition from Beijing",
# "authorisation from Taipei", "the view from Taipei". Not the reports, numbers and tallies a
# correspondent or a city sends too ("Ground report from Taipei").
FROM_A_GOVERNMENT = words("""
    threat threats order orders instruction instructions directive directives distancing distanced
    official officials minister ministers diplomat diplomats delegation delegations reaction
    reactions fury anger ire backlash retaliation demands warning warnings signal signals
    figures count briefing briefings words phrase shock shocks noise fire opposition
    authorisation authorization approval permission consent view telephone phone word
    licence licences license licenses permit permits waiver waivers
""")  # "the information arrived by telephone from Washington", "word from Beijing"; a state
# grants licences and waivers: "products needed export licences from Washington"
# "the answer has to come from Taipei", "The words are from Tokyo", "A second shock came from
# Beijing": a verb of coming or being between what is issued and its "from".
COMING = words("""
    came come comes coming is are was were be been has have had to must will would should can
    could may might
""")
ADDRESS_WITHIN = 4  # stressing words and commas back from "to" or "from"
# "say it plainly to Beijing", "made that clear to Tokyo": what is said may stand as a pronoun
# between the saying word and its "to".
SAID_PRONOUNS = words("it this that so")


def addressed(doc: Doc, span: Span, before: list[str]) -> bool:
    """Is the capital, after "to" or "from", the government something is said or sent to or
    comes from? `before` is the two words before it, past quotes and marks."""
    if before[1] in ("to", "from") and (
        before[0] in ADDRESSED or _issued(doc, span) or _traded(doc, span)
    ):
        return True  # "protested to Beijing", "the sale of radars to Taipei"
    if before[1] == "to" and before[0] in STANCES:
        return True  # "candidates friendly to Beijing"
    if before[1] == "to" and _conveyed(doc, span.start - 1):
        return True  # "had conveyed that view to Beijing"
    if before[1] == "to" and before[0] in HANDED_TO_GOVERNMENTS and _arms_named(doc, span):
        return True  # "destroyer escorts that Tokyo is considering transferring to Manila"
    return _fronted_address(doc, span) or _repeats_an_address(doc, span)


def _issued(doc: Doc, span: Span) -> bool:
    """Is the capital after "to" or "from" what is sent, said or issued, past the stressing
    words between: "complained, too, to Tokyo", "the threat from Beijing", "the answer has to
    come from Taipei"?"""
    preposition = doc[span.start - 1].lower_
    word = _word_before(doc, span.start - 1, coming=preposition == "from")
    return word in ADDRESSED or (preposition == "from" and word in FROM_A_GOVERNMENT)


def _word_before(doc: Doc, preposition: int, coming: bool) -> str:
    """The word a "to" or "from" at `preposition` closes, past commas, quotes, stressing words,
    a said pronoun and adverbs, and when `coming`, past a verb of coming or being."""
    first = max(sentence_start(doc, preposition + 1), preposition - 1 - ADDRESS_WITHIN)
    for k in range(preposition - 1, first - 1, -1):
        word = doc[k].lower_
        if word == "," or word in QUOTES or word in STRESSING or word in SAID_PRONOUNS:
            continue
        if adverb_at(doc, k) or (coming and word in COMING):
            continue
        return word
    return ""


def _conveyed(doc: Doc, preposition: int) -> bool:
    """Does the "to" at `preposition` close a verb of conveying and its object: "had conveyed
    that view to Beijing", "expressed its strong displeasure to Tokyo"? What a side conveys,
    relays or voices, it conveys to a government, whatever the object is called."""
    for k in range(preposition - 1, max(preposition - 2 - CONVEYED_WORDS, 0), -1):
        if doc[k].lower_ in OBJECT_OPENERS:
            return k < preposition - 1 and doc[k - 1].lower_ in CONVEYING
        if not (doc[k].is_alpha and doc[k].is_lower):
            return False
    return False


def _traded(doc: Doc, span: Span) -> bool:
    """'to Taipei' closing an arms sale, 'from Washington' closing a purchase: 'approved the
    sale of 66 jets to Taipei', 'the tanks Taiwan bought from Washington'."""
    preposition = doc[span.start - 1].lower_
    traded = {"to": SENT_TO_GOVERNMENTS, "from": BOUGHT_FROM_GOVERNMENTS}.get(preposition)
    if traded is None:
        return False
    start = max(sentence_start(doc, span.start), span.start - SALE_WINDOW)
    return any(token.lower_ in traded for token in doc[start : span.start - 1])


def _arms_named(doc: Doc, span: Span) -> bool:
    """Does the sentence name craft or arms before the capital, within a sale's reach?"""
    start = max(sentence_start(doc, span.start), span.start - SALE_WINDOW)
    return any(token.lower_ in ARMS for token in doc[start : span.start - 1])


ADDRESS_AHEAD = 6  # tokens after the comma of a fronted "To Beijing," to its saying verb


def _fronted_address(doc: Doc, span: Span) -> bool:
    """'To Beijing, I say again': a sentence that opens by naming whom it speaks to, then says
    it. A speech addresses governments, not cities."""
    opening = span.start - 1
    if opening < 0 or doc[opening].lower_ != "to" or sentence_start(doc, span.start) != opening:
        return False
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    return any(t.lower_ in ADDRESSED for t in doc[span.end + 1 : span.end + 1 + ADDRESS_AHEAD])


# "to Tokyo — and to Washington", 'to "independence forces", not to Washington', "to Tokyo
# and, on two trips, to Washington": the words that join a repeated "to" to the one before.
REPEAT_JOINS = words("and or but nor not")
REPEAT_WITHIN = 12  # tokens back from a repeated "to" to the one it repeats
ASIDE_WITHIN = 5  # tokens of an aside between commas: ", on two trips,"


def _repeats_an_address(doc: Doc, span: Span) -> bool:
    """'The two carriers are a message to Tokyo — and to Washington', 'a stern warning to
    "Taiwan independence forces" and to Washington': a "to" joined by "and", "or" or "not" to
    an earlier "to" of the sentence repeats it, so what is addressed there is addressed here."""
    opening = span.start - 1
    if opening < 1 or doc[opening].lower_ != "to":
        return False
    join = _joining_word(doc, opening)
    if join is None:
        return False
    first = max(sentence_start(doc, span.start), opening - REPEAT_WITHIN)
    for k in range(join - 1, first, -1):
        if doc[k].lower_ == "to":
            word = _word_before(doc, k, coming=False)
            return word in ADDRESSED or word in RELATIONS
    return False


def _joining_word(doc: Doc, opening: int) -> int | None:
    """Where the "and", "or" or "not" joining the "to" at `opening` to the list before stands:
    right before it past commas, dashes and quotes, or before an aside between commas."""
    k = opening - 1
    while k > 0 and (doc[k].text in (",", *DASHES) or doc[k].text in QUOTES):
        k -= 1
    if doc[k].lower_ in REPEAT_JOINS:
        return k
    if doc[opening - 1].text != ",":
        return None
    for j in range(opening - 2, max(opening - 2 - ASIDE_WITHIN, 0), -1):
        if doc[j].text == ",":
            return j - 1 if doc[j - 1].lower_ in REPEAT_JOINS else None
    return None
