"""Files written whole or not at all: a reader (or `monitor run` reloading feeds.yaml) sees the
old text or the new, never half of it, and a crash mid-write leaves the old file in place."""

import os
import tempfile
from pathlib import Path


def write_text_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)  # the user data directory, the first time
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", delete=False
    ) as handle:
        handle.write(text)
    os.replace(handle.name, path)
