"""How monitor runs the spaCy models' trained components: matrix products with numpy's
OpenBLAS on one thread, and the greedy decoding of transition-based components (the English
NER, GiNZA's NER) driven step by step from Python. Same weights, same entities, less CPU.

thinc's CPU backend multiplies with the `blis` wheel by default. numpy's OpenBLAS computes the
same float32 products in about two thirds of the time on the machines measured. One thread: a
process uses one core, and `--workers` puts a second core to work with a second process, which
divides the articles with no threads contending inside one product.

spaCy's greedy decoder (`Parser.greedy_parse`) runs its loop with the GIL released, and the
compiled accessors of a parse state (`StateC::B`, asked for every action's validity at every
step) take the GIL and release it again on each call: `perf record` of the English NER puts
three fifths of its CPU in that lock traffic. Driven from Python, the same steps hold the GIL
throughout: the component's step model scores the states and its `transition_states` takes
the best valid action, spaCy's own code for both, as its beam search uses them. The NER takes
under half the CPU it took (`bench/e2e.py`, its `ner` alone as monitor runs it). Each call
still asks whether it holds the GIL (about a fifth of the NER's CPU left); only spaCy's
compiled code could drop that. A batch is decoded whole, each step scoring all its unfinished
articles at once: a sixth less again, with the token vectors computed as spaCy computes them.
tests/test_entities.py compares both changes with spaCy as it ships, on real passages.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def for_inference(nlp: Language) -> Language:
    """`nlp` as monitor runs every model: OpenBLAS products, stepped decoding."""
    return decode_in_steps(multiply_with_openblas(nlp))


def multiply_with_openblas(nlp: Language) -> Language:
    """Every layer of every trained component of `nlp` multiplies through numpy."""
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops
    threadpool_limits(limits=1, user_api="blas")  # for the process: see the module's docstring
    return nlp


def decode_in_steps(nlp: Language) -> Language:
    """Each greedy transition-based component of `nlp` is decoded by `SteppedDecoding`, under
    its own name and in its own place."""
    from spacy.language import Language
    from spacy.pipeline.transition_parser import Parser

    if not Language.has_factory("stepped_decoding"):
        Language.factory("stepped_decoding", func=_stepped_decoding)
    for name, component in list(nlp.pipeline):
        if isinstance(component, Parser) and component.cfg.get("beam_width", 1) == 1:
            stepped = f"{name} (stepped)"
            nlp.add_pipe("stepped_decoding", name=stepped, after=name, config={"decodes": name})
            nlp.remove_pipe(name)
            nlp.rename_pipe(stepped, name)
    return nlp


@dataclass(frozen=True)
class SteppedDecoding:
    """A transition-based component (spaCy's `Parser`) whose greedy decoding is driven from
    Python; it annotates the Docs as the component does."""

    component: Any  # spacy.pipeline.transition_parser.Parser

    def __call__(self, doc: Doc) -> Doc:
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """Each batch decoded whole, its token vectors computed a quarter at a time as spaCy's
        own `Parser.pipe` computes them. A step scores every unfinished state of the batch, so
        a batch of 16 wire articles takes a sixth less of the NER's CPU than its quarters
        decoded one after another (each quarter as many steps as its longest article); the
        token vectors' layers, which thinc holds through a forward pass, stay at a quarter's
        memory."""
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            self._annotate(batch, part_size=max(batch_size // 4, 2))
            yield from batch

    def _annotate(self, docs: list[Doc], part_size: int | None = None) -> None:
        parser = self.component
        states = parser.moves.init_batch(docs)
        if any(len(doc) for doc in docs):
            steps = _step_model(parser.model, docs, part_size or len(docs))
            unfinished = [state for state in states if not state.is_final()]
            while unfinished:
                unfinished = parser.transition_states(unfinished, _scores(steps, unfinished))
            steps.clear_memory()
        parser.set_annotations(docs, states)


def _step_model(model: Any, docs: list[Doc], part_size: int) -> Any:
    """spaCy's step model for `docs` (spacy/ml/tb_framework.py's `forward`), its token
    vectors computed `part_size` Docs at a time. A Doc's vectors are its own tokens' (the
    encoder's windows stop at the Doc's ends), and the states of `init_batch` index the rows
    of the batch's Docs in order, empty Docs having none."""
    import numpy
    from spacy.ml.parser_model import ParserStepModel

    tok2vec = model.get_ref("tok2vec")
    words = iter([doc for doc in docs if len(doc)])
    vectors = numpy.concatenate(
        [tok2vec.predict(part) for part in iter(lambda: list(islice(words, part_size)), [])]
    )
    return ParserStepModel(
        docs,
        [lambda _docs, is_train: (vectors, None), *model.layers[1:]],
        unseen_classes=model.attrs["unseen_classes"],
        train=False,
        has_upper=model.attrs["has_upper"],
    )


def _scores(steps: Any, states: list[Any]) -> Any:
    """Each state's score for each action: spaCy's `step_forward` (spacy/ml/parser_model.pyx)
    without thinc's call around it, the same layers in the same order. A step is a few small
    products, so the wrapping took a tenth of the NER's CPU (tens of thousands of steps a pass)."""
    import numpy

    vector, _ = steps.state2vec(steps.get_token_ids(states), False)
    scores = steps.vec2scores(vector, False)[0] if steps.attrs["has_upper"] else vector
    unseen = steps._class_mask == 0  # actions training never took: scored last, as spaCy does
    if unseen.any():
        scores[:, unseen] = numpy.nanmin(scores)
    return scores


def _stepped_decoding(nlp: Language, name: str, decodes: str) -> SteppedDecoding:
    return SteppedDecoding(nlp.get_pipe(decodes))
