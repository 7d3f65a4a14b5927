"""The user's knowledge-base file: entities added with `monitor entities add`.

It has the shipped file's format and is merged over it (kb.load_kb); edits keep the user's own
comments and layout (ruamel.yaml round-trip), are validated together with the shipped file
before the file is replaced, and are written atomically.
"""

import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..errors import ConfigError
from ..files import write_text_atomically
from .kb import KB_PATH, KnowledgeBase, merge_kb

NEW_FILE = (
    "# Your additions to monitor's knowledge base, merged over the shipped models/entities.yaml\n"
    "# (an entry with a shipped id replaces it). Format: docs/knowledge-base.md.\n"
    "version: 1\nentities: []\n"
)


def add_entity(path: Path, entry: dict[str, Any]) -> KnowledgeBase:
    """Append `entry` to the user's file (created if needed); returns the merged result."""
    yaml = _yaml()
    document = yaml.load(path.read_text(encoding="utf-8") if path.exists() else NEW_FILE)
    if not isinstance(document, dict):
        raise ConfigError(f"{path}: expected a mapping with 'version' and 'entities'")
    if document.get("entities") is None:
        document["entities"] = CommentedSeq()
    document["entities"].append(CommentedMap(entry))
    buffer = io.StringIO()
    yaml.dump(document, buffer)
    text = buffer.getvalue()
    merged = merge_kb(KB_PATH, (path, text.encode("utf-8")))  # the whole, as it will be read
    write_text_atomically(path, text)
    return merged


def _yaml() -> YAML:
    yaml = YAML()
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    return yaml
