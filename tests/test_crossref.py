"""Cross-references a reader relies on: who said each quotation (every quotation of the seed articles, those that
must stay unattributed included), the 'reported by' sentence, and the order of events (a month after its dated
days, a visit before its meetings, a year's list holding that year's events)."""

from __future__ import annotations

import datetime as dt

import pytest

from chronicle import crossref
from chronicle.body import number_blocks
from chronicle.build import load_archive
from chronicle.crossref import Reporting, chronology, event_sort_key, find_quotes, quote_spans, reported_by_sentence
from chronicle.match import NameIndex, resolve_mentions
from chronicle.model import Article
from conftest import ROOT

ARCHIVE = load_archive(ROOT)
EVENTS = ARCHIVE.registry.events
INDEX = NameIndex(ARCHIVE.registry.entities.values())

IRAN_DAILY = "2020-07-22-iran-neighbors-must-join-hands-to-expel-evil-us"
NO_OUTLET_2020 = "2020-09-27-iran-and-iraq-agree-to-boost-ties-in-high-level"
EGHTESAD = "2021-02-06-iran-iraq-strong-ties-ensure-regional-security"
PRESS_TV = "2021-09-12-vice-president-iran-iraq-relations-play"
NO_OUTLET_2022 = "2022-11-29-leader-underlines-tehran-baghdad-security"

# Every quotation of the seed articles: (article, paragraph, its first words, who said it or None). A quotation that
# stays unattributed is one whose speaker the article does not make clear by the rules.
SEED_QUOTES = [
    # a paragraph that lost its opening mark, read from its start; "he" after a sentence with three people, of
    # whom one speaks ("Shamkhani said")
    (IRAN_DAILY, "p-9", "Cooperation and joint action", "ali-shamkhani"),
    # a title that stands for the one person of the article who held it on its date: "the speaker"
    (IRAN_DAILY, "p-16", "We believe that the region", "mohammad-baqer-qalibaf"),
    # broken marks: the text before the first closing mark is no quotation of anyone's
    (IRAN_DAILY, "p-3", "Referring to Washingtons", None),
    (IRAN_DAILY, "p-3", "terrorist", None),
    (IRAN_DAILY, "p-4", "He said the definitive", None),
    # "he said" after "Rouhani told Hussein that ... and said ...": two people, one of whom speaks
    (NO_OUTLET_2020, "p-5", "We consider the presence", "hassan-rouhani"),
    (NO_OUTLET_2020, "p-11", "endless wars", None),  # "maintained" is not a speech verb
    # "..., he said." closing the sentence; the sentence before names one person
    (NO_OUTLET_2020, "p-12", "rooting out the final", "kenneth-mckenzie"),
    (EGHTESAD, "p-2", "Iran and Iraq share", "hassan-rouhani"),
    (EGHTESAD, "p-5", "very good case in point", None),  # "He described": the sentence before names no one
    # the speaker before the quotation; the people named between are not speaking
    (EGHTESAD, "p-7", "the most shameless", "hassan-rouhani"),
    (EGHTESAD, "p-9", "the heroes of the fight", "hassan-rouhani"),
    (EGHTESAD, "p-10", "come to the conclusion", None),  # "expressed hope" is not a speech verb
    (EGHTESAD, "p-11", "complementary economies", None),  # nor is "identified"
    # "He said", the sentence before naming one person by a title: "The Iraqi foreign minister"
    (EGHTESAD, "p-12", "and would never forget this", "fuad-hussein"),
    (PRESS_TV, "p-3", "Relations between the two", "mohammad-mokhber"),
    # "he remarked" after "Iran’s first vice president ...": a title with a possessive country
    (PRESS_TV, "p-7", "Iran regards the interference", "mohammad-mokhber"),
    (PRESS_TV, "p-8", "The presence of Americans", "mohammad-mokhber"),
    (PRESS_TV, "p-13", "Political relations between", "mohammad-mokhber"),
    # "... Iraq, the Iraqi prime minister said.": a title closing the sentence
    (PRESS_TV, "p-19", "However, given the enthusiasm", "mustafa-al-kadhimi"),
    (PRESS_TV, "p-22", "The delegations decided", None),  # "Baghdad and Washington said": no person
    (NO_OUTLET_2022, "p-3", "Security of Iraq is equal", "ali-khamenei"),
    (NO_OUTLET_2022, "p-5", "The only solution", None),  # the sentence before: "He expressed regret ..."
    (NO_OUTLET_2022, "p-10", "If any party intends", "ali-khamenei"),  # after "The Leader later reiterated"
    (NO_OUTLET_2022, "p-12", "Security of Iran and Iraq", "mohammed-shia-al-sudani"),
    (NO_OUTLET_2022, "p-15", "Fighting terrorist groups", "ebrahim-raisi"),
    (NO_OUTLET_2022, "p-17", "The presence of foreigners", None),  # "He added that ...": no one named
    (NO_OUTLET_2022, "p-19", "Certainly, the US exit", None),
    (NO_OUTLET_2022, "p-22", "This is the official policy", "mohammed-shia-al-sudani"),
    (NO_OUTLET_2022, "p-25", "We believe dialogue", None),  # no speaker at all
    (NO_OUTLET_2022, "p-27", "Today, Iran and Iraq", "ebrahim-raisi"),
    (NO_OUTLET_2022, "p-31", "Iraq is making efforts", None),  # "He expressed appreciation ...": no one named
]


