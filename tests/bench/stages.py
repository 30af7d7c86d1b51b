"""The CPU seconds of each stage of the archive's build (hooks/chronicle/build.py's `build_site`), in one process,
without MkDocs, on a repository folder: the real one, or a benchmark archive kept by `build_bench.py --keep DIR`
(then DIR/archive).

    .venv/bin/python tests/bench/stages.py [ROOT]
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "hooks"))

from chronicle import build  # noqa: E402
from chronicle.crossref import build_archive  # noqa: E402
from chronicle.exports import site_files  # noqa: E402
from chronicle.load import load_articles, load_registry  # noqa: E402
from chronicle.pages import Renderer  # noqa: E402

T = TypeVar("T")


def timed(label: str, stage: Callable[[], T], times: dict[str, float]) -> T:
    start = time.process_time()
    result = stage()
    times[label] = time.process_time() - start
    return result


def main(root: Path) -> None:
    """Runs build_site's stages in its order, as it runs them with one process, and prints each one's CPU time."""
    built_on, times = dt.date(2026, 1, 1), {}
    with build._cycle_collector_paused():
        articles = timed("load the articles", lambda: load_articles(root / build.ARTICLES_DIR, root), times)
        registry = timed("load and validate the data",
                         lambda: load_registry(root / build.DATA_DIR, articles, root), times)
        mentions = timed("match", lambda: build.match_articles(articles, registry.entities.values()), times)
        archive = timed("cross-reference", lambda: build_archive(articles, registry, mentions), times)
        bodies = timed("annotate", lambda: build.annotate_articles(archive), times)
        renderer = Renderer(archive, bodies, built_on)
        pages = timed("render", lambda: list(build.render_all(renderer)), times)
        timed("downloads and feed", lambda: site_files(archive, built_on, "http://127.0.0.1/", "Archive"), times)
        timed("summary and report", lambda: (renderer.summary(), build.build_report(archive)), times)
    print(f"{len(articles)} articles, {len(pages)} pages")
    for label, seconds in times.items():
        print(f"{seconds:7.2f} s  {label}")
    print(f"{sum(times.values()):7.2f} s  in all")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT)
