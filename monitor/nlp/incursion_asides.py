"""Asides of an incursion report's sentence, which never carry a fact: parentheses (but for a
part's clause of its own, "12 aircraft (8 entered the ADIZ)"), paired dashes, breakdowns
("including 19 J-16s, four J-10s and a drone", to the list's end), ", one of which ...," before
the verb, what a total holds (", which included three drones,", ", not included in the
aircraft total,") before the clause goes on, a part pointed back to by the zone it left
(", including the two that had left territorial waters,"), a rank (", the most this
year,"), and what stands between a fronted partitive and its count ("Of the aircraft, which
included J-16s and H-6Ks, 41 crossed": incursion_partitive_asides.py)."""

from . import incursion_time_words as tw
from . import incursion_words as w
from .incursion_bracketed_values import brackets_a_records_value
from .incursion_breakdown_ends import closes_a_one_item_breakdown
from .incursion_dashed_reports import reports_between_dashes
from .incursion_partitive_asides import partitive_aside_end
from .incursion_pattern_asides import pattern_asides
from .incursion_phrases import craft_of, head_at, match, number_at
from .incursion_place_asides import place_asides
from .incursion_report_figures import tells_a_figure_by_dash
from .incursion_source_asides import source_breakdown_end
from .incursion_tokens import DATELINE_REACH, Token

_ASIDE_REACH = 20
_RANK_REACH = 8  # ", the highest single-day count this year,"
# "14 aircraft -- eight J-16 fighters, two J-10s, two H-6K bombers, one Y-8 anti-submarine
# plane and one KJ-500 early-warning aircraft -- entered": a total's types between dashes run
# longer than other asides, each item a count, a type and its words.
_TYPES_REACH = 32


def without_asides(tokens: list[Token]) -> list[int]:
    """Indices of the tokens outside asides: parentheses, paired dashes, breakdowns and
    ", one of which ...," before a verb."""
    hidden = place_asides(tokens) | pattern_asides(tokens)  # ", part of a presence that"
    for i, token in enumerate(tokens):
        if i in hidden:
            continue
        # The breakdown's phrase at i ("including", "among them"), read once a word, and only
        # at the few words that open one.
        opens_a_breakdown = match(tokens, i, w.BREAKDOWNS) if token.low in w.BREAKDOWNS else 0
        if token.text == "(":
            close = _find(tokens, i, {")"}, 12)
            # "Sunday's row (two ships in the contiguous zone)": the row's value, no aside
            value = brackets_a_records_value(tokens, i)
            if close is not None and not _clause_of_a_part(tokens, i + 1) and not value:
                hidden.update(range(i, close + 1))
        # "27 PLA [People's Liberation Army] aircraft": a translator's or editor's gloss of an
        # acronym in an interview. Brackets elsewhere put in words the speaker left out ("the
        # southwest [ADIZ]", "[Chinese] pilots"), which are read as the sentence's own.
        elif token.text == "[" and i > 0 and _an_acronym(tokens[i - 1]):
            close = _find(tokens, i, {"]"}, 12)
            if close is not None:
                hidden.update(range(i, close + 1))
        # A dash opening the line is a list's bullet ("- Dec. 3 (Wed): 4 vessels, ...
        # (10:05-17:40, ...)"), no aside: paired with a later hyphen it hid the whole line.
        elif token.text in w.DASHES and i > 0 and not _ends_a_dateline(tokens, i):
            close = _find(tokens, i, w.DASHES, _dash_reach(tokens, i))
            # "its formal tally — 29 aircraft and eight vessels — came out": the dashes hold
            # the figure's value, which is what the sentence tells, not an aside.
            figure = tells_a_figure_by_dash(tokens, i)
            figure = figure or (close is not None and reports_between_dashes(tokens[i + 1 : close]))
            if close is not None and not figure and not _parts_by_island(tokens[i + 1 : close]):
                hidden.update(range(i, close + 1))
        # "Of the aircraft, which included J-16s, H-6Ks and KJ-500s, 41 crossed"
        elif token.text == "," and (close := partitive_aside_end(tokens, i)) is not None:
            hidden.update(range(i + 1, close + 1))
        elif token.text == "," and _describes_one(tokens, i + 1):
            close = _find(tokens, i, {","}, _ASIDE_REACH)
            if close is not None and _next_in(tokens, close, w.VERBS_AFTER_ASIDE):
                hidden.update(range(i + 1, close + 1))
        elif token.text == "," and _ranks(tokens, i + 1):
            close = _find(tokens, i, {","}, _RANK_REACH)
            if close is not None:
                hidden.update(range(i + 1, close + 1))
        elif token.text == "," and _composition(tokens, i + 1):
            close = _find(tokens, i, {","}, _ASIDE_REACH)
            if close is not None and _clause_resumes(tokens, close + 1):
                hidden.update(range(i + 1, close + 1))
        # ", four from the China Coast Guard and one from the ... Administration, entered"
        elif token.text == "," and (close := source_breakdown_end(tokens, i)) is not None:
            hidden.update(range(i + 1, close + 1))
        elif opens_a_breakdown and (close := _a_part_that_left(tokens, i + opens_a_breakdown)):
            hidden.update(range(i, close + 1))
        elif opens_a_breakdown and not _relative_follows(tokens, i + opens_a_breakdown):
            hidden.update(range(i, _list_end(tokens, i, i + opens_a_breakdown)))
    return [i for i in range(len(tokens)) if i not in hidden]