def attributed() -> dict[tuple[str, str, int], str]:
    return {(q.article, q.block, q.start): q.person for q in ARCHIVE.quotes}


@pytest.mark.parametrize("slug, anchor, opening, expected", SEED_QUOTES,
                         ids=[f"{s[:10]}-{b}-{o[:12]}" for s, b, o, _ in SEED_QUOTES])
def test_who_said_each_quotation_of_the_seeds(slug, anchor, opening, expected):
    text = ARCHIVE.by_slug[slug].block(anchor).text
    [(open_mark, close_mark)] = [span for span in quote_spans(text) if text[span[0] + 1:].startswith(opening)]
    assert attributed().get((slug, anchor, open_mark + 1)) == expected


def test_the_table_lists_every_quotation_of_the_seeds():
    """No quotation of the seeds is attributed, or left unattributed, without a line in the table above."""
    found = set()
    for a in ARCHIVE.articles:
        for b in a.blocks:
            if b.kind == "p":
                found |= {(a.slug, b.anchor, o) for o, _ in quote_spans(b.text)}
    listed = set()
    for slug, anchor, opening, _ in SEED_QUOTES:
        text = ARCHIVE.by_slug[slug].block(anchor).text
        listed |= {(slug, anchor, o) for o, _ in quote_spans(text) if text[o + 1:].startswith(opening)}
    assert found == listed
    assert sum(1 for *_, who in SEED_QUOTES if who) == len(ARCHIVE.quotes) == 19


def test_a_statement_is_the_whole_sentences_of_a_quotation_and_its_speaker():
    quote = next(q for q in ARCHIVE.quotes if (q.article, q.block) == (NO_OUTLET_2020, "p-12"))
    text = ARCHIVE.by_slug[NO_OUTLET_2020].block("p-12").text
    assert text[slice(*quote.statement)] == ("Remaining forces will continue to assist Iraqi security forces in "
                                             "“rooting out the final remnants” of the ISIL (ISIS) armed group, "
                                             "he said.")


def quotes_in(*paragraphs: str, day: dt.date = dt.date(2021, 2, 6)) -> list[tuple[str, str]]:
    """(quoted words, speaker) of an article made of these paragraphs, read with the real data."""
    blocks = number_blocks([("p", p) for p in paragraphs])
    article = Article("2021-02-06-a-test", "a.md", "T", day, None, None, None, None, (), (), blocks)
    mentions = resolve_mentions(article, INDEX)
    return [(q.text, q.person) for q in find_quotes(article, mentions, ARCHIVE.registry)]


