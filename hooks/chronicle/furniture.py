"""What one line of a scraped news page is by its shape alone: a dateline, a news ID, a byline, a breadcrumb trail,
a photo caption, page furniture (share buttons, comment prompts, captchas ...), or text. No outlet's exact wording:
every pattern is a kind of line that news sites print, so that a page from an outlet not seen before reads the same."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .dates import MONTHS, WEEKDAYS
from .gazetteer import is_country, is_country_or_capital, is_given_name, is_known_place

HEADING_MAX_WORDS = 12  # a subheading is a short line; a standfirst or a paragraph is longer

# ---------------------------------------------------------------- datelines

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
# The months as the sites of other languages print them over an English text (a date bar, a story's date): French,
# Spanish, Portuguese, Italian, German, Romanian and Turkish, each row January to December, day first.
_OTHER_MONTHS = tuple(zip(*(row.split() for row in (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر"))))  # Arabic, as Egypt and Yemen write
_OTHER_MONTH = "|".join(sorted({m for names in _OTHER_MONTHS for m in names}, key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"
_SHORT_YEAR = r"[’']\d\d(?!\d)"  # a year in two digits after an apostrophe: "Aug 06 '21", as forums print it
_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})(?:,?\s+|\s*[-–—]\s*)(?P<d1>{_DAY})(?:,?\s+|,|\s*[-–—]\s*)"
    rf"(?P<y1>{_YEAR}|{_SHORT_YEAR})"  # Feb 6, 2021 / November, 29, 2022 / March - 26– 2019 / November 26,2019
    rf"|(?P<d2>{_DAY})(?:\s*[-–—/]\s*|\s*)(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+|\s*/\s*)(?P<y2>{_YEAR})"  # 22 July 2020,
    # 12March 2019, 17 - August 2021, 28 / May / 2017
    rf"|(?P<d5>{_DAY})\.?(?:\s+|/)(?:de\s+)?(?P<m5>{_OTHER_MONTH})(?:\s+|/)(?:de\s+)?(?P<y5>{_YEAR})"  # 13 noiembrie
    # 2019, 11/مارس/2019
    rf"|(?P<y3>{_YEAR})(?:[-/.]|\s+/\s+)(?P<m3>\d\d?)(?:[-/.]|\s+/\s+)(?P<d3>\d\d?)"  # 2020-07-22,
    # 2021-12-23T14:17, 2025 / 4 / 11: year, month, day
    rf"|(?P<y6>{_YEAR})\s*/\s*(?P<d6>{_DAY})\s*/\s*(?P<m6>{_MONTH})"  # 2021 / 18 / Oct: year, day, month's name
    rf"|(?P<a4>\d\d?)(?P<s4>[/.-])(?P<b4>\d\d?)(?P=s4)(?P<y4>{_YEAR}|(?<=/)[12]\d(?!\d)))(?:\b|(?=T\d))",  # 14/09/2019,
    # 11/15/19, 27-06-2019
    re.I)
_LABEL = re.compile(r"^(?P<label>(?:first\s+)?publish(?:ed)?(?:\s+date)?|publication\s+date|posted"
                    r"|(?:last\s+)?updated?|(?:last\s+)?modified|date\s+of\s+(?:release|publication|issue)"
                    r"|date\s+(?:published|posted|created|issued|released|written|finali[sz]ed|completed)|date[d]?"
                    r"|released|created|issued|filed|introduced"
                    r"|r/[a-z0-9_]{2,21}"  # the forum a post is on, before the day it was posted: "r/Geosim Aug 06 '21"
                    r"|i[’']m\s+an\s+image!)(?:\s+(?:on|at|in))?\s*[:\-–—]?\s*", re.I)  # a site builder's placeholder
# An author's name before the label: 'Muhammad Irfan Published November 29, 2022 | 08:13 PM'.
# A byline, then the date: 'By Tyler O’Neil December 31, 2019' (the name's words are no month's; an outlet's name
# may open with a short word in small letters: 'By bne IntelliNews February 8, 2024').
_BYLINE_LABEL = re.compile(rf"^(?P<label>by)\s+(?:(?!{_MONTH}\b)(?:(?-i:[A-Z])[\w.’'-]*|(?-i:[a-z]{{2,4}})(?=\s+(?-i:[A-Z])))"
                           rf",?\s+){{1,4}}(?=(?i:{_MONTH})|\d)", re.I)
# Who put the page up, then the date, as blog and site builders print it: 'Submitted by BIC on Thu, 09/17/2020 -
# 14:06', 'Posted by Admin on March 3, 2021'.
_SUBMITTED_LABEL = re.compile(
    rf"^(?P<label>(?:submitted|posted|published)\s+by\s+(?:(?!{_MONTH}\b)[\w.’'-]+\s+){{1,4}}?on)\s+", re.I)
# The source a page's credit line names, then the date: 'Source: New York Times February 04, 2019 02:37 UTC'.
_SOURCE_LABEL = re.compile(rf"^(?P<label>source)\s*:\s*(?P<outlet>(?:(?!{_MONTH}\b)(?-i:[A-Z])[\w.&’'-]*\s+){{1,5}})"
                           rf"(?=(?i:{_MONTH})|\d)", re.I)
# A section's label in capitals, then the date: 'ECONOMY 15.11.2021'; a month's name in capitals is the date's
# ('MARCH 1, 2021').
_SECTION_LABEL = re.compile(rf"^(?P<label>(?!(?i:{_MONTH})\b)[A-Z]{{3,}}(?:[ &][A-Z]{{3,}})?(?=\s+\d)"
                            # a series' name of one word, capitals then small letters: 'MENASource December 17, 2021'
                            rf"|[A-Z]{{2,}}[a-z]+[A-Za-z]*(?=\s+(?i:{_MONTH})\b))\s+")
# A section's label in a title's capitals before a day with its month's name and year, or in figures with the year
# last and the time after it: 'Business Materials 17 February 2022 14:47 (UTC +04:00)', 'Opinion 02-02-2026 | 14:02'
# ('Section 27/08/2020' alone stays no dateline); a place's name there is the dateline's place, read as one.
_TITLED_SECTION = re.compile(rf"^(?P<label>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?=\d{{1,2}}\s+(?i:{_MONTH})\s+{_YEAR}"
                             r"|\d{1,2}(?P<sep>[-/.])\d{1,2}(?P=sep)(?:19|20)\d\d"
                             r"\s*(?:[|,·•–—-]\s*)?\d{1,2}:\d\d\b)")
# A time zone's offset from UTC, maybe in brackets: '(UTC +04:00)', 'GMT+3:30'.
_OFFSET = re.compile(r"\(?\b(?:UTC|GMT)\s*[+\-−]\s*\d\d?(?::?\d\d)?\)?")
_AGO = r"(?:an?|\d+)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago"  # '4 weeks ago', 'an hour ago'
_AUTHOR_LABEL = re.compile(r"^(?:[A-Z][\w.’'-]*\s+){1,4}(?P<label>(?i:published|posted|updated)"
                           rf"|(?i:{_AGO}))(?:\s+(?:on|at))?\s*[:\-–—]?\s*")  # the author, then 'Published' or how long
# ago the page was put up, then the date: 'Sumaira FH 51 seconds ago Tue 13th July 2021 | 04:52 PM'
_TIME = re.compile(r"\b\d\d?[:.]\d\d(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?|\b\d\d?\s*[ap]\.?m\.?|\b\d{4}(?=\s*(?:GMT|UTC)\b)"
                   r"|\b(?:noon|midday|midnight)\b",
                   re.I)
_ZONE = re.compile(r"\b(?:(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Z][A-Za-z_]+"
                   r"|GMT|UTC|Z|[A-Z]{2,4}T)\b(?:\s*[+\-−]\s*\d\d?(?::?\d\d)?)?|[+\-−]\d\d:?\d\d\b")
_RELATIVE = re.compile(rf"\b(?:updated|published|posted)?\s*{_AGO}\b", re.I)
_WEEKDAY = re.compile(r"\b(?:" + "|".join(w[:3] + f"(?:{w[3:]})?" for w in WEEKDAYS) + r")\.?\b", re.I)
_DATELINE_REST = re.compile(r"^(?:[\s,،|/·•()\-–—]|\b(?:at|on|updated|published|posted)\b)*$", re.I)
# What may follow a date besides: the source it names ('- Source: Shafaq News'), a site control scraped with it
# ('13:55Font'), or, after a label, a section ('date 2022-04-27 Politics').
_SOURCE_TAIL = re.compile(r"\b(?:source|via)\s*:\s*(?P<outlet>(?-i:[A-Z])[\w .&’'-]{1,40}?)\s*$", re.I)
_CONTROL_TAIL = re.compile(r"(?:font|print|share|email|comments?|views?|text size|a\+|a-|[+−-]\s*↺\s*[+−-]\s*\d+\s*px"
                           r"|read(?:ing)?\s*time\s*:?\s*\d+\s*min(?:ute)?s?|\d+\s*min(?:ute)?s?\s+read"
                           r"|(?<=\s)\d{1,2}\s*mins)\s*$", re.I)  # a reading time alone: 'October 25, 2021   5 mins'
# A reading time before the date, glued to it or not: '2 min readJan 18, 2021' (Medium's pages); or an episode's
# running time, in hours and minutes, before the day it was put up: '1 hour 17 minutes Posted Jan 8, 2020 at 12:00
# am.' (a podcast's page).
_READING_TIME_BEFORE = re.compile(r"^(?:(?:\d{1,3}\s*)?min(?:ute)?s?\s+read(?:\b\s*[·•|–—-]?\s*|(?=[A-Z]))"
                                  r"|(?:\d{1,2}\s*(?:hours?|hrs?)\s+)?\d{1,3}\s*(?:minutes?|mins?)\b\s*[·•|–—-]?\s*"
                                  r"(?=(?:posted|published|released|aired)\b))", re.I)
# The author's picture, by its alternative text, then the author's name again: the byline before a date, glued to it
# or not ("Ghassan Taqi's avatar Ghassan Taqi01-27-2026"). The name printed twice around 'avatar' makes it the author's.
_AVATAR_BEFORE = re.compile(r"^(?P<name>(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3})[’']s\s+avatar\s+(?P=name)"
                            r"(?=\s*\d)", re.I)
# A running time or a clock glued to the year, as a video's page prints them side by side: '16 Jun 202140:12'.
_GLUED_CLOCK = re.compile(r"(?<=\b(?:19|20)\d\d)(?=\d{1,2}:\d\d(?::\d\d)?\s*$)")
# A date in figures glued to the word before it, a source's name printed beside it: 'Japan Times17-06-2025'.
_GLUED_DATE = re.compile(r"(?<=[A-Za-z])(?=(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d"
                         r"|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})\b)")
# A byline after the date: '14 Sep 2020 by Local Press Report'.
_BYLINE_TAIL = re.compile(r"\s+by\s+(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,4}\s*$", re.I)
_TWELVE_HOUR = re.compile(r"\s+\d\d?[:.]\d\d(?:[:.]\d\d)?\s*[ap]\.?m\b", re.I)
_COUNT_TAIL = re.compile(r"\s\d{1,7}\s*$")
_VIEWS_TAIL = re.compile(r"\s\d[\d,]{0,9}\s+views?\s*$", re.I)
# A section's name after the date ('USA TODAY' too), maybe after its number: 'date 2021-06-08   1. Economy'.
_SECTION_TAIL = re.compile(r"\s(?:\d{1,2}\.\s+)?(?:[A-Z][a-z]+|[A-Z]{2,})(?:\s(?:[A-Z][a-z]+|[A-Z]{2,}))?\s*$")


@dataclass(frozen=True)
class Dateline:
    """A line that prints the page's date, maybe with a time: 'Feb 6, 2021, 1:47 PM', 'Published: 0137 GMT July 22,
    2020'."""

    text: str  # as printed, without the white space around it
    date: dt.date
    updated: bool  # labelled 'Updated' or 'Modified': the date of a revision, not of publication
    outlet: str | None = None  # the source it names: '2023-11-06 12:45:04 - Source: Shafaq News'


