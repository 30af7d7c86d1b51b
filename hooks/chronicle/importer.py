"""An article file made from a scraped page: its name (the slug rule the archive's files were made with), its front
matter (what the page prints, and what the curator gives where it prints nothing) and its body (the kept lines,
untouched); and the checks that it is new to the archive."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

import yaml

from .addresses import day_in_address, is_web_address, prints_day
from .body import format_body, number_blocks, parse_body
from .candidates import find_dated_phrases
from .dates import MONTHS, WEEKDAYS, parse_day
from .errors import DataError
from .furniture import printed_weekday, without_markup
from .load import split_front_matter
from .model import Article, Registry
from .scrape import ScrapedPage, same_words

SLUG_MAX = 48
SLUG_STOP_WORDS = frozenset({"a", "an", "and", "the", "of", "in", "to", "as", "for", "on"})
SUPPLIED_NOTE = "Not printed in the scraped text; given by the curator at import ({option})."
ADDRESS_DATE_NOTE = "Not printed in the scraped text; the day the source address files it under ({day})."
TWO_WAY_NOTE = "Printed as '{text}' (line {line}), which reads {days}; the day given by the curator at import (--date)."


def slugify(headline: str) -> str:
    """The headline as a file name: lowercase, apostrophes deleted, every other run of characters outside [a-z0-9]
    one '-'; words kept from the start while the slug stays within 48 characters; trailing stop words dropped."""
    text = re.sub(r"[^a-z0-9]+", "-", headline.lower().replace("’", "").replace("'", "")).strip("-")
    kept: list[str] = []
    for word in text.split("-") if text else []:
        if len("-".join(kept + [word])) > SLUG_MAX:
            break
        kept.append(word)
    while kept and kept[-1] in SLUG_STOP_WORDS:
        kept.pop()
    return "-".join(kept)


@dataclass(frozen=True)
class Given:
    """What the curator passes on the command line; None where nothing was passed."""

    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Draft:
    """The article to write: front matter fields, the body's blocks, and where each field came from."""

    slug: str
    title: str
    date: dt.date
    outlet: str | None
    news_id: str | None
    dateline: str | None
    url: str | None
    supplied: tuple[tuple[str, str], ...]
    blocks: tuple[tuple[str, str], ...]
    sources: tuple[tuple[str, str], ...]  # (field, where it came from: 'line 3', '--date' ...)

    @property
    def filename(self) -> str:
        return f"{self.slug}.md"

    def article(self, path: str) -> Article:
        """As the archive loads it, for matching names with the site's own rules."""
        return Article(self.slug, path, self.title, self.date, self.outlet, self.url, self.news_id, self.dateline,
                       self.supplied, (), number_blocks(list(self.blocks)))

    def markdown(self) -> str:
        """The article file. It reads back to exactly these fields and blocks, or this raises: a kept line is
        written so that the archive reads it character for character."""
        lines = ["---", _field("title", self.title)]
        if self.outlet:
            lines.append(_field("outlet", self.outlet))
        lines.append(f"date: {self.date.isoformat()}")
        if self.news_id:
            lines.append(f"news_id: {json.dumps(self.news_id, ensure_ascii=False)}")
        if self.dateline:
            lines.append(_field("dateline", self.dateline))
        if self.url:
            lines.append(_field("url", self.url))
        if self.supplied:
            lines.append(yaml.safe_dump({"supplied": dict(self.supplied)}, allow_unicode=True, sort_keys=False,
                                        width=100).rstrip("\n"))
        text = "\n".join(lines) + "\n---\n\n" + format_body(list(self.blocks))
        meta, body = split_front_matter(text, self.filename)
        read_back = (meta["title"], str(meta["date"]), meta.get("outlet"), meta.get("news_id"), meta.get("dateline"),
                     meta.get("url"), parse_body(body))
        if read_back != (self.title, self.date.isoformat(), self.outlet, self.news_id, self.dateline, self.url,
                         list(self.blocks)):
            raise RuntimeError(f"{self.filename} would not read back as imported; nothing is written")
        return text


def _field(key: str, value: str) -> str:
    return yaml.safe_dump({key: value}, allow_unicode=True, sort_keys=False, width=10_000).rstrip("\n")


