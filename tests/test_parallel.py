"""Work shared out between processes (hooks/chronicle/parallel.py) gives what a loop gives, in the same order; a
build shared out is the build made in one process, page for page; and the work stays in one process where forking
is unsafe (a thread running, as under `mkdocs serve`) or not worth it. The forking checks run in a fresh Python, one
thread, as `mkdocs build` is: a test process may run threads of its own."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading

import pytest

from chronicle import parallel
from conftest import ROOT, mkdocs_build


def run_python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": f"{ROOT / 'hooks'}:{ROOT / 'tests'}"}, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_shared_out_gives_a_loops_results_in_order_from_this_process_and_a_worker():
    out = run_python("""
        import os, time
        from chronicle.parallel import shared_out
        def square(i):
            time.sleep(0.002)  # long enough for the worker to start while this process works
            return i * i, os.getpid()
        items = list(range(1000))
        results, meanwhile = shared_out(square, items, processes=2, meanwhile=lambda: os.getpid())
        assert [r for r, _ in results] == [i * i for i in items]
        pids = {pid for _, pid in results}
        print(meanwhile == os.getpid(), os.getpid() in pids, len(pids))
    """)
    assert out == "True True 2"  # this process did `meanwhile` and took chunks; so did one worker


def shared_out_where_the_worker(does: str, caught: str, shown: str, before: str = "") -> str:
    """What shared_out over 1,000 items in two processes prints where its worker `does` something at its first item
    (this process slowed enough for the worker to start): the error `caught`, shown by `shown`."""
    return run_python("\n".join([
        "import os, time", "from chronicle.parallel import shared_out", "parent = os.getpid()",
        textwrap.dedent(before),
        "def check(i):", "    if os.getpid() != parent:", f"        {does}",
        "    time.sleep(0.002)  # this process slow enough for the worker to start", "    return i",
        "try:", "    shared_out(check, list(range(1000)), processes=2)", f"except {caught} as error:",
        f"    print({shown})"]))


def test_a_worker_error_reaches_the_build():
    out = shared_out_where_the_worker('raise ValueError(f"item {i} is wrong")', "ValueError",
                                      'error.args[0].startswith("item ")')
    assert out == "True"


def test_an_error_that_cannot_cross_between_processes_still_reaches_the_build_by_its_name_and_message():
    out = shared_out_where_the_worker('raise Odd("this", "that")', "RuntimeError", "error", before="""
        class Odd(Exception):
            def __init__(self, a, b):
                super().__init__(f"{a} and {b}")  # pickling calls Odd(message): one argument short
    """)
    assert out == "Odd: this and that"


def test_a_worker_that_dies_stops_the_build_instead_of_hanging_it():
    out = shared_out_where_the_worker("os._exit(9)", "RuntimeError", "error")
    assert out == "a worker process of the build ended without its results"


def test_a_build_shared_out_is_the_build_in_one_process(tmp_path):
    """A synthetic archive large enough to share out both matching and rendering: the same pages, summary,
    downloads and report, and the build did fork."""
    out = run_python(f"""
        import os
        from pathlib import Path
        from bench.build_bench import make_archive
        from chronicle.build import build_site
        forks = []
        os.register_at_fork(after_in_parent=lambda: forks.append(1))
        root = Path({str(tmp_path / "archive")!r})
        root.mkdir()
        make_archive(root, 240, 300)
        alone = build_site(root, "https://example.org/", "Archive", processes=1)
        print(len(forks), end=" ")
        shared = build_site(root, "https://example.org/", "Archive", processes=2)
        print(len(forks) > 0, len(shared.pages) > 600, shared == alone)
    """)
    assert out == "0 True True True"


def pids(processes: int, items: int = 1000) -> set[int]:
    return set(parallel.shared_out(lambda i: os.getpid(), range(items), processes=processes)[0])


def test_the_work_stays_in_this_process_while_another_thread_runs():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not parallel.can_fork()
        assert pids(processes=2) == {os.getpid()}
    finally:
        stop.set()
        thread.join()


def test_the_work_stays_in_this_process_when_small_or_asked_to(monkeypatch):
    monkeypatch.setattr(parallel, "can_fork", lambda: True)  # what stays in this process, stays for its own reason
    assert pids(processes=2, items=parallel.WORTH_IT - 1) == {os.getpid()}
    assert pids(processes=1) == {os.getpid()}


@pytest.mark.parametrize("value", ["0", "two", "-1", "1.5"])
def test_a_wrong_number_of_processes_is_refused_with_what_to_write(monkeypatch, value):
    monkeypatch.setenv("ARCHIVE_PROCESSES", value)
    with pytest.raises(ValueError, match="ARCHIVE_PROCESSES must be a whole number of 1 or more"):
        parallel.processes_wanted()


def test_a_number_of_processes_is_taken_as_asked(monkeypatch):
    monkeypatch.setenv("ARCHIVE_PROCESSES", "3")
    assert parallel.processes_wanted() == 3
    monkeypatch.delenv("ARCHIVE_PROCESSES")
    assert parallel.processes_wanted() == len(os.sched_getaffinity(0))


def test_a_build_refuses_a_wrong_number_of_processes_in_one_line(project):
    result = mkdocs_build(project, project.parent / "site", ARCHIVE_PROCESSES="none")
    assert result.returncode == 1
    said = result.stdout + result.stderr
    assert "ARCHIVE_PROCESSES must be a whole number of 1 or more, not 'none'" in said
    assert "Traceback" not in said
