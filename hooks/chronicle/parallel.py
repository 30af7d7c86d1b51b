"""One pure function over many items, shared out between the machine's processors: this process and worker
processes forked from it, so that they start with everything the function reads (the articles, the name index) and
only the results cross between processes. The results come back in the items' order, the same as a loop's.

The items are taken a chunk at a time by whichever process is free first, this one included, so `processes` means
this process and one worker fewer: none of them sits waiting for the others' results while there is work left.
Between its chunks this process takes in the results the workers have sent.

Work is shared out only where forking is safe and worth it: when asked for more than one process, in a process
running one thread (`mkdocs build`; not `mkdocs serve`, whose server and watcher run threads a fork would leave
behind, holding what locks they hold), and over enough items to pay for starting the workers. A site build asks for
as many processes as the machine has processors, unless ARCHIVE_PROCESSES says how many (1: one process)."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
Other = TypeVar("Other")

WORTH_IT = 200  # items: below this, forking and collecting cost more than a loop
CHUNK = 50  # items a process takes at a time


def processes_wanted() -> int:
    """How many processes a site build may use: ARCHIVE_PROCESSES if it is set, else the processors this process
    may run on. A value that is not a whole number of 1 or more raises ValueError, saying so."""
    asked = os.environ.get("ARCHIVE_PROCESSES", "").strip()
    if asked:
        if not asked.isdigit() or int(asked) < 1:
            raise ValueError(f"ARCHIVE_PROCESSES must be a whole number of 1 or more, not {asked!r}")
        return int(asked)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def shared_out(function: Callable[[Item], Result], items: Sequence[Item], processes: int,
               meanwhile: Callable[[], Other] = lambda: None) -> tuple[list[Result], Other]:
    """[function(item) for item in items], in this process and up to `processes - 1` workers when that is more
    than none, forking is safe and the items are WORTH_IT; else in this process alone. And what `meanwhile()`
    returns: this process calls it first, while the workers start on the items. An error in a worker is raised
    here, as the loop would raise it."""
    chunks = -(-len(items) // CHUNK)
    processes = min(processes, chunks)
    if processes < 2 or len(items) < WORTH_IT or not can_fork():
        other = meanwhile()
        return [function(item) for item in items], other
    context = multiprocessing.get_context("fork")
    taken = context.Value("i", 0)  # how many chunks the processes have taken, in order
    results = context.Queue()  # a worker's chunks, numbered; its put returns at once, a thread of its own sends
    workers = [context.Process(target=_work, args=(function, items, taken, results), daemon=True)
               for _ in range(processes - 1)]
    for worker in workers:
        worker.start()
    done: dict[int, list[Result]] = {}
    try:
        other = meanwhile()
        for number, out in _chunks(function, items, taken):
            done[number] = out
            _receive(results, done, block=False)
        while len(done) < chunks:
            ended = not any(w.is_alive() for w in workers)  # before the wait: what they sent before ending has come
            if not _receive(results, done, block=True) and ended:
                raise RuntimeError("a worker process of the build ended without its results")
    finally:
        for worker in workers:
            if len(done) < chunks:  # an error: the workers' other chunks are not wanted
                worker.kill()
            worker.join()
    return [result for number in range(chunks) for result in done[number]], other


def _chunks(function: Callable[[Item], Result], items: Sequence[Item],
            taken) -> Iterator[tuple[int, list]]:  # noqa: ANN001 - a shared multiprocessing Value
    """The next chunk no process has taken, numbered, with its results, until none is left."""
    while True:
        with taken.get_lock():
            number = taken.value
            taken.value += 1
        first = number * CHUNK
        if first >= len(items):
            return
        yield number, [function(item) for item in items[first:first + CHUNK]]


def _work(function: Callable[[Item], Result], items: Sequence[Item], taken, results) -> None:  # noqa: ANN001
    try:
        for number, out in _chunks(function, items, taken):
            results.put((number, out))
    except BaseException as error:  # noqa: BLE001 - it is raised in the build's process
        results.put((-1, _sendable(error)))


def _receive(results, done: dict[int, list], block: bool) -> bool:  # noqa: ANN001
    """The workers' chunks that have come, into `done` (waiting a second for one if `block`); a worker's error is
    raised. False if none came."""
    came = False
    while True:
        try:
            number, out = results.get(block=block and not came, timeout=1)
        except queue.Empty:
            return came
        if number < 0:
            raise out
        done[number], came = out, True


def _sendable(error: BaseException) -> BaseException:
    """The error as it can cross to the build's process: itself, or its type's name and message."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001 - any error that does not survive pickling
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error