def draft_article(page: ScrapedPage, given: Given, name: str) -> tuple[Draft, list[str]]:
    """Front matter from the page and the options (an option wins, with a warning where the page prints otherwise);
    a field the page does not print and an option gives is noted under 'supplied'."""
    warnings: list[str] = []
    sources: dict[str, str] = {}
    supplied: dict[str, str] = {}

    title = _option_text(given.title, "--title", name)
    if title is None:
        if page.headline is None:
            raise DataError(name, None, "prints no headline that can be told from the text",
                            'pass the headline with --title "..."')
        title, sources["title"] = without_markup(page.headline), f"line {page.headline_line}"
    else:
        sources["title"] = "--title"
        if page.headline is not None and not same_words(page.headline, title):
            warnings.append(f"the page prints the headline '{page.headline}' (line {page.headline_line}); "
                            "the file takes --title")
        elif page.headline is None:
            supplied["title"] = SUPPLIED_NOTE.format(option="--title")

    url = _option_text(given.url, "--url", name)
    if url is not None:
        if not is_web_address(url):
            raise DataError(name, None, f"--url '{url}' is not an http(s) address",
                            "pass the source address starting with http:// or https://")
        sources["url"] = "--url"

    printed = page.dateline
    filed = day_in_address(url, dt.date.today()) if url is not None and printed is None else None
    if given.date is not None:
        try:
            date = parse_day(given.date.strip())
        except ValueError as exc:
            raise DataError(name, None, f"--date: {exc}", "pass --date as YYYY-MM-DD, e.g. --date 2020-07-22") from None
        sources["date"] = "--date"
        if printed is None and page.two_way_dates:  # 'Monday, 07/11/2022': the curator says which of its two days
            line, text, readings = page.two_way_dates[0]
            supplied["date"] = TWO_WAY_NOTE.format(text=text, line=line, days=_either(readings))
            if date not in readings:
                warnings.append(f"the page prints '{text}' (line {line}), which reads {_either(readings)}; the file "
                                f"takes --date {date.isoformat()}")
        elif printed is None:
            supplied["date"] = SUPPLIED_NOTE.format(option="--date")
            if filed is not None and filed != date:
                warnings.append(f"the address files the page under {filed.isoformat()}; the file takes --date "
                                f"{date.isoformat()}")
        elif printed[1].date != date:
            warnings.append(f"the page is dated {printed[1].date.isoformat()} ('{printed[1].text}', line "
                            f"{printed[0]}); the file takes --date {date.isoformat()}")
    elif printed is not None:
        date, sources["date"] = printed[1].date, f"line {printed[0]}"
    elif page.two_way_dates and url is not None and \
            len(witnessed := [d for d in page.two_way_dates[0][2] if prints_day(url, d)]) == 1:
        line, text, readings = page.two_way_dates[0]  # 'Monday, 07/11/2022' and '/en/202207115448': 11 July
        date = witnessed[0]
        sources["date"] = f"line {line}, {'day' if date == readings[0] else 'month'} first, the day the address prints"
    elif page.two_way_dates and (weekday := printed_weekday(page.two_way_dates[0][1])) is not None and \
            len(fitting := [d for d in page.two_way_dates[0][2] if d.weekday() == weekday]) == 1:
        line, text, readings = page.two_way_dates[0]  # 'Sunday 09/06/2019': 9 June was a Sunday, 6 September not
        date = fitting[0]
        sources["date"] = f"line {line}, {'day' if date == readings[0] else 'month'} first, the weekday it prints"
    elif page.two_way_dates and len(fitting := _after_the_lead_s_day(page)) == 1:
        line, text, readings = page.two_way_dates[0]  # '6-11-2023 (BAGHDAD) ... on Sunday, November 5': 6 November
        date, told = fitting[0]
        sources["date"] = f"line {line}, {'day' if date == readings[0] else 'month'} first, on or after the day " \
                          f"the lead tells of ('{told}')"
    elif filed is not None:
        date, sources["date"] = filed, "the address (--url)"
        supplied["date"] = ADDRESS_DATE_NOTE.format(day=f"{filed:%Y/%m/%d}")
    elif page.two_way_dates:
        line, text, readings = page.two_way_dates[0]
        raise DataError(name, None, f"prints its date as '{text}' (line {line}), which reads {_either(readings)}",
                        "pass the day meant with --date YYYY-MM-DD")
    else:
        raise DataError(name, None, "prints no publication date (no dateline was found)",
                        "pass the date with --date YYYY-MM-DD")

    outlet = _option_text(given.outlet, "--outlet", name)
    if outlet is not None:
        sources["outlet"] = "--outlet"
        if page.outlet is None:
            supplied["outlet"] = SUPPLIED_NOTE.format(option="--outlet")
        elif page.outlet != outlet:
            warnings.append(f"the page names the outlet '{page.outlet}'; the file takes --outlet '{outlet}'")
    elif page.outlet is not None:
        outlet = page.outlet
        if page.lead_label and page.lead_label.outlet:
            label = page.lead_label.text
            sources["outlet"] = f"line {next(k.line for k in page.kept if k.kind == 'p' and label in k.text)} " \
                                "(label before the lead)"  # the lead's, or a paragraph's after a deck
        else:
            sources["outlet"] = f"line {page.outlet_named[0]} (page furniture)"

    dateline = printed[1].text if printed else None
    if dateline:
        sources["dateline"] = f"line {printed[0]}"
    if page.news_id:
        sources["news_id"] = "line " + str(next(d.line for d in page.dropped if d.reason == "news ID"))

    slug_title = slugify(title)
    if not slug_title:
        raise DataError(name, None, f"the headline '{title}' gives no file name (it has no letters a-z or digits "
                        "that fit the slug rule)", 'pass --title with the headline in Latin letters')
    draft = Draft(
        slug=f"{date.isoformat()}-{slug_title}",
        title=title,
        date=date,
        outlet=outlet,
        news_id=page.news_id,
        dateline=dateline,
        url=url,
        supplied=tuple(supplied.items()),
        blocks=tuple(page.blocks()),
        sources=tuple(sources.items()),
    )
    return draft, warnings


