"""The rows of a day-by-day list, as trackers and coast-guard releases write them: a day's
label and a colon, then its counts ("- Dec. 24 (Wed): 4 vessels", "Mon 3/2: PLA aircraft 9,
ships 7"). Each row is written out as the grammar reads any day's entry:

- a row that puts the count after its craft ("aircraft 9") has it before ("9 aircraft"), and
  one after what the craft did ("crossed median line 4") before that ("4 crossed median line");
- a label closed by a dash, with cells split by bars ("Wed 11 Feb — aircraft 9 | ships 8") or
  spaced slashes ("Feb. 11 (Wed) — aircraft 9 / ships 8"), is a row of a colon and commas, not
  a table's header;
- a bare count ("Dec. 25 (Thu): 4") takes the craft the row before named, or the heading that
  announces the list with a colon ("... China Coast Guard vessels in the contiguous zone:");
- a day of nought ("April 5 (Sun): none confirmed") keeps the list going.

Only a line whose label holds a digit and a month, a weekday or a date in digits is a row.
"""

import re

from .incursion_words import CRAFT_NOUNS, MOVEMENTS

# "- Mon 3/2:", "• Dec. 24 (Wed):": a day's label with a digit in it, and its colon. The label
# is cut at its first digit, so a long line with no colon fails in one pass, not in a pass
# per digit (a feed's endless sentence of counts).
_LABEL = r"(?P<label>\s*[-–•*·]?\s*[^:\n\d]*\d[^:\n]*:\s*)"
_DATED = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"|\d{1,2}/\d{1,2}"
)
_ROW = re.compile(_LABEL + r"(?P<rest>[^:]*)", re.S)
_BARE_COUNT = re.compile(_LABEL + r"(?P<count>\d{1,3})\b(?P<rest>.*)", re.S)
_NIL = re.compile(_LABEL + r"(?:none|nil)\b(?P<rest>\D*)")
# A craft of up to four words, then its count: at the start of the row or after a comma.
_CRAFT_THEN_COUNT = re.compile(
    r"(?P<lead>(?:^|[,;])\s*)(?P<craft>(?:[A-Za-z-]+ ){0,3}?[A-Za-z-]+) (?P<count>\d{1,4})\b"
)
_CRAFT_WORDS = re.compile(r"\s+(?P<craft>[A-Za-z][A-Za-z -]*?)\s*(?=[,;(.\n]|$)")
_WORD = re.compile(r"[A-Za-z]+")
# "Dec. 5 (Thu): 4 in the contiguous zone": a bare count, then where; the craft is elided.
_WHERE = re.compile(r"\s+(?:in|inside|within|near|off|around)\b", re.I)


def _row(pattern: re.Pattern[str], sentence: str) -> re.Match[str] | None:
    """The row a pattern opening with _LABEL reads, if the label is dated; a sentence with no
    colon has no label, as most sentences have not, and is not matched against the pattern."""
    found = pattern.fullmatch(sentence) if ":" in sentence else None
    return found if found is not None and _DATED.search(found["label"]) else None


def counts_before_craft(sentences: list[str]) -> list[str]:
    """The sentences, with a day row's "aircraft 9" written "9 aircraft"."""
    return [_row_in_order(sentence) for sentence in sentences]


# "Wed 11 Feb — aircraft 18 | ships 6": a day's label closed by a dash, its cells split by bars,
# or by slashes with a space each side ("aircraft 18 / ships 6"; "3/2" is a date, not a cell).
_BARRED_ROW = re.compile(
    r"(?P<label>\s*[^—–|:\n\d]*\d[^—–|:\n]*?)\s+[—–]\s+(?P<cells>[^\n]*(?:\||\s/\s)[^\n]*)"
)
_BAR = re.compile(r"\s*\|\s*|\s+/\s+")
# A barred row's and a dashed row's spaced dash after its label, and a day's cells' bar: a text
# without either holds no row that barred_rows rewrites.
ROW_MARK = re.compile(r"\||\s[—–]\s")
_ONLY_BAR = re.compile(r"\s*\|\s*")


