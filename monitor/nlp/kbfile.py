"""The user's knowledge-base file: entities added with `monitor entities add`.

It has the shipped file's format and is merged over it (kb.load_kb); edits keep the user's own
comments and layout (ruamel.yaml round-trip), are validated together with the shipped file
before the file is replaced, and are written atomically.

What is added comes back exactly when the file is read, or nothing is written: a name is one
line of text, so a control or line-break character is refused with the field it was in, and the
new file is read back with the reader every later run uses and must give the entries it had
plus the new one (yaml_data.dump_read_back: a NEL in a name pasted from a web page came back
as a space, and the entity never linked its own name).
"""

import hashlib
import re
import unicodedata
from collections.abc import Collection
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..errors import BIDI_CONTROLS, ConfigError
from ..files import write_text_atomically
from ..yaml_data import dump_read_back, round_trip_yaml
from .kb import KB_PATH, KnowledgeBase, load_kb, merge_kb, parse_kb_yaml
from .kb_files import read_kb_bytes
from .names import fold

NEW_FILE = (
    "# Your additions to monitor's knowledge base, merged over the shipped models/entities.yaml\n"
    "# (an entry with a shipped id replaces it). Format: docs/knowledge-base.md.\n"
    "version: 1\nentities: []\n"
)
# Control characters (tab, NUL, ESC, NEL ...), lone surrogates (an argument whose bytes were
# not UTF-8) and the line and paragraph separators: none is part of a one-line name.
NOT_IN_A_NAME = frozenset({"Cc", "Cs", "Zl", "Zp"})
# Nor is a bidi control, which reverses what follows it wherever the name is shown; the joiners
# and marks some scripts spell with (U+200C, U+200D, U+200E) stay.
BIDI = re.compile(f"[{BIDI_CONTROLS}]")
# Latin letters with no accent for fold() to drop, spelt as their languages spell them in ASCII.
WHOLE_LETTERS = str.maketrans(
    {"æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i", "ħ": "h"}
)


def made_id(name: str, taken: Collection[str]) -> str:
    """An id for `name` that the file's id pattern takes and no entity has yet: a shipped id
    taken would replace that entity. A name with no Latin letter or digit (漢字, かな, Cyrillic)
    has nothing to spell an id with, and gets one from its hash."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(name).translate(WHOLE_LETTERS)).strip("-")
    if not slug:
        digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()
        slug = f"entity-{digest[:8]}"
    made, number = slug, 2
    while made in taken:
        made, number = f"{slug}-{number}", number + 1
    return made


def kb_to_add_to(path: Path) -> KnowledgeBase:
    """The knowledge base `add_entity` adds to, the user's file at `path` merged: a mistake in
    that file is an error here, where every other command leaves the file out (kb.load_kb),
    so that nothing is written over a file the user has still to mend."""
    return load_kb(KB_PATH, path)


def add_entity(path: Path, entry: dict[str, Any]) -> KnowledgeBase:
    """Append `entry` to the user's file (created if needed); returns the merged result."""
    _refuse_what_is_not_one_line(path, entry)
    old_raw = read_kb_bytes(path) if path.exists() or path.is_symlink() else NEW_FILE.encode()
    parse_kb_yaml(old_raw, path)  # a hand-edited file's mistakes, in one line
    old_text = old_raw.decode("utf-8")
    yaml = round_trip_yaml()
    document = yaml.load(old_text)
    if not isinstance(document, dict):
        raise ConfigError(f"{path}: expected a mapping with 'version' and 'entities'")
    if document.get("entities") is None:
        document["entities"] = CommentedSeq()
    document["entities"].append(CommentedMap(entry))
    text = dump_read_back(yaml, document, path)
    merged = merge_kb(KB_PATH, (path, text.encode("utf-8")))  # the whole, as it will be read
    write_text_atomically(path, text)
    return merged


def _refuse_what_is_not_one_line(path: Path, entry: dict[str, Any]) -> None:
    for field, value in entry.items():
        for text in value if isinstance(value, list) else [value]:
            bad = next(
                (c for c in text if unicodedata.category(c) in NOT_IN_A_NAME or BIDI.match(c)), None
            )
            if bad is None:
                continue
            what = (
                "a byte that was not UTF-8"  # an argument decoded with surrogateescape
                if unicodedata.category(bad) == "Cs"
                else "a bidi control, which reverses what follows it"
                if BIDI.match(bad)
                else "not part of one line of text"
            )
            raise ConfigError(
                f"{path}: {field}: {text!r} holds U+{ord(bad):04X}, {what}; nothing was added"
            )
