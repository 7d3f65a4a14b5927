"""Edits to feeds.yaml that keep the user's comments and layout (ruamel.yaml round-trip).

Every edit is validated as a whole before the file is replaced, atomically: a bad edit leaves the
file exactly as it was.
"""

from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..config import Config, parse_config, read_yaml
from ..errors import ConfigError
from ..files import write_text_atomically
from ..yaml_data import dump_read_back, round_trip_yaml, safe_yaml

NEW_FILE = "# Feeds to monitor: README.md, Configuration, lists the keys.\nfeeds: []\n"


def add_feeds(path: Path, entries: list[dict[str, Any]]) -> Config:
    """Append feed entries (dicts with at least name and url); returns the new config."""
    document = _load_round_trip(path)
    if document.get("feeds") is None:
        document["feeds"] = CommentedSeq()
    for entry in entries:
        document["feeds"].append(CommentedMap(entry))
    return _validate_and_write(path, document)


def remove_feed(path: Path, name: str) -> Config:
    document = _load_round_trip(path)
    feeds = document.get("feeds") or []
    for index, entry in enumerate(feeds):
        if isinstance(entry, dict) and entry.get("name") == name:
            del feeds[index]
            return _validate_and_write(path, document)
    raise ConfigError(f"{path}: no feed named '{name}'")


def _yaml() -> YAML:
    yaml = round_trip_yaml()
    yaml.preserve_quotes = True
    return yaml


def _load_round_trip(path: Path) -> Any:
    text = NEW_FILE
    if path.exists():
        read_yaml(path)  # the safe loader refuses what is not plain data before we touch it
        text = path.read_text(encoding="utf-8")
    document = _yaml().load(text)
    if document is None:
        document = _yaml().load(NEW_FILE)
    if not isinstance(document, dict):
        raise ConfigError(f"{path}: expected a mapping with a 'feeds' list at the top")
    return document


def _validate_and_write(path: Path, document: Any) -> Config:
    text = dump_read_back(_yaml(), document, path)
    config = parse_config(safe_yaml().load(text), path)
    write_text_atomically(path, text)
    return config