def _month_number(name: str) -> int:
    return next(i + 1 for i, m in enumerate(MONTHS) if m.lower().startswith(name.lower().rstrip(".")[:3]))


_BRACKETED_UPDATE = re.compile(r"\s*[\[(](?P<update>(?i:updated|modified)\b[^\])]{4,60})[\])]\s*$")
_SCRAPE_DATE = re.compile(r"^date\s+(?P<date>\d{4}-\d\d(?:-\d\d)?)\s+(?P<rest>\S.*)$", re.I)  # its month only too
_SEGMENT_SEP = re.compile(r"\s*\|\s*|\s+[–—-]\s+")  # a bar with no space around it too: '... EDT|Published ...'


def read_dateline(line: str) -> Dateline | None:
    """The line as a dateline: a date, with nothing around it but a label, a weekday, a time and a time zone; or a
    print edition's issue line, whose segments are the paper's name, the issue's number, the date and the page
    ('Iran Daily - Number Seven Thousand ... - 09 May 2023 - Page 6'); or the scrape's date before a dateline of the
    same day ('date 2022-02-26 2022/02/26 | 16:18 - Source: Iraq News')."""
    text = line.strip()
    if len(text) > 120:
        return None
    if (m := _SCRAPE_DATE.match(text)) and (inner := read_dateline(m["rest"])) and \
            inner.date.isoformat().startswith(m["date"]):  # 'date 2021-09 2021/09/20 | 19:22 - Source: Iraq News'
        return Dateline(text, inner.date, inner.updated, inner.outlet)
    if _ISO_STAMP.fullmatch(text) and (day := _iso_day(text)):
        return Dateline(text, day, False)  # a machine's timestamp alone on its line: '2026-02-22T11:19:18+00:00'
    if (bare := _ISO_STAMP.sub(" ", text).strip()) != text.strip() and _DATE.search(bare) and \
            (inner := read_dateline(bare)):
        return Dateline(text, inner.date, inner.updated, inner.outlet)  # '... 07:20 AM2024-10-26T07:20:58+5:30'
    if (m := _BRACKETED_UPDATE.search(text)) and (first := read_dateline(text[: m.start()])) and \
            (later := read_dateline(m["update"])) and later.updated:
        return Dateline(text, first.date, first.updated, first.outlet)  # '... [Updated: Dec 07, 2019 22:13 ...]' 
    if (m := _ID_AFTER.search(text)) and (inner := read_dateline(text[: m.start()])):
        return Dateline(text, inner.date, inner.updated, inner.outlet)  # '..., 14/01/2020 - 19:33, UNIQUE ID: 200114_10'
    if (m := _BRACKETED_DATE.fullmatch(text)) and (inner := read_dateline(m[1] or m[2])):
        return Dateline(text, inner.date, inner.updated, inner.outlet)  # '[September 03, 2022]' (Lincoln Daily News)
    if (m := _READING_TIME_BEFORE.match(text)) and (inner := read_dateline(text[m.end():])):
        return Dateline(text, inner.date, inner.updated, inner.outlet)  # '2 min readJan 18, 2021' (Medium)
    if (m := _AVATAR_BEFORE.match(text)) and (inner := read_dateline(text[m.end():])):
        return Dateline(text, inner.date, inner.updated, inner.outlet)
    for glue in (_GLUED_CLOCK, _GLUED_DATE):  # '16 Jun 202140:12' (a video's page), 'Japan Times17-06-2025' (daily8)
        if (m := glue.search(text)) and (inner := read_dateline(f"{text[:m.start()]} {text[m.start():]}")):
            return Dateline(text, inner.date, inner.updated, inner.outlet)
    whole = _read_dateline(text)
    if not whole and (at := _after_known_place(text)) and (dated := _read_dateline(text[at:])):
        return Dateline(text, dated.date, dated.updated, dated.outlet)  # 'Baghdad- Iraq  27/08/2020'
    if not whole and (m := _KNOWN_PLACE_AFTER.search(text)) and is_known_place(m["place"]) and \
            (dated := _read_dateline(text[:m.start()])):
        return Dateline(text, dated.date, dated.updated, dated.outlet)  # 'December 3, 2022 in Iraq ⋅ ⛅ 15 °C'
    if not whole and (m := _FILED_UNDER.search(text)) and (dated := _read_dateline(text[:m.start()])):
        return Dateline(text, dated.date, dated.updated, dated.outlet)  # '27th February 2026 in Iraq Banking & ...'
    if whole or ends_sentence(text):
        return whole
    segments = _SEGMENT_SEP.split(text)
    if len(segments) < 2 or any(word_count(s) > HEADING_MAX_WORDS for s in segments):
        return None
    dated = [_read_dateline(s) for s in segments]
    found = [d for d in dated if d]
    if len(segments) == 2 and len(found) == 1 and _titled(segments[dated.index(None)]):
        return None  # a headline, then the day after a dash: 'Webinar: Kurdistan Between Iran’s Hammer and Iraq’s
        # Anvil – July 20, 2022' (the headline's line dates the page)
    if len(found) > 1:  # the date, then its update ('Bekir Aydoğan | 31.08.2023 - Update : 31.08.2023'): the date
        found = [d for d in found if not d.updated]
    if len(found) != 1:
        return None
    return Dateline(text, found[0].date, found[0].updated, found[0].outlet)


def _titled(segment: str) -> bool:
    """A segment of a dated line that is a headline: five words or more, no figure, no byline, not an issue's number
    spelt out ('Number Seven Thousand Two Hundred and Eighty Seven')."""
    words = segment.casefold().split()
    return len(words) >= 5 and not re.search(r"\d", segment) and not is_byline(segment) and \
        sum(w in _NUMBER_WORDS for w in words) * 2 < len(words)


_NUMBER_WORDS = frozenset("""number no. issue one two three four five six seven eight nine ten eleven twelve thirteen
    fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    thousand million and""".split())


def _read_dateline(text: str) -> Dateline | None:
    if len(text) > 80:
        return None
    label = (_SUBMITTED_LABEL.match(text) or _LABEL.match(text) or _AUTHOR_LABEL.match(text)
             or _BYLINE_LABEL.match(text) or _SOURCE_LABEL.match(text) or _SECTION_LABEL.match(text)
             or ((m := _TITLED_SECTION.match(text)) and not any(map(is_known_place, m["label"].split())) and m or None))
    rest = text[label.end():] if label else text
    found = _DATE.search(rest)
    if not found:
        return None
    if found["y1"]:
        year, month, day = re.sub(r"^[’'](?=\d\d$)", "20", found["y1"]), _month_number(found["m1"]), found["d1"]
    elif found["y2"]:
        year, month, day = found["y2"], _month_number(found["m2"]), found["d2"]
    elif found["y5"]:
        year, day = found["y5"], found["d5"]
        month = next(n + 1 for n, names in enumerate(_OTHER_MONTHS) if found["m5"].casefold() in
                     {m.casefold() for m in names})
    elif found["y6"]:
        year, month, day = found["y6"], _month_number(found["m6"]), found["d6"]
    elif found["y3"]:
        year, month, day = found["y3"], found["m3"], found["d3"]
    else:  # 14/09/2019 is the 14th of September; 09/14/2019 the same; 04/05/2019 could be either, so is no date,
        # unless a 12-hour clock follows, which is the month-first convention's ('7/12/2023 8:22:46 AM')
        a, b = int(found["a4"]), int(found["b4"])
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a or a == b or _TWELVE_HOUR.match(rest, found.end()):
            day, month = b, a
        else:
            return None
        year = found["y4"] if len(found["y4"]) == 4 else "20" + found["y4"]  # '11/15/19': this century's
    try:
        date = dt.date(int(year), int(month), int(re.sub(r"\D", "", str(day))))
    except ValueError:
        return None
    rest = rest[: found.start()] + " " + re.sub(r"^T(?=\d)|^\.(?=\s+\d)", " ", rest[found.end():])
    source = _SOURCE_TAIL.search(rest)
    if source:
        rest = rest[: source.start()]
    rest = _BYLINE_TAIL.sub(" ", rest)
    timed = _TIME.search(rest) is not None
    for pattern in (_OFFSET, _RELATIVE, _TIME, _ZONE, _WEEKDAY):
        rest = pattern.sub(" ", rest)
    rest = _CONTROL_TAIL.sub(" ", _VIEWS_TAIL.sub(" ", rest))  # '2020-10-06 334 views'; 'Views' alone, its count gone
    if timed:
        rest = _COUNT_TAIL.sub(" ", rest)  # '03.16.2019 14:14 730': a page's view count after its time
    if label and not source:
        rest = _SECTION_TAIL.sub(" ", rest)
    if not _DATELINE_REST.match(rest):
        return None
    updated = bool(label) and re.search(r"updat|modif", label["label"], re.I) is not None
    named = source["outlet"] if source else label["outlet"] if label and "outlet" in label.groupdict() else None
    return Dateline(text, date, updated, named.strip() if named else None)


# A machine's timestamp printed after the date a reader reads, glued or not: 'October 26, 2024 07:20
# AM2024-10-26T07:20:58+5:302024-10-26T07:21:42+5:30' (the page's published and modified stamps).
_ISO_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+\-]\d\d?:?\d\d)?")


