"""A batch's analysis on forked processes (`--workers N`).

Each process analyses whole articles, from their language to their themes, and sends back the
small records, not Docs, so the work divides evenly and this process is left with nothing to
do but wait. Forked, the processes share what this process loaded before the fork (the model,
the knowledge base, the theme model), with nothing to pickle or load again.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, TypeVar

from .english import BATCH_SIZE

if TYPE_CHECKING:
    from .analyze import Analysis, TextToAnalyse

Item = TypeVar("Item")
STOPPING = (signal.SIGINT, signal.SIGTERM)  # what the CLI turns into KeyboardInterrupt


def in_processes(
    work: Callable[[list[TextToAnalyse]], list[Analysis]],
    items: list[TextToAnalyse],
    workers: int,
) -> list[Analysis]:
    """`work` over `items` in `workers` forked processes; the results in the items' order.

    Ctrl-C and SIGTERM wait while the processes are forked, and each process takes them again
    first thing: one that arrived during a fork was raised inside the fork's own callbacks
    (logging's), which drop exceptions, and `monitor reanalyze` went on to the end as if never
    stopped.
    """
    context = multiprocessing.get_context("fork")
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, [])  # as it stands, for each process
    with ProcessPoolExecutor(workers, context, initializer=_inherit, initargs=(work, mask)) as pool:
        try:
            signal.pthread_sigmask(signal.SIG_BLOCK, STOPPING)
            try:
                found = pool.map(_work, chunks(items, workers))  # forks the processes
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, mask)
            return [result for analyses in found for result in analyses]
        except BaseException:
            pool.shutdown(cancel_futures=True)  # stopped: the chunks not begun are not begun
            raise


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


def _inherit(
    work: Callable[[list[TextToAnalyse]], list[Analysis]], mask: set[int | signal.Signals]
) -> None:
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)
    _WORK.append(work)


def _work(items: list[TextToAnalyse]) -> list[Analysis]:
    return _WORK[0](items)
