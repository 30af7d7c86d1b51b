"""tests/bench/theme_floor.py measures what it says: its floor build writes the very site its whole build writes,
page for page and byte for byte, from the archive the whole build kept, without making the archive again."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bench import theme_floor
from bench.build_bench import make_archive, make_baseline


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_the_floor_is_the_whole_build_less_the_archive_stages(tmp_path):
    (tmp_path / "archive").mkdir()
    make_archive(tmp_path / "archive", 60, 40)
    make_baseline(tmp_path / "baseline", tmp_path / "archive")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    seconds = {kind: theme_floor.run(kind, tmp_path, str(scratch)) for kind in theme_floor.KINDS}
    whole, floor = files(scratch / "archive"), files(scratch / "floor")
    assert len(whole) > 150 and "articles/index.html" in whole and not any(f.startswith("pagefind/") for f in whole)
    assert floor == whole
    assert (scratch / "archive.pickle").stat().st_size > 100_000
    assert all(value > 0 for value in seconds.values())
    # the floor reads the archive the whole build kept: with none to read, it fails rather than make one
    (scratch / "archive.pickle").unlink()
    with pytest.raises(subprocess.CalledProcessError):
        theme_floor.run("floor", tmp_path, str(scratch))