def _iso_day(stamp: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(stamp[:10])
    except ValueError:
        return None


# A forum's markup around a post's words: '[size=52]Fouad Hussein: We seek ...[/size]'.
_FORUM_MARKUP = re.compile(r"\[/?(?:size|b|i|u|color|font|center|url|quote)(?:=[^\]]*)?\]", re.I)


def without_markup(line: str) -> str:
    """The line's words without a forum's markup around them (a headline's: the title a reader reads)."""
    return " ".join(_FORUM_MARKUP.sub(" ", line).split())


_TWO_WAY = re.compile(r"(?P<a>\d\d?)(?P<sep>[/.-])(?P<b>\d\d?)(?P=sep)(?P<y>\d{4})")
# A place's or a section's name printed beside a date, a bar between them: 'Kirkuk', 'Iraq Pulse' (not an update's
# label: that date is not the page's first).
_BAR_LABEL = re.compile(r"(?!(?i:updated|modified|last)\b)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}")


def two_way_date(line: str) -> tuple[dt.date, dt.date] | None:
    """A line that is a numeric date alone, with a weekday or a time at most, that reads as two days: 'Monday,
    07/11/2022' is 7 November (day first) or 11 July (month first), both Mondays. Returns (day first, month first);
    None for any other line (read_dateline reads the dates that read one way)."""
    text = line.strip()
    text = text[_after_known_place(text):]  # 'Baghdad-Iraq 07.10.2020'
    found = _TWO_WAY.search(text)
    if not found or len(text) > 60 or _TWELVE_HOUR.match(text, found.end()):
        return None
    if len(segments := _SEGMENT_SEP.split(text)) > 1:  # '4.09.2014  |  Kirkuk': the date, then a bar and a label
        dated = [(two_way_date(s), s) for s in segments]
        days = [d for d, _ in dated if d]
        if len(days) == 1 and all(_BAR_LABEL.fullmatch(s.strip()) for d, s in dated if not d):
            return days[0]
    a, b, year = int(found["a"]), int(found["b"]), int(found["y"])
    rest = text[: found.start()] + " " + text[found.end():]
    for pattern in (_TIME, _ZONE, _WEEKDAY):
        rest = pattern.sub(" ", rest)
    if a == b or not (1 <= a <= 12 and 1 <= b <= 12) or re.search(r"\w", rest):
        return None
    return dt.date(year, b, a), dt.date(year, a, b)


def printed_weekday(line: str) -> int | None:
    """The day of the week a date line prints, Monday 0 ('Sunday 09/06/2019': 6), where it prints one."""
    found = {m.group().rstrip(".")[:3].casefold() for m in _WEEKDAY.finditer(line)}
    days = [i for i, w in enumerate(WEEKDAYS) if w[:3].casefold() in found]
    return days[0] if len(days) == 1 else None


_NEWS_ID = re.compile(r"^(?:(?:news|story|article|content|post|report)\s*(?:id|code|no\.?|number|#)|id)\s*[:#.]?\s*"
                      r"(?P<id>[^\W_][\w-]*)(?:\s+[-–|])?$", re.I)  # 'news id: 130625 -', 'News code : ۱۰۶۵۶۹۹' (in
# Persian figures)


def read_news_id(line: str) -> str | None:
    """'News ID: 34597' -> '34597' (also 'Story ID', 'News Code', 'Article No.')."""
    m = _NEWS_ID.match(line.strip())
    return m["id"] if m else None


# ---------------------------------------------------------------- furniture

_SHARE_WORDS = (r"share|shares|shared|tweet|email|e-mail|mail|print|facebook|twitter|x|whatsapp|telegram|linkedin|"
                r"reddit|pinterest|messenger|sms|copy|link|url|save|bookmark|follow|us|on|this|article|story|post|page|"
                r"via|with|google|plus|news|instagram|youtube|flipboard|pocket|vk|threads|bluesky|mastodon|send to (?:a )?friends?")
_SHARE = re.compile(rf"^(?:(?:{_SHARE_WORDS})\b[\s:|/•·,+\-–]*)+\.?$", re.I)  # 'Share.' too
_URL_ONLY = re.compile(r"^(?:https?://)?(?:www\d?\.)?[\w-]+(?:\.[\w-]+)+(?:[/?#]\S*)?$", re.I)
# A link under a label of a few words: 'full report: https://www.understandingwar.org/backgrounder/...'.
_LABELLED_URL = re.compile(r"^[A-Za-z][\w’' -]{0,30}:\s*https?://\S+$")
BREADCRUMB_SEP = re.compile(r"\s+[/›»>|]\s+|(?<=\w)[›»>]\s+")  # 'Home> Press Releases' too
_GLUED_LABELS = re.compile(r"[a-z][A-Z]")
# A dateline's place on a line of its own, the story after it: 'Baghdad, Iraq:', 'Najaf —', 'TEHRAN:', 'BASRA'; a
# known place with its country or a dash, or one in capitals ('Conclusion:' and 'Iran:' may head a part of the text).
_PLACE_LABEL = re.compile(r"^(?P<place>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)"
                          r"(?P<country>,\s[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)?\s?(?:(?P<colon>:)|(?P<dash>[–—]))?$")
# A known place and its country before a dateline's date, on the date's line: 'Baghdad- Iraq  27/08/2020'; also a
# region of two words, a wire's credit after them, a date that opens with its month: 'Erbil, Kurdistan Region, January
# 26, 2021', 'Al-Faw, Iraq (AFP) Dec 6, 2021', where the country or region is a known place too ('Iran Update, August
# 7, 2023' is a report's title).
_PLACE_BEFORE_DATE = re.compile(rf"^(?P<place>[A-Z][\w’'-]*?)(?:(?:,?\s+|-\s*)(?P<country>[A-Z][\w’'-]+"
                                rf"(?P<second>\s[A-Z][\w’'-]+)?))?(?P<credit>\s+\([A-Z][\w.]*\))?[,:–—-]?\s+"
                                rf"(?=(?P<digit>\d)|(?i:{_MONTH})\b)")


def _after_known_place(text: str) -> int:
    """Where the date starts after a known place (and its country) that opens the line ('Baghdad-Iraq 07.10.2020'),
    or after one capitalised word and a comma, a city's name as a dateline prints it ('Strasbourg, 14/01/2020'): its
    offset, else 0."""
    m = _PLACE_BEFORE_DATE.match(text)
    if not m or not (is_known_place(m["place"]) or _CITY_COMMA.match(text)):
        return 0
    if (m["second"] or m["credit"] or not m["digit"]) and m["country"] and not is_known_place(m["country"]):
        return 0
    return m.end()


_CITY_COMMA = re.compile(r"[A-Z][a-z’'-]+,\s+(?=\d)")
# A known place after the date, as a travel log stamps each day's entry, maybe with the day's weather after a dot:
# 'December 3, 2022 in Iraq ⋅ ⛅ 15 °C'. The date's reading must stand alone before it ('Talks on December 3, 2022
# in Iraq' is no dateline).
_KNOWN_PLACE_AFTER = re.compile(r"\s+in\s+(?P<place>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)"
                                r"(?:\s*[⋅·•|]\s*[^\w\s]*\s*-?\d{1,2}\s*°\s*[CF]?)?\s*$")
# The sections a blog files its post under, after the post's date: '27th February 2026 in Iraq Banking & Finance News,
# Iraq Industry & Trade News, Security'. Two sections or more, each of capitalised words: one word after 'in' that
# names no known place stays no dateline ('December 3, 2022 in Something').
_SECTION_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:&\s+)?[A-Z][\w’'.-]*){0,5}"
_FILED_UNDER = re.compile(rf"\s+in\s+{_SECTION_NAME}(?:\s*,\s*{_SECTION_NAME})+\s*$")
# An identifier stamped after the date, after a comma: 'Strasbourg, 14/01/2020 - 19:33, UNIQUE ID: 200114_10'
_ID_AFTER = re.compile(r",\s+(?:[A-Za-z]+\s+)?ID\s*:\s*[\w-]+$")
# A date in square brackets or in brackets, alone on its line: '[September 03, 2022]'.
_BRACKETED_DATE = re.compile(r"\[([^\[\]]{6,60})\]|\(([^()]{6,60})\)")
# A day stamped after a paragraph's last sentence, with nothing after it: '... the Soleimani ceremony attack. Jan. 4,
# 2024' (a video page's description).
_DAY_AFTER_TEXT = re.compile(rf"(?<=[.!?”\"’])\s+(?P<date>(?i:{_MONTH})\s+{_DAY},?\s+\d{{4}}"
                             rf"|{_DAY}\s+(?i:{_MONTH}),?\s+\d{{4}})\s*$")


def day_after_text(paragraph: str) -> Dateline | None:
    """The day a paragraph's text is stamped with after its last sentence ('... attack. Jan. 4, 2024'), if any."""
    return _day_in(_DAY_AFTER_TEXT.search(paragraph))


# 'today' or 'this evening' with its day in brackets or after a comma: '... met ... this evening (29 Nov 2022).'
_TODAY_DATED = re.compile(rf"\b(?i:today|tonight|this (?:morning|afternoon|evening))\s*(?:\(|,\s*)(?:\w+day,?\s+)?"
                          rf"(?P<date>(?i:{_MONTH})\.?\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+(?i:{_MONTH})\.?,?\s+\d{{4}})"
                          r"\s*[),.]")


def day_of_today(paragraph: str) -> Dateline | None:
    """The day a paragraph gives its 'today' ('... this evening (29 Nov 2022).'), if it gives one."""
    return _day_in(_TODAY_DATED.search(paragraph))


# A lead that opens with the day its news happened on, after 'On' (and its weekday), then a comma: 'On Tuesday,
# August 10, 2021, Foreign Minister ...', 'On 10 August 2021, the minister ...'; not a date that is the sentence's
# subject ('3 January 2020 - the day Soleimani died - changed the region').
_DAY_OPENING = re.compile(rf"^On\s+(?:(?P<weekday>[A-Z][a-z]+day),?\s+)?(?:the\s+)?"
                          rf"(?P<date>(?i:{_MONTH})\.?\s+{_DAY},?\s+\d{{4}}"
                          rf"|{_DAY}\s+(?:of\s+)?(?i:{_MONTH})\.?,?\s+\d{{4}}),\s")


def day_opening(paragraph: str) -> Dateline | None:
    """The day a lead opens with ('On Tuesday, August 10, 2021, ...'), where its weekday, if printed, is that day's."""
    return _day_in(_DAY_OPENING.match(paragraph))


def _day_in(m: re.Match | None) -> Dateline | None:
    """The day a paragraph's pattern found (its group 'date'), where the weekday it caught, if any, is that day's."""
    if not m or not (found := _read_dateline(m["date"])):
        return None
    weekday = m.groupdict().get("weekday")
    return found if weekday is None or weekday.casefold() == found.date.strftime("%A").casefold() else None


# The words of an outlet's kind that end or stand in its name: 'Shafaq News', 'NAKHOST NEWS', 'Tehran Times'.
_MEDIA_WORD = (r"(?i:news|times|press|agency|tv|daily|post|herald|tribune|observer|online|media|network|channel"
               r"|gazette|journal)")
# An outlet's name, a word of its kind in it, a dash and a place, on a line of their own: 'Shafaq News – Baghdad'.
_OUTLET_PLACE = re.compile(rf"^(?:(?:[A-Z][\w.&’'-]*\s+){{0,3}}{_MEDIA_WORD}(?:\s*[–—-]|,)|[A-Z]{{2,6}}\s*[–—-])\s+"
                           r"(?P<place>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)$")  # 'Press TV, Tehran', 'INA-  Baghdad',
# 'Shafaq News- Baghdad' too
# The place, then the outlet's initials, maybe then the writer's name, on a line of their own: 'Baghdad - INA - Muhammad
# Salim' (as INA prints its dateline over the text).
_PLACE_OUTLET = re.compile(r"^(?P<place>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\s+[–—-]\s+[A-Z]{2,6}"
                           r"(?:\s+[–—-]\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})?$")
_IDENTIFIER = re.compile(r"^[a-z]+(?:_[a-z]+)+\b|^[0-9a-f]{16,}(?:_\w{1,8})?(?:\.[a-z]{3,4})?$"  # or a file's hash
                         # or a picture's file name, words after the first joined to it by an underscore, maybe with
                         # a copy's number: 'Atalayar_ataque Erbil Irak (2)'
                         r"|^[A-Za-z][A-Za-z0-9-]*_[A-Za-z][\w-]*(?:[ _][\w-]+){0,6}(?: \(\d{1,2}\))?$")

# The agencies a picture's credit names, for a line that is a credit alone. Not names.PICTURE_AGENCIES, which the links'
# credits read: IRNA or ISNA alone on a line may be the wire a story came from, part of the text.
_PICTURE_AGENCIES = "AFP|Reuters|AP|EPA|Getty Images|Anadolu|Xinhua|WANA"
# Kinds of furniture line, by their wording. The first kinds end the article where they follow its text
# (everything after a 'Related Articles' heading, a comment prompt or a wire story's sign-off belongs to the page).
_TAG = r"(?:[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*){0,3})"  # a tag: up to four words, each with a capital
_ENDING = {
    # the site's disclaimer under the text, its heading alone on a line: 'Legal Disclaimer:' (MENAFN)
    "disclaimer": re.compile(r"^(?:legal\s+)?disclaimer\s*:?$", re.I),
    "related links": re.compile(
        r"^(?:related(?:\s+(?:articles?|news|stories|posts|content|coverage|links|topics|reading))?|more stories"
        r"|more on this(?:\s+story)?|more from [\w ]{1,30}|you (?:may|might) also like|recommended(?:\s+for you)?"
        r"|most (?:read|viewed|popular|shared|visited)|latest (?:news|stories)|top stories|see also|further reading"
        r"|trending(?:\s+now)?|check (?:also|this out)|more (?:articles|posts|videos|news))\s*:?$", re.I),
    "comment prompt": re.compile(
        r"^(?:(?:add )?(?:a |new |your )comments?|add comments?|leave a (?:comment|reply)"
        r"|post (?:a |your )?comments?|write a comment"
        r"|\d+\s+comments?|comments?(?:\s*\(\d+\))?|view comments|show comments|be the first to comment"
        r"|join the (?:conversation|discussion)|please enter your (?:comment|name|email)(?: here)?"
        # a forum's guidelines over its comments: 'Be Civil', 'This is a Civilized Place for Public Discussion'
        r"|be civil|this is a civili[sz]ed place for public discussion)\s*[:!.]?$", re.I),
    # a paywall's prompt: the text the page gives stops there ('Register for free to continue reading.'); or the
    # notice a page prints where its script did not run ('Please enable JavaScript in your browser settings.', 'We are
    # having trouble retrieving the article content.')
    "paywall": re.compile(r"^(?:register|sign up|sign in|log in|subscribe)(?: now)?(?: for free)? to "
                          r"(?:continue|keep) reading\b.{0,80}$"
                          r"|^(?:to )?continue reading,? (?:register|sign up|sign in|log in|subscribe)\b.{0,80}$"
                          r"|^(?:please )?enable javascript in your browser\b.{0,40}$"
                          r"|^javascript is (?:disabled|required)\b"
                          r"|^we(?: are|'re|’re) having trouble retrieving the article\b"
                          r"|^thank you for your patience while we verify access\b"
                          # a metered wall: 'You’ve reached your limit of {{free_limit}} free articles this month.'
                          r"|^you(?:'ve|’ve| have) reached (?:your|the) (?:limit|maximum) of\b.{0,80}$"
                          # an offer to read the rest: 'Join our community of Middle East readers to experience all
                          # of Al-Monitor, including 24/7 news, ...'
                          r"|^(?:join|become|subscribe)\b[^,;]{0,80}\bto (?:experience|read|access|enjoy|unlock) "
                          r"(?:all|the rest) of\b.{0,160}$", re.I),
    # the site's question whether the page served the reader, under the text: 'Was this news useful?', 'Did you find
    # this article helpful?', 'How useful was this post?'
    "feedback prompt": re.compile(r"^(?:(?:was|is) this|did you find this"
                                  r"|(?P<how>how (?:useful|helpful) (?:was|is) this))"
                                  r"\s+(?:news|article|story|page|post|information|content)"
                                  r"(?(how)|\s+(?:useful|helpful))\s*\??$", re.I),
    "back to top": re.compile(r"^(?:back to top|scroll to top|to top)(?:\s+button)?$", re.I),
    # a blog theme's box on the author under the text, its heading the author's name and how many articles they
    # wrote: 'About Famagusta Gazette 9486 Articles', then the author's or the site's note on itself
    "author box": re.compile(r"^about (?!the\b)(?:[\w.’'-]+\s+){1,5}\d[\d,]*\s+(?:articles|posts)$", re.I),
    # a paper's apparatus after its abstract or its text, each heading alone on its line: 'Keywords', 'Main
    # Subjects', 'References' (a journal's page: the abstract is the text)
    "scholarly apparatus": re.compile(r"^(?:key ?words|main subjects|subjects|references|sources|bibliography"
                                      r"|works cited|footnotes|endnotes|cite this article"
                                      r"|how to cite(?: this article)?)\s*:?$", re.I),
    # a seller's question to the reader, alone on its line, about a product's name, then its offer: 'Interested in
    # Global Energy Research?', 'Request a free trial'; not a subheading's question ('Interested in peace?')
    "sales prompt": re.compile(r"^interested in (?:our |the )?(?-i:[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){1,5})\?$"
                               r"|^request a free (?:trial|demo|quote)\b.{0,30}$", re.I),
    "credits": re.compile(r"^\(?(?:reporting|writing|editing|additional reporting|compiled|translated|prepared)\s+by\b"
                          # the author's name, a dash, then the translator's: 'Salah Baban – translated by Walaa Rayya:'
                          r"|^(?-i:[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){1,3})\s+[–—-]\s+"
                          r"(?:translated|edited|compiled)\s+by\b.{0,60}$"
                          # the desk's editor or translator, named after a label: 'Editor: huaxia'
                          r"|^(?:editor|editors|sub-?editor|translator|photographer)\s*:\s*[\w'’-]{2,30}(?: [\w'’-]+){0,3}$"
                          # the editors' initials, maybe with the agencies: 'EF/MA', 'jsi/kb (AP, AFP, Reuters)'
                          r"|^[A-Za-z]{2,4}(?:/[A-Za-z]{2,4})+(?:\s*\([\w ,/-]{2,40}\))?$"
                          # a story written for the outlet, as its byline's line says: 'Special to WorldTribune.com'
                          r"|^special to (?:the )?(?-i:[A-Z])[\w.&’'-]*(?:\s(?-i:[A-Z])[\w.&’'-]*){0,3}$", re.I),
    # the page's tags with no label, after the text, four or more, one of more words than one: 'Iraqi Economy,
    # Iran, IRGC, Iranian-Backed Shiite Militants'
    "tag list": re.compile(rf"^(?=.*\b[A-Z][\w’'-]*[ -][A-Z]){_TAG}(?:,\s{_TAG}){{3,}}$"),
}
# a related link's label alone, maybe with an ellipsis, or an arrow that points at its link's title above it ('Read
# More »' under 'How Israel is using Iraq's Kurdistan as a launchpad to attack Iran')
_LINK_LABEL = r"^(?:read more|read also|also read)\s*(?::|\.{2,}|…|(?P<arrow>[»›→]+))?$"
LINK_LABEL = re.compile(_LINK_LABEL, re.I)
# The languages a site is printed in, each by its own name (a menu's links), and by its English name (in a sentence).
_LANGUAGES = (r"(?:english|arabic|kurdish|kurd[iî]|persian|farsi|turkish|t[uü]rk[cç]e|fran[cç]ais|french|deutsch|german"
              r"|espa[nñ]ol|spanish|русский|russian|中文|urdu|اردو|عربي|العربية|عربی|فارسی|فارسى|فارسي|كوردی|کوردی|كوردى"
              r"|کوردى|سۆرانی|sorani|badini|kurmanc[iî]|hebrew|עברית)")
_EDITIONS = r"(?:arabic|kurdish|persian|farsi|english|turkish|french|german|russian|urdu|hebrew)"

_FURNITURE = {
    # who wrote the story a digest quotes, and where, above it: 'Ghassan Adnan and Isabel Coles write for The Wall
    # Street Journal:'
    "the quoted story's credit": re.compile(r"^(?-i:[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){1,3})(?:\s+and\s+"
                                            r"(?-i:[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){1,3}))?\s+writes?\s+"
                                            r"(?:for|in)\s+(?-i:[A-Z])[\w .&’'-]{1,40}:$"),
    **_ENDING,
    # a login or a send-to-a-friend form's fields, each label on a line of its own: 'Username :', 'Password :'
    "form field": re.compile(r"^(?:user\s?name|password|e-?mail(?: address)?|(?:your |full )?name|captcha)\s*:$",
                             re.I),
    # a date's label, its date lost or on the next line: 'Published', 'Last updated:'
    "date label": re.compile(r"^(?:published|posted|updated|last updated)\s*:?$", re.I),
    # a media player's label, on a line of its own: 'Video:', 'Watch:', 'Photos :'; its controls, a list's items or
    # not: '• Download', '• Transcript' (NPR's audio player)
    "media label": re.compile(r"^(?:video|videos|watch|listen|audio|photo|photos|gallery|podcast)\s*:$"
                              # the order to see a picture bigger: 'Click the image to view the enlarged ... Map.'
                              r"|^(?:click|tap) (?:on )?(?:the |this )?(?:image|picture|photo|map|graphic)s? "
                              r"(?:(?:above|below) )?to (?:view|see|enlarge|open|zoom)\b.{0,80}$"
                              r"|^(?:[•·▪*]\s*)?(?:download(?: (?:mp3|audio|video|pdf))?|transcript|embed|playlist)$",
                              re.I),
    # a market ticker's line: an index's or a share's name run into its figures or after a list's bullet, its value
    # and two changes in per cent ('Dow17 56.23 41.89% -2.635%', '• Samba 65 00% 56.65%'), a finance site's strip
    # scraped with the story; not a table's row ('Iran 45 12% 3%')
    "market ticker": re.compile(r"^(?:[•·▪*]\s*[A-Za-z&][\w&.]*|[A-Za-z&][A-Za-z&.]*\d[\d.]*)\s+[\d.,]+"
                                r"\s+[-+]?[\d.,]+%\s+[-+]?[\d.,]+%$"),
    # an audio player's counter alone on its line, at zero or over the length ('0:00', '0:00 / 3:45'), or a video's
    # length that no clock shows ('24:46'); an hour alone may be when the page or a live blog's entry was put up
    "player's time": re.compile(r"^(?:0?0:00(?::00)?|(?:2[4-9]|[3-5]\d):[0-5]\d"
                                r"|\d{1,2}:[0-5]\d(?::[0-5]\d)?\s*/\s*\d{1,2}:[0-5]\d(?::[0-5]\d)?)$"),
    # a player's or a frame's markup, scraped as text, alone on its line: '• <iframe src="" ... title="NPR embedded
    # audio player">'
    "page markup": re.compile(r"^(?:[•·▪*]\s*)?<(?:iframe|embed|object|video|audio|script|source)\b[^<>]*>"
                              r"(?:\s*</(?:iframe|object|video|audio|script)>)?$", re.I),
    "comment policy": re.compile(r"comment policy|your email address will not be published|required fields are marked"
                                 r"|comments are closed|sign in to comment|log in to comment"
                                 # the count of an empty thread, alone on its line: 'No comments yet.'
                                 r"|^(?:no comments yet|there are no comments(?: yet)?)\.?$",
                                 re.I),
    "related link": re.compile(r"^(?:read more|read also|also read|see also|related|more|read|live updates?|live blog)"
                               r"\s*:\s+\S"
                               r"|^(?:read on|continue reading|read the full (?:article|story)|read full (?:article|story)"
                               # 'Read more here.', 'Click here to read more.': the link to the story a page quotes
                               r"|(?:(?:click|tap) here to )?read more(?: here)?"
                               r"|source link|go deeper\s*:.*)\s*[.:…]?$"
                               # the label alone, its link not scraped ('Read More:' between paragraphs) or on the
                               # next line (`scrape._with_links_after_labels`)
                               rf"|{_LINK_LABEL}"
                               # a link to the source: its title, its author, its outlet ('... by Adam Lucente -
                               # Washington Times')
                               r"|^.{10,150}\sby\s(?-i:[A-Z][\w.’'-]+(?:\s[A-Z][\w.’'-]+){1,3})\s+[-–—|]\s+"
                               r"(?-i:[A-Z][A-Za-z&’'-]*(?:\s[A-Z][A-Za-z&’'-]*){0,4})$", re.I),
    "photo credit": re.compile(r"^(?:source of the photo|photo source|image source|photo credits?|image credits?"
                               # an author's picture, by its alternative text: 'Avatar of IFP Editorial Staff'
                               r"|avatar(?:\s+(?:of|for)\s+[^.!?]{1,60})?"
                               r"|(?:image |photo |picture )?caption"
                               # a picture's label, as a translation gives it: 'Comment on the picture,'
                               r"|comment on the (?:picture|photo|image))\s*[:,]?$"
                               # '| Image:self'
                               r"|^[|\s]*(?:image|photo|picture)\s*:\s*[\w&’'/-]+(?:[.\s][\w&’'/-]+){0,3}$"  # 'Photo: BBC.com'
                               r"|^(?:image|photo|picture)\s+(?:default|placeholder)$"  # an empty picture's text
                               # 'Photo is courtesy of Unsplash.', 'Images courtesy: IRNA'
                               r"|^(?:the\s+)?(?:photos?|images?|pictures?)\s+(?:is\s+|are\s+)?courtesy(?:\s+of)?\s*:?"
                               r"\s*[^.!?]{1,50}\.?$"
                               rf"|^[-–—/(\s]*(?:(?:EPA-EFE|{_PICTURE_AGENCIES}|File)"
                               r"\s*(?:/|via|through|,|and)?\s*)+\)?\.?$"
                               # a photographer and an agency in capitals: 'HADI ABYAR/MEHR NEWS AGENCY'
                               r"|^(?-i:[A-Z][A-Z.’'-]+(?:\s[A-Z][A-Z.’'-]+){1,3}\s?/\s?[A-Z][A-Z.’'-]+(?:\s[A-Z][A-Z.’'-]+){0,3})$"
                               # a source, then the agency that handed the picture on: 'Leader's website via Reuters'
                               rf"|^[^.!?:]{{1,50}}\s(?:via|through)\s+(?:{_PICTURE_AGENCIES})\)?\.?$"
                               # the hands it went through, joined by slashes: 'Iraqi Prime Ministry Press
                               # Office/Handout/Anadolu Agency via Getty Images'
                               rf"|^[^.!?:/]{{1,60}}(?:\s?/\s?[^.!?:/]{{1,60}}){{1,3}}(?:\s(?:via|through)\s+|\s?/\s?)"
                               rf"(?:{_PICTURE_AGENCIES})\)?\.?$", re.I),
    # a postal address a site's template prints: its label, a street line, a town with a state and a postcode
    "postal address": re.compile(r"^(?:physical|mailing|postal|street|office)\s+address\s*:?$"
                                 r"|^\d{1,5}\s+(?:[A-Z][\w.’'-]*\s+){1,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard"
                                 r"|Lane|Ln|Dr|Drive|Way|Square|Sq)\.?$"
                                 r"|^(?-i:[A-Z][\w.’' -]{1,40}),\s+(?-i:[A-Z]{2})\s+\d{5}(?:-\d{4})?$", re.I),
    "captcha": re.compile(r"captcha|^security (?:key|code)\b|verification code|not a robot", re.I),
    "pager": re.compile(r"^page\s+\d+\s+of\s+\d+$"  # 'Page 1 of 1', a print view's pager
                        r"|^(?:page|p\.)\s*\d{1,4}$", re.I),  # a printed page's number: 'P. 10', 'Page 10'
    "alternate address": re.compile(r"can also be accessed at|alternate (?:web\s*)?address|mirror (?:site|address)",
                                    re.I),
    "page statistics": re.compile(r"page generated in|generated in\s+[\d./]+\s*(?:sec|s|ms)\b"
                                  r"|^(?:[\w-]+\s){0,2}\d[\d,.]*\s+views?$"
                                  r"|^views?\s*:\s*\d"
                                  # views and comments counted together: '2897 views 2 comment(s)', '192 views Leave a
                                  # comment'
                                  r"|^\d[\d,]*\s+views?\s+(?:\d[\d,]*\s+comments?(?:\(s\))?|leave a (?:comment|reply))$"
                                  # a clip's number and length: '#7563 | 01:44'
                                  r"|^#\d+(?:\s*\|\s*\d{1,2}:\d\d(?::\d\d)?)?$"
                                  # counts with no word (shares, comments: '0 30', or one on each line: '0', then
                                  # '55'; a year alone is left to the date's rules); how long ago the page was put up
                                  rf"|^(?!(?:19|20)\d\d$)\d{{1,6}}(?:\s+\d{{1,6}}){{0,3}}$|^{_AGO}$", re.I),
    # the source a clip or a copied story names on a line of its own: 'Source: Channel 1 (Iran)'
    # or its web address: 'Source : iraqinews.com'
    "source line": re.compile(r"^source\s*:\s*(?:(?-i:[A-Z])[\w .&’'()-]{1,60}"
                              r"|(?:https?://)?(?:www\d?\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?)$"
                              # an item's source in brackets alone on its line: '(Financial Times)' (a wire's,
                              # '(Reuters)', is a photo credit's)
                              r"|^\((?-i:[A-Z][\w.&’'-]*(?:\s[A-Z][\w.&’'-]*){0,3})\)$", re.I),
    "copyright": re.compile(r"^(?:©|\(c\)\s|copyright\b)|all rights reserved"
                           r"|^this material may not be (?:published|reproduced|broadcast)(?:,|\s+or)\s+"
                           r"(?:broadcast|rewritten|redistributed|reproduced)\b", re.I),
    # the languages a site is printed in, each by its own name: 'كوردی عربي فارسى', 'Kurdî Türkçe English'; after the
    # day the page was served, on a site's top bar ('Friday, August 7, 2020 عربي|فارسي')
    "language menu": re.compile(rf"^(?:(?:{_WEEKDAY.pattern},?\s+)?(?:{_MONTH}\.?\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTH}\.?,?)"
                                rf"\s+{_YEAR}\s+)?(?:{_LANGUAGES}[\s|/•·]*){{2,}}$"
                                # or one a line, each an item of a bulleted list: '• English', then '• Arabic'
                                rf"|^[•·▪][ \u00a0]*{_LANGUAGES}$"
                                # the editions named in a sentence's words: 'In Arabic, Kurdish and Farsi'
                                rf"|^(?:also\s+)?(?:available\s+)?in\s+{_EDITIONS}(?:\s*,\s*{_EDITIONS})*,?\s+and\s+"
                                rf"{_EDITIONS}$"
                                # its label alone, its languages not scraped, or with one: 'Read in', 'Read in Arabic'
                                rf"|^read in(?:\s+{_LANGUAGES})?$", re.I),
    "reprint note": re.compile(r"^this (?:article|story|piece|report|news) (?:was|is|has been) (?:originally|first) "
                               r"(?:published|posted|appeared) (?:by|on|at|in) (?!\d)"
                               r"|\b(?:reprinted|republished) with (?:the )?permission\b"
                               # a copied story's source and the site's disclaimer: 'From Amwaj Media. Any opinions
                               # expressed are those of the author(s), and do not necessarily reflect the views of ...'
                               r"|\bany opinions expressed are those of the author"
                               # a feed's footer
                               r"|^the post .{3,200} appeared first on (?-i:[A-Z])[\w .&’'-]{1,80}\.?$", re.I),
    # the page's note on its own translation, and the languages it is printed in, their names not scraped
    "translation notice": re.compile(r"^(?:powered by (?:automated|automatic|machine) translation"
                                     r"|(?:disclaimer\s*:\s*)?(?:the|this|our) (?:translations?|text|article)"
                                     r" (?:is|are|was|were) (?:\w+ )?(?:done|made|produced|generated|translated)"
                                     r" (?:through|by|with|using) (?:an? )?"
                                     r"(?:ai|machine|automated|automatic|google)\b.*"
                                     r"|(?:summary |article |also |this (?:article|page) is )?available in\s*:?)$",
                                     re.I),
    # a site's other disclaimer with its text on the line, which does not end the text: 'Disclaimer: No Business
    # Standard Journalist was involved in creation of this content'
    "disclaimer line": re.compile(r"^disclaimer\s*:\s+\S.{0,200}$", re.I),
    # an invitation to follow the outlet, after what for: 'For the latest headlines, follow our Google News channel'
    "promotion": re.compile(r"^(?:for (?:the )?(?:latest|more|all)\b[^,;.]{0,40},\s*)?"
                            r"(?:join|follow|subscribe to) (?:us|our)\b[^,;]{0,60}\b(?:telegram|whatsapp|channel"
                            r"|newsletter|youtube|instagram|twitter|facebook)\b"
                            # an invitation to follow the source or the writer: 'Follow Sputnik feed to find out
                            # more.', 'Follow DW on social media:', 'Follow the author on Twitter:@...'; its
                            # channel: 'Follow the Official Rokna NEWS Telegram Channel For More and fresh NEWS.'
                            r"|^follow (?:the author|(?:the )?(?-i:[A-Z])[\w’'.-]*(?: (?-i:[A-Z])[\w’'.-]*){0,3}) "
                            r"(?:on )?(?:feed|social media|telegram|whatsapp|youtube|instagram|twitter|facebook|x)\b"
                            r"(?: (?:channel|page|account))?"
                            r"(?: to find out more| for more\b[^.;]{0,30}| for the latest\b[^.;]{0,30})?"
                            r"[\s.:@\w]{0,30}$"
                            r"|^(?:get it on google play|download on the app store|available on the app store"
                            r"|stay tuned with .{2,40} (?:android|ios|mobile) app)$"
                            r"|^(?:personali[sz]e your news|upgrade your experience by choosing the categories\b.*)$"
                            r"|by ?email and never miss\b|^sign up for our (?:daily |free )?newsletter\b"
                            # the site's appeal for money: 'Please donate today to help get the message out'
                            r"|\bplease (?:donate|make a donation|consider donating)\b|\bdonate (?:today|now)\b"
                            r"|\b(?:monthly|one-time) donation\b|^subscribe to receive\b"
                            # a box's prompt: 'This holiday season, give to:' (its lines under it: scrape._with_appeals)
                            r"|^(?:[\w ]{1,30},\s*)?(?:please\s+)?(?:give|donate)(?:\s+to)?\s*:$"
                            r"|\bsupport (?:our|independent) (?:journalism|reporting|work)\b"
                            # a mailing list's offer: 'Subscribe to Crisis Group’s Email Updates', 'Receive the best
                            # ... right in your inbox.'
                            r"|^subscribe to\b.{0,50}\b(?:e-?mail|updates|alerts|newsletters?)$"
                            r"|^(?!.*\b(?:said|says|told)\b).{0,100}\b(?:right|straight|directly|delivered)"
                            r" (?:in|into|to) your inbox\b",
                            re.I),
    # 'The author has diversified experience in investigative journalism', 'The writer is a senior fellow at ...';
    # not 'The writer was arrested in Tehran'
    "author's note": re.compile(r"^(?:about the (?:author|writer)\s*:?$"
                                # a desk's note on itself: 'The IFP Editorial Staff is composed of dozens of ...'
                                # a series' note on itself: 'Week of November 13, 2023 | Iran Unfiltered is a digest
                                # tracking Iranian politics & society by ...'
                                r"|^(?:week of [^|]{3,30}\|\s*)?[^.!?]{2,60}\bis an? (?:weekly |daily |monthly )?"
                                r"(?:digest|newsletter|round-?up|briefing|bulletin) (?:tracking|covering|of|on|from|by)\b"
                                # or 'AIC’s Iran digest project covers the latest developments ...'
                                r"|^[^.!?]{2,60}\b(?:digest|newsletter|round-?up|briefing|bulletin)(?: project)? "
                                r"(?:covers|tracks)\b"
                                r"|the (?:[\w-]+\s){0,3}(?:staff|team|desk) (?:is|are) (?:composed|made up) of\b"
                                r"|the (?:author|writer) (?:is|has been|has|was)\s"
                                r"(?:an?\s|the\s)?(?:[\w-]+\s){0,4}(?:journalist|editor|writer|analyst|researcher"
                                r"|professor|fellow|correspondent|columnist|reporter|experience|expert|contributor"
                                r"|scholar|lecturer)s?\b"
                                r"|i am [A-Z][\w.’' -]{2,40}, an? (?:[\w-]+\s){0,3}(?:news )?(?:writer|journalist|reporter"
                                r"|editor|analyst)\b)", re.I),
    "forum labels": re.compile(r"^(?:staff member|(?:well-known|active|new|senior|junior|registered) member|moderator"
                               r"|super moderator|administrator|thread starter|registered user"
                               r"|(?:joined|messages|reaction score|points)\s*:?\s*[\w ,.]{0,20}\d[\d,]*"
                               # an imageboard post's header: 'Anonymous 01/11/2020 (Sat) 23:35:48 No.43863 del'
                               r"|anonymous\s+\d{1,2}/\d{1,2}/\d{2,4}\s*\(\w{3}\)\s*[\d:]+\s+no\.\s?\d+(?:\s+\w+)?)$", re.I),
    # a page's keywords, in lower case too, six or more, none longer than forty characters, with no 'and' and no full
    # stop: 'Iraq news, Iraq protests, Iraq Iran news, Iran influence in Iraq, Shia militias Iraq, ...'
    "keyword list": re.compile(r"^(?!.*\band\b)[^,.;:!?]{2,40}(?:,\s*[^,.;:!?\s][^,.;:!?]{0,40}){5,},?$"),
    # the kind of paper a government's site prints, as its label: 'Press Release:' (where it is the only headline,
    # 'Press Release' with no colon is read as one)
    "document label": re.compile(r"^(?:press|news|media) (?:release|statement|note|advisory)s?\s*:$", re.I),
    # a list's label: 'Tags:', 'Related Country:'
    "tags": re.compile(r"^(?:tags?|topics?|keywords?|categor(?:y|ies)|filed under"
                       r"|related (?:countr(?:y|ies)|topics?|people|subjects?|regions?|issues?))\s*(?::|$)", re.I),
    "site controls": re.compile(
        r"^(?:advertisement|advertising|sponsored(?: content)?|ad|skip to (?:main )?content|skip navigation|menu|search"
        # a link to the site's section: 'Navigate to Israel & The Middle East section'
        r"|(?:navigate|go|back|return) to (?:the )?[^.!?]{1,60}\s(?:section|home ?page)"
        r"|home|close|loading(?:\.\.\.|…)?|load more|show more|see more|subscribe(?: now)?|sign (?:up|in)|log ?in"
        r"|newsletter|listen(?: to (?:this |the )?(?:article|story))?|play audio|image_print\S*(?:\s.*)?"
        r"|(?:click|tap) (?:here )?to (?:start )?(?:listen(?:ing)?|play)(?: to (?:this|the) (?:article|story))?"
        r"|font size|text size|a\+|a-|a\+ a-|t ?t|follow us(?: on \w+)?"
        # the text's size and the feed, as one site prints them: 'Smaller Font Larger Font RSS 2.0'
        r"|(?:(?:smaller|larger|bigger) font\s*){1,2}(?:rss(?:\s*\d(?:\.\d)?)?)?"
        r"|(?:smaller|larger|bigger)\s+(?:smaller|larger|bigger)"  # the same without 'font': 'Smaller Bigger'
        r"|custom search|printable version|print(?:er[- ]friendly)? version|print this (?:article|page|story)"
        # the text's size buttons, as many sites print them: 'A+ A-', '• +A -A', '+ -'
        r"|[•·]?\s*(?:\+\s*a?|a\s*\+)\s*(?:-\s*a?|a\s*-)"
        r"|download (?:the |our )?app|get the app|\d+\s*min(?:ute)?s? read"
        r"|click here for more(?: [\w-]+){0,3} (?:news|stories|articles)\.?"  # a link to the section's page
        r"|(?:estimated )?reading time\s*:?\s*\d+\s*(?:min(?:ute)?s?|m)\.?|select (?:a |your )?language\s*:?"
        r"|published on\s*:"
        r"|(?:enable |disable )?read(?:ing)? mode|\d+\s*%\s*(?:font size|text size|zoom)"
        r"|zoom(?: in| out)?"  # a picture's control, printed under it
        r"|(?:(?:published|updated|posted|modified)\s*:?\s*){2,})$", re.I),  # 'Published: Updated:', the dates gone
    # a site's feature explained to the reader, who is 'you': 'The "Follow This Story" feature will notify you ...',
    # 'This tool is available only to subscribers; please make sure you're logged in ...'
    "feature help": re.compile(r"^(?=.*\byou)(?=.*\b(?:follow (?:this|a) story|(?:feature|tool) is available only to "
                               r"subscribers)\b).{0,240}$"
                               # a subscriber's help to see the text: 'Already a subscriber? Make sure to log into ...'
                               r"|^already a subscriber\?.{0,300}\b(?:log|sign)\s?(?:in|into)\b.{0,300}$", re.I),
    "search box": re.compile(r"^(?:type (?:here|to search|your search|and (?:hit|press) enter)|search(?: for| here| the "
                             r"site| news| this site)?|enter (?:your )?(?:keywords?|search terms?)|what are you looking "
                             r"for)\s*(?:\.\.\.|…|:|\?)?$", re.I),
    # the desk's note that the story is not done: 'This is a breaking story...', 'This story is developing.'
    "editor's note": re.compile(r"^(?:this is an? (?:breaking|developing) (?:news )?story"
                                r"|this (?:story|article|report) (?:is developing|is being updated|will be updated)"
                                r"|(?:(?:more|further) )?details (?:to|will) follow|more to follow)"
                                r"(?:(?:,|;|\s+and|\s+[-–—])\s+(?:it\s+)?(?:will be updated|(?:(?:more|further) )?"
                                r"(?:details|updates) (?:to|will) follow|check back[^.!?]{0,30}))?"
                                r"\s*(?:[.!]|\.\.\.|…)?$", re.I),
    "live-blog controls": re.compile(r"^(?:live|live updates|live blog|key events|show key events only|jump to"
                                     r"|please turn on javascript.*|copy link|link copied|pinned(?: post)?"
                                     r"|latest updates)$", re.I),
}


# The names news sites give their sections: a line of nothing else is a menu ('News Reports Sports Business',
# '• Art & Culture'). Countries are left out: 'Iran Iraq' may be a label, but may be more.
# Adjectives ('National', 'Economic') and 'Analysis' are left out: 'Economic Analysis' may head a part of the text.
_SECTION_WORDS = frozenset("""news report reports sport sports business economy politics world society culture art
    arts opinion opinions editorial editorials features video videos photo photos gallery multimedia podcast podcasts
    home first front page latest interviews tech technology science health lifestyle entertainment travel tourism
    middle east africa asia europe americas edition english archive archives about contact us more""".split())
_MENU_SEPARATORS = re.compile(r"[•·|/&]|\band\b", re.I)


# An hour alone on a line: '11:00', '12:54 GMT', '8:15 pm'. Once before the text, the hour the page was put up; a live
# blog prints one over each of its entries, and they are its text (`scrape.read_page`).
HOUR_ALONE = re.compile(r"^[0-2]?\d:[0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?\s*(?:gmt|utc)?$", re.I)


def _is_menu(text: str) -> bool:
    """Section names only, two or more or after a bullet: one word alone ('Analysis') may be a subheading. Or a site's
    menu that opens with its home page, whatever its items: 'Home|Iran|Islam|Persian Language|FAQ|Contact Us'."""
    words = _MENU_SEPARATORS.sub(" ", text).split()
    items = [item.split() for item in re.split(r"[|•·]", text)]
    return ((len(words) >= 2 or text.startswith(("•", "·"))) and len(words) <= 12 and not ends_sentence(text)
            and all(w.casefold() in _SECTION_WORDS for w in words)) or (
        len(items) >= 3 and [w.casefold() for w in items[0]] == ["home"] and all(1 <= len(i) <= 3 for i in items)
        and not ends_sentence(text))


TWO_WAY_DATE = "a date that reads two ways"


def _run_together_twice(text: str) -> bool:
    """A picture's title and its alternative text: the same words, two or more, run together with nothing between
    ('Iranian Artists in IraqIranian Artists in Iraq')."""
    half = len(text) // 2
    return len(text) % 2 == 0 and text[:half] == text[half:] and " " in text[:half] and not text[half - 1].isspace()


def furniture_reason(line: str) -> str | None:
    """Why the line is page furniture, or None. A line that ends like a sentence is text, bar a few notices."""
    text = " ".join(line.split())
    if two_way_date(text):
        return TWO_WAY_DATE
    if _run_together_twice(text):
        return "picture text"
    for reason, pattern in _FURNITURE.items():
        if pattern.search(text):
            return reason
    if _is_menu(text):
        return "section menu"
    if _SHARE.match(text):
        return "share buttons"
    if _IDENTIFIER.match(text):
        return "page markup"  # 'author_image Kurdistan 24': a class or field name scraped with its text; an image's
        # file name ('38276c9bad11cdd154762b0d069a8e47_L')
    words = text.split()
    if len(words) in (4, 6) and words[:len(words) // 2] == words[len(words) // 2:] and not ends_sentence(text) \
            and all(w[:1].isupper() for w in words):
        return "section labels"  # 'News AFP News AFP': a label of two or three capitalised words printed twice
    if len(_GLUED_LABELS.findall(text)) >= 2 and word_count(text) <= 8 and not ends_sentence(text):
        return "section labels"  # 'Foreign PolicyIFP ExclusiveMiddle East': a menu's labels, scraped without spaces
    if _URL_ONLY.match(text) or _LABELLED_URL.match(text):
        return "web address"
    if is_breadcrumbs(text):
        return "breadcrumbs"
    if (o := _OUTLET_PLACE.match(text) or _PLACE_OUTLET.match(text)) and is_known_place(o["place"]):
        return "dateline's place"  # 'Shafaq News – Baghdad', 'Baghdad - INA - Muhammad Salim'
    known = (m := _PLACE_LABEL.match(text)) and is_known_place(m["place"])
    if m and ((m["colon"] or m["dash"]) and (m["place"].isupper() or (m["country"] or m["dash"]) and known)
              or m["place"].isupper() and known  # 'BASRA' alone
              or m["colon"] and known and not is_country(m["place"])):  # 'Islamabad:', a city, not 'Iran:'
        return "dateline's place"
    if (m := _PLACE_LABEL.match(text.removesuffix("."))) and m["country"] and is_known_place(m["place"]) and \
            not is_country(m["place"]) and is_known_place(m["country"].lstrip(", ")):
        return "dateline's place"  # 'Najaf, Iraq', 'Tehran, Iran.': a known place and its country, alone
    if (m := _SCRAPE_DATE.match(text)) and furniture_reason(m["rest"]) == "dateline's place":
        return "dateline's place"  # 'date 2021-04-11 TEHRAN, Iran': the scrape's date, then the place
    return None


def ends_article(reason: str | None) -> bool:
    """Furniture after which nothing more of the article follows: related links, comment prompts, 'Back to top'."""
    return reason in _ENDING


_GLUED_AT = re.compile(r"(?<=[a-z0-9.])(?=[A-Z])")


def ends_glued(line: str) -> bool:
    """A short line with such furniture glued to its end by scraping, no space between: 'October 4, 2025 | 1:15
    pmMore stories' (the date under the text, then the heading of the related stories)."""
    return len(line) <= 100 and any(ends_article(furniture_reason(line[m.start():]))
                                    for m in _GLUED_AT.finditer(line))


def is_breadcrumbs(line: str) -> bool:
    """'News / Politics / Iraq', 'Home › World › Middle East': short names between separators; or between slashes
    with no space ('Iraq/Security', 'Iran/Iraq/Middle East/nuclear weapons')."""
    text = " ".join(line.split())
    parts = BREADCRUMB_SEP.split(text)
    if len(parts) >= 2 and parts[0] in ("Home", "HOME", "Homepage") and word_count(text) <= HEADING_MAX_WORDS + 1 \
            and not ends_sentence(parts[-1]):
        return True  # 'Home » US-Iraq Strategic Dialogue begins today': the site's root, then the page's title whole
    if len(parts) >= 2 and all(
            0 < len(p.split()) <= 4 and (p[:1].isupper() or p[:1].isdigit()) and not ends_sentence(p) for p in parts):
        return True
    parts = text.split("/")
    return len(parts) >= 2 and word_count(text) <= 12 and any(p[:1].isupper() for p in parts) and all(
        0 < len(p.split()) <= 3 and p[:1].isalpha() and p == p.strip() and not ends_sentence(p) for p in parts)


_BYLINE = re.compile(r"^(?:by|written by|reported by|published by|posted by|words by|authors?|reporter|writer"
                     r"|correspondent)\b\s*:?\s*"
                     r"(?=[A-Z])(?P<names>.*)$"
                     # the wire's title for its writer, on the line under the name: 'AP Diplomatic Writer'
                     # a desk or a staff for a name: 'IFP Editorial Staff', 'Sports Desk'
                     r"|^(?P<desk>(?-i:(?!(?:The|A|An|Our)\s)(?:[A-Z][\w.&’'-]*\s){1,3}(?:Editorial\s)?"
                     r"(?:Staff|Desk|Team|Newsroom)"
                     # or the outlet's initials and 'Report' for its own: 'F.P. Report', 'APP Report'
                     r"|[A-Z](?:\.?[A-Z]){1,5}\.?\sReport))$"
                     r"|^(?:AP|Associated Press|Reuters|AFP)(?P<title>(?:\s[A-Z][a-z]+){0,3}\s(?:Writer|Correspondent"
                     r"|Reporter|Editor))$"
                     # a name, then the author's title, on the line under the headline: 'Yasir Rashid Researcher'
                     r"|^(?-i:(?!(?:The|A|An)\b)[A-Z][\w’'.-]+(?:\s(?:al-|bin\s)?[A-Z][\w’'.-]+){1,3})"
                     r"(?P<author>\s(?:Senior\s|Chief\s|Staff\s|Special\s)?(?-i:Researcher|Correspondent|Contributor"
                     r"|Reporter|Writer|Journalist|Columnist|Fellow|Analyst))$", re.I)
_BYLINE_WORDS = {"and", "&", "of", "the", "in", "at", "on", "for", "with", "staff", "writer", "reporter",
                 "correspondent", "editor", "contributor", "special", "senior", "chief", "bureau", "bin", "ibn"}
_COUNTER = re.compile(r"^\d[\d,.]*\s*[kKmM]?\s+[A-Za-z]+(?:\s+[A-Za-z]+)?$")


def is_byline(line: str) -> bool:
    """'By Jane Doe', 'Written by ...', 'Reporter: ...': a short line naming the author, not a sentence, maybe after a
    list's bullet ('• by Web Desk')."""
    text = line.strip().lstrip("•·▪◦* ").strip()
    if re.fullmatch(r"(?:by|written by|words by|authors?|reporters?)\s*:?", text, re.I):
        return True  # the label alone, the name on the next line ('By', then 'By Rami Jameel*')
    m = _BYLINE.match(text)
    if not m or word_count(text) > 10:
        return False
    if m["title"] or m["author"] or m["desk"]:
        return True
    # Names and a few joining words only: 'By Tuesday, Iran had agreed.' is a sentence, not a byline.
    return all(w[0].isupper() or not w[0].isalpha() or w.lower().strip(",;|.") in _BYLINE_WORDS
               or re.match(r"(?:al|el)[-‑][A-Z]", w)  # 'By Hassan al-Obeidi in Baghdad'
               for w in m["names"].split())


_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "of", "the", "de"})
_TITLE_CASE_SMALL_WORDS = frozenset("""In On At For From To By With And Of The A An Is Are Was Were As After Over Into
    Amid Against About Says Said""".split())