def barred_rows(sentences: list[str]) -> list[str]:
    """The sentences, with a day's row of barred cells written as a row of a colon and commas
    ("Wed 11 Feb: aircraft 18, ships 6"): a line of its own, not a table's header. A row whose
    cells are labelled lines ("June 2 — Aircraft: 12 | Navy ships: 6") is the day's bulletin:
    its day heads the cells, a line each, as a table's row is written (incursion_tables.py)."""
    return [line for sentence in sentences for line in _unbarred(sentence)]


# "Aircraft: 12", "Crossed median line/entered ADIZ: 7": a label and what follows its colon.
_LABELLED_CELL = re.compile(r"[A-Za-z][^:\n]*:\s*\S.*")


# "Mon 10 Feb — aircraft 11, ships 6, official ships 1": a chart's row typed out, its day
# closed by a dash and its cells, each a craft and its count, split by commas.
_DASHED_ROW = re.compile(r"(?P<label>\s*[^—–|:\n\d]*\d[^—–|:\n]*?)\s+[—–]\s+(?P<cells>[^\n]*)")
_COMMA = re.compile(r",\s*")


# "Sat 25 Oct | aircraft 17 | navy vessels 6": a log's row whose day is its first cell, each cell
# after it a craft and its count. A bar closes the day only before such cells: "Thu 3/19 | 4 | 1"
# is a table's row, read under its header (incursion_tables.py).
_DAY_CELL_ROW = re.compile(
    r"(?P<label>\s*[^—–|:\n\d]*\d[^—–|:\n]*?)\s*\|\s*"
    r"(?P<cells>(?:[A-Za-z][^|\n]*?\d{1,3}\s*\|\s*)+[A-Za-z][^|\n]*?\d{1,3})"
)


def _unbarred(sentence: str) -> list[str]:
    barred = _BARRED_ROW.fullmatch(sentence.rstrip()) or _DAY_CELL_ROW.fullmatch(sentence.rstrip())
    if barred is None:
        return [_day_cells_row(sentence) or _dashed_row(sentence)]
    if not _DATED.search(barred["label"]):
        return [sentence]
    # A row split by bars keeps the slashes inside its cells: "crossed median line / entered
    # ADIZ 14" is the MND's one column of the aircraft in either zone, not two cells.
    bar = _ONLY_BAR if "|" in barred["cells"] else _BAR
    cells = bar.split(barred["cells"].strip())
    if all(_LABELLED_CELL.fullmatch(cell) for cell in cells):
        return [f"{barred['label'].strip()}:\n", *[f"{cell}\n" for cell in cells]]
    end = sentence[len(sentence.rstrip()) :]
    # "Wed 26 Nov — 14 / 6 / 0": bare counts keep their slashes, for the columns a note over
    # the rows names (incursion_slash_columns.py); as commas they were counts of no craft.
    joiner = " / " if all(cell.isdigit() for cell in cells) else ", "
    return [f"{barred['label']}: {bar.sub(joiner, barred['cells'])}{end}"]


# "14 aircraft (9 entered ADIZ)", "6 PLAN vessels", "ships 7": a cell that is a craft and its
# count, either way round, with a note on it in brackets.
_CRAFT_CELL = re.compile(
    r"(?:\d{1,3} (?:[A-Za-z-]+ ){0,3}(?P<after>[A-Za-z-]+)"
    r"|(?:[A-Za-z-]+ ){0,3}(?P<before>[A-Za-z-]+) \d{1,3})(?:\s*\([^()|]*\))?"
)
_ROW_CRAFT_CELLS = 2  # a day's figures beside each other: one craft cell alone is no row


