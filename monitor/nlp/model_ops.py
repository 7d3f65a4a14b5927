"""How the spaCy models multiply their matrices: with numpy's OpenBLAS, on one thread.

thinc's CPU backend multiplies with the `blis` wheel by default. numpy's OpenBLAS computes the
same float32 products in about two thirds of the time on the machines measured, and the English
NER finds exactly the same entities with it (tests/test_entities.py compares the two). One
thread: a process uses one core, and `--workers` puts a second core to work with a second
process, which divides the articles with no threads contending inside one product.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


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