def _dash_reach(tokens: list[Token], i: int) -> int:
    """How far the dash closing the one at i may be: further for a list of a total's types."""
    after = i + 1 < len(tokens) and number_at(tokens, i + 1) is not None
    lists_types = after and craft_of(tokens[i - 1]) is not None
    return _TYPES_REACH if lists_types else _ASIDE_REACH


def _list_end(tokens: list[Token], opened: int, i: int) -> int:
    """Where a breakdown's list ends: at a ";", at a verb ("including 12 J-16s and four H-6Ks
    entered"), at a bracket, which is an aside or a clause of its own ("31 aircraft, incl. 4
    drones (21 crossed ...)"), or at a comma after which no item of the same kind of craft
    follows. The commas
    between its items end nothing, or "10 J-16s, four J-10s and two KJ-500s" leaks its tail as
    counts of their own; "including three drones, and seven naval ships" ends at the comma."""
    kind = _item_kind(tokens, i)
    for j in range(i, min(i + _ASIDE_REACH, len(tokens))):
        low = tokens[j].low
        if low in (";", "(") or low in w.VERBS_AFTER_ASIDE:
            return j
        if low == "," and (kind is None or _item_kind(tokens, j + 1) != kind):
            return j
        if low == "," and closes_a_one_item_breakdown(tokens, opened, i, j):
            return j
    return min(i + _ASIDE_REACH, len(tokens))


def _item_kind(tokens: list[Token], i: int) -> str | None:
    """Whether a list item at i ("four J-10s", "a KJ-500", "and two drones") is of craft that
    fly or of ships; None if no craft is there."""
    i += i < len(tokens) and tokens[i].low == "and"
    i += match(tokens, i, w.APPROXIMATIONS)
    if i >= len(tokens):
        return None
    found = (i, i) if tokens[i].low in ("a", "an") else number_at(tokens, i)
    # An item may go uncounted: "among them J-16s, Su-30s and two WZ-7 drones".
    head = head_at(tokens, found[1] + 1) if found is not None else head_at(tokens, i)
    if head is None or head.craft is None:
        return None
    return "ships" if head.craft == "ships" else "airborne"


def _composition(tokens: list[Token], i: int) -> bool:
    """Whether an aside on what a total holds starts at i: "which included three drones", "not
    included in the aircraft total", "which was not included in the aircraft total"."""
    relative = i + 1 < len(tokens) and tokens[i].low in ("which", "that")
    if relative and tokens[i + 1].low in ("was", "were"):
        i += 2
    return bool(match(tokens, i, w.COMPOSITION))


def _clause_resumes(tokens: list[Token], i: int) -> bool:
    """Whether the clause an aside interrupts goes on at i, with its verb ("..., were also
    tracked"), its count ("Of the planes, which included three drones, 30 entered") or where
    the craft were ("two drones, not included in the aircraft total, in the southwestern part
    of the ADIZ"). An adverb may come before the verb: "..., not included in the aircraft
    count, also entered the ADIZ"."""
    i += i < len(tokens) and tokens[i].low in _ADVERBS
    if i < len(tokens) and tokens[i].low in _WHERE:
        return True
    return i < len(tokens) and (tokens[i].low in w.VERBS_AFTER_ASIDE or bool(number_at(tokens, i)))


_WHERE = {"in", "into", "inside", "within"}
_ADVERBS = {"also", "later", "then", "too"}


def _ranks(tokens: list[Token], i: int) -> bool:
    """Whether an aside ranking the figure before starts at i: ", the most this year,", ",
    the highest since January,", or numbering the event (", the third this year,"). Its period
    ranks the figure, and is no scope of the counts after it ("..., with 33 of the aircraft
    entering the ADIZ")."""
    i += i < len(tokens) and tokens[i].low == "the"
    return i < len(tokens) and (tokens[i].low in w.SUPERLATIVES or tokens[i].low in tw.ORDINALS)


