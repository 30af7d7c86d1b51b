"""The pictures' data, checked against the archive they are drawn from: the timeline's years, nesting and counts,
how often an entity is named over time, who is tied to whom and how strongly; and their SVG, whose every label is
text (a name holding markup is shown, never run)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import pytest

from chronicle import charts
from chronicle.build import load_archive
from chronicle.dates import PartialDate
from chronicle.model import EventDate
from conftest import ROOT

ARCHIVE = load_archive(ROOT)
EVENTS = ARCHIVE.registry.events
ENTITIES = ARCHIVE.registry.entities
NETWORK = charts.build_network(ARCHIVE)


def flatten(items):
    for item in items:
        yield item
        yield from flatten(item.children)


def test_the_timeline_holds_every_event_once_with_its_count_of_articles():
    years = charts.timeline(list(EVENTS.values()), ARCHIVE)
    items = [item for y in years for item in flatten(y.items)]
    assert sorted(i.event.id for i in items) == sorted(EVENTS)
    for item in items:
        assert item.articles == len(ARCHIVE.reported_in.get(item.event.id, ()))
    assert [y.year for y in years] == sorted({y.year for y in years})
    for y in years:  # a year lists the events that start in it
        assert {i.event.date.date.year for i in y.items} == {y.year}


def test_a_visit_holds_its_meetings_and_a_year_holds_its_own_events():
    years = {y.year: y for y in charts.timeline(list(EVENTS.values()), ARCHIVE)}
    visit = next(i for i in years[2020].items if i.event.id == "2020-07-21-kadhimi-visit-to-tehran")
    assert [c.event.id for c in visit.children] == [
        "2020-07-21-kadhimi-meets-khamenei", "2020-07-21-kadhimi-meets-rouhani",
        "2020-07-21-kadhimi-meets-shamkhani", "2020-07-22-kadhimi-meets-qalibaf"]
    assert "2017-12-09-defeat-of-daesh-in-iraq" in [i.event.id for i in years[2017].items]
    assert years[2017].gap == 2 and years[1990].gap == 1309


def test_the_latest_first_lists_years_and_their_events_backwards():
    years = charts.timeline(list(EVENTS.values()), ARCHIVE, newest_first=True)
    assert [y.year for y in years] == sorted((y.year for y in years), reverse=True)
    y2020 = next(y for y in years if y.year == 2020)
    starts = [i.event.date.date for i in y2020.items]
    assert starts[0].month == 9 and starts[-1] == PartialDate(2020, 1, 3)


@pytest.mark.parametrize("event, expected", [
    ("2020-07-21-kadhimi-visit-to-tehran", "21–22 July"),
    ("2020-07-21-kadhimi-meets-khamenei", "21 July"),
    ("2020-01-protests-after-baghdad-airport-strike", "January"),
    ("2014-2017-war-against-daesh-in-iraq", "2014 – 2017"),
    ("2014-daesh-campaign-in-iraq", "2014"),
    ("2019-2020-iraqi-political-deadlock", "November 2019 – May 2020"),
    ("1990-2003-un-sanctions-on-iraq", "6 August 1990 – 22 May 2003"),
])
def test_a_date_under_its_year_leaves_the_year_out_where_the_heading_says_it(event, expected):
    assert charts.when_in_year(EVENTS[event]) == expected


def test_a_span_across_months_of_one_year():
    ev = dataclasses.replace(EVENTS["2020-07-21-kadhimi-visit-to-tehran"],
                             end=EventDate(PartialDate(2020, 8, 2)))
    assert charts.when_in_year(ev) == "21 July – 2 August"


def test_the_home_page_shows_the_latest_events_between_countries():
    latest, between = charts.latest_events(ARCHIVE, 3)
    assert between
    tops = [ev for ev in latest if not ev.parent or ev.parent not in {e.id for e in latest}]
    assert [ev.id for ev in tops] == ["2022-11-29-al-sudani-visit-to-tehran", "2021-09-12-kadhimi-visit-to-tehran",
                                      "2021-07-26-us-iraq-joint-statement"]
    assert "2022-11-29-al-sudani-meets-raisi" in {ev.id for ev in latest}  # with the meetings within
    assert all(charts.between_countries(ev, ARCHIVE) for ev in tops)
    assert not charts.between_countries(EVENTS["2020-01-protests-after-baghdad-airport-strike"], ARCHIVE)


def test_mentions_over_time_add_up_to_the_mentions():
    """Every month from the first article to the last, empty ones included; the bars add up to every mention."""
    for ident in ("mohammad-baqer-qalibaf", "iran", "daesh"):
        buckets = charts.mentions_over_time(ident, ARCHIVE)
        assert (buckets[0].label, buckets[-1].label, len(buckets)) == ("July 2020", "November 2022", 29)
        named = sum(1 for ms in ARCHIVE.mentions.values() for m in ms if m.entity == ident)
        assert sum(b.mentions for b in buckets) == named
        assert sum(b.articles for b in buckets) == ARCHIVE.article_counts[ident]


def test_the_mentions_chart_is_named_and_every_bar_says_its_numbers():
    buckets = charts.mentions_over_time("mohammad-baqer-qalibaf", ARCHIVE)
    svg = charts.mentions_svg(buckets, "Mohammad Baqer Qalibaf", "m")
    assert 'role="img" aria-labelledby="m-title"' in svg
    assert "How often the articles name Mohammad Baqer Qalibaf, by month of publication, July 2020 to " \
           "November 2022: 4 times in all." in svg
    bars = re.findall(r"<rect class=\"chart-bar\"[^>]*><title>([^<]*)</title>", svg)
    assert bars == ["July 2020: 2 times in 1 article", "September 2020: once in 1 article",
                    "February 2021: once in 1 article"]


def all_ties() -> dict[str, list[tuple[str, int, int]]]:
    """Every entity's ties counted the long way, (other, articles, events), strongest first."""
    wanted = set(NETWORK.mentions) | {p.id for ev in EVENTS.values() for p in ev.participants
                                      if ENTITIES[p.id].kind in charts.NETWORK_KINDS}
    articles_of = {i: {slug for slug, ms in ARCHIVE.mentions.items() if any(m.entity == i for m in ms)}
                   for i in wanted}
    events_of = {i: {ev.id for ev in EVENTS.values() if i in {p.id for p in ev.participants}} for i in wanted}
    out = {}
    for a in wanted:
        found = [(b, len(articles_of[a] & articles_of[b]), len(events_of[a] & events_of[b])) for b in wanted - {a}]
        found = [t for t in found if t[1] or t[2]]
        out[a] = sorted(found, key=lambda t: (-t[2], -t[1], ENTITIES[t[0]].name, t[0]))
    return out