def _option_text(value: str | None, option: str, name: str) -> str | None:
    if value is None:
        return None
    if not value.strip():
        raise DataError(name, None, f"{option} is empty", f"give {option} a value, or leave it out")
    return " ".join(value.split())


@dataclass(frozen=True)
class Conflict:
    """An article already in the archive that the import would overwrite."""

    article: Article
    why: str  # 'same slug' or 'same text'
    shared: int  # paragraphs the two share word for word
    paragraphs: int  # paragraphs of the imported text


def find_conflict(draft: Draft, articles: list[Article]) -> Conflict | None:
    """The article of the same slug; else one that holds more than half of the new text's paragraphs word for word
    (the same page imported before under another headline or date, or scraped again with other furniture)."""
    new = _paragraphs(draft)
    for a in articles:
        if a.slug == draft.slug:
            return Conflict(a, "same slug", _shared(new, a), len(new))
    best = max(articles, key=lambda a: _shared(new, a), default=None)
    if best is not None and _same_text(new, best):
        return Conflict(best, "same text", _shared(new, best), len(new))
    return None


def own_slug(draft: Draft, articles: list[Article]) -> Draft:
    """The draft under a slug of its own where another outlet's article of another text holds its slug (one story
    under the same headline on the same day: a wire's, carried by two outlets in their own words): the outlet's name
    follows ('...-islam-times'); or where the same outlet's other page of one story does (a gallery printed over
    several pages, its address ending with the page's number): the page's number follows ('...-page-13'). The same
    text, or the same outlet's other story, keeps the slug: `find_conflict` refuses it."""
    taken = next((a for a in articles if a.slug == draft.slug), None)
    if taken is None or _same_text(_paragraphs(draft), taken):
        return draft
    mine, theirs = _source(draft.outlet, draft.url), _source(taken.outlet, taken.url)
    if mine and theirs and mine != theirs:
        return replace(draft, slug=f"{draft.slug}-{mine}")
    page = _page_of(draft.url)
    if page and page[1] > 1 and page[0] == (_page_of(taken.url) or (_address_key(taken.url), 1))[0]:
        return replace(draft, slug=f"{draft.slug}-page-{page[1]}")  # another page of one story the outlet prints
        # over several ('.../photos-of-iranian-prisoners-in-iraq/13/' after '.../3/')
    return draft


# A page's number at the end of its address: '.../story-name/3/', '...?page=2'.
_PAGE_IN_ADDRESS = re.compile(r"(?:/(?P<path>\d{1,3})/?|[?&](?:page|p|pg)=(?P<query>\d{1,3}))$")


def _page_of(url: str | None) -> tuple[str, int] | None:
    """The address of a story printed over several pages, without its page's number, and that number; the number
    follows the story's name (not a day's after a month's: '.../2020/11/06/')."""
    m = _PAGE_IN_ADDRESS.search(url or "")
    if not m or not re.search(r"[^\W\d_][^/]*$", urlsplit(url[: m.start()]).path):
        return None
    return _address_key(url[: m.start()]), int(m["path"] or m["query"])


def _address_key(url: str | None) -> str:
    """An address as compared: its host without 'www.', its path without the slash that ends it."""
    return f"{_host(url)}{urlsplit(url or '').path.rstrip('/')}"


def _host(url: str | None) -> str:
    """The address's host without 'www.' ('islamtimes.org'); '' without an address."""
    return re.sub(r"^www\.", "", urlsplit(url).hostname or "") if url else ""


def _source(outlet: str | None, url: str | None) -> str:
    """The outlet's name as a slug, else the address's host without 'www.' and its ending ('islamtimes')."""
    if outlet:
        return slugify(outlet)
    return slugify(re.sub(r"\.[a-z]+$", "", _host(url)))


