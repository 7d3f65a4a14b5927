"""Table columns defined by a line above the table, as compilers write them:

    "Crossed/entered" is the number of aircraft the ministry said crossed the median line
    and entered the ADIZ.

    Date | Aircraft | Crossed/entered | Navy vessels

or with an equals sign, as a data note's key does ("ML/ADIZ = aircraft that crossed the median
line and entered the ADIZ.").

A column's meaning is the line that defines it, whatever the table is about: its head is
written out as that definition ("Number of aircraft the ministry said crossed the median line
and entered the ADIZ"), so each row's cell reads as the count of those craft in those zones.
The definition counts nothing of its own once its column carries it, so it leaves the text: a
sentence naming zones and no count would otherwise lend them to the row under it.
"""

import re

_SEPARATOR = "|"
# Only a table's head is renamed, and a definition left out only once it named a column there:
# a text without the bars of a table has nothing this changes.
TABLE_MARK = re.compile(r"\|")
# '"Crossed/entered" is the number of aircraft ...', 'The "Entered" column gives the count of
# ...', '"In zone" counts the aircraft ...', '"Median line/ADIZ" means aircraft ...' (a
# newsletter's gloss): a quoted name, then the measure it stands for.
# The opening quote may be left on the sentence before, where the splitter cut before it.
_DEFINITION = re.compile(
    r"\s*(?:the\s+)?[\"“]?(?P<name>[^\"“”|]{1,40}?)[\"”](?:\s+column)?"
    r"\s+(?:(?:is|are|means|gives|shows)\s+the\s+(?P<measure>number|count|total)\s+of"
    r"|counts|tallies|means)\s+(?P<meaning>[^|]+?)[.;]?\s*",
    re.I,
)
# "ML/ADIZ = aircraft that crossed the median line and entered the ADIZ." (a data note's key):
# a column's short name, unquoted, and an equals sign for "means".
_EQUALS = re.compile(
    r"\s*(?P<name>[^\s\"“”|=]{1,20})\s*=\s*(?P<measure>)(?P<meaning>[^|=]+?)[.;]?\s*"
)


def defined_columns(sentences: list[str]) -> list[str]:
    """The sentences, each table head's column that a line above defines named by that
    definition, and the definitions that name a column left out."""
    definitions: dict[str, tuple[int, str]] = {}
    used: set[int] = set()
    written: list[str] = []
    for index, sentence in enumerate(sentences):
        definition = _DEFINITION.fullmatch(sentence) or _EQUALS.fullmatch(sentence)
        if definition is not None:
            measure = (definition["measure"] or "number").capitalize()
            head = f"{measure} of {definition['meaning'].strip()}"
            definitions[_key(definition["name"])] = (index, head)
        if _SEPARATOR in sentence:
            sentence = _named_by_definitions(sentence, definitions, used)
        written.append(sentence)
    return [sentence for index, sentence in enumerate(written) if index not in used]


def _named_by_definitions(
    line: str, definitions: dict[str, tuple[int, str]], used: set[int]
) -> str:
    cells = line.split(_SEPARATOR)
    for position, cell in enumerate(cells):
        if (defined := definitions.get(_key(cell))) is not None:
            used.add(defined[0])
            cells[position] = cell.replace(cell.strip(), defined[1])
    return _SEPARATOR.join(cells)


def _key(name: str) -> str:
    return " ".join(name.lower().split())