_LOWER_IN_TITLES = frozenset("""a an the of in on at for from to by with and or nor but as vs via into onto over amid
    against about""".split())


def in_title_case(line: str) -> bool:
    """A line of four words or more in a headline's capitals: every word a capital or a figure first, but the small
    words a title prints in small letters ('IQD in the Crossfire: What a Trump-Iran Conflict Could Mean for Iraq's
    Dinar'); not a sentence's ('Iraq's prime minister says talks will go on')."""
    words = [w.strip("“”\"‘’'()[],:;") for w in line.split()]
    words = [w for w in words if w and any(c.isalnum() for c in w)]
    return len(words) >= 4 and words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w in _LOWER_IN_TITLES for w in words)


def is_tag_line(line: str) -> bool:
    """A line of a page's labels and tags, names set side by side with no word between them: 'Iraq News Mohammad Shia
    Al-Sudani', 'PUK President Bafel Iran', 'Iran Press TV', 'USA World'. Every word capitalised but a name's particle
    ('al-Halboosi'), no sentence's end, no number and no joining mark but a label's '&' between words that are no given
    names ('Geopolitics & Energy Security Iran Iraq Middle East Security & Defense'; 'Bafel Jalal Talabani & Ali
    Bagheri' is a caption of two names), and a country or a capital among its words beside others ('Qasem Soleimani', a
    caption, holds none)."""
    text = " ".join(line.split())
    words = [w for w in text.split() if w != "&"]
    if not 2 <= len(words) <= 14 or ends_sentence(text) or re.search(r"[\d,;:|/+()\"“”!?]", text) or any(
            is_given_name(after) for after in re.findall(r"&\s*(\S+)", text)) or re.search(r"\S&|&\S", text):
        return False
    if any(not w[:1].isupper() and w.split("-")[0].casefold() not in _NAME_PARTICLES for w in words):
        return False
    if any(w in _TITLE_CASE_SMALL_WORDS for w in words):
        return False  # a headline in a title's capitals: 'Iraqi Prime Minister Meets Iranian President In Tehran'
    return any(is_country_or_capital(w) or i + 1 < len(words) and is_country_or_capital(f"{w} {words[i + 1]}")
               for i, w in enumerate(words)) and not all(is_known_place(w) for w in words) and not is_known_place(text)