def _day_cells_row(sentence: str) -> str | None:
    """A headerless table's row, its day in its first cell and its craft cells among others
    ("Mon 1 Sep | aircraft 12 | ships 7 | claim: \"...\" | posts 640", "Mon 9 Feb | 14
    aircraft (9 entered ADIZ) | 6 PLAN vessels | —"), written as the day's row of a colon
    and commas, the cells that count no craft (a claim, its posts, a blank) left out. Read
    as a table, the first such row was taken for the header, and every day got its figures."""
    first, _, rest = sentence.strip().partition("|")
    if not rest or not re.search(r"\d", first) or not _DATED.search(first):
        return None
    cells = [cell.strip() for cell in rest.split("|")]
    crafts = [cell for cell in cells if _counts_craft(cell)]
    if len(crafts) < _ROW_CRAFT_CELLS:
        return None
    return f"{first.strip()}: {', '.join(crafts)}{sentence[len(sentence.rstrip()) :]}"


def _counts_craft(cell: str) -> bool:
    found = _CRAFT_CELL.fullmatch(cell)
    return found is not None and (found["after"] or found["before"]).lower() in CRAFT_NOUNS


def _dashed_row(sentence: str) -> str:
    """A day's row of cells split by commas, each a craft and its count, written with a colon
    ("Mon 10 Feb: aircraft 11, ships 6"); any other sentence as it is. Prose after a dash
    ("June 3 — China sent 30 aircraft, 20 of which ...") has cells that are no craft's count."""
    dashed = _DASHED_ROW.fullmatch(sentence.rstrip())
    if dashed is None or not _DATED.search(dashed["label"]):
        return sentence
    cells = _COMMA.split(dashed["cells"].strip())
    if not all(_is_craft_count(cell) for cell in cells):
        return sentence
    return f"{dashed['label']}: {dashed['cells']}{sentence[len(sentence.rstrip()) :]}"


# "ships 7 (aircraft figure not yet released)": a note on the cell, in brackets after it.
_CELL_NOTE = re.compile(r"\s*\([^()]*\)$")


def _is_craft_count(cell: str) -> bool:
    found = _CRAFT_THEN_COUNT.fullmatch(_CELL_NOTE.sub("", cell))
    return found is not None and found["craft"].split()[-1].lower() in CRAFT_NOUNS


# "Sat 25 Oct: aircraft 17, ..., median line/ADIZ 11": a log's cell that names the zones, not the
# craft, counts the aircraft in them, as the MND's column "crossed median line/entered ADIZ" does.
# A flattened table spells that column out on its first row ("crossed median line / entered
# ADIZ 14") and shortens it to its verbs on the rows under it ("crossed / entered 5").
_ZONE_THEN_COUNT = re.compile(
    r"(?P<lead>(?:^|[,;])\s*)(?:(?P<zone>(?:crossed )?(?:median line|ADIZ)"
    r"(?:\s*/\s*(?:entered )?(?:median line|ADIZ))?)|crossed\s*/\s*entered)"
    r"\s+(?P<count>\d{1,3})\b"
)


def _row_in_order(sentence: str) -> str:
    row = _row(_ROW, sentence)
    if row is None:
        return sentence
    rest = _ZONE_THEN_COUNT.sub(_in_zones, row["rest"])
    return row["label"] + _CRAFT_THEN_COUNT.sub(_swapped, rest)


def _in_zones(found: re.Match[str]) -> str:
    zone = found["zone"] or "median line/ADIZ"  # "crossed / entered": the MND's column
    zone = zone.removeprefix("crossed ").replace("entered ", "")
    return f"{found['lead']}{found['count']} in the {zone}"


def _swapped(found: re.Match[str]) -> str:
    craft = found["craft"]
    # "crossed median line 11": a cell that names what the craft did counts those that did it.
    if craft.split()[0].lower() in MOVEMENTS:
        return f"{found['lead']}{found['count']} {craft}"
    if craft.split()[-1].lower() not in CRAFT_NOUNS:
        return found[0]  # "Friday 12": no craft, left as written
    return f"{found['lead']}{found['count']} {craft}"


