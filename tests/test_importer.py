"""Turning a scraped page into an article file: the proof over the five seeds (each reproduces its article's body,
block kinds included), the slug rule, the front matter, and the checks that an import is new."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest
import yaml

from chronicle.body import format_body, parse_body
from chronicle.build import load_archive
from chronicle.errors import DataError
from chronicle.importer import Given, check_new, draft_article, find_conflict, own_slug, slugify
from chronicle.load import load_article, read_text, split_front_matter
from chronicle.scrape import decode_raw, read_page
from conftest import ROOT, SEEDS

EXPECTED = yaml.safe_load((SEEDS / "expected.yml").read_text(encoding="utf-8"))


def article_file(seed: str) -> tuple[dict, str]:
    path = ROOT / "articles" / f"{EXPECTED[seed]['article']}.md"
    return split_front_matter(read_text(path), path.name)


def import_seed(seed: str, **given: str):
    """As the command does: the title given reads the page too."""
    page = read_page(decode_raw((SEEDS / seed).read_bytes(), seed).text, given.get("title"))
    return page, *draft_article(page, Given(**given), seed)


def given_for(seed: str) -> dict:
    """--date where the article notes its date as supplied (the seed prints none): the article's own date."""
    meta, _ = article_file(seed)
    return {"date": str(meta["date"])} if "date" in (meta.get("supplied") or {}) else {}


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_importing_a_seed_reproduces_its_article_body(seed):
    """The body written is the article file's body byte for byte: every block, its kind and its text."""
    meta, body = article_file(seed)
    _, draft, _ = import_seed(seed, **given_for(seed))
    assert list(draft.blocks) == parse_body(body)
    assert format_body(list(draft.blocks)) == body.lstrip("\n")
    assert draft.slug == EXPECTED[seed]["article"]


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_importing_a_seed_drops_exactly_its_listed_lines(seed):
    """The dropped lines are those expected.yml lists for the seed (headline, datelines, furniture), in order."""
    page, _, _ = import_seed(seed, **given_for(seed))
    assert [d.text for d in page.dropped] == EXPECTED[seed]["dropped"]


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_front_matter_the_seed_prints_is_the_articles(seed):
    """Title, date, outlet, news ID and dateline, where the text prints them, are those of the article file."""
    meta, _ = article_file(seed)
    _, draft, warnings = import_seed(seed, **given_for(seed))
    supplied = meta.get("supplied") or {}
    assert draft.title == meta["title"]
    assert draft.date.isoformat() == str(meta["date"])
    assert (draft.news_id, draft.dateline) == (meta.get("news_id"), meta.get("dateline"))
    assert draft.outlet == (None if "outlet" in supplied else meta.get("outlet"))
    assert set(dict(draft.supplied)) == set(supplied) - {"outlet"}
    assert warnings == []


