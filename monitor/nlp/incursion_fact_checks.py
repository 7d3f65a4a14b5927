"""Figures a text names only to call them wrong are no reports. A fact-check's quoted claims
(a post's "45 warplanes crossed the median line" under "VERDICT: FALSE.", "[Verdict] False",
"Finding: False", '"China sent 60 warplanes ..." - MISLEADING'), a reader's quotation that the
next sentence refutes ('The writer claimed that China "flew 300 aircraft ...". No such thing
happened.'), a figure set against the right one ("41, not 100", "not 70, as widely shared"), a
wire correction's old figure ("Corrects number of aircraft in paragraph 2 to 27 from 72"), a
figure questioned ("Sixty? The MND said 17."), a quotation its source contradicts ('the front
page said "41 warplanes cross median line". The story underneath said something else'), one a
clause calls wrong ("The figure of 100 warships appears nowhere in official data") and one it
disowns as a report's ("around 90 ships across the region, which is not an MND figure") each
has its count written as "some" (no count, rule 1), its other words kept; the figure given as
right keeps its fact. Every cue is read within its sentence, or the next sentence of its
paragraph, so the pass is linear."""

import re

from .incursion_words import NUMBER_WORDS

_RATINGS = (
    r"(?:false|misleading|true|partly false|mostly false|half true|missing context|unproven"
    r"|unverified|fake|fabricated|altered|no evidence|inaccurate)"
)
# A ruling as fact-checkers print it: a line or sentence of its own in capitals, a label and a
# colon or bracket ("Verdict: False", "[Verdict] False", "Finding: False", "【Misleading】"), a
# rating after a dash that ends a claim's line ('"..." - FALSE', "- ⚠️ Missing context"), or a
# headline that opens with "Fact check".
_VERDICT = re.compile(
    r"\W*(?:VERDICT\b|RATING\b|(?:FALSE|MISLEADING|TRUE|PARTLY FALSE|HALF TRUE|MISSING CONTEXT"
    r"|UNPROVEN|UNVERIFIED)\b)|\s*[Ff]act[- ]?[Cc]heck\s*:"
    r"|\W*(?i:(?:verdict|rating|our rating|finding)\s*[:\]】])"
    rf"|\W*[【\[]\s*(?i:{_RATINGS})\s*[】\]]"
)
_RATED_LINE = re.compile(rf"\s[-–—]\s*[^\w\s]*\s*(?i:{_RATINGS})[.!]?\s*(?:\n|$)")
# Double quotes, straight or curly, and single quotes that open after a space and close
# before one, so that no apostrophe ("Taiwan's") is taken for a quote.
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|(?<![\w'])'[^'\n]+'(?![\w'])|‘[^’\n]+’(?!\w)")
# What the writer says of a figure they have just quoted: it is wrong, it never happened, it is
# nowhere in the record. A verb of being comes first, so that "Beijing called it false" (someone
# else's word) and "wrong signals" are no cue.
_REFUTES = re.compile(
    r"\b(?:is|was|are|were|be)\s+(?:simply\s+|also\s+|just\s+|plainly\s+)?(?:false|wrong"
    r"|incorrect|untrue|not true|inaccurate|misleading|mistaken|an? (?:exaggeration|myth|hoax))\b"
    r"|\b(?:no such|never happened|did not happen|didn't happen|appears? nowhere|nowhere in"
    r"|there is no evidence|where (?:he|she|they|you) got (?:that|this|the) (?:figure|number))\b"
    # "around 90 ships across the region, which is not an MND figure": disowned as a report's
    r"|\b(?:is|was|are|were)\s+not\s+an?\s+(?:[\w'’]+\s+){0,2}(?:figure|number|count)s?\b"
    # 'The front page said "41 warplanes cross median line". The story underneath said
    # something else': the source quoted against says otherwise.
    r"|\b(?:said|says|showed|shows|told)\s+(?:something\s+(?:else|different)|otherwise"
    r"|a\s+different\s+(?:story|figure|number))\b",
    re.I,
)
_FIGURE = r"(?:\d[\d,]*|[A-Za-z]+(?:-[A-Za-z]+)?)"
# "41, not 100", "not 70, as widely shared": the figure denied beside the one stated ("not one
# aircraft" says none crossed, and stays).
_DENIED = re.compile(rf"\bnot\s+(?!one\b)({_FIGURE})\b", re.I)
# A correction's old figure: "(Corrects ... to 27 from 72)", "revised the count to 45 from 38",
# "corrected the figure from 38 to 45".
_CORRECTED = re.compile(
    rf"\b(?:correct|revis)\w*\b[^.;\n]{{0,80}}?\b(?:to\s+{_FIGURE}\s+from\s+({_FIGURE})"
    rf"|from\s+({_FIGURE})\s+to\s+{_FIGURE})\b",
    re.I,
)
# "Sixty? The MND said 17.", "Sixty jets over the median line?": a short question, at the
# start of a sentence or after a colon, asks about a figure and tells none. A table's row and
# its dates ("| Thu 3/19 | 4 | 5 | cold front? |") are no question, whatever note ends them.
_QUESTIONED = re.compile(r"(?:^|(?<=[:.!]\s))([^.?!:|/\n]{0,60}\?)")
# What a clause says was never seen ("The figure of 100 warships appears nowhere in official
# data"), and the words that make a clause's subject a claim, whose figure a verb of being
# then calls wrong ("The post's claim of 100 warships is false"); a ministry's figure that
# someone else calls false ("..., which Beijing says is false") keeps its fact.
_NEVER_SEEN = re.compile(r"nowhere|never|did not|didn't|\bnot an?\b", re.I)
_CLAIM_WORDS = re.compile(r"\b(?:claim|post|rumou?r|message|viral|figure of|number of)", re.I)
_CLAUSE_REACH = 100  # characters back from a cue: a clause, not the sentence before it
_CLAUSE_BREAK = re.compile(r"[;:—]|, (?:and|but|while|whereas) ")


def without_refuted_figures(sentences: list[str]) -> list[str]:
    """The sentences, with every figure that the text refutes written as "some"."""
    checked = any(_VERDICT.match(s) or _RATED_LINE.search(s) for s in sentences)
    inside = _quote_states(sentences)
    kept = []
    for index, sentence in enumerate(sentences):
        if checked or _quote_refuted(sentences, inside, index):
            sentence = _quotes_uncounted(sentence, inside[index])
        for denial, cues in _DENIALS:
            if any(cue in sentence.lower() for cue in cues):
                sentence = denial.sub(_figures_uncounted, sentence)
        kept.append(_uncount_before(_REFUTES, sentence))
    return kept


# Each denial with the words every match of it writes, in letters IGNORECASE matches only as
# their two cases: most sentences write none, and the pattern, tried at every word, is left
# unread. Writing "some" for a figure writes none of them.
_DENIALS = ((_DENIED, ("not",)), (_CORRECTED, ("correct", "rev")), (_QUESTIONED, ("?",)))
_DOUBLE_QUOTES = re.compile(r"[\"“”]")
_QUOTE_REACH = 4  # sentences a quotation runs on for ("... in a row!! The MND only tells us ...")


def paragraph_ends(sentences: list[str], index: int) -> bool:
    """Whether the sentence at index ends its paragraph: the splitter leaves the break as a
    line break at its end or as a sentence of blanks after it."""
    following = sentences[index + 1] if index + 1 < len(sentences) else "\n"
    return "\n" in sentences[index] or not following.strip() or following.startswith("\n")


def _quote_states(sentences: list[str]) -> list[bool]:
    """For each sentence, whether it starts inside a quotation that an earlier sentence of its
    paragraph opened: the splitter cuts a post's quoted words at their own full stops."""
    states = []
    inside = False
    for index, sentence in enumerate(sentences):
        states.append(inside)
        for mark in _DOUBLE_QUOTES.findall(sentence):
            inside = mark == "“" or (mark == '"' and not inside)
        inside = inside and not paragraph_ends(sentences, index)
    return states


def _quote_refuted(sentences: list[str], inside: list[bool], index: int) -> bool:
    """Whether a quotation in the sentence at index is refuted by the sentences it runs over or
    by the next one of its paragraph ('claimed "300 aircraft ...". No such thing happened.')."""
    if (
        not inside[index]
        and not _DOUBLE_QUOTES.search(sentences[index])
        and not _QUOTED.search(sentences[index])
    ):
        return False
    last = index
    while last - index < _QUOTE_REACH and last + 1 < len(sentences) and inside[last + 1]:
        last += 1
    if not paragraph_ends(sentences, last) and last + 1 < len(sentences):
        last += 1
    return any(_REFUTES.search(sentences[at]) for at in range(index, last + 1))


def _quotes_uncounted(sentence: str, inside: bool) -> str:
    """The sentence with the figures inside its quotations written as "some": the double
    quotes' parts, the first inside if a quotation runs on into it, and single quotes."""
    parts = _DOUBLE_QUOTES.split(sentence)
    marks = _DOUBLE_QUOTES.findall(sentence)
    written = []
    for at, part in enumerate(parts):
        written.append(uncounted(part) if inside else part)
        if at < len(marks):
            inside = marks[at] == "“" or (marks[at] == '"' and not inside)
            written.append(marks[at])
    return _QUOTED.sub(lambda quote: uncounted(quote.group()), "".join(written))


def _uncount_before(cue: re.Pattern[str], sentence: str) -> str:
    """The sentence with the figures of the clause before each cue written as "some"."""
    pieces: list[str] = []
    start = 0
    for found in cue.finditer(sentence):
        cut = max(start, found.start() - _CLAUSE_REACH)
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(sentence, cut, found.start())]
        cut = breaks[-1] if breaks else cut
        clause = sentence[cut : found.start()]
        refuted = _NEVER_SEEN.search(found.group()) or _CLAIM_WORDS.search(clause)
        pieces += [sentence[start:cut], uncounted(clause) if refuted else clause]
        start = found.start()
    return "".join(pieces) + sentence[start:]


def _figures_uncounted(found: re.Match[str]) -> str:
    """The match with each figure it captured written as "some"."""
    text, offset = found.group(), found.start()
    for group in range(len(found.groups()), 0, -1):
        if found.group(group) is not None:
            first, last = found.start(group) - offset, found.end(group) - offset
            text = text[:first] + uncounted(text[first:last]) + text[last:]
    return text


_NUMBER = re.compile(r"\b(?:\d[\d,]*|[A-Za-z]+(?:-[A-Za-z]+)?)\b")


def uncounted(text: str) -> str:
    """The text with its figures, in digits or words ("Forty-five"), written as "some"."""

    def some(word: re.Match[str]) -> str:
        written = word.group()
        spelled = all(part in NUMBER_WORDS for part in written.lower().split("-"))
        return "some" if written[0].isdigit() or spelled else written

    return _NUMBER.sub(some, text)
