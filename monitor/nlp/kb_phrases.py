"""The knowledge base's names as the merge's phrase matchers read them, split once and kept.

Building the matchers split each of the knowledge base's 17,075 names with the tokenizer: half
of what loading the pipeline cost, at every start of every process, though neither the names nor
the tokenizer had changed. A phrase matcher reads a name as the sequence of its tokens' values
of one attribute (the hashes of their ORTH or LOWER strings), and spaCy's `PhraseMatcher.add`
takes such sequences as they are (it is how a pickled matcher is rebuilt). So the sequences are
kept in the cache directory, under a digest of everything they are made from: every name with
its key and matcher, spaCy's version, the model and its language, and the tokenizer's rules
(affixes, special cases and settings, ours among them). An edit to the knowledge base, another
spaCy or model, or a changed tokenizer rule gives another digest, so a stale file is never read;
a damaged one is left, and the names are split again and the file written anew.

A process that reads the file splits no name, and so never fills the tokenizer's cache with them
(tokenizer_cache.py); one that splits them forgets them at once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, cast

from ..datadir import cache_dir
from .tokenizer_cache import forget_split_runs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher

log = logging.getLogger(__name__)

CACHE_FORMAT = 1
Rows = list[tuple[str, str, str]]  # (match key, label, name as written)
# For each of the two matchers, each match key's names as sequences of attribute values.
Sequences = list[dict[str, list[list[int]]]]
# The attribute each matcher compares: any case, then exact case (kb_matcher.patterns).
ATTRIBUTES = ("LOWER", "ORTH")


def phrase_matchers(
    nlp: Language, any_case: Rows, exact: Rows
) -> tuple[PhraseMatcher, PhraseMatcher]:
    """The any-case and the exact-case matcher of these patterns, each key's names added in
    the order given."""
    from spacy.matcher import PhraseMatcher

    grouped = [_grouped(any_case), _grouped(exact)]
    path = cache_dir() / f"kb-phrases-{CACHE_FORMAT}-{_digest(nlp, grouped)}.json"
    sequences = _read(path)
    if sequences is None:
        sequences = _split(nlp, grouped)
        _write(path, sequences)
    matchers = []
    for attribute, keyed in zip(ATTRIBUTES, sequences, strict=True):
        matcher = PhraseMatcher(nlp.vocab, attr=attribute)
        for key, names in keyed.items():
            matcher.add(key, names)  # type: ignore[arg-type]  # as unpickling adds them
        matchers.append(matcher)
    return matchers[0], matchers[1]


def _grouped(rows: Rows) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for key, _, form in rows:
        grouped.setdefault(key, []).append(form)
    return grouped


def _digest(nlp: Language, grouped: list[dict[str, list[str]]]) -> str:
    from spacy.about import __version__ as spacy_version
    from spacy.tokenizer import Tokenizer

    made_by = [spacy_version, nlp.lang, nlp.meta.get("name"), nlp.meta.get("version")]
    digest = hashlib.sha256(json.dumps([made_by, grouped]).encode())
    tokenizer = cast(Tokenizer, nlp.tokenizer)  # spaCy's, as every pipeline here has it
    digest.update(tokenizer.to_bytes(exclude=["vocab"]))
    return digest.hexdigest()


def _split(nlp: Language, grouped: list[dict[str, list[str]]]) -> Sequences:
    """Each name split by the tokenizer, once a distinct name, read as each matcher reads it."""
    docs = {}
    sequences: Sequences = []
    for attribute, keyed in zip(ATTRIBUTES, grouped, strict=True):
        sequences.append({})
        for key, forms in keyed.items():
            for form in forms:
                if form not in docs:
                    docs[form] = nlp.make_doc(form)
            values = (docs[form].to_array(attribute).tolist() for form in forms)
            sequences[-1][key] = list(values)
    forget_split_runs(nlp)
    return sequences


def _read(path: Path) -> Sequences | None:
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None  # not built before, or a damaged copy: the names are split again
    return data if _well_formed(data) else None


def _well_formed(data: object) -> bool:
    return (
        isinstance(data, list)
        and len(data) == len(ATTRIBUTES)
        and all(
            isinstance(keyed, dict)
            and all(
                isinstance(names, list)
                and all(isinstance(n, list) and all(type(v) is int for v in n) for n in names)
                for names in keyed.values()
            )
            for keyed in data
        )
    )


def _write(path: Path, sequences: Sequences) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(sequences), encoding="utf-8")
        temporary.replace(path)
    except OSError as exc:  # a read-only home: the names are split at every start
        log.debug("cannot keep the knowledge base's split names in %s: %s", path.parent, exc)
