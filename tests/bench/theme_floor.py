"""What MkDocs and Material alone cost for the archive's pages, in one process, against the baseline's build: the
floor under the target "the archive's build in one process within 1.5 times the baseline's".

On an archive `build_bench.py --keep DIR` leaves, each of R rounds builds, each in a process of its own:

- the baseline (DIR/baseline: plain MkDocs, Material and its search over the same article texts);
- the archive, whole (DIR/archive, ARCHIVE_PROCESSES=1): its own stages, then MkDocs and Material;
- the archive's floor: the same build through the same hook and theme, with the archive's stages taken from the
  whole build (kept in a file, whose reading is not counted) instead of made again, so that what is left is MkDocs
  reading, rendering and writing the same pages.

Pagefind's index is left out of the archive's two builds, as the target asks. Each figure is the build's CPU time
(user and system) in its process, from the start of the build to its end (the imports before it are not counted,
in any of the three), the median of the rounds.

    .venv/bin/python tests/bench/theme_floor.py DIR [--runs R]
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

KINDS = ("baseline", "archive", "floor")


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class NoIndex:
    """The hook's search index, made by no one: the builds here time MkDocs and the archive, not Pagefind."""

    def start(self, config: object, files: object) -> None:
        pass

    def finish(self) -> None:
        pass

    def stop(self) -> None:
        pass


class Layer:
    """hooks/mkdocs_layer.py as the hook loads it, but for its `load`: the archive made (and kept in `kept`), or
    read from `kept`; either way without the search index."""

    def __init__(self, module: object, kind: str, kept: Path) -> None:
        self.module, self.kind, self.kept = module, kind, kept
        self.reading = 0.0  # CPU seconds spent reading the kept archive: not the build's

    def __getattr__(self, name: str) -> object:
        return getattr(self.module, name)

    def load(self, config):  # noqa: ANN001, ANN201 - MkDocs' config, the layer's Build
        if self.kind == "floor":
            start = cpu()
            site = pickle.loads(self.kept.read_bytes())
            self.reading = cpu() - start
            return self.module.Build(site, {page.src_uri: page for page in site.pages}, search=NoIndex())
        made = self.module.load(config)
        self.made = made.site
        return self.module.Build(made.site, made.pages, search=NoIndex())


def child(kind: str, project: Path, site_dir: str, kept: Path) -> None:
    """One build, in this process; prints its CPU seconds as JSON."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(project / "mkdocs.yml"), site_dir=site_dir)
    layer = None
    if kind != "baseline":
        hook = next(plugin for name, plugin in config.plugins.items() if name.endswith("site_hook.py"))
        fresh = hook._fresh

        def wrapped(name: str) -> Layer:
            nonlocal layer
            layer = Layer(fresh(name), kind, kept)
            return layer

        hook._fresh = wrapped
    start = cpu()
    build(config)
    seconds = cpu() - start - (layer.reading if layer else 0.0)
    if kind == "archive":
        kept.write_bytes(pickle.dumps(layer.made, protocol=pickle.HIGHEST_PROTOCOL))
    print(json.dumps({"cpu": seconds}))


def run(kind: str, folder: Path, scratch: str) -> float:
    project = folder / ("baseline" if kind == "baseline" else "archive")
    env = {**os.environ, "ARCHIVE_PROCESSES": "1", "NO_MKDOCS_2_WARNING": "1"}
    out = subprocess.run([sys.executable, __file__, "--child", kind, str(project), f"{scratch}/{kind}",
                          f"{scratch}/archive.pickle"], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])["cpu"]


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], Path(sys.argv[3]), sys.argv[4], Path(sys.argv[5]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path, help="the folder build_bench.py --keep left")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    figures: dict[str, list[float]] = {kind: [] for kind in KINDS}
    with tempfile.TemporaryDirectory(prefix="theme-floor-") as scratch:
        for round_ in range(1, args.runs + 1):
            for kind in KINDS:  # the floor after the whole build, which keeps the archive it reads
                figures[kind].append(run(kind, args.dir, scratch))
            print(f"round {round_}: " + ", ".join(f"{kind} {figures[kind][-1]:.2f} s" for kind in KINDS),
                  file=sys.stderr)
    median = {kind: statistics.median(values) for kind, values in figures.items()}
    base = median["baseline"]
    stages = [whole - floor for whole, floor in zip(figures["archive"], figures["floor"])]
    print(f"CPU seconds of a build in one process, median of {args.runs} rounds (ratio to the baseline):")
    print(f"  baseline: plain MkDocs, Material and its search       {base:6.2f} s")
    print(f"  archive, whole, without the search index              {median['archive']:6.2f} s  "
          f"{median['archive'] / base:.2f}")
    print(f"  archive, MkDocs and Material alone (the floor)        {median['floor']:6.2f} s  "
          f"{median['floor'] / base:.2f}")
    print(f"  the archive's own stages (whole less floor, by round) {statistics.median(stages):6.2f} s  "
          f"{statistics.median(stages) / base:.2f}")


if __name__ == "__main__":
    main()