def test_seed_that_prints_every_field_gives_its_article_file_byte_for_byte():
    """EghtesadOnline prints headline, date, outlet and news ID: the file is the archive's own, to the byte."""
    seed = "001_224943cae375f59b.txt"
    _, draft, _ = import_seed(seed)
    assert draft.markdown() == (ROOT / "articles" / f"{EXPECTED[seed]['article']}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_reimporting_a_seed_is_recognised_as_the_same_article(seed):
    """Same headline and date: the same slug. Under another headline: the same text."""
    archive = load_archive(ROOT)
    _, draft, _ = import_seed(seed, **given_for(seed))
    conflict = find_conflict(draft, archive.articles)
    assert (conflict.article.slug, conflict.why) == (EXPECTED[seed]["article"], "same slug")
    _, renamed, _ = import_seed(seed, title="Another headline for the same page", **given_for(seed))
    conflict = find_conflict(renamed, archive.articles)
    assert (conflict.article.slug, conflict.why) == (EXPECTED[seed]["article"], "same text")
    assert conflict.shared == conflict.paragraphs


def test_forcing_over_an_article_of_the_same_text_names_it_and_the_events_that_cite_it():
    """--force replaces the Iran Daily article under another headline; events.yml cites it and must follow."""
    archive = load_archive(ROOT)
    _, draft, _ = import_seed("002_5bd232881ca3315c.txt", title="Shamkhani meets Kadhimi")
    with pytest.raises(DataError, match="already in the archive as articles/2020-07-22-iran-neighbors-must-join-hands-"
                                        "to-expel-evil-us.md \\(same text: 21 of its 21 paragraphs\\)"):
        check_new(draft, archive.articles, archive.registry, False, "raw.txt")
    replaced, warnings = check_new(draft, archive.articles, archive.registry, True, "raw.txt")
    assert replaced == "articles/2020-07-22-iran-neighbors-must-join-hands-to-expel-evil-us.md"
    cited = sum(r.article == "2020-07-22-iran-neighbors-must-join-hands-to-expel-evil-us"
                for ev in archive.registry.events.values() for r in ev.reports)
    assert cited and warnings == [f"events.yml cites 2020-07-22-iran-neighbors-must-join-hands-to-expel-evil-us in "
                                  f"{cited} report(s): change them to 2020-07-22-shamkhani-meets-kadhimi"]


def test_another_outlets_story_under_the_same_headline_and_date_gets_a_slug_of_its_own():
    """Two outlets carry one story in their own words under the same headline on the same day (Islam Times and The Iran
    Project, in the real pages): the second takes the outlet's name, or its address's host, after the slug. The same
    outlet, or the same text, keeps the slug, and the import refuses it as the article it already holds."""
    archive = load_archive(ROOT)
    taken = next(a for a in archive.articles if a.outlet)
    text = f"{taken.title}\n\nA first paragraph of another outlet's story.\n\nA second paragraph of it.\n"
    day = taken.date.isoformat()
    draft, _ = draft_article(read_page(text), Given(date=day, outlet="The Daily Example"), "r.txt")
    assert draft.slug == taken.slug
    assert own_slug(draft, archive.articles).slug == f"{taken.slug}-the-daily-example"
    unnamed, _ = draft_article(read_page(text), Given(date=day, url="https://www.dailyexample.com/news/1"), "r.txt")
    assert own_slug(unnamed, archive.articles).slug == f"{taken.slug}-dailyexample"
    same_outlet, _ = draft_article(read_page(text), Given(date=day, outlet=taken.outlet), "r.txt")
    assert own_slug(same_outlet, archive.articles).slug == taken.slug
    assert find_conflict(own_slug(same_outlet, archive.articles), archive.articles).why == "same slug"


def test_another_page_of_a_story_the_outlet_prints_over_several_gets_a_slug_of_its_own():
    """A gallery printed over several pages under one headline (onenewsbox's, in the real pages, its addresses ending
    '/3/' and '/13/'): a later page takes its number after the slug. The outlet's other story under that headline and
    date (an address of its own), or an address whose last number is a day's, keeps the slug and is refused."""
    archive = load_archive(ROOT)
    first = next(a for a in archive.articles if a.outlet)
    taken = replace(first, url="https://www.example.com/2020/11/06/the-story/3/")
    articles = [taken if a is first else a for a in archive.articles]
    text = f"{taken.title}\n\nAnother page's paragraph of the gallery.\n"
    day = taken.date.isoformat()

    def draft(url: str):
        return draft_article(read_page(text), Given(date=day, outlet=taken.outlet, url=url), "r.txt")[0]

    assert own_slug(draft("https://example.com/2020/11/06/the-story/13/"), articles).slug == f"{taken.slug}-page-13"
    assert own_slug(draft("https://example.com/2020/11/06/the-story?page=2"), articles).slug == f"{taken.slug}-page-2"
    for other in ("https://example.com/2020/11/06/another-story/2/", "https://example.com/2020/11/06/"):
        assert own_slug(draft(other), articles).slug == taken.slug
        assert find_conflict(own_slug(draft(other), articles), articles).why == "same slug"


def test_a_text_sharing_few_paragraphs_is_new():
    """Two paragraphs in common with an article (a quoted statement) do not make the same text."""
    archive = load_archive(ROOT)
    text = ("A new report\n\nKadhimi added that most American forces will exit Iraq by the end of the year.\n\n"
            "A first new paragraph of this report.\n\nA second new paragraph of this report.\n\n"
            "A third new paragraph of this report.\n")
    draft, _ = draft_article(read_page(text), Given(date="2021-10-01"), "r.txt")
    assert find_conflict(draft, archive.articles) is None


def test_two_stories_of_one_outlet_that_keep_its_appeal_among_their_paragraphs_are_two(tmp_path):
    """The Media Line prints the same appeal, six short lines, between the standfirst and the text of its stories (two
    real pages of it). The import drops it under its prompt ('This holiday season, give to:'); without the prompt, as
    a site whose appeal the rules do not know would print it, its five lines are kept: more than half of a short
    story's paragraphs, far less than half of its text. Each is its own article; the same story scraped again is
    still the same text."""
    real = ROOT / "tests" / "fixtures" / "real"
    drafts = []
    for name, day in (("h19-medialine-iraq-returns-14-iranian-prisoners", "2023-11-20"),
                      ("h45-medialine-iran-requests-extradition-38-separatists", "2023-09-21")):
        text = decode_raw((real / f"{name}.txt").read_bytes(), name).text
        assert not any("Media Line's intrepid" in b.text for b in read_page(text).kept)
        page = read_page(text.replace("This holiday season, give to:\n", ""))
        drafts.append(draft_article(page, Given(date=day), f"{name}.txt")[0])
    first, second = drafts
    path = tmp_path / first.filename
    path.write_text(first.markdown(), encoding="utf-8")
    held = load_article(path)
    shared = {b.text for b in held.blocks if b.kind == "p"} & {text for kind, text in second.blocks if kind == "p"}
    assert 2 * len(shared) > sum(kind == "p" for kind, _ in second.blocks)  # the appeal: most of its paragraphs
    assert find_conflict(second, [held]) is None
    assert find_conflict(replace(first, slug="another-slug"), [held]).why == "same text"


@pytest.mark.parametrize("headline, slug", [
    # the archive's own files
    ("Vice president: Iran-Iraq relations play essential role in boosting regional security",
     "vice-president-iran-iraq-relations-play"),
    ("Iran-Iraq Strong Ties Ensure Regional Security, Stability", "iran-iraq-strong-ties-ensure-regional-security"),
    ("Iran: Neighbors must join hands to expel evil US from region", "iran-neighbors-must-join-hands-to-expel-evil-us"),
    ("Iran and Iraq agree to boost ties in high-level meetings", "iran-and-iraq-agree-to-boost-ties-in-high-level"),
    ("Leader Underlines Tehran-Baghdad Security as Closely Related", "leader-underlines-tehran-baghdad-security"),
    # apostrophes are deleted, not turned into a hyphen
    ("Iraq's PM: Iran’s support won’t be forgotten", "iraqs-pm-irans-support-wont-be-forgotten"),
    # trailing stop words go, one after another
    ("Talks on the future of the US forces in the", "talks-on-the-future-of-the-us-forces"),
    ("Raisi to Sudani: “We stand with Iraq” — 2022", "raisi-to-sudani-we-stand-with-iraq-2022"),
    ("  Ünïcödé letters outside a-z  ", "n-c-d-letters-outside-a-z"),
    ("ایران و عراق", ""),
    ("The", ""),
])
def test_slug_rule(headline, slug):
    """Lowercase, apostrophes deleted, other runs one '-', words while at most 48 characters, stop words dropped."""
    assert slugify(headline) == slug
    assert len(slugify(headline)) <= 48


def test_a_given_title_wins_and_the_printed_one_is_reported_and_dropped():
    page = read_page("Printed headline of the page\n\nThe article's only paragraph.\n", title="Curator's headline")
    draft, warnings = draft_article(page, Given(title="Curator's headline", date="2021-01-02"), "r.txt")
    assert draft.title == "Curator's headline" and draft.slug == "2021-01-02-curators-headline"
    assert "Printed headline of the page" in warnings[0]
    assert draft.blocks == (("p", "The article's only paragraph."),)
    assert dict(draft.supplied) == {"date": "Not printed in the scraped text; given by the curator at import (--date)."}


def test_a_given_date_that_differs_from_the_printed_one_is_reported():
    _, draft, warnings = import_seed("001_224943cae375f59b.txt", date="2021-02-07")
    assert draft.date.isoformat() == "2021-02-07" and "supplied" not in draft.markdown()
    assert warnings == ["the page is dated 2021-02-06 ('Feb 6, 2021, 1:47\u202fPM', line 5); the file takes --date "
                        "2021-02-07"]


@pytest.mark.parametrize("url, accepted", [
    ("https://iranpress.com/iran-i139560-iran's_parliament_spox_secured_iraq_has_great_benefits_to_iran", True),
    ('https://example.org/a"b', False),  # what an address cannot hold as it is
    ("https://example.org/a b", False),
    ("https://example.org/<b>", False),
])
def test_an_address_may_hold_an_apostrophe_and_round_trips_through_the_article_file(url, accepted):
    """Iran Press puts its headline's apostrophe in its addresses: the address is the page's, and the article file
    keeps it as it is. A double quote, a space or an angle bracket is no address."""
    page = read_page("A headline\n\nJan 6, 2020\n\nThe only paragraph.\n")
    if not accepted:
        with pytest.raises(DataError, match="is not an http"):
            draft_article(page, Given(url=url), "raw.txt")
        return
    draft, _ = draft_article(page, Given(url=url), "raw.txt")
    meta, _ = split_front_matter(draft.markdown(), "raw.md")
    assert draft.url == meta["url"] == url


def test_a_page_that_prints_no_date_is_dated_by_the_day_its_address_files_it_under():
    """MEK Iran's page (in the real pages) prints no date; its address, like many a blog's, is
    '.../2020/01/06/iran-us-drone-strike...'. The date is the address's, noted as not printed."""
    page = read_page("A headline\n\nThe only paragraph, with no date.\n")
    draft, warnings = draft_article(page, Given(url="https://example.org/2020/01/06/a-headline/"), "raw.txt")
    assert draft.date.isoformat() == "2020-01-06" and warnings == []
    assert dict(draft.supplied) == {
        "date": "Not printed in the scraped text; the day the source address files it under (2020/01/06)."}
    assert dict(draft.sources)["date"] == "the address (--url)"
    draft, warnings = draft_article(page, Given(url="https://example.org/2020/01/06/a/", date="2020-01-05"), "r.txt")
    assert draft.date.isoformat() == "2020-01-05"
    assert warnings == ["the address files the page under 2020-01-06; the file takes --date 2020-01-05"]


TWO_WAY = "File photo of a hospital room\n\nCholera spreads in the region\n\nMonday, 07/11/2022\n\nThe only paragraph.\n"


def test_a_date_that_reads_two_ways_dates_nothing_and_says_which_two_days():
    """'Monday, 07/11/2022' is 7 November or 11 July 2022, both Mondays: no date, and the error names both days. The
    line is no heading of the text, and the photo's caption above the headline is no headline."""
    page = read_page(TWO_WAY)
    assert page.headline == "Cholera spreads in the region" and [k.kind for k in page.kept] == ["caption", "p"]
    with pytest.raises(DataError) as info:
        draft_article(page, Given(url="https://example.org/en/news/5448"), "raw.txt")
    assert "'Monday, 07/11/2022' (line 5), which reads 7 November 2022 (day first) or 11 July 2022 (month first)" \
        in info.value.problem and "--date" in info.value.fix
    draft, warnings = draft_article(page, Given(date="2022-07-11"), "raw.txt")
    assert draft.date.isoformat() == "2022-07-11" and warnings == []
    assert dict(draft.supplied)["date"].startswith("Printed as 'Monday, 07/11/2022' (line 5), which reads")
    draft, warnings = draft_article(page, Given(date="2022-07-12"), "raw.txt")
    assert warnings == ["the page prints 'Monday, 07/11/2022' (line 5), which reads 7 November 2022 (day first) or "
                        "11 July 2022 (month first); the file takes --date 2022-07-12"]


@pytest.mark.parametrize("printed, day, order", [
    ("Sunday 09/06/2019", "2019-06-09", "day"),  # The Arab Weekly, in the real pages: 9 June was a Sunday
    ("Fri. 09/06/2019", "2019-09-06", "month"),  # 6 September was a Friday
])
def test_a_date_that_reads_two_ways_is_the_one_that_falls_on_the_weekday_it_prints(printed, day, order):
    page = read_page(TWO_WAY.replace("Monday, 07/11/2022", printed))
    draft, warnings = draft_article(page, Given(url="https://example.org/en/news/5448"), "raw.txt")
    assert draft.date.isoformat() == day and warnings == []
    assert dict(draft.sources)["date"] == f"line 5, {order} first, the weekday it prints"
    with pytest.raises(DataError):  # a weekday that neither reading falls on settles nothing
        draft_article(read_page(TWO_WAY.replace("Monday, 07/11/2022", "Tuesday 09/06/2019")), Given(), "raw.txt")


DAY_THEN_PLACE = ("Blinken in Baghdad\n\n6-11-2023 (BAGHDAD) Antony Blinken made an unexpected visit to Iraq on Sunday, "
                  "November 5, as part of his tour. He met the prime minister.\n\nHe left for Turkey.\n")


@pytest.mark.parametrize("told, words, day, order", [
    ("on Sunday, November 5", "November 5", "2023-11-06", "day"),  # the ASEAN Daily's page in the real set
    ("on 10 June", "10 June", "2023-06-11", "month"),  # 6 November is no day within a week after 10 June
    # a day with its weekday and its year, the weekday its own (Peregraf's page in the real set)
    ("on Sunday, November 5, 2023", "Sunday, November 5, 2023", "2023-11-06", "day"),
    ("on Saturday 10 June 2023", "Saturday 10 June 2023", "2023-06-11", "month"),
])
def test_a_day_in_numbers_before_the_lead_s_place_is_the_reading_on_or_after_the_day_the_lead_tells_of(
        told, words, day, order):
    """'6-11-2023 (BAGHDAD) ...': the day and the place, in brackets, open the lead; the day reads two ways, and the
    lead's own day ('on Sunday, November 5') says which: a report is filed on the day it tells of or within the week
    after. The label stays in the text, and its place is the story's."""
    page = read_page(DAY_THEN_PLACE.replace("on Sunday, November 5", told))
    assert page.lead_label is not None and page.lead_label.place == "BAGHDAD" and page.lead_label.outlet is None
    assert page.kept[0].text.startswith("6-11-2023 (BAGHDAD) Antony Blinken")
    draft, warnings = draft_article(page, Given(), "raw.txt")
    assert draft.date.isoformat() == day and warnings == []
    assert dict(draft.sources)["date"] == f"line 3, {order} first, on or after the day the lead tells of ('{words}')"


@pytest.mark.parametrize("told", [
    "on Sunday",  # no month: no day to hold the readings to
    "on November 5, 2021",  # a day with its year dates an event of any time
    "on November 5, 2023",  # so does a day of the readings' year, without its weekday
    "on Monday, November 5, 2023",  # or with a weekday not its own (5 November 2023 was a Sunday)
    "on 20 October",  # neither reading falls within a week after it
])
def test_a_day_in_numbers_before_the_lead_s_place_that_the_lead_does_not_settle_asks_for_the_date(told):
    page = read_page(DAY_THEN_PLACE.replace("on Sunday, November 5", told))
    with pytest.raises(DataError) as info:
        draft_article(page, Given(), "raw.txt")
    assert "'6-11-2023 (BAGHDAD)' (line 3), which reads 6 November 2023 (day first) or 11 June 2023 (month first)" \
        in info.value.problem and "--date" in info.value.fix


def test_a_date_that_reads_two_ways_before_a_bar_and_its_places_label_says_so():
    """'4.09.2014  |  Kirkuk' (Niqash, in the real pages): the date and, after a bar, the place the story is filed
    under; the day is 4 September or 9 April, and the curator says which. A date that reads one way is read so
    ('13.09.2019  |  Anbar', the same site's)."""
    text = ("Inside Amerli\nThe Day After The Siege Was Broken\n\nShalaw Mohammed\n{date}  |  Kirkuk\n\n"
            "The people of Amerli defended their own town for ten weeks. Iraqi and Iranian forces broke the siege.\n")
    with pytest.raises(DataError) as info:
        draft_article(read_page(text.format(date="4.09.2014")), Given(), "raw.txt")
    assert "'4.09.2014  |  Kirkuk' (line 5), which reads 4 September 2014 (day first) or 9 April 2014 (month first)" \
        in info.value.problem and "--date" in info.value.fix
    draft, _ = draft_article(read_page(text.format(date="4.09.2014")), Given(date="2014-09-04"), "raw.txt")
    assert draft.date.isoformat() == "2014-09-04"
    draft, _ = draft_article(read_page(text.format(date="13.09.2019")), Given(), "raw.txt")
    assert draft.date.isoformat() == "2019-09-13"


def test_a_date_after_a_place_that_reads_two_ways_says_so_and_a_forums_markup_is_no_part_of_the_title():
    """'Baghdad-Iraq 07.10.2020' (a place and its country glued by a hyphen, then a date of two readings); the
    headline of a forum's copy wrapped in its markup ('[size=52]...[/size]'), which the title leaves out."""
    page = read_page("[size=52]Analysts say the government will not bear the war[/size]\n\nBaghdad-Iraq 07.10.2020\n\n"
                     "Researchers said Iran wants a war in Iraq. They said Iraq would not bear it.\n",
                     url="https://forum.example.org/t266283-analysts-say-the-government-will-not-bear-the-war")
    url = "https://forum.example.org/t266283-analysts-say-the-government-will-not-bear-the-war"  # as forums file them
    with pytest.raises(DataError) as info:
        draft_article(page, Given(url=url), "raw.txt")
    assert "'Baghdad-Iraq 07.10.2020' (line 3), which reads 7 October 2020 (day first) or 10 July 2020" in \
        info.value.problem
    draft, _ = draft_article(page, Given(date="2020-10-07", url=url), "raw.txt")
    assert draft.title == "Analysts say the government will not bear the war"


@pytest.mark.parametrize("url, day", [
    ("https://example.org/en/202207115448", "2022-07-11"),  # the day glued into the address's id
    ("https://example.org/2022/11/07/cholera/", "2022-11-07"),
    ("https://example.org/news/2022-07-11-cholera", "2022-07-11"),
])
def test_a_date_that_reads_two_ways_is_read_as_the_address_prints_one_of_them(url, day):
    draft, warnings = draft_article(read_page(TWO_WAY), Given(url=url), "raw.txt")
    assert draft.date.isoformat() == day and warnings == [] and "supplied" not in draft.markdown()
    assert dict(draft.sources)["date"].startswith("line 5, ")


@pytest.mark.parametrize("url", [
    "https://example.org/2020/01/a-headline/",  # a month, not a day
    "https://example.org/2020/02/30/a-headline/",  # no such day
    "https://example.org/2019/12/31/old/2020/01/06/a/",  # two days: which?
    "https://example.org/news/20200106/a-headline",  # not a path of year, month and day
    "https://example.org/a-headline/?d=/2020/01/06/",  # in the query, not the path
    "https://example.org/2999/01/06/a-headline/",  # later than today
])
def test_an_address_without_one_real_day_in_its_path_dates_nothing(url):
    with pytest.raises(DataError) as info:
        draft_article(read_page("A headline\n\nThe only paragraph, with no date.\n"), Given(url=url), "raw.txt")
    assert "--date" in info.value.fix


@pytest.mark.parametrize("text, given, option", [
    ("The only paragraph of the page, with no headline.\n", {"date": "2021-01-02"}, "--title"),
    ("A headline\n\nThe only paragraph, with no date.\n", {}, "--date"),
    ("A headline\n\nThe only paragraph.\n", {"date": "2021-02-30"}, "--date"),
    ("A headline\n\nThe only paragraph.\n", {"date": "6 Feb 2021"}, "--date"),
    ("A headline\n\nThe only paragraph.\n", {"date": "2021-02-03", "url": "ftp://example.org/x"}, "--url"),
    ("A headline\n\nThe only paragraph.\n", {"date": "2021-02-03", "title": "  "}, "--title"),
    ("A headline\n\nThe only paragraph.\n", {"date": "2021-02-03", "title": "ایران و عراق"}, "--title"),
])
def test_what_the_text_lacks_is_an_error_naming_the_option(text, given, option):
    """A missing headline or date, or a bad option, says which option to pass."""
    with pytest.raises(DataError) as info:
        draft_article(read_page(text), Given(**given), "raw.txt")
    assert info.value.path == "raw.txt" and option in info.value.fix + info.value.problem


HARD_LINES = ["# a hashtag line", "## not a heading", "\\ starts with a backslash", "/// caption",
              "ends with a non-breaking space\u00a0", "<b>markup</b> & an ampersand"]


def test_article_file_reads_back_as_the_scraped_lines(tmp_path):
    """Lines that look like the body format's markup are written so that the archive reads them verbatim."""
    text = "A headline\n\n" + "\n\n".join(f"{line} is a long enough paragraph of this test." if i % 2 else line
                                          for i, line in enumerate(HARD_LINES)) + "\n"
    page = read_page(text)
    draft, _ = draft_article(page, Given(date="2021-01-02", url="https://example.org/a?b=1"), "r.txt")
    path = tmp_path / draft.filename
    path.write_text(draft.markdown(), encoding="utf-8")
    article = load_article(path)
    assert [(b.kind, b.text) for b in article.blocks] == list(draft.blocks)
    assert Counter(b.text for b in article.blocks) == Counter(k.text for k in page.kept)
    assert (article.title, article.url) == ("A headline", "https://example.org/a?b=1")
