"""Lighthouse's four scores (performance, accessibility, best practices, SEO) are each at least 95 on an article, a
person and an index page; performance, which varies with the machine's load, as the median of 3 runs. The runs take
about a minute, alone on the machine; `-m "not lighthouse"` leaves them out. The table goes to test-artifacts/."""

from __future__ import annotations

import pytest

from browsing import ARTIFACTS, CHROMIUM, missing
from lighthouse_scores import LIGHTHOUSE, THRESHOLD, measure, table

pytestmark = [pytest.mark.browser, pytest.mark.lighthouse]


def test_lighthouse_scores_at_least_95_on_an_article_a_person_and_an_index(site):
    """Each category's score, performance's the median of 3 runs, is at least 95 on each page."""
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