def is_counter(line: str) -> bool:
    """'0 Persons', '3 Min Read', '12 Shares': a number and a word or two, printed beside a headline; or a few such
    counts after commas (', 13 news, 3 views') or side by side."""
    parts = [p.strip() for p in line.strip().strip(",").split(",")]
    counted = _COUNT.findall(line)
    side_by_side = 1 < len(counted) <= 4 and not _COUNT.sub("", line).strip(" ,·•|") and all(
        w.casefold() in _COUNTED for w in counted)  # '32 Likes 10 Comments'
    return bool(_COUNTER.match(line.strip())) or (1 < len(parts) <= 4 and all(
        _COUNTER.match(p) and p.split()[-1].casefold() in _COUNTED for p in parts)) or side_by_side


# What a page counts beside its headline, in a line of several counts: ', 13 news, 3 views', '3 views, 0 comments'.
_COUNT = re.compile(r"\d[\d,.]*[kKM]?\s+([A-Za-z]+)")
_COUNTED = frozenset("""news views view comments comment shares share likes like reads read visits visit persons
    reactions votes""".split())


# ---------------------------------------------------------------- captions

_POSITION = re.compile(r"\((?:[LRC]|[LR]-[LR]|[LR] to [LR]|C-[LR]|\d(?:st|nd|rd|th) [LR]|left|right|cent(?:er|re)"
                       r"|front|back|top|bottom|(?:from|far|2nd|3rd) (?:left|right)|L to R)\)")
