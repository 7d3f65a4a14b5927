"""A capital written or used as a place, whatever the sentence does with it: "Washington, D.C.,
is the contracting activity" places an office; "analysts at one Washington think tank" and
"eastern Washington" or "Washington state" are a city and a state, not the US government; a trip
that leaves for it, a firm's office there and a note of an event held there are the city's.

capital_actors.py reads a capital as its government unless the words around it make it a
place; these are the forms that do so however the clause goes on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .capital_addresses import QUOTES
from .capital_origins import joined_from
from .context import SAYING_OR_ACTING, words
from .desk_places import desk_city
from .doc_text import doc_text
from .doc_words import lower_words
from .incursion_words import DASHES
from .sentence_bounds import sentence_start
from .venue_lines import LINE_OF_ITS_OWN, breaks_after, venue_city

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# "Washington, D.C.", "Washington DC": the district the city is written with.
DISTRICT = frozenset({"d.c.", "dc", "d.c"})
# "one Washington think tank", "another Tokyo bank": a count before the capital and a noun
# after it make the capital a word about the noun, which is in the city.
COUNTS = words("one another each every some several many few two three dozen dozens")
# "the dozen or so Taipei agencies", "50-odd Tokyo galleries": a count made rough is a count.
ROUGHLY = (("or", "so"), ("-", "odd"))
# "Washington's adjutant general", "Washington state,": offices a US state has and a national
# government does not, or the word "state" closing the name ("Beijing state media" is not).
STATE_OFFICES = words("adjutant governor statehouse")
# "one Washington official said": the people of a government, which a count does not make a city's.
OFFICIALS = words("official officials diplomat diplomats source sources envoy envoys aide aides")


# "leaves for Tokyo on Thursday", "sets off for Seoul", "will leave too — for Tokyo": a
# traveller goes to the city, whatever stresses the verb between.
LEAVING = words("leave leaves depart departs set sets off head heads")
STRESS_BEFORE_FOR = words("too also soon then later again")
LEAVING_WITHIN = 3  # stressing words and dashes back from "for" to the verb
# "on approach to Taipei", "on final approach to Manila": a flight's approach is to the city's
# airport, where "Tokyo's approach to Beijing" is a government's policy.
ON_APPROACH = (("on", "approach", "to"), ("final", "approach", "to"))
# "agreed with Tokyo headquarters", "its Seoul head office": a firm's office there is in the city.
OFFICES = words("headquarters hq")


# "Venue: Tokyo (online)", "Location: Taipei": a header field's label naming where an event is
# held; its value is the city, whatever follows it on the line.
VENUE_LABELS = words("venue venues location place")

# Nouns a capital's name may stand in apposition to as the place: "the capital, Taipei".
CITY_WORDS = frozenset({"capital", "city"})


def written_as_a_place(doc: Doc, span: Span) -> bool:
    """Whether the capital is written as a city or a state: with its district, after a count
    and before a noun, or before "state" or a state's office; or used as the city."""
    if any(token.lower_ in DISTRICT for token in span[1:]):
        return True  # the model's one span "Washington, D.C."
    after = [t for t in doc[span.end : span.end + 3] if t.text not in ("'s", "’s")]
    following = [t.lower_ for t in after] + ["", ""]
    if following[0] == "," and following[1] in DISTRICT:
        return True
    if following[0] in STATE_OFFICES or (following[0] == "state" and not following[1].isalpha()):
        return True
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    noun_after = bool(after) and after[0].is_lower and after[0].is_alpha
    rough = tuple(lower_words(doc)[max(span.start - 2, 0) : span.start]) in ROUGHLY
    if (before in COUNTS or rough) and noun_after and following[0] not in OFFICIALS:
        return True
    if _quoted_name(doc, span):
        return True
    if before == "," and span.start > 1 and doc[span.start - 2].lower_ in CITY_WORDS:
        return True  # "Buildings swayed in the capital, Taipei,": named as the city it is
    if following[:3] == [",", "the", "city"]:
        return True  # "Tokyo, the city, is hedging": set apart from its government by name
    return _used_as_a_city(doc, span)


# Verbs that give a thing a name: 'renamed "Taipei"', 'a stand labelled "Tokyo"'.
NAMING = words("""
    renamed named called labelled labeled titled marked signposted rebranded retitled
""")


