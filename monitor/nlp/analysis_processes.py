"""A batch's analysis on forked processes (`--workers N`).

Each process analyses whole articles, from their language to their themes, and sends back the
small records, not Docs, so the work divides evenly and this process is left with nothing to
do but wait. Forked, the processes share what this process loaded before the fork (the model,
the knowledge base, the theme model), with nothing to pickle or load again.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, TypeVar

from .english import BATCH_SIZE

if TYPE_CHECKING:
    from .analyze import Analysis, TextToAnalyse

Item = TypeVar("Item")


def in_processes(
    work: Callable[[list[TextToAnalyse]], list[Analysis]],
    items: list[TextToAnalyse],
    workers: int,
) -> list[Analysis]:
    """`work` over `items` in `workers` forked processes; the results in the items' order."""
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, context, initializer=_inherit, initargs=(work,)) as pool:
        return [result for found in pool.map(_work, chunks(items, workers)) for result in found]


def chunks(items: list[Item], workers: int) -> list[list[Item]]:
    """Chunks of at most a batch that shrink as the articles left to hand out run low, to a
    single article at the end. A process takes the next chunk when it is done with its last,
    so each ends at most an article after the others: with chunks of one size, one process
    analysed a whole batch alone at the end while the others waited."""
    found = []
    start = 0
    while start < len(items):
        size = max(1, min(BATCH_SIZE, (len(items) - start) // (2 * workers)))
        found.append(items[start : start + size])
        start += size
    return found


# In a worker process: what it does with each chunk, inherited from this one.
_WORK: list[Callable[[list[TextToAnalyse]], list[Analysis]]] = []


def _inherit(work: Callable[[list[TextToAnalyse]], list[Analysis]]) -> None:
    _WORK.append(work)


def _work(items: list[TextToAnalyse]) -> list[Analysis]:
    return _WORK[0](items)
