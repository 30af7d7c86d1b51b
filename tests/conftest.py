"""Shared fixtures: the repository's paths, a strict build of the real site, and a scratch archive maker."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
# The day every build of the tests says it was built on (SOURCE_DATE_EPOCH, 2026-01-01 unless the caller sets one),
# the builds they run and the pages they render in their own processes alike, so that citations, downloads, feed
# and golden files read the same on whatever day the tests run.
SOURCE_DATE_EPOCH = os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")
sys.path.insert(0, str(ROOT / "hooks"))

from browsing import chromium, served_url  # noqa: E402, F401 - the browser tests' fixtures
from chronicle.linked_data import build_date  # noqa: E402

BUILT_ON = build_date()  # that day


# Run in several processes (bash tests/run.sh: pytest-xdist's --dist loadfile), a file's tests stay together in one
# process, so that its module fixtures (a hostile site's build, the real pages' import) are made once; except these
# browser files, whose tests share nothing but the session's built site and Chromium (and tabs they open again where
# they land): their tests are shared out one at a time, so that no process is left with a whole file of pages.
SHARED_OUT_BY_TEST = {"test_browser.py", "test_reader.py", "test_cite_browser.py"}


@pytest.hookimpl(optionalhook=True)  # pytest-xdist's hook, unknown without it
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object | None:
    """--dist loadfile, but the files of SHARED_OUT_BY_TEST shared out a test at a time."""
    if config.getoption("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class LoadFileButBrowserTests(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            file = super()._split_scope(nodeid)
            return nodeid if Path(file).name in SHARED_OUT_BY_TEST else file

    return LoadFileButBrowserTests(config, log)


def mkdocs_build(project: Path, out: Path, **env: str) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of a project folder into `out`, as a user runs it (with `env` set)."""
    return subprocess.run(**mkdocs_command(project, out, **env), capture_output=True, text=True)


def mkdocs_command(project: Path, out: Path, **env: str) -> dict:
    """What runs `mkdocs build --strict` of a project folder into `out` (with `env` set): subprocess's arguments."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, **env)
    return {"args": [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d",
                     str(out)], "env": env, "cwd": project}


def checked_build(out: Path) -> str:
    """The real site built strictly into `out`; what the build printed."""
    result = mkdocs_build(ROOT, out)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return result.stderr


def shared_site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """Where the test processes of one run share the site they build: the folder bash tests/run.sh names for its
    whole run (ARCHIVE_TEST_SITE), else, in pytest-xdist's workers, a folder in the temporary folder they share;
    none for a single process."""
    if os.environ.get("ARCHIVE_TEST_SITE"):
        return Path(os.environ["ARCHIVE_TEST_SITE"])
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return tmp_path_factory.getbasetemp().parent / "site"
    return None


@contextmanager
def held(lock_file: Path) -> Iterator[None]:
    """The lock on `lock_file` held by this process alone, for work the run's test processes take in turn."""
    with open(lock_file, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


@pytest.fixture(scope="session")
def site_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The real site, built strictly once per test session, and what the build printed; once per run when the
    run's processes share it (shared_site_dir): the first to come builds it while the others wait."""
    shared = shared_site_dir(tmp_path_factory)
    if shared is None:
        out = tmp_path_factory.mktemp("site")
        return out, checked_build(out)
    shared.parent.mkdir(parents=True, exist_ok=True)
    log = shared.with_name(shared.name + ".log")  # written once the build has passed
    with held(shared.with_name(shared.name + ".lock")):
        if not log.exists():
            log.write_text(checked_build(shared), encoding="utf-8")
        return shared, log.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def site(site_build: tuple[Path, str]) -> Path:
    return site_build[0]


@pytest.fixture(scope="session")
def site_log(site_build: tuple[Path, str]) -> str:
    return site_build[1]


def copy_project(dest: Path) -> Path:
    """A copy of the project (config, docs, hooks, articles) that a test may change."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "docs", "hooks", "articles", "overrides"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / name)
    return dest


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")