def check_new(draft: Draft, articles: list[Article], registry: Registry, force: bool,
              name: str) -> tuple[str | None, list[str]]:
    """Refuse an import that would overwrite an article, unless forced. Forced, it names the article file of the
    same text under another name that the import replaces (None if none), with a warning where events cite it."""
    conflict = find_conflict(draft, articles)
    if conflict is None:
        return None, []
    if not force:
        raise DataError(name, None, f"is already in the archive as {conflict.article.path} ({conflict.why}: "
                        f"{conflict.shared} of its {conflict.paragraphs} paragraphs)",
                        "nothing was written; pass --force to replace that article")
    if conflict.article.slug == draft.slug:
        return None, []
    cited = sum(r.article == conflict.article.slug for ev in registry.events.values() for r in ev.reports)
    if not cited:
        return conflict.article.path, []
    return conflict.article.path, [f"events.yml cites {conflict.article.slug} in {cited} report(s): change them to "
                                   f"{draft.slug}"]


def _paragraphs(draft: Draft) -> list[str]:
    return [text for kind, text in draft.blocks if kind == "p"]


def _same_text(paragraphs: list[str], article: Article) -> bool:
    """The article holds more than half of the paragraphs word for word, and more than half of their text: an outlet's
    appeal that two of its pages keep among their paragraphs, six short lines, does not make two stories one."""
    shared = _shared_paragraphs(paragraphs, article)
    return 2 * len(shared) > len(paragraphs) and 2 * sum(map(len, shared)) > sum(map(len, paragraphs))


def _shared(paragraphs: list[str], article: Article) -> int:
    return len(_shared_paragraphs(paragraphs, article))


def _shared_paragraphs(paragraphs: list[str], article: Article) -> list[str]:
    """The paragraphs the article holds word for word."""
    theirs = {b.text for b in article.blocks if b.kind == "p"}
    return [p for p in paragraphs if p in theirs]


# A report is filed on the day it tells of or within the week after it.
_FILED_WITHIN = dt.timedelta(days=7)


# A day told with its weekday and its year: 'on Saturday, September 6, 2025', 'on Saturday 6 September 2025'.
_WEEKDAY_DATE = re.compile(rf"\b(?P<weekday>{'|'.join(WEEKDAYS)}),?[ \u00a0]+"
                           rf"(?:(?P<month>{'|'.join(MONTHS)})[ \u00a0]+(?P<day>\d{{1,2}})"
                           rf"|(?P<day_first>\d{{1,2}})[ \u00a0]+(?P<month_after>{'|'.join(MONTHS)})),?"
                           r"[ \u00a0]+(?P<year>(?:19|20)\d\d)\b")


def _weekday_dates(text: str) -> list[tuple[dt.date, str]]:
    """The days the text tells with their weekday and year, where the weekday is the day's own."""
    out = []
    for m in _WEEKDAY_DATE.finditer(text):
        try:
            day = dt.date(int(m["year"]), MONTHS.index(m["month"] or m["month_after"]) + 1,
                          int(m["day"] or m["day_first"]))
        except ValueError:
            continue
        if WEEKDAYS[day.weekday()] == m["weekday"]:
            out.append((day, m.group()))
    return out


def _after_the_lead_s_day(page: ScrapedPage) -> list[tuple[dt.date, str]]:
    """The readings of the page's two-way date that fall on or within a week after a day its lead tells of, by month
    and day without a year ('on Sunday, November 5', read as `find_dated_phrases` reads it), or with its weekday and
    its year ('on Saturday, September 6, 2025'), each with the words that told it: '6-11-2023' is 6 November, not 11
    June. A day told with its year alone dates an event of any time, not the report's."""
    _line, _text, readings = page.two_way_dates[0]
    lead = next((k.text for k in page.kept if k.kind == "p"), "")
    weekday_dates = _weekday_dates(lead)
    fitting = []
    for reading in readings:
        told = next((lead[start:end] for start, end, unit, day, _name in find_dated_phrases(lead, reading)
                     if unit == "day" and reading - day.first_day() <= _FILED_WITHIN), None) or next(
            (words for day, words in weekday_dates if dt.timedelta(0) <= reading - day <= _FILED_WITHIN), None)
        if told:
            fitting.append((reading, told))
    return fitting


def _either(readings: tuple[dt.date, dt.date]) -> str:
    """'7 November 2022 (day first) or 11 July 2022 (month first)'."""
    day_first, month_first = readings
    return f"{day_first.day} {day_first:%B %Y} (day first) or {month_first.day} {month_first:%B %Y} (month first)"
