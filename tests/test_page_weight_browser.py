"""What a page view downloads: the page, the site's style sheets, scripts and icon, and nothing that grows with the
archive (the sitemap, the downloads, the search index before a search)."""

from __future__ import annotations

import pytest

from browsing import open_tab

pytestmark = pytest.mark.browser

PAGES = ("", "articles/2021-02-06-iran-iraq-strong-ties-ensure-regional-security/", "people/hassan-rouhani/",
         "places/tehran/", "events/", "articles/")


@pytest.mark.parametrize("path", PAGES)
def test_a_page_view_loads_the_page_and_the_site_s_assets_only(chromium, served_url, path):
    with open_tab(chromium, served_url) as tab:
        tab.goto(path)
        assert tab.watch.problems == []
        requested = [request.url[len(served_url):] for request in tab.watch.begun]  # in the order they began
    assert requested[0] == path
    others = requested[1:]
    assert others and all(url.startswith("assets/") for url in others), others
    assert "sitemap.xml" not in requested
