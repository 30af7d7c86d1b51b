"""Work done in a forked child process while this process goes on with its own.

The child starts as a copy of this process (POSIX fork), so it needs nothing passed to it; it sends back one
picklable result, and every log record it makes, which the parent logs again when it takes the result: a warning
in the child counts as a warning of the build. Only for a process with one thread: forking one with others can
copy a lock another thread holds."""

from __future__ import annotations

import gc
import logging
import os
import pickle
import signal
import threading
import traceback
from typing import Any, Callable


class ChildFailed(RuntimeError):
    """The child raised: the message holds its traceback."""


def available() -> bool:
    """Whether this process can fork work off: a POSIX system, two processors or more, one thread."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return hasattr(os, "fork") and cpus >= 2 and threading.active_count() == 1


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


class Forked:
    """`work()` run in a child process from now on; `result()` waits for it and returns what it returned."""

    def __init__(self, work: Callable[[], Any], logger: str) -> None:
        self.logger = logger
        read, write = os.pipe()
        # Every object made so far goes to the cycle collector's permanent generation, which it never walks: a walk
        # would write to every object and so make each process copy the memory it shares with the other.
        gc.freeze()
        pid = os.fork()
        if pid == 0:  # the child: it never returns to the caller
            os.close(read)
            self._child(work, write)
        os.close(write)
        self.pid, self.read = pid, read

    def _child(self, work: Callable[[], Any], write: int) -> None:
        code = 1
        try:
            collect = _Collect()
            log = logging.getLogger(self.logger)
            for handler in list(log.handlers):  # the parent prints them, once
                log.removeHandler(handler)
            log.addHandler(collect)
            try:
                outcome = ("ok", work())
            except BaseException:  # noqa: BLE001 - whatever it is, the parent reports it
                outcome = ("failed", traceback.format_exc())
            with os.fdopen(write, "wb") as pipe:
                pickle.dump((*outcome, collect.records), pipe, protocol=pickle.HIGHEST_PROTOCOL)
            code = 0
        finally:
            os._exit(code)  # no exit handlers, no flushing of buffers the parent owns

    def result(self) -> Any:
        """The child's result, once it has finished; its log records are logged here first."""
        try:
            with os.fdopen(self.read, "rb") as pipe:
                data = pipe.read()
        finally:
            _, status = os.waitpid(self.pid, 0)
            gc.unfreeze()
        if not data:
            raise ChildFailed(f"the child process ended without a result (status {status})")
        status_word, value, records = pickle.loads(data)
        for name, level, message in records:
            logging.getLogger(name).log(level, message)
        if status_word != "ok":
            raise ChildFailed(value)
        return value

    def stop(self) -> None:
        """End the child without waiting for its result (the build failed elsewhere)."""
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.read)
        gc.unfreeze()


def in_halves(items: list, run: Callable[[list], list], logger: str) -> list:
    """`run(items[::2])` here while a child runs `run(items[1::2])`: both results, this process's first. The child
    is ended if the work here fails; ChildFailed if it failed."""
    child = Forked(lambda: run(items[1::2]), logger)
    try:
        ours = run(items[::2])
    except BaseException:
        child.stop()
        raise
    return ours + child.result()
