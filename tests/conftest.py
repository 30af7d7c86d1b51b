"""Shared fixtures: the repository's paths, a strict build of the real site, and a scratch archive maker."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
# The day the test builds say they were built on (SOURCE_DATE_EPOCH, 2026-01-01 unless the caller sets one), so that
# citations, downloads and feed read the same in every build of a run.
SOURCE_DATE_EPOCH = os.environ.get("SOURCE_DATE_EPOCH", "1767225600")
sys.path.insert(0, str(ROOT / "hooks"))

from browsing import chromium, served_url  # noqa: E402, F401 - the browser tests' fixtures


def mkdocs_build(project: Path, out: Path) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of a project folder into `out`, as a user runs it."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH)
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
                           "-d", str(out)], capture_output=True, text=True, env=env, cwd=project)


@pytest.fixture(scope="session")
def site_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The real site, built strictly once per test session, and what the build printed."""
    out = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, out)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return out, result.stderr


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
