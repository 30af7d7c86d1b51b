"""The CPU seconds of each stage of the archive's build, in one process, without MkDocs, on a repository folder: the
real one, or a benchmark archive kept by `build_bench.py --keep DIR` (then DIR/archive). It runs the build itself
(hooks/chronicle/build.py's `build_site`, with one process), each stage function it calls timed as it returns.

    .venv/bin/python tests/bench/stages.py [ROOT]
"""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "hooks"))

from chronicle import build  # noqa: E402

# The functions build_site calls for its stages, by the name it calls them by, in the order it calls them. In one
# process, render_all calls site_files (its `meanwhile`) before the pages: its time is its own, not render_all's.
STAGES = ("load_articles", "load_registry", "match_articles", "build_archive", "annotate_articles", "render_all",
          "site_files", "build_report")
WITHIN = {"site_files": "render_all"}


def timed(function: Callable, times: dict[str, float]) -> Callable:
    @functools.wraps(function)
    def stage(*args: object, **kwargs: object) -> object:
        start = time.process_time()
        result = function(*args, **kwargs)
        times[function.__name__] = times.get(function.__name__, 0.0) + time.process_time() - start
        return result

    return stage


def main(root: Path) -> None:
    times: dict[str, float] = {}
    originals = {name: getattr(build, name) for name in STAGES}
    for name, function in originals.items():
        setattr(build, name, timed(function, times))
    try:
        start = time.process_time()
        site = build.build_site(root, processes=1)
        total = time.process_time() - start
    finally:
        for name, function in originals.items():
            setattr(build, name, function)
    for inner, outer in WITHIN.items():
        times[outer] -= times[inner]
    print(f"{len(site.pages)} pages")
    for name in STAGES:
        print(f"{times[name]:7.2f} s  {name}")
    print(f"{total - sum(times.values()):7.2f} s  the rest")
    print(f"{total:7.2f} s  in all")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT)
