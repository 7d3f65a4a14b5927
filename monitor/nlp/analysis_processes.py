"""A batch's analysis on forked processes (`--workers N`).

Each process analyses whole articles, from their language to their themes, and sends back the
small records, not Docs, so the work divides evenly and this process is left with nothing to
do but wait. Forked, the processes share what this process loaded before the fork (the model,
the knowledge base, the theme model), with nothing to pickle or load again.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

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
    """`work` over `items` in `workers` forked processes; the results in the items' order."""
    context = multiprocessing.get_context("fork")
    handlers = {stop: signal.getsignal(stop) for stop in STOPPING}
    with ProcessPoolExecutor(
        workers, context, initializer=_inherit, initargs=(work, handlers)
    ) as pool:
        try:
            with stops_held_back():
                found = pool.map(_work, chunks(items, workers))  # forks the processes
            return [result for analyses in found for result in analyses]
        except BaseException:
            pool.shutdown(cancel_futures=True)  # stopped: the chunks not begun are not begun
            raise


@contextmanager
def stops_held_back() -> Iterator[None]:
    """Ctrl-C and SIGTERM are noted while the processes are forked and given to their own
    handlers after, once the pool knows every process it forked.

    Raised there, KeyboardInterrupt left a forked process the pool did not know of, waiting
    for work for ever and holding the command's output open; or it was raised inside the
    fork's own callbacks, which drop exceptions, and `monitor reanalyze` went on to the end. A
    signal mask could not hold them back: the signal went to another thread (BLAS's), and
    Python raised it in this one all the same. Only the main thread runs signal handlers, so
    elsewhere there is nothing to hold back; a handler set outside Python could not be put back.
    """
    outside_python = any(signal.getsignal(stop) is None for stop in STOPPING)
    if threading.current_thread() is not threading.main_thread() or outside_python:
        yield
        return
    noted: list[int] = []
    handlers = {
        stop: signal.signal(stop, lambda number, _: noted.append(number)) for stop in STOPPING
    }
    try:
        yield
    finally:
        for stop, handler in handlers.items():
            signal.signal(stop, handler)
        for number in noted[:1]:
            signal.raise_signal(number)  # as if it came now: KeyboardInterrupt, or the default


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
    work: Callable[[list[TextToAnalyse]], list[Analysis]], handlers: dict[signal.Signals, Any]
) -> None:
    """A process takes this one's work and its own handlers back from the one that noted
    stops during the fork. Ctrl-C at the terminal reaches this process too, but a stop it
    noted before this point is dropped: this one's handler stops the pool."""
    for stop, handler in handlers.items():
        if handler is not None:  # None: set outside Python, left as it is
            signal.signal(stop, handler)
    _WORK.append(work)


def _work(items: list[TextToAnalyse]) -> list[Analysis]:
    return _WORK[0](items)