_CREDIT = re.compile(r"\((?:[A-Z]{2,}\s+)?(?:file\s+)?(?:photos?|image|picture)\b[^)]*\)"  # (Photo by Fars news agency),
                     # (AFP file photo)
                     r"|\b(?:Photos?|Image|Picture)\s*(?:by\b|:|[Cc]redit\b)"  # Photo: IRNA, Image Credit: AP
                     r"|\b[A-Z][\w.]*\s+Photo/"  # (AP Photo/Vahid Salemi)
                     r"|\b[A-Z]{2,}(?:\s[A-Z]{2,})?/[A-Z][\w .'’-]*\)?$"  # REUTERS/Thaier al-Sudani
                     r"|^(?:file\s+)?(?:photo|image|picture)\s*$"
                     r"|^(?i:(?:an?\s+)?file\s+(?:photo|image|picture))\b"  # File photo of a hospital room in Iran
                     r"|\[(?i:file\s+)?(?i:photos?|image|picture)\]"  # Unrest in Iraq [File Photo]
                     r"|\[[A-Z][^\[\]/]{1,50}/\s*[A-Z][^\[\]/]{1,40}\]$"  # ... in Basra. [Hussein Faleh/AFP]
                     r"|[.!?]\s+[A-Z]{2,8}$"  # ... in Tehran on Tuesday. IRNA
                     r"|[.!?]\s+[A-Z][\w.]*\s+Photo$"  # ... introduced the bill this week. AP Photo
                     rf"|[.!?][\"”]?\s*\((?i:{_PICTURE_AGENCIES}|EPA-EFE)\)$"  # ... in Diyala. (AFP), (REUTERS)
                     r"|[.!?]\s+[—–-]\s*(?:Reuters|AFP|AP|Getty Images|EPA(?:-EFE)?|Anadolu|Xinhua|WANA|File)\.?$")