def elided_craft(sentences: list[str]) -> list[str]:
    """The lines of a day-by-day list with the craft of a bare count written out: the writer
    names the craft on the first entry only ("Dec. 24 (Wed): 4 vessels", "Dec. 25 (Thu): 4",
    "Dec. 26 (Fri): 4, of which 2 entered ..."), or on the heading that announces the list
    ("... figures for China Coast Guard vessels in the contiguous zone ...:" over "- April 1
    (Wed): 4"); a day of nought ("- April 5 (Sun): none confirmed") keeps the list going."""
    lines: list[str] = []
    craft: str | None = None  # the craft the last entry named
    for at, sentence in enumerate(sentences):
        entry = _row(_BARE_COUNT, sentence)
        nil = _row(_NIL, sentence)
        if nil is not None and craft is not None:
            sentence = f"{nil['label']}no {craft}{nil['rest']}"  # a nought the list still counts
        elif entry is None:
            heads_rows = at + 1 < len(sentences) and _names_no_craft(sentences[at + 1])
            craft = _heading_craft(sentence, heads_rows)
            if craft is not None and sentence.rstrip().endswith("."):
                # Its zone heads the rows as a colon's would ("in the contiguous zone each day.")
                kept = sentence.rstrip()
                sentence = kept[:-1] + ":" + sentence[len(kept) :]
        elif (named := _CRAFT_WORDS.match(entry["rest"])) is not None and not _WHERE.match(
            entry["rest"]
        ):
            craft = named["craft"]
        elif craft is not None and _elides_craft(entry["rest"]):
            # A row that writes its own zone takes the craft alone; one that writes none keeps
            # the zone the craft was named with ("4 CCG ships in the contiguous zone" over "4").
            named_craft = _craft_only(craft) if _WHERE.match(entry["rest"]) else craft
            sentence = f"{entry['label']}{entry['count']} {named_craft}{entry['rest']}"
        lines.append(sentence)
    return lines


def _craft_only(words: str) -> str:
    """The craft a row names, without the zone that follows it ("China Coast Guard ships in
    the contiguous zone" is "China Coast Guard ships"), for a later bare count that writes its
    own zone."""
    found = list(_WORD.finditer(words))
    nouns = [word for word in found if word[0].lower() in CRAFT_NOUNS]
    return words[: nouns[-1].end()] if nouns else words


def _names_no_craft(sentence: str) -> bool:
    """Whether a line is a day's row whose count names no craft ("Mon (Jul 20): 4"), which
    only the line over it can name; a row that names its own ("Mar. 30: 7 aircraft") needs no
    heading, and the sentence before it may be a report of its own."""
    entry = _row(_BARE_COUNT, sentence)
    return entry is not None and _elides_craft(entry["rest"])


def _elides_craft(rest: str) -> bool:
    """Whether what follows a row's count leaves its craft out: nothing, a mark, or where
    ("4", "4 (2 in territorial waters)", "4 in the contiguous zone")."""
    return not rest.lstrip()[:1].isalpha() or bool(_WHERE.match(rest))


def _heading_craft(sentence: str, heads_rows: bool) -> str | None:
    """The craft a heading that ends with a colon counts in the day's entries under it ("...
    daily figures for China Coast Guard vessels in the contiguous zone ...:" over "- April 1
    (Wed): 4"): its last craft noun. A sentence that ends with a full stop right over the
    first row announces the list as well ("Figures are ships confirmed in the contiguous zone
    each day." over "Mon (Jul 20): 4"): the writer names the craft there and nowhere else."""
    # A sentence with a figure of its own reports it ("18 of the aircraft crossed ...").
    over_rows = heads_rows and sentence.rstrip().endswith(".") and not re.search(r"\d", sentence)
    if not (sentence.rstrip().endswith(":") or over_rows):
        return None
    nouns = [word for word in _WORD.findall(sentence) if word.lower() in CRAFT_NOUNS]
    return nouns[-1] if nouns else None