@pytest.mark.parametrize("paragraphs, expected", [
    # named in the sentence, before or after
    (["Hassan Rouhani said, “We stand together.”"], [("We stand together.", "hassan-rouhani")]),
    (["“We stand together,” Hassan Rouhani told reporters."], [("We stand together,", "hassan-rouhani")]),
    # the nearest speaker before it: who told whom
    (["Hassan Rouhani said Fuad Hussein told him “we stand together”."], [("we stand together", "fuad-hussein")]),
    # someone unnamed speaking between the speaker and the quotation: unclear
    (["Hassan Rouhani said the minister had told reporters “we stand together”."], []),
    # a title for the one person of the article who held that role on its date
    (["Hassan Rouhani met Fuad Hussein.", "“We stand together,” the Iranian president said."],
     [("We stand together,", "hassan-rouhani")]),
    # ... but not for someone the article does not name
    (["Fuad Hussein arrived.", "“We stand together,” the Iranian president said."], []),
    # ... nor where the country is another's, nor where the title belongs to something that is not a country
    (["Hassan Rouhani met Fuad Hussein.", "“We stand together,” the Iraqi president said."], []),
    (["Hassan Rouhani met Fuad Hussein.", "“We stand together,” the council’s president said."], []),
    # a title that is another's role: a first vice president is not "the president"
    (["Mohammad Mokhber spoke.", "“We stand together,” the president said."], []),
    # "he said": the sentence before names exactly one person
    (["Hassan Rouhani arrived in Baghdad.", "“We stand together,” he said."], [("We stand together,", "hassan-rouhani")]),
    # ... or two, of whom exactly one speaks
    (["Fuad Hussein met Hassan Rouhani, who said the talks went well.", "“We stand together,” he said."],
     [("We stand together,", "hassan-rouhani")]),
    # ... not two who are both silent, or both speak
    (["Hassan Rouhani met Fuad Hussein.", "“We stand together,” he said."], []),
    (["Hassan Rouhani said so and Fuad Hussein said so.", "“We stand together,” he said."], []),
    # ... not across a sentence that names no one, and not "they"
    (["Hassan Rouhani arrived.", "Talks went on.", "“We stand together,” he said."], []),
    (["Hassan Rouhani arrived.", "“We stand together,” they said."], []),
    # a speaker that is not a person is no one's voice
    (["“We stand together,” Iran said."], []),
])
def test_attribution_rules(paragraphs, expected):
    assert quotes_in(*paragraphs) == expected


# ---------------------------------------------------------------- the "reported by" sentence


@pytest.mark.parametrize("reporting, expected", [
    (Reporting(0, (), 0), "No archived article reports it yet."),
    (Reporting(1, (), 1), "1 article, whose outlet is not named."),  # not "1 article from 0 outlets, and 1 ..."
    (Reporting(3, (), 3), "3 articles, whose outlets are not named."),
    (Reporting(1, (("Iran Daily", 1),), 0), "1 article, from Iran Daily."),
    (Reporting(2, (("Iran Daily", 2),), 0), "2 articles, both from Iran Daily."),
    (Reporting(4, (("Iran Daily", 4),), 0), "4 articles, all from Iran Daily."),
    # the page that lists two articles says two, each counted once
    (Reporting(2, (("Iran Daily", 1),), 1), "2 articles: 1 from Iran Daily and 1 whose outlet is not named."),
    (Reporting(3, (("Iran Daily", 1), ("Press TV", 2)), 0), "3 articles: 1 from Iran Daily and 2 from Press TV."),
    (Reporting(5, (("EghtesadOnline", 1), ("Iran Daily", 1), ("Press TV", 1)), 2),
     "5 articles: 1 from EghtesadOnline, 1 from Iran Daily, 1 from Press TV and 2 whose outlets are not named."),
])
def test_reported_by_sentence(reporting, expected):
    assert reported_by_sentence(reporting) == expected