def test_ties_are_each_entitys_strongest_with_the_articles_and_events_they_share():
    """Each entity keeps its NEIGHBOURS strongest ties (most events together, then most articles), counted right,
    leaving out those named together in one article only; each of the most named keeps its ties to the others of
    them."""
    expected = all_ties()
    neighbours = {a: [t for t in found if t[2] or t[1] >= 2] for a, found in expected.items()}  # not chance
    for a, ties in NETWORK.ties.items():
        assert [(t.other, t.articles, t.events) for t in ties] == neighbours[a][:charts.NEIGHBOURS], a
    assert {a for a in neighbours if neighbours[a]} == set(NETWORK.ties)
    assert any(t[1] == 1 and not t[2] for found in expected.values() for t in found)  # the rule has work to do
    top = set(NETWORK.top)
    for a in NETWORK.top:
        assert [(t.other, t.articles, t.events) for t in NETWORK.top_ties[a]] == [
            t for t in expected[a] if t[0] in top], a
    assert {ENTITIES[i].kind for i in NETWORK.mentions} == {"person", "organisation"}


def test_a_neighbourhood_is_the_nearest_few_strongest_first():
    ties = charts.neighbourhood(NETWORK, "mohammad-baqer-qalibaf")
    assert len(ties) == charts.NEIGHBOURS < len(all_ties()["mohammad-baqer-qalibaf"])
    assert [t.strength() for t in ties] == sorted((t.strength() for t in ties), reverse=True)
    assert ties[0].other == "fuad-hussein" and (ties[0].events, ties[0].articles) == (2, 2)


def test_the_archive_network_stays_small_and_keeps_each_nodes_strongest_ties():
    nodes, ties = charts.archive_network(NETWORK, ARCHIVE)
    assert len(nodes) <= charts.NETWORK_NODES
    kept = {frozenset((a, b)) for a, b, _ in ties}
    for e in nodes:
        strongest = [t for t in NETWORK.ties.get(e.id, ()) if t.other in {n.id for n in nodes}][:charts.TIES_PER_NODE]
        assert all(frozenset((e.id, t.other)) in kept for t in strongest)
    svg = charts.network_svg(NETWORK, ARCHIVE, lambda e: f"../{e.id}/")
    assert len(re.findall(r'<a class="net-link', svg)) == len(nodes)
    assert len(re.findall(r'<path class="net-tie', svg)) == len(ties)


def test_every_node_is_a_link_named_with_its_numbers():
    entity = ENTITIES["mohammad-baqer-qalibaf"]
    svg = charts.ego_svg(entity, NETWORK, ARCHIVE, lambda e: f"../{e.id}/")
    links = re.findall(r'<a class="([^"]*)" href="([^"]*)"[^>]*><title>([^<]*)</title>', svg)
    assert len(links) == 1 + charts.NEIGHBOURS
    assert links[0] == ("net-link net-centre net-person", "../mohammad-baqer-qalibaf/",
                        "Mohammad Baqer Qalibaf: named 4 times in 3 articles")


def test_labels_in_the_pictures_are_text():
    """A name holding markup is escaped in the SVG's labels, titles and attributes."""
    evil = dataclasses.replace(ENTITIES["mohammad-baqer-qalibaf"], name='Evil <script>x()</script> "Person"')
    svg = charts.ego_svg(evil, NETWORK, ARCHIVE, lambda e: '"><script>')
    assert "<script" not in svg and "&lt;script&gt;x()&lt;/script&gt;" in svg
    assert 'href="&quot;&gt;&lt;script&gt;"' in svg
    chart = charts.mentions_svg(charts.mentions_over_time("iran", ARCHIVE), "<b>Iran</b>", "x")
    assert "<b>" not in chart and "&lt;b&gt;Iran&lt;/b&gt;" in chart


def test_mentions_are_counted_by_year_once_the_archive_spans_more_than_four_years():
    """However long the archive, the chart keeps to a few dozen bars: by year past four years of articles."""
    older = dataclasses.replace(ARCHIVE.articles[0], slug="2015-01-01-an-older-article", date=dt.date(2015, 1, 1))
    archive = dataclasses.replace(ARCHIVE, articles=(older,) + ARCHIVE.articles,
                                  by_slug={**ARCHIVE.by_slug, older.slug: older})
    buckets = charts.mentions_over_time("mohammad-baqer-qalibaf", archive)
    assert [(b.label, b.mentions, b.articles) for b in buckets] == [
        ("2015", 0, 0), ("2016", 0, 0), ("2017", 0, 0), ("2018", 0, 0), ("2019", 0, 0), ("2020", 3, 2),
        ("2021", 1, 1), ("2022", 0, 0)]
    assert "by year of publication, 2015 to 2022" in charts.mentions_svg(buckets, "Q", "q")
