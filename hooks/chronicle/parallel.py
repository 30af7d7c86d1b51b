"""One pure function over many items, shared out between the machine's processors: worker processes forked from the
build, so that they start with everything the function reads (the articles, the name index) and only the items'
numbers and the results cross between processes. The results come back in the items' order, the same as a loop's.

Work is shared out only where forking is safe and worth it: when asked for more than one process, in a process
running one thread (`mkdocs build`; not `mkdocs serve`, whose server and watcher run threads a fork would leave
behind, holding what locks they hold), and over enough items to pay for starting the workers. A site build asks for
as many processes as the machine has processors, unless ARCHIVE_PROCESSES says how many (1: one process)."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

WORTH_IT = 200  # items: below this, forking and collecting cost more than a loop
CHUNK = 50  # items a worker takes at a time

_job: tuple[Callable, Sequence] | None = None  # the function and items of the work being shared out, for the workers


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


def shared_out(function: Callable[[Item], Result], items: Sequence[Item], processes: int) -> list[Result]:
    """[function(item) for item in items], in up to `processes` worker processes when that is more than one,
    forking is safe and the items are WORTH_IT; else in this process."""
    processes = min(processes, -(-len(items) // CHUNK))
    if processes < 2 or len(items) < WORTH_IT or not can_fork():
        return [function(item) for item in items]
    global _job
    _job = (function, items)
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            return pool.map(_run, range(len(items)), chunksize=CHUNK)
    finally:
        _job = None


def _run(number: int) -> object:
    function, items = _job
    return function(items[number])
