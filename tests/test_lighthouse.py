"""Lighthouse's four scores (performance, accessibility, best practices, SEO) are each at least 95 on an article, a
person and an index page; performance, which varies with the machine's load, as the median of 5 runs (made only
until three fall on one side of 95). The runs take about a minute and a half, alone on the machine; `-m "not
lighthouse"` leaves them out. The table goes to test-artifacts/."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

import lighthouse_scores
from browsing import ARTIFACTS, CHROMIUM, missing
from lighthouse_scores import LIGHTHOUSE, THRESHOLD, measure, table


@pytest.mark.browser
@pytest.mark.lighthouse
def test_lighthouse_scores_at_least_95_on_an_article_a_person_and_an_index(site):
    """Each category's score, performance's the median of 5 runs, is at least 95 on each page."""
    if not CHROMIUM.exists():
        missing(f"Chromium ({CHROMIUM})", "install Debian's chromium (bash tests/run.sh does)")
    if not LIGHTHOUSE.exists():
        missing("Lighthouse", "npm ci --prefix tests (bash tests/run.sh does)")
    scores = measure(site)
    report = table(scores)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "lighthouse.md").write_text(report + "\n", encoding="utf-8")
    assert THRESHOLD == 95
    assert [line for page in scores for line in page.failing()] == [], report


def test_performance_runs_stop_once_their_median_of_5_is_decided(monkeypatch, tmp_path):
    """A page whose first three runs fall on one side of 95 gets no fourth; one whose runs disagree gets more, until
    three fall on one side, and the median of its runs counts. Lighthouse's runs are played from a script here."""
    played = {"a/": [99, 98, 97], "b/": [90, 91, 94], "c/": [96, 90, 97, 98], "d/": [97, 90, 92, 99, 93]}
    asked: list[list[str]] = []

    def runs(urls, categories=lighthouse_scores.CATEGORIES):
        asked.append([url.removeprefix("http://site/") for url in urls])
        return [{c: played[path].pop(0) if c == "performance" else 100 for c in categories}
                for path in asked[-1]]

    monkeypatch.setattr(lighthouse_scores, "lighthouse_runs", runs)
    monkeypatch.setattr(lighthouse_scores, "serve", lambda site: nullcontext("http://site/"))
    scores = measure(tmp_path, ("a/", "b/", "c/", "d/"))
    assert asked == [["a/", "b/", "c/", "d/"]] * 3 + [["c/", "d/"], ["d/"]]
    assert [page.runs[0].keys() == set(lighthouse_scores.CATEGORIES) for page in scores] == [True] * 4
    assert [[run["performance"] for run in page.runs] for page in scores] == [[99, 98, 97], [90, 91, 94],
                                                                              [96, 90, 97, 98], [97, 90, 92, 99, 93]]
    assert [line for page in scores for line in page.failing()] == ["b/: performance 91 < 95",
                                                                   "d/: performance 93 < 95"]