def _quoted_name(doc: Doc, span: Span) -> bool:
    """Is the capital quoted alone as the name something was given: 'the stand was renamed
    "Taipei"'? A name on a sign or a stand is the city's, which no government is called."""
    if span.start < 2 or span.end >= len(doc):
        return False
    quoted = doc[span.start - 1].text in QUOTES and doc[span.end].text in QUOTES
    return quoted and doc[span.start - 2].lower_ in NAMING


def _used_as_a_city(doc: Doc, span: Span) -> bool:
    """Is the capital the city by how the sentence uses it: a trip leaving for it, a firm's
    office there, a flight on approach to it, the see of a person named before "of", a
    programme's note of where an event is held ("(Tokyo, online too)") or a listing's venue?"""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if before == "for" and _left_for(doc, span.start - 2):
        return True
    if after in OFFICES:
        return True
    if before == ":" and span.start > 1 and doc[span.start - 2].lower_ in VENUE_LABELS:
        return True
    if tuple(lower_words(doc)[max(span.start - 3, 0) : span.start]) in ON_APPROACH:
        return True
    if _of_a_name(doc, span) or _venue_note(doc, span) or _address_line(doc, span):
        return True
    if venue_city(doc, span):
        return True  # "14:00–16:30 | Taipei | Mandarin", "Brussels, Wednesday 11 December 2024"
    if joined_from(doc, span):
        return True  # "Participants dialled in from Tokyo, Taipei and Seoul"
    if _slashed_credit(doc, span):
        return True  # "(China Times News Network / Taipei, 11th July)"
    return desk_city(doc, span)  # "0912 Taipei --", "Tokyo and Taipei bureaus", "BEIJING:"


CREDIT_WORDS = 6  # name words of the outlet between the bracket and the slash
CREDIT_TAIL = 5  # tokens after the capital to the closing bracket: ", 11th July"


def _slashed_credit(doc: Doc, span: Span) -> bool:
    """'(China Times News Network / Taipei, 11th July)': a bracket holding an outlet's name, a
    slash, the capital and perhaps a date credits where the story was filed, as a dateline does;
    no clause stands in it for a government to act in."""
    if span.start < 3 or doc[span.start - 1].text != "/":
        return False
    k = span.start - 2
    while k > max(span.start - 2 - CREDIT_WORDS, 0) and doc[k].is_title:
        k -= 1
    if doc[k].text != "(" or k == span.start - 2:
        return False
    if any(token.ent_type_ == "GPE" for token in doc[k + 1 : span.start - 1]):
        return False  # "(Tokyo / Beijing)": two places, no outlet
    tail = [t.text for t in doc[span.end : span.end + CREDIT_TAIL]]
    return ")" in tail and all(t not in SAYING_OR_ACTING for t in tail)


def _left_for(doc: Doc, end: int) -> bool:
    """Does a verb of leaving end at `end`, past stressing words and dashes ("leave too —")?"""
    for k in range(end, max(end - LEAVING_WITHIN, -1), -1):
        word = doc[k].lower_
        if word in LEAVING:
            return True
        if not (word in STRESS_BEFORE_FOR or word in ("—", "–", "--", ",")):
            return False
    return False


def _of_a_name(doc: Doc, span: Span) -> bool:
    """'Archbishop Thomas Chung An-zu of Taipei': a capital after a person's name and "of" is
    the person's see or home town, the city. So is one the model's name runs on to through
    "of" ("Archbishop Tarcisio Isao Kikuchi of" | "Tokyo"). A government is "of" a common noun
    ("the position of Beijing", "allies of Tokyo"); a body's "Archdiocese of Manila" is left to
    the rules of the clause, as the inner place of a longer name is not labelled."""
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    return doc[span.start - 2].ent_type_ == "PERSON" or doc[span.start - 1].ent_type_ != ""


def _venue_note(doc: Doc, span: Span) -> bool:
    """'(Tokyo, online participation available)': a bracket opening on the capital, a comma and
    a lower-case word after it, notes where an event is held. Not a bracketed list of
    capitals ("(Beijing, Tokyo and Seoul)"): a capital word follows its comma."""
    if span.start == 0 or doc[span.start - 1].text != "(" or span.end + 1 >= len(doc):
        return False
    return doc[span.end].text == "," and doc[span.end + 1].text[:1].islower()