def _clause_of_a_part(tokens: list[Token], i: int) -> bool:
    """Whether a parenthesis says where part of the count before went, with a verb of its own:
    "12 aircraft (8 entered the ADIZ)", "30 aircraft (18 aircraft crossed the median line)".
    That is a clause of the report, not an aside; so is a
    share that opens with its partitive ("4 (of which 2 entered territorial waters)"), as
    ", of which 2 entered" is outside brackets."""
    if [token.low for token in tokens[i : i + 2]] in (["of", "which"], ["of", "them"]):
        i += 2 + (i + 2 < len(tokens) and tokens[i + 2].low == ",")
    found = number_at(tokens, i) if i < len(tokens) else None
    if found is None:
        return False
    last = found[1]  # "(2 of them entered ...)"
    # "(18 aircraft crossed the median line)": the part may name its craft again.
    last += last + 1 < len(tokens) and tokens[last + 1].low in w.CRAFT_NOUNS
    if [token.low for token in tokens[last + 1 : last + 3]] in (["of", "which"], ["of", "them"]):
        last += 2
    return _next_in(tokens, last, w.VERBS_AFTER_ASIDE)


def _ends_a_dateline(tokens: list[Token], i: int) -> bool:
    """Whether the dash at i ends a dateline ("KINMEN (Focus Taiwan) — Six ships ..."): it
    opens the story, no aside, and pairing it with a later dash hid the story's first clause."""
    first = tokens[0].text if tokens else ""
    return 0 < i < DATELINE_REACH and len(first) > 1 and first.isupper() and first.isalpha()


def in_the_dateline(tokens: list[Token], i: int) -> bool:
    """Whether token i stands in the dateline that opens the story ("MANILA, Philippines —
    Taiwan's defense ministry said ..."): a place there is where the story was filed, not
    where the craft counted after it were."""
    return any(
        token.text in w.DASHES and _ends_a_dateline(tokens, j)
        for j, token in enumerate(tokens[i + 1 : DATELINE_REACH], start=i + 1)
    )


_BY = {"off", "near", "around", "in", "at", "into", "by", "to"}


def _parts_by_island(tokens: list[Token]) -> bool:
    """Whether a dashed aside parts the count before it by island: "Six ships entered
    restricted waters on Tuesday — four off Kinmen and two near Matsu — the CGA said" counts
    each island's ships (a fact each), as it would between commas."""
    found = number_at(tokens, 0) if tokens else None
    if found is None or found[1] + 1 >= len(tokens) or tokens[found[1] + 1].low not in _BY:
        return False
    islands = {w.PLACES.get(token.low.removesuffix("'s")) for token in tokens}
    return bool(islands & w.SEA_PLACES)


def _next_in(tokens: list[Token], i: int, words: set[str]) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].low in words


def _an_acronym(token: Token) -> bool:
    return len(token.text) > 1 and token.text.isupper() and token.text.isalpha()


def _find(tokens: list[Token], i: int, texts: set[str], reach: int) -> int | None:
    for j in range(i + 1, min(i + 1 + reach, len(tokens))):
        if tokens[j].text in texts:
            return j
    return None


# "Twenty-seven of the aircraft, many of them J-15 fighters flying from the carrier, entered":
# a share described in no number is an aside as ", one of which ...," is.
_VAGUE_SHARES = {"many", "most", "some", "several", "all", "both"}


def _describes_one(tokens: list[Token], i: int) -> bool:
    """Whether ", one of which ..." describes one ship or plane of those just named, or
    ", many of them ..." some of them."""
    return (
        i + 2 < len(tokens)
        and (number_at(tokens, i) is not None or tokens[i].low in _VAGUE_SHARES)
        and tokens[i + 1].low == "of"
        and tokens[i + 2].low in ("which", "them")
    )


def _relative_follows(tokens: list[Token], i: int) -> bool:
    """Whether a subset with a verb of its own follows ("including seven that crossed",
    "including 11 aircraft that crossed"): that is no breakdown."""
    i += match(tokens, i, w.APPROXIMATIONS)
    found = number_at(tokens, i) if i < len(tokens) else None
    if found is None:
        return False
    head = head_at(tokens, found[1] + 1)
    last = found[1] if head is None else head.last
    return last + 1 < len(tokens) and tokens[last + 1].low in ("that", "which", "who")


def _a_part_that_left(tokens: list[Token], i: int) -> int | None:
    """The comma closing a breakdown at i that points back to craft counted before that left
    their zone, if the clause goes on after it: "four ships, including the two that had left
    territorial waters, were in the contiguous zone" tells the zone the two left, entered in
    their own count, not one the four reached. A part pointed back to that entered a zone
    ("including the 11 that crossed the median line") is a share with a zone of its own.
    An advisory's bullet closes its sentence on such a part ("As of noon Monday, four CCG ships
    were in the contiguous zone, including the pair that had just left the territorial sea."):
    the full stop then closes it as the comma does."""
    close = _find(tokens, i, {",", "."}, _ASIDE_REACH)
    if close is None or tokens[i].low not in w.DEFINITES:
        return None
    ends = tokens[close].text == "." and close == len(tokens) - 1
    if not ends and (tokens[close].text == "." or not _clause_resumes(tokens, close + 1)):
        return None
    clause = [token.low for token in tokens[i:close]]
    relative = next((at for at, low in enumerate(clause) if low in ("that", "which", "who")), None)
    left = relative is not None and bool(w.LEAVING.intersection(clause[relative:]))
    return close if left else None
