"""Work forked off to a second process (hooks/chronicle/forked.py), which the build uses to build half of the pages
outside the nav: the child's result, its log records and its failures all reach the parent."""

import logging
import os

import pytest

from chronicle import forked

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX fork only")


def test_the_child_works_on_its_own_copy_and_sends_back_its_result():
    seen = {"parent": os.getpid()}
    child = forked.Forked(lambda: (os.getpid(), seen["parent"], [n * n for n in range(5)]), logger="mkdocs")
    pid, parent, squares = child.result()
    assert pid != os.getpid() and parent == os.getpid()
    assert squares == [0, 1, 4, 9, 16]


def test_in_halves_runs_every_other_item_in_the_child():
    def run(items):
        return [(item, os.getpid()) for item in items]

    done = forked.in_halves(list("abcde"), run, logger="mkdocs")
    assert [item for item, _ in done] == ["a", "c", "e", "b", "d"]
    assert {pid for item, pid in done if item in "ace"} == {os.getpid()}
    assert os.getpid() not in {pid for item, pid in done if item in "bd"}


def test_in_halves_ends_the_child_when_the_work_here_fails():
    import time

    def run(items):
        if "a" in items:
            raise ValueError("here")
        time.sleep(60)
        return items

    started = time.monotonic()
    with pytest.raises(ValueError, match="here"):
        forked.in_halves(["a", "b"], run, logger="mkdocs")
    assert time.monotonic() - started < 5


def test_the_childs_log_records_are_logged_by_the_parent(caplog):
    def work():
        logging.getLogger("mkdocs.hooks.archive").warning("a page of the child: %s", "people/x.md")
        return "done"

    with caplog.at_level(logging.INFO, logger="mkdocs"):
        child = forked.Forked(work, logger="mkdocs")
        assert child.result() == "done"
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("mkdocs.hooks.archive", logging.WARNING, "a page of the child: people/x.md")]


def test_a_failure_in_the_child_is_raised_in_the_parent_with_its_traceback():
    def work():
        raise KeyError("missing-template.html")

    with pytest.raises(forked.ChildFailed, match=r"(?s)Traceback.*KeyError: 'missing-template.html'"):
        forked.Forked(work, logger="mkdocs").result()


def test_a_child_that_dies_without_a_result_is_a_failure():
    with pytest.raises(forked.ChildFailed, match="without a result"):
        forked.Forked(lambda: os._exit(3), logger="mkdocs").result()


def test_stop_ends_a_child_that_is_still_working():
    import time

    child = forked.Forked(lambda: time.sleep(60), logger="mkdocs")
    started = time.monotonic()
    child.stop()
    assert time.monotonic() - started < 5
    with pytest.raises(ProcessLookupError):
        os.kill(child.pid, 0)


def test_a_page_failing_in_either_process_stops_the_build(project):
    """A template error on pages outside the nav, which both processes build, ends the build with the error; no
    process is left behind."""
    from conftest import mkdocs_build

    main = project / "overrides" / "main.html"
    main.write_text(main.read_text(encoding="utf-8") + (
        '{% block announce %}{% if page and page.url.startswith("people/") %}{{ page.no_such.attribute }}'
        '{% endif %}{% endblock %}\n'), encoding="utf-8")
    result = mkdocs_build(project, project / "site")
    assert result.returncode != 0
    assert "Error building page 'people/" in result.stderr
    assert "no_such" in result.stderr
