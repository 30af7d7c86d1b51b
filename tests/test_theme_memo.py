"""The theme parts the hook renders once per folder (archive_memo in hooks/site_hook.py): a part cut at a page's
values, then joined with another page's values, is what that page would get. The whole-site check that every page
is byte for byte the same with and without the memo is in tests/test_site.py."""

import pytest

from site_hook import _cut, _join

HEADER = ('<header><a title="Iran and Iraq">Iran and Iraq</a><nav>Articles People</nav>'
          '<span class="md-ellipsis">{title}</span><label>Search</label></header>')


def rendered(title: str) -> str:
    return HEADER.format(title=title)


@pytest.mark.parametrize("first, second", [
    ("Ebrahim Raisi", "Fuad Hussein"),
    ("Ebrahim Raisi", "People"),  # the second page's title is also a word of the part: joined, not searched
    ("A &amp; B", "<script>x</script>"),
])
def test_cut_at_one_page_joins_for_another(first, second):
    cuts = _cut(rendered(first), (first,))
    assert cuts is not None
    assert "".join(_join(cuts, (second,))) == rendered(second)


@pytest.mark.parametrize("title", ["People", "Iran and Iraq", "Search", "a", "an"])
def test_a_value_printed_more_than_once_is_not_cut(title):
    """The title also appears elsewhere in the part: a cut could fall in the wrong place, so there is none."""
    assert _cut(rendered(title), (title,)) is None


def test_several_values_are_cut_in_order():
    html = '<meta name="description" content="D"><link rel="canonical" href="https://x/people/a/">'
    cuts = _cut(html, ("D", "https://x/people/a/"))
    assert "".join(_join(cuts, ("E", "https://x/people/b/"))) == html.replace("D", "E").replace("/a/", "/b/")
    assert _cut(html, ("https://x/people/a/", "D")) is None  # printed in the other order
    assert _cut(html, ("", "D")) is None