def _address_line(doc: Doc, span: Span) -> bool:
    """'The Portfolio Management Team, Formosa Harbour Fund, Taipei': a capital closing its
    line after a comma and a name is the address a letter or an office signs with, the city;
    a letterhead sets it in capitals: "EMBASSY OF THE UNITED STATES, TOKYO"."""
    named = span.start >= 2 and (doc[span.start - 2].is_title or doc[span.start - 2].is_upper)
    # "Sakura Capital Markets — Tokyo": an analyst's or a firm's credit line, dashed to its city
    if named and doc[span.start - 1].text in (",", "—", "–", "--") and _closes_line(doc, span.end):
        return True
    return _sign_off(doc, span) or _caption(doc, span) or _source_note(doc, span)


CAPTION_WITHIN = 14  # tokens back from the capital to its line's start
# "[Foreign Ministry website, Beijing, in Chinese, 0800 gmt 26 Mar]": a monitoring service's
# source note gives the place and the language a text was published in.
LANGUAGES = words("chinese mandarin english japanese korean tagalog filipino")


def _caption(doc: Doc, span: Span) -> bool:
    """'[CAPTION] MOFA press briefing, Taipei', 'Feb. 28 — the 228 Incident memorial, Taipei.',
    'Peter Wang, RTI News, Taipei.': a short line or sentence that names a scene, an event or
    a reporter and closes its line on a comma and the capital says where; with no verb, it holds
    no clause for a government to act in."""
    if span.start == 0 or doc[span.start - 1].text != "," or not _stands_apart(doc, span):
        return False
    opening = sentence_start(doc, span.start)
    for k in range(span.start - 2, max(span.start - CAPTION_WITHIN, -1), -1):
        if doc[k].lower_ in SAYING_OR_ACTING:
            return False
        if k in (0, opening) or breaks_after(doc[k - 1]):
            return True
    return False


def _stands_apart(doc: Doc, span: Span) -> bool:
    """Does the capital close its sentence and line, or a line with a blank line or the text's
    end after it? A line broken in mid-sentence ("20 March 2026, Tokyo / warned Beijing") goes
    on with its clause."""
    if span.end < len(doc) and doc[span.end].text == ".":
        return _closes_line(doc, span.end + 1)
    return LINE_OF_ITS_OWN.match(doc_text(doc), span.end_char) is not None


def _source_note(doc: Doc, span: Span) -> bool:
    """A capital between commas before the language of its source: ", Beijing, in Chinese"."""
    after = lower_words(doc)[span.end : span.end + 3]
    return (
        span.start > 0
        and doc[span.start - 1].text == ","
        and after[:2] == [",", "in"]
        and (len(after) == 3 and after[2] in LANGUAGES)
    )


SIGN_OFF_WITHIN = 8  # tokens back from the capital to the dash opening a sign-off line
SIGN_OFF_AFTER = 4  # tokens after it: ")" and the rest of a list, "(Tokyo and Taipei)"


def _sign_off(doc: Doc, span: Span) -> bool:
    """'— The review desk, Taipei', '— The desk (Tokyo and Taipei)': a line opening on a dash,
    naming who signs after a comma or in brackets, and closing on the capital, signs a piece off
    with where it was written: the city. A dashed bullet that says something ("— Talks go on,
    Beijing says") has its verb."""
    if span.start == 0 or doc[span.start - 1].lower_ not in (",", "(", "and", "&"):
        return False
    start = span.start - 1
    while start > max(span.start - SIGN_OFF_WITHIN, 0) and not breaks_after(doc[start - 1]):
        start -= 1
    if doc[start].text not in DASHES or (start > 0 and not breaks_after(doc[start - 1])):
        return False
    if any(token.lower_ in SAYING_OR_ACTING for token in doc[start : span.start]):
        return False
    for end in range(span.end, min(span.end + SIGN_OFF_AFTER, len(doc)) + 1):
        if _closes_line(doc, end):
            return True
        if not (doc[end].text in (")", ",", "&", "and") or doc[end].is_title):
            return False
    return False


def _closes_line(doc: Doc, end: int) -> bool:
    """Does the line end at token `end`, the text's end or a line break?"""
    return end == len(doc) or breaks_after(doc[end - 1]) or breaks_after(doc[end])