def is_caption(line: str) -> bool:
    """A photo caption: it places people in the picture ('(L)', '(R)') or credits the photo."""
    text = line.strip()
    return bool(_POSITION.search(text) or _CREDIT.search(text))


# ---------------------------------------------------------------- sentences and lead labels

CLOSERS = "”\"’'»)]"  # what may close a sentence after its full stop: a quote mark or a bracket


def ends_sentence(line: str) -> bool:
    """The line ends as a sentence does: '.', '!', '?' or '…', maybe inside a closing quote or bracket."""
    return line.rstrip().rstrip(CLOSERS).endswith((".", "!", "?", "…"))


def word_count(line: str) -> int:
    return len(line.split())


# The small words no heading ends with: a line that ends with one stops mid-sentence, its text printed on the next
# line ('Parliament Speaker Mohamed al-Halbousi met with', then 'Iranian Ambassador in Baghdad Iraj Masjedi, ...').
_LEADS_ON = re.compile(r"\s(?:with|the|of|to|and|a|an|for|from|by|at|or|but|as|into|that|which|his|her|their|its)$")


def leads_on(line: str) -> bool:
    """The line ends with a small word that leads on to more of its sentence."""
    return _LEADS_ON.search(line.strip()) is not None


def is_heading_shape(line: str, max_words: int = HEADING_MAX_WORDS) -> bool:
    """A short line that starts with a capital or a digit and does not end as a sentence or lead into one."""
    text = line.strip()
    first = next((c for c in text if c.isalnum()), "")
    return (0 < word_count(text) <= max_words and (first.isupper() or first.isdigit())
            and not ends_sentence(text) and not text.endswith((":", ";", ",")) and not leads_on(text))


@dataclass(frozen=True)
class LeadLabel:
    """The label an outlet prints before its lead: 'EghtesadOnline:', 'BAGHDAD (Reuters) -'. It stays in the text."""

    text: str
    outlet: str | None
    place: str | None
    date: Dateline | None = None  # the day it prints with its year: 'Baghdad, 20 March 2023 (TDI):'
    two_way: tuple[dt.date, dt.date] | None = None  # a day in numbers that reads two ways: '6-11-2023 (BAGHDAD)'


_WIRE = re.compile(r"^(?P<place>[A-Z][A-Z .’'/-]*[A-Z])(?:,\s+(?P<date>[^()\n]{1,40}?))?\s+\((?P<outlet>[A-Z][\w .&’'-]{0,30}"
                   r"|[a-z]{3,}(?:-[a-z]+)*)\)"  # the outlet's name in small letters too: 'TEHRAN (defapress) –' 
                   r"\s*[-–—:]\s+")
# The same with the place in letters and nothing between it and the wire: 'Baghdad (AsiaNews) – In the war ...'.
_WIRE_PLACE = re.compile(rf"^(?P<place>[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)?)\s+\((?!(?i:{_MONTH})\b)"
                         r"(?P<outlet>[A-Z][\w .&’'-]{0,30})\)\s*[-–—]\s+")