@pytest.mark.parametrize("event, expected", [
    ("2020-07-21-kadhimi-visit-to-tehran", "2 articles: 1 from Iran Daily and 1 whose outlet is not named."),
    ("2022-11-29-al-sudani-meets-khamenei", "1 article, whose outlet is not named."),
    ("2014-2017-war-against-daesh-in-iraq",
     "4 articles: 1 from EghtesadOnline, 1 from Iran Daily, 1 from Press TV and 1 whose outlet is not named."),
    ("2020-01-03-baghdad-airport-strike",
     "4 articles: 1 from EghtesadOnline, 1 from Iran Daily, 1 from Press TV and 1 whose outlet is not named."),
])
def test_reported_by_counts_each_article_once(event, expected):
    """Several passages of one article count it once; every article is counted, under its outlet or not."""
    reporting = crossref.outlets_reporting(ARCHIVE, EVENTS[event])
    assert reporting.articles == len(ARCHIVE.reported_in[event])
    assert reporting.articles == sum(n for _, n in reporting.outlets) + reporting.unnamed
    assert reported_by_sentence(reporting) == expected


def test_an_outlet_is_named_through_the_given_writer():
    sentence = reported_by_sentence(Reporting(2, (("Press TV", 1),), 1), name=lambda o: f"<a>{o}</a>")
    assert sentence == "2 articles: 1 from <a>Press TV</a> and 1 whose outlet is not named."


# ---------------------------------------------------------------- the order of events


def order(*ids: str) -> list[str]:
    return [ev.id for ev in sorted((EVENTS[i] for i in ids), key=event_sort_key)]


def test_a_month_only_event_follows_the_dated_events_of_its_month():
    assert order("2020-01-protests-after-baghdad-airport-strike", "2020-01-05-iraqi-parliament-vote-on-foreign-forces",
                 "2020-01-03-baghdad-airport-strike") == [
        "2020-01-03-baghdad-airport-strike", "2020-01-05-iraqi-parliament-vote-on-foreign-forces",
        "2020-01-protests-after-baghdad-airport-strike"]
    assert order("2021-02-fuad-hussein-meets-zarif", "2021-02-03-fuad-hussein-meets-rouhani") == [
        "2021-02-03-fuad-hussein-meets-rouhani", "2021-02-fuad-hussein-meets-zarif"]


def test_a_visit_comes_before_the_meetings_it_holds():
    assert order("2020-07-21-kadhimi-meets-khamenei", "2020-07-21-kadhimi-visit-to-tehran",
                 "2020-07-21-kadhimi-meets-shamkhani")[0] == "2020-07-21-kadhimi-visit-to-tehran"
    assert order("2021-02-03-fuad-hussein-meets-rouhani", "2021-02-fuad-hussein-visit-to-tehran")[0] == \
        "2021-02-fuad-hussein-visit-to-tehran"  # the same day, no end: the one that is part of none first


def test_a_years_list_holds_that_years_events():
    """In the year-by-year chronology, an event within another is listed under it only when both start in the same
    year: the defeat of December 2017 is not filed under a war that began in 2014; a visit holds its meetings."""
    listed = chronology(list(EVENTS.values()), EVENTS, same_year=True)
    depth = {ev.id: d for ev, d in listed}
    assert depth["2017-12-09-defeat-of-daesh-in-iraq"] == 0
    assert depth["2014-daesh-campaign-in-iraq"] == 1
    ids = [ev.id for ev, _ in listed]
    visit = ids.index("2020-07-21-kadhimi-visit-to-tehran")
    assert {ids[visit + 1], ids[visit + 2], ids[visit + 3], ids[visit + 4]} == {
        e for e in EVENTS if EVENTS[e].parent == "2020-07-21-kadhimi-visit-to-tehran"}
    years = [ev.date.date.year for ev, d in listed if d == 0]
    assert years == sorted(years)
    nested = chronology(list(EVENTS.values()), EVENTS)
    assert dict((ev.id, d) for ev, d in nested)["2017-12-09-defeat-of-daesh-in-iraq"] == 1
