"""The YAML readers and writer for the files monitor writes and reads back (feeds.yaml, the
user's knowledge base): plain data, and a write that reads back as what was written.

A string holding a character that is not printable is written double-quoted, with escapes: in a
plain or single-quoted scalar YAML folds NEL, U+2028 and U+2029 as line breaks, so a feed named
"Q<NEL>name" (pasted from a web page, or an OPML title) came back "Q name". Every text written
is then read back with the reader every later run uses and must give the same data, or nothing
is written and one line names the field.

ruamel.yaml takes a plain scalar such as `._`, `-._` or `0x_` for a number by a pattern looser
than YAML 1.2's, then fails to convert it and raises ValueError, which is no YAML error: a feed
named `._` in a feeds.yaml another program wrote (PyYAML writes it unquoted) ended a command
with a traceback. By YAML 1.2's core schema such a scalar is no number but a string, and the
readers here return it as one."""

import io
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor, SafeConstructor
from ruamel.yaml.error import YAMLError
from ruamel.yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent, ScalarEvent
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from .errors import ConfigError, printable

NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")

Construct = Callable[[Any, ScalarNode], Any]


def _text_unless_a_number(construct: Construct) -> Construct:
    def construct_number(constructor: Any, node: ScalarNode) -> Any:
        try:
            return construct(constructor, node)
        except ValueError:
            return constructor.construct_scalar(node)

    return construct_number


class PlainDataConstructor(SafeConstructor):
    """The safe constructor, reading a scalar it cannot convert to a number as text."""


class RoundTripDataConstructor(RoundTripConstructor):
    """The round-trip constructor (comments kept), reading such a scalar as text."""


for _constructor in (PlainDataConstructor, RoundTripDataConstructor):
    for _tag in NUMBER_TAGS:
        _constructor.add_constructor(
            _tag, _text_unless_a_number(_constructor.yaml_constructors[_tag])
        )


def safe_yaml() -> YAML:
    """A reader of plain data (no tags that construct objects), pure Python."""
    yaml = YAML(typ="safe", pure=True)
    yaml.Constructor = PlainDataConstructor
    return yaml


# YAML's "\ud800" escapes make halves of characters, which no text can hold.
_SURROGATES = re.compile("[\ud800-\udfff]")


def load_plain_data(text: str | bytes, path: Path, max_nesting: int, needs: str) -> Any:
    """The document in a file a user writes (feeds.yaml, the knowledge base), as plain data, or
    ConfigError naming the file and the line. The event stream, which takes no recursion, is
    read before anything is built from it: an alias is refused (plain data needs no
    references, and aliases nested in aliases expand exponentially, a "billion laughs" that
    held a knowledge-base load for ever), and so is nesting past `max_nesting` (`needs` says
    how deep the file goes; the loader builds nested data recursively, and 100,000 levels in a
    knowledge base ended every analysis in a RecursionError)."""
    yaml = safe_yaml()
    try:
        depth = 0
        for event in yaml.parse(text):
            line = f" (line {event.start_mark.line + 1})" if event.start_mark else ""
            if isinstance(event, AliasEvent):
                raise ConfigError(f"{path}: anchors and aliases (&name, *name) are not supported")
            if isinstance(event, ScalarEvent) and _SURROGATES.search(event.value):
                raise ConfigError(
                    f"{path}: not plain YAML data{line}: a \\uD800-\\uDFFF escape is half a "
                    "character; write the character itself"
                )
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > max_nesting:
                    raise ConfigError(
                        f"{path}: nested more than {max_nesting} levels deep{line}; {needs}"
                    )
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
        return yaml.load(text)
    except YAMLError as exc:
        # The problem ('found duplicate key "name"'), not the context ("while constructing").
        problem = getattr(exc, "problem", None) or str(exc).strip().splitlines()[0]
        first_line = printable(problem)
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise ConfigError(f"{path}: not plain YAML data{where}: {first_line}") from None


def round_trip_yaml() -> YAML:
    """A reader and writer that keeps the user's comments and layout."""
    yaml = YAML()
    yaml.Constructor = RoundTripDataConstructor
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    return yaml


def dump_read_back(yaml: YAML, document: Any, path: Path) -> str:
    """`document` as the text to write to `path`, which `safe_yaml` reads back as the same data;
    else ConfigError naming the first field that would change."""
    buffer = io.StringIO()
    yaml.dump(_quote_unprintable(document), buffer)
    text = buffer.getvalue()
    difference = _first_difference(document, safe_yaml().load(text), "")
    if difference is not None:
        where, wrote, got = difference
        raise ConfigError(
            f"{path}: {where}: {printable(repr(wrote), 100)} would read back as "
            f"{printable(repr(got), 100)}; nothing was written"
        )
    return text


def _quote_unprintable(node: Any) -> Any:
    """The same document, each string value with an unprintable character double-quoted."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            node[key] = _quote_unprintable(value)  # type: ignore[index]
    elif isinstance(node, list):
        node[:] = [_quote_unprintable(value) for value in node]
    elif isinstance(node, str) and not node.replace(" ", "").isprintable():
        return DoubleQuotedScalarString(node)
    return node


def _first_difference(wrote: Any, got: Any, where: str) -> tuple[str, Any, Any] | None:
    if isinstance(wrote, Mapping) and isinstance(got, Mapping):
        for key in [*wrote, *(key for key in got if key not in wrote)]:
            found = _first_difference(wrote.get(key), got.get(key), f"{where}.{key}".lstrip("."))
            if found:
                return found
        return None
    if isinstance(wrote, Sequence) and isinstance(got, Sequence) and not isinstance(wrote, str):
        if len(wrote) != len(got):
            return where, wrote, got
        for position, (one, other) in enumerate(zip(wrote, got, strict=True)):
            found = _first_difference(one, other, f"{where}[{position}]")
            if found:
                return found
        return None
    return None if wrote == got else (where, wrote, got)