# A wire's dateline with the day and no dash: 'Baghdad, April 15 (NationPress) Iraqi Foreign Minister ...' (as IANS
# and the sites that carry it print it).
_WIRE_DATED = re.compile(rf"^(?P<place>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){{0,2}}),\s+"
                         rf"(?P<date>(?:(?i:{_MONTH})\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{_MONTH}))(?:,?\s+{_YEAR})?)"
                         # the wires' initials may be in small letters, before EFE's '.-': '(efe-epa).-'
                         rf"\s+\((?P<outlet>[A-Z][\w .&’'-]{{0,30}}|[a-z]+(?:-[a-z]+)*(?=\)\.-))\)"
                         r"(?:\.-\s*|(?!\s*[,.;])\s*(?:[-–—:]\s+)?)(?=\S)")
# The outlet's name first, then the day in brackets and a dash, glued or not: 'WANA (June 14)—Nichirvan Barzani ...'.
_WIRE_NAMED_FIRST = re.compile(rf"^(?P<outlet>[A-Z][\w.&’'-]*(?: [A-Z][\w.&’'-]*){{0,2}})\s+"
                               rf"\((?P<date>(?:(?i:{_MONTH})\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{_MONTH}))(?:,?\s+{_YEAR})?)\)"
                               r"\s*[-–—]\s*(?=\S)")
# The place, the day and the outlet, each in capitals, each after a comma: 'YEREVAN, MAY 20, ARMENPRESS. In Iraq ...'.
_WIRE_CAPITALS = re.compile(rf"^(?P<place>[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+){{0,2}}),\s+"
                            rf"(?P<date>(?i:{_MONTH})\.?\s+\d{{1,2}}(?:,?\s+{_YEAR})?),\s+"
                            r"(?P<outlet>[A-Z][A-Z&-]{2,30})[.:]\s+(?=\S)")
# The place, the outlet's initials and the day with its year, each after a comma, then a colon or a dash: 'Tehran, NOC,
# 27 Jul 2019: Last week ...'. The place is one the archive knows, and the initials name no place.
_WIRE_INITIALS_BETWEEN = re.compile(rf"^(?P<place>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){{0,2}}),\s+(?P<outlet>[A-Z][A-Z&-]{{1,15}}),\s+"
                                    rf"(?P<date>\d{{1,2}}\s+(?i:{_MONTH}),?\s+{_YEAR}|(?i:{_MONTH})\s+\d{{1,2}},?\s+{_YEAR})"
                                    r"\s*[:–—-]\s+(?=\S)")
# The day in numbers, then the place in brackets, before the lead: '6-11-2023 (BAGHDAD) Antony Blinken ...'.
_DAY_THEN_PLACE = re.compile(rf"^(?P<date>{_TWO_WAY.pattern})\s+\((?P<place>[A-Z][A-Za-z’' -]{{1,30}})\)"
                             r"\s*(?:[-–—:]\s*)?(?=[A-Z“\"‘])")  # the day in numbers as `two_way_date` reads it
# A label before the lead, maybe with its author's name after a bar: 'EghtesadOnline:', 'Al-Monitor | Ali Mamouri:'.
_LEAD_LABEL_NAME = r"(?P<label>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})"
_AUTHOR_AFTER_BAR = r"\s+\|\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
_OUTLET_AUTHOR = re.compile(rf"^{_LEAD_LABEL_NAME}{_AUTHOR_AFTER_BAR}:\s+\S")
_LABEL_BEFORE_LEAD = re.compile(rf"^{_LEAD_LABEL_NAME}(?:{_AUTHOR_AFTER_BAR})?:\s+\S")
# An outlet's name, a word of its kind in it, and a dash before the lead: 'NAKHOST NEWS –', 'Radiofarda –'.
_OUTLET_DASH = re.compile(rf"^(?P<label>(?:[A-Z][\w.&’'-]*\s+){{0,3}}(?:{_MEDIA_WORD}|(?i:radio)[\w-]*)"
                          r"(?:\s+[A-Z][\w.&’'-]*){0,2})\s+[–—-]\s+(?=[A-Z“\"‘])")
_PLACE_INITIALS = re.compile(r"(?P<place>[A-Z][a-z’'-]+)[-–](?P<outlet>[A-Z]{2,6})")  # a place and a wire's initials
_NOT_OUTLETS = {"note", "editor's note", "editor’s note", "update", "updated", "source", "photo", "caption", "watch",
                "read", "opinion", "analysis", "exclusive", "breaking", "live", "video", "listen", "summary", "warning",
                "file", "newsroom", "editorial", "commentary", "explainer", "interview", "feature", "correction"}


def read_lead_label(lead: str, kinds: dict[str, str], wire_only: bool = False) -> LeadLabel | None:
    """The label before the lead. `kinds` maps known spellings to 'person', 'organisation' or 'place': a label that
    names a place is the story's place ('TEHRAN:'), one that names a person is a quotation, any other an outlet.
    `wire_only`: only a wire story's label ('BAGHDAD (Reuters) -'), for a paragraph after the first."""
    if m := _WIRE.match(lead):  # with its day where it prints one: 'BAGHDAD, Nov 3, 2025 (AFP) –'
        return LeadLabel(m[0].strip(), m["outlet"].strip(), m["place"].strip(),
                         _read_dateline(m["date"]) if m["date"] else None)
    if m := _WIRE_DATED.match(lead) or _WIRE_CAPITALS.match(lead):
        return LeadLabel(m[0].strip(), m["outlet"].strip(), m["place"].strip(), _read_dateline(m["date"]))
    if (m := _WIRE_INITIALS_BETWEEN.match(lead)) and is_known_place(m["place"]) and kinds.get(m["outlet"]) != "place" \
            and (dated := _read_dateline(m["date"])):
        return LeadLabel(m[0].strip(), m["outlet"], m["place"], dated)
    if (m := _DAY_THEN_PLACE.match(lead)) and is_known_place(m["place"].strip().title()):
        return LeadLabel(m[0].strip(), None, m["place"].strip(), _read_dateline(m["date"]), two_way_date(m["date"]))
    if (m := _WIRE_PLACE.match(lead)) and kinds.get(m["outlet"]) not in ("place", "person"):
        return LeadLabel(m[0].strip(), m["outlet"].strip(), m["place"].strip())
    if (m := _WIRE_NAMED_FIRST.match(lead)) and kinds.get(m["outlet"]) not in ("place", "person"):
        return LeadLabel(m[0].strip(), m["outlet"].strip(), None, _read_dateline(m["date"]))
    if wire_only:
        return None
    if (m := _OUTLET_DASH.match(lead)) and kinds.get(m["label"]) != "place":
        return LeadLabel(m[0].strip(), m["label"], None)  # 'NAKHOST NEWS – ...', 'Radiofarda – ...'
    m = _LABEL_BEFORE_LEAD.match(lead)
    if not m or m["label"].lower() in _NOT_OUTLETS:
        return None
    label = m["label"]
    if (joined := _PLACE_INITIALS.fullmatch(label)) and is_known_place(joined["place"]):
        return LeadLabel(m[0][:-1].rstrip(), joined["outlet"], joined["place"])  # 'Tehran-IP:', Iran Press's
    kind = kinds.get(label)
    if kind == "person":
        return None
    if kind == "place" or (label.isupper() and kind is None and len(label) > 4):
        return LeadLabel(label + ":", None, label)
    return LeadLabel(m[0][:-1].rstrip(), label, None)


_OWNER = re.compile(r"^(?P<name>[A-Z][\w&.’' -]{1,40}?)[’']s\s+(?:website|web\s*site|site|apps?)\b")
_COPYRIGHT_OWNER = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*"
                              r"(?P<name>[A-Z][\w&’' -]{1,40}?)\s*(?:[.,|]|all rights reserved|$)", re.I)


# A name in capitals alone before a dash, maybe glued to it: 'SHAFAQNA- The ...', 'SHAFAQNA-Iraq and Iran ...' (after
# the scrape's date), 'ALBAWABA - ...'; a place's there is a dateline ('TEHRAN –').
_CAPITALS_DASH = re.compile(r"^(?P<label>[A-Z]{4,})\s?[–—-]\s?(?=[A-Z“\"‘])")


def outlet_before_dash(lead: str) -> str | None:
    """The outlet whose name opens the lead as a source's label: with a word of its kind in it before a dash
    ('NAKHOST NEWS – ...', 'Radiofarda – ...'), or with its author's name after a bar ('Al-Monitor | Ali Mamouri:
    ...'), or in capitals alone where it names no place ('SHAFAQNA- ...', not 'TEHRAN – ...')."""
    m = _OUTLET_DASH.match(lead) or _OUTLET_AUTHOR.match(lead)
    if m:
        return m["label"]
    text = lead.strip()
    m = _CAPITALS_DASH.match(scraped["rest"] if (scraped := _SCRAPE_DATE.match(text)) else text)
    if m and m["label"].casefold() not in _NOT_OUTLETS and not is_known_place(m["label"].title()):
        return m["label"]
    return None


def outlet_named_by(furniture: str) -> str | None:
    """The outlet a furniture line names: "Press TV’s website can also be accessed ...", '© 2021 Al-Monitor.'"""
    text = " ".join(furniture.split())
    m = _OWNER.match(text) or _COPYRIGHT_OWNER.match(text)
    return m["name"].strip() if m else None


_NAME_ALONE = re.compile(r"(?-i:[A-Z][\w’'.-]+(?:\s(?:al-|el-|bin\s|ibn\s)?[A-Z][\w’'.-]+){1,3})")


def name_alone(line: str) -> bool:
    """Two to four capitalised words and nothing else: a name's shape ('Edy Cohen', 'Mahmoud Al-Shamari')."""
    return bool(_NAME_ALONE.fullmatch(line.strip())) and not any(c.isdigit() for c in line)


# What a list of people prints around a name: a title written short before it ('Amb. (ret.) Rend Al-Rahim', 'Dr.'),
# a part in the event after it ('Alex Vatanka, moderator').
_LISTED_TITLE = re.compile(r"^(?:(?-i:[A-Z])[a-z]{1,4}\.\s*(?:\([a-z.]+\)\s*)?)+")
_LISTED_PART = re.compile(r"\s*(?:,|[-–—]|\()\s*(?:moderator|chair|host|discussant|presenter|speaker|panell?ist)\)?$",
                          re.I)
# The first word of a line that says what someone is: 'Senior Analyst for Iraq at the International Crisis Group',
# 'Resident scholar, American Enterprise Institute', 'Co-founder and president, The Iraq Foundation'.
_POST_OPENERS = frozenset("""senior junior director director-general deputy executive assistant associate professor
    fellow nonresident non-resident visiting resident research researcher analyst editor correspondent journalist
    co-founder founder president vice chair chairman chairwoman head chief ceo former minister ambassador adviser
    advisor lecturer author member managing programme program project secretary spokesperson principal partner
    producer reporter commentator scholar""".split())


def listed_name(text: str) -> str | None:
    """The name a line of a list of people prints alone, without its title written short or the person's part in the
    event: 'Rend Al-Rahim' of 'Amb. (ret.) Rend Al-Rahim', 'Alex Vatanka' of 'Alex Vatanka, moderator'."""
    name = _LISTED_PART.sub("", _LISTED_TITLE.sub("", text.strip()))
    return name if name_alone(name) else None


def says_what_they_are(text: str) -> bool:
    """A line that says what someone is, in thirty words or fewer and no sentence: 'Resident scholar, American
    Enterprise Institute'."""
    words = text.split()
    return bool(words) and words[0].casefold().rstrip(",:;") in _POST_OPENERS and word_count(text) <= 30 \
        and not ends_sentence(text.strip())
