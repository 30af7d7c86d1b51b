"""Read a page as scraped: decode its bytes, find the headline, the datelines and the lead, and sort every line
into a block of the article (paragraph, subheading, caption) or a dropped line with its reason.

Each non-blank line of a scraped page is one unit. What a line is comes from its shape (`furniture`) and from where
it stands: before the headline is the site's header, between the headline and the lead the article's head
(datelines, bylines, captions, subheadings), and after the last paragraph of text the site's footer. Kept lines are
never changed: a block's text is its line, character for character."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from .errors import DataError
from .furniture import (BREADCRUMB_SEP, CLOSERS, HEADING_MAX_WORDS, HOUR_ALONE, LINK_LABEL, TWO_WAY_DATE, Dateline,
                        LeadLabel, day_after_text, day_of_today, day_opening, ends_article, ends_glued, ends_sentence,
                        furniture_reason, in_title_case, is_byline, is_caption, is_counter, is_heading_shape,
                        is_tag_line, leads_on, listed_name, name_alone, outlet_named_by, read_dateline, read_lead_label,
                        read_news_id, says_what_they_are, two_way_date, word_count)
from .gazetteer import is_given_name, is_known_place
from .names import APOSTROPHES, is_article, without_marks
from .sentences import sentences

HEADLINE_MAX_WORDS = 30
HEADLINE_USUAL_WORDS = 16  # a headline is rarely longer; a deck or a standfirst often is
HEADLINE_MIN_WORDS = 4  # a section label ('World', 'Middle East', 'Iraq Pulse') is shorter
# Windows-1252 as browsers read it (WHATWG): the five bytes it leaves undefined stand for the C1 controls.
_WINDOWS_1252 = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}

# ---------------------------------------------------------------- decoding


@dataclass(frozen=True)
class RawText:
    text: str
    warnings: tuple[str, ...]


def decode_raw(data: bytes, name: str) -> RawText:
    """Bytes as read from the file -> text with LF line ends, NFC, as the archive keeps its articles.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they are; other bytes are read as Windows-1252,
    the encoding of most older pages that are not UTF-8, with a warning. Empty or binary input is an error (a few
    control characters are not: they stay, as every other character does)."""
    fix_binary = "give the page's text as a plain-text file (copy the article's text from the browser)"
    if not data.strip():
        raise DataError(name, None, "is empty", "scrape the page again; the file holds no text")
    warnings = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise DataError(name, None, "starts like UTF-16 text but is not", fix_binary) from None
    else:
        if b"\x00" in data:
            raise DataError(name, None, "is binary, not text (it holds NUL bytes)", fix_binary)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            text = data.decode("latin-1").translate(_WINDOWS_1252)
            warnings.append(f"{name}: is not UTF-8 (byte {exc.start}); read as Windows-1252. "
                            "Check the curly quotes and dashes of the result")
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > max(2, len(text) // 100):
        raise DataError(name, None, f"is binary, not text ({controls} control characters)", fix_binary)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise DataError(name, None, "is empty", "scrape the page again; the file holds no text")
    return RawText(text, tuple(warnings))


# ---------------------------------------------------------------- the page


@dataclass(frozen=True)
class Kept:
    """A line kept as a block of the article: 'p', 'h2' or 'caption'; or, where the page breaks its text into lines
    mid-sentence, the lines of one paragraph, their breaks kept in its text."""

    line: int  # 1-based, in the scraped file: the block's first line, the others after it, one a line break
    kind: str
    text: str


@dataclass(frozen=True)
class Dropped:
    line: int
    text: str
    reason: str  # 'headline', 'dateline', 'news ID', 'byline', 'share buttons', 'after the end of the article' ...


@dataclass(frozen=True)
class ScrapedPage:
    """What a scraped page prints, and how each of its lines was read."""

    headline: str | None  # as printed, without the white space around it
    headline_line: int | None
    datelines: tuple[tuple[int, Dateline], ...]  # (line, dateline), in page order
    two_way_dates: tuple[tuple[int, str, tuple[dt.date, dt.date]], ...]  # (line, text, (day first, month first)): a
    # numeric date that reads as two days ('Monday, 07/11/2022'), which dates nothing; the curator says which
    news_id: str | None
    lead_label: LeadLabel | None
    outlet_named: tuple[int, str] | None  # (line, outlet) named by a furniture line ("Press TV’s website ..."), by
    # the site's name after a printing of the headline ('... | Iran International') or by the dateline's source
    kept: tuple[Kept, ...]
    dropped: tuple[Dropped, ...]

    @property
    def dateline(self) -> tuple[int, Dateline] | None:
        """The publication dateline: the first not labelled 'Updated', else the first. Where the page prints two or
        more dates before its text ends, the earliest: a site's date bar prints the day the page was served ('Sunday,
        19 July 2020' above 'Saturday, 18 July 2020 11:27 PM'; 'Wed Aug 10, 2022' over a headline and a standfirst,
        then 'Tue 17 - August 2021'), never one before the story's; not one after two paragraphs of the text or more,
        which dates what the text lists or quotes (a review of a year's cards of its stories, 'Jan 1, 2021')."""
        text_end = max((k.line for k in self.kept if k.kind == "p"), default=None)
        head = [d for d in self.datelines if not d[1].updated and text_end is not None and d[0] < text_end
                and sum(k.kind == "p" and k.line < d[0] for k in self.kept) < 2]
        if len(head) >= 2:
            return min(head, key=lambda d: (d[1].date, d[0]))
        return next((d for d in self.datelines if not d[1].updated), self.datelines[0] if self.datelines else None)

    @property
    def date(self) -> dt.date | None:
        return self.dateline[1].date if self.dateline else None

    @property
    def outlet(self) -> str | None:
        """As the page names it: in the label before the lead ('EghtesadOnline:'), else in its furniture."""
        if self.lead_label and self.lead_label.outlet:
            return self.lead_label.outlet
        return self.outlet_named[1] if self.outlet_named else None

    def blocks(self) -> list[tuple[str, str]]:
        return [(k.kind, k.text) for k in self.kept]


_PLAYER_AFTER = re.compile(r"\w[.!?][”\"’)]?\s+(?:listen|watch|video|audio|podcast)(?: here| now| below)?\s*:$", re.I)
# The sentence that hands over to a report the scrape left out: 'Al Jazeera’s Osama Bin Javaid has this report from
# Baghdad:'.
_HANDS_OVER = re.compile(r"\b(?:has|have|sent|filed) (?:this|the following|more in this) report\b[^:.!?]{0,60}:$"
                         r"|\breports from [^:.!?]{1,40}:$", re.I)


@dataclass(frozen=True)
class _Shape:
    """One line, read by its shape alone."""

    number: int
    text: str
    furniture: str | None
    dateline: Dateline | None
    news_id: str | None
    caption: bool

    @property
    def is_text(self) -> bool:
        return not (self.furniture or self.dateline or self.news_id or self.caption)

    @property
    def is_prose(self) -> bool:
        """A paragraph of the article: it ends as a sentence, or is too long for a heading (a standfirst). A line
        that ends with a colon leads into what follows (a teaser's 'consider what such a result would entail:'),
        unless what follows is a player the scrape left out, its label after the paragraph's last sentence ('...
        leading to a string of foreign policy failures. Listen:') or the sentence that hands over to it ('Osama Bin
        Javaid has this report from Baghdad:')."""
        text = self.text.strip()
        hands_over = _HANDS_OVER.search(text) is not None
        return self.is_text and (not text.endswith(":") or bool(_PLAYER_AFTER.search(text)) or hands_over) and \
            not is_byline(text) and (ends_sentence(text) or word_count(text) > HEADING_MAX_WORDS or hands_over)


def _shape(number: int, text: str) -> _Shape:
    dateline = read_dateline(text)
    news_id = None if dateline else read_news_id(text)
    furniture = None if dateline or news_id else furniture_reason(text)
    caption = not (dateline or news_id or furniture) and is_caption(text)
    return _Shape(number, text, furniture, dateline, news_id, caption)


_BULLET = "[•·▪◦*]"
_MENU_ITEM = re.compile(rf"^\s*{_BULLET}\s*(?P<label>\S.*)$")
_LIST_MARK = re.compile(rf"^\s*(?:{_BULLET}|[-–—](?=\s))\s*")  # a list item's bullet or dash


def _without_bullet(text: str) -> str:
    """A list item's label, without its bullet ('  • US allows ...'); any other line as it is."""
    return m["label"] if (m := _MENU_ITEM.match(text)) else text


def _with_menus(shapes: list[_Shape]) -> list[_Shape]:
    """A run of four lines or more of a bullet and a label of a few words ('  • First Page', '  • National & Int’l',
    '  • Economy' ...) is a menu, with the one word over it ('Pages'); a list of points ends as sentences do."""
    item = [bool((m := _MENU_ITEM.match(s.text)) and word_count(m["label"]) <= 4 and not ends_sentence(m["label"])
                 and not (s.dateline or s.news_id)) for s in shapes]
    out = list(shapes)
    i = 0
    while i < len(shapes):
        j = i
        while j < len(shapes) and item[j]:
            j += 1
        if j - i >= 4:
            first = i - 1 if i and shapes[i - 1].is_text and word_count(shapes[i - 1].text) == 1 else i
            for k in range(first, j):
                out[k] = replace(shapes[k], furniture="section menu")
        i = j + 1
    return out


def same_words(a: str, b: str) -> bool:
    """Two lines that print the same words (a repeated headline, with other spacing or capitals)."""
    return _spaced(a) == _spaced(b)


def _spaced(text: str) -> str:
    """The line's words in lower case, one space between each, an ellipsis as three points ('thirst…' is
    'thirst...')."""
    return " ".join(text.replace("…", "...").split()).casefold()


def _headline_like(s: _Shape) -> bool:
    """A headline has a subheading's shape, longer; not a line that opens with a dash, a list's item or a slogan cut
    from the site's name ('- Delivering Truth Around the World')."""
    text = s.text.strip()
    return (s.is_text and _worded(text) and not is_counter(text) and not is_byline(text)
            and not _DASH_LED.match(text) and is_heading_shape(_abbreviation_ended(text), HEADLINE_MAX_WORDS))


_DASH_LED = re.compile(r"[-–—]\s")
_CREDITED = re.compile(r"©|\s/\s|\bCC\s*:|\b(?:photo|image|picture)\b", re.I)  # a picture's credit


def _abbreviation_ended(text: str) -> str:
    """A line that ends in an abbreviation's point ('... Targeted by U.S.', '... for Iraqi govt.') without it: the
    point ends the abbreviation, not a sentence, as a headline prints it."""
    return re.sub(r"(\b[A-Z]\.[A-Z]|\b(?i:govt|dept|intl|admin))\.(?=[\W]*$)", r"\1", text)


def _worded(text: str) -> bool:
    """A line that holds a word: not only a date, a time or a number ('01/05/2025', printed twice atop a page)."""
    return bool(re.search(r"[^\W\d_]{2}", text))


def _before_dateline(shapes: list[_Shape], i: int) -> bool:
    """A dateline follows line i with no paragraph between."""
    for later in shapes[i + 1:]:
        if later.dateline:
            return True
        if later.is_prose and not _asks(later):
            return False
    return False


def _asks(s: _Shape) -> bool:
    """A short question with a capital: 'Will Iraq pay its gas debt to Iran?'."""
    text = s.text.strip()
    return (s.is_text and text.rstrip(CLOSERS).endswith("?") and word_count(text) <= HEADLINE_MAX_WORDS
            and text[:1].isupper())


def _heads(shapes: list[_Shape], i: int) -> bool:
    """Line i stands where a headline stands, whatever its shape: a question that no paragraph follows at once
    (a dateline, a byline, a deck or a label does), or a line that does not end as a sentence, printed before the
    page's dateline (a headline scraped without its capital: 'to broker a new round of talks, al-Sudani heads to
    Tehran')."""
    s = shapes[i]
    if not s.is_text or not _worded(s.text) or is_byline(s.text) or word_count(s.text) > HEADLINE_MAX_WORDS:
        return False
    nxt = shapes[i + 1] if i + 1 < len(shapes) else None
    if _asks(s):
        return (nxt is not None and not nxt.is_prose) or _before_dateline(shapes, i)
    if _stated_above_date(shapes, i):
        return True
    return (not ends_sentence(_abbreviation_ended(s.text)) and not s.text.rstrip().endswith((":", ";", ","))
            and _before_dateline(shapes, i))


def _stated_above_date(shapes: list[_Shape], i: int) -> bool:
    """Line i is the page's first line of text, one short sentence with its full stop, and the page's date comes
    next, before any paragraph: a headline printed as a sentence ('Iraq reveals a dangerous plan from Iran about
    water.', then '09:52 - 08/05/2022')."""
    s, nxt = shapes[i], shapes[i + 1] if i + 1 < len(shapes) else None
    text = s.text.strip()
    return (nxt is not None and (nxt.dateline is not None or nxt.furniture == TWO_WAY_DATE)
            and not any(earlier.is_text for earlier in shapes[:i]) and text.endswith(".") and text[:1].isupper()
            and not re.search(r"[.!?][\"”’)]*\s+\S", text)
            and HEADLINE_MIN_WORDS <= word_count(text) <= HEADLINE_USUAL_WORDS)


# maybe after a byline and a bar ('Sangar Ali | 7 April 2019 – HALABJA (Kurdistan 24) – A delegation ...')
_DATE_BEFORE_TEXT = re.compile(r"^\s*(?:(?P<date>(?i:date\s*:?\s*)?\d{4}-\d\d-\d\d)\s+"
                               r"|(?:[A-Z][\w.’'-]*\s+){1,8}\|\s+(?P<bydate>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
                               r"|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{4}-\d\d-\d\d)\s*[–—-]?\s+"
                               # or after a known place, maybe with its country, a dash glued to the text or a colon:
                               # 'Iraq, January 11, 2020—Paramilitary', 'Tehran, Iran, June 6, 2023: Top officials'
                               r"|(?P<place>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2}),\s+(?:[A-Z][\w’'-]*,\s+)?"
                               r"(?P<placedate>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})\s*(?:[–—-]\s*|:\s+)"
                               # or the day alone, with its year, then a colon or a dash: 'June 22, 2025: The Middle'
                               r"|(?P<leaddate>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
                               r"\s*[:–—-]\s+(?=[A-Z“\"‘]))(?=\S)")
# A headline with the date run onto its end, no word between them saying what the date is of (a document's title):
# 'Asa’ib Ahl al-Haq, profile of an Iraqi Shiite militia ... January 8, 2020'; not '... signed on January 8, 2020'.
_DATE_AFTER_TEXT = re.compile(r"^(?P<head>\S.{8,200}?)\s+(?:[–—-]\s+)?(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}"
                              r"|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}))\s*$")
_OF_A_DATE = frozenset("on in of by to at since from until after before dated till".split())
# The site's name after a printing of the headline: after a bar or a dash between spaces ('... | Iran International'),
# or one word glued to the headline's last by a hyphen ('... engineering services-Xinhua'); a line without it is the
# headline only where the page prints that line too.
_SITE_SUFFIX = re.compile(r"(?:\s+[|–—-]\s+(?P<site>[^|–—-]{2,40})|(?<=[a-z])-(?P<glued>[A-Z][a-z]{2,20}))$")


def _without_site(text: str) -> str:
    """A headline as the page's title prints it, without the site's name after it ('... | Iran International')."""
    return _SITE_SUFFIX.sub("", text.strip())


_HEAD_LINES = 12  # the page's head, where the address's headline is looked for: a site's appeals and menus come first


def _named_by_address(shapes: list[_Shape], url: str | None) -> int | None:
    """The line of the page's head that the address spells out, whatever its shape: most addresses carry the
    headline's words ('.../in-pictures-iraqis-converge-on-baghdad-airport-to-remember-...-anniv'), and a line whose
    words and the address's (four or more) are mostly the same is the headline. A lead that only holds the
    address's few words ('.../araghchi-to-visit-baghdad') is not. An address cut short spells a long headline's
    opening words only (`_opens_with`)."""
    in_order = _address_slug(url)
    slug = set(in_order)
    if len(slug) < 4:
        return None
    head = shapes[:_HEAD_LINES]
    for i, s in enumerate(head):
        if any(_crumbs_end_with(s.text, later.text) for later in head[i + 1:] if later.is_text):
            continue  # the headline again, at the end of a breadcrumb above it
        words = _words_as_addressed(s.text, slug)
        if s.is_text and word_count(s.text) <= HEADLINE_MAX_WORDS and len(words & slug) >= 0.6 * len(words | slug):
            return i
        if (s.is_text and word_count(s.text) <= 2 * HEADLINE_MAX_WORDS and not ends_sentence(s.text.strip())
                and _opens_with(s.text, in_order)):
            return i
    return None


def _words_as_addressed(text: str, slug: set[str]) -> set[str]:
    """The line's words as the address spells them, in small letters: a word's apostrophe and what follows it
    dropped, or the apostrophe alone, as the address does ('Iran’s leader' for '.../iran-leader-...'; 'What’s Behind
    ... Chief’s' for '.../whats-behind-...-chiefs-...'); a letter's marks dropped, as an address drops them
    ('As-Sūdānī to Ra’īsī' for '.../as-sudani-to-raisi-...')."""
    words = set()
    for word in re.findall(r"[a-z0-9]+(?:[’'][a-z0-9]+)*", without_marks(text).casefold()):
        joined, cut = re.sub(r"[’']", "", word), re.split(r"[’']", word)[0]
        words.add(joined if joined in slug or cut not in slug else cut)
    return words


_ADDRESS_CUT_WORDS = 8  # an address of this many words or more may be a long headline's opening, cut
_ADDRESS_CUT_SHORT = 5  # an address of fewer words is read as cut only where it ends on a small word


_SLUG_DROPS = frozenset("a an the of on in at by for to and or with from as".split())  # small words addresses leave out


def _opens_with(text: str, slug: list[str]) -> bool:
    """The line's words open with the address's, in their order, bar the small words the address leaves out ('... Over
    Use Of Name ...' for '...-over-use-name', as an address cut short of a headline of 31 words does) and the slashes
    it drops between two words ('Iran/Iraq : Speech by ...' for '.../iraniraq-speech-...'). A shorter address that
    ends on such a small word was cut too: no headline ends on 'as' ('.../iraq-and-iran-build-economic-ties-as' for
    'Iraq and Iran Build Economic Ties as a Sidelined U.S. Looks On', a blog's address cut at 40 letters)."""
    if len(slug) < _ADDRESS_CUT_WORDS and not (len(slug) >= _ADDRESS_CUT_SHORT and slug[-1] in _SLUG_DROPS):
        return False
    words = re.findall(r"[a-z]+", without_marks(text).casefold().replace("/", ""))
    at = 0
    for w in slug:
        while at < len(words) and words[at] != w:
            if words[at] not in _SLUG_DROPS:
                return False
            at += 1
        if at == len(words):
            return False
        at += 1
    return True


def _after_breadcrumb(line: str, headline: str) -> bool:
    """A line that prints a headline of HEADLINE_MIN_WORDS words or more after a breadcrumb of at most four
    capitalised words, glued to it by scraping: 'Home News Iran Extends Gas Export Contract With Iraq', or with no
    space at all: 'HomeWorldAsiaBafel Jalal Talabani came to Tehran ...'."""
    if word_count(headline) < HEADLINE_MIN_WORDS:
        return False
    words = line.split()
    crumbs = len(words) - len(headline.split())
    if 0 < crumbs <= 4 and all(w[:1].isupper() for w in words[:crumbs]) and same_words(" ".join(words[crumbs:]),
                                                                                       headline):
        return True
    head = headline.strip()
    return line.endswith(head) and bool(_GLUED_CRUMBS.fullmatch(line[: len(line) - len(head)]))


def _crumbs_end_with(line: str, headline: str) -> bool:
    """A breadcrumb whose last crumb is the headline whole, each crumb before it of at most four words: 'Home / (a
    section) / What’s Behind ...?'."""
    crumbs = BREADCRUMB_SEP.split(line)
    return len(crumbs) >= 2 and same_words(crumbs[-1], headline) and all(0 < word_count(c) <= 4 for c in crumbs[:-1])


def _without_crumbs(headline: str) -> str:
    """A headline printed as the last crumb of a breadcrumb from the home page, every crumb before it a word or
    three: the last crumb alone ('Home » World » Sudanese in Tehran: A Diplomatic Visit ...' is 'Sudanese in Tehran:
    A Diplomatic Visit ...'). A headline that only holds a slash or a bar ('Iraq / Iran: talks resume') is kept."""
    crumbs = BREADCRUMB_SEP.split(headline)
    return crumbs[-1] if len(crumbs) >= 3 and crumbs[0].casefold() == "home" and all(
        0 < word_count(c) <= 3 for c in crumbs[:-1]) and word_count(crumbs[-1]) >= HEADLINE_MIN_WORDS else headline


# The label of a page's title field before the headline, a page template's: 'Title: U.S. Treasury Designates ...'.
_FIELD_LABEL = re.compile(r"^(?:title|headline)\s*:\s+(?=\S)", re.I)
_GLUED_CRUMBS = re.compile(r"(?:[A-Z][a-z]+){1,4}")  # 'HomeWorldAsia', glued to the headline's first word


def _site_name(url: str | None) -> str:
    """The name the address's host gives the site, in lower case: 'peregraf' of 'staging.peregraf.com', 'rudaw' of
    'www.rudaw.net'; '' without an address."""
    labels = (urlsplit(url).hostname or "").split(".") if url else []
    return labels[-2] if len(labels) >= 2 and len(labels[-2]) >= 3 else ""


def _with_masthead(shapes: list[_Shape], site: str) -> list[_Shape]:
    """The lines, where one of the first three prints the site's name as its address's host gives it with a motto
    glued to it ('The Washington PostDemocracy Dies in Darkness' at washingtonpost.com): that line is the site's."""
    out = list(shapes)
    for i, s in enumerate(shapes[:3]):
        if site and s.is_text and word_count(s.text) <= 10 and _glued_after_site(s.text.strip(), site):
            out[i] = replace(s, furniture="the site's name")
    return out


def _glued_after_site(text: str, site: str) -> bool:
    """The text opens with the site's name ('The' maybe before it), spaced as it likes, and a capital follows it glued
    to its last letter: 'The Washington PostDemocracy ...' for 'washingtonpost'."""
    m = re.match(r"(?:the\s*)?" + r"[\W_]*".join(map(re.escape, site)), text, re.I)
    return bool(m) and m.end() < len(text) and text[m.end() - 1].islower() and text[m.end()].isupper()


def _address_words(url: str | None) -> set[str]:
    """The words of the address's last part that reads as words: '.../news/2024/iran-iraq-sign-deal.html'."""
    return set(_address_slug(url))


def _address_slug(url: str | None) -> list[str]:
    """The same words in order: '.../iraq-begins-issuing-visas' -> ['iraq', 'begins', 'issuing', 'visas']."""
    parts = [p for p in urlsplit(url).path.casefold().split("/") if p] if url else []
    for part in reversed(parts):
        words = re.findall(r"[a-z]+", re.sub(r"_[a-z]{2}$", "", part))  # a language's code after it: '..._en'
        if len(words) >= 3 and not all(re.fullmatch(r"[a-f]+", w) for w in words):  # not an ID: '0000017f-debd-...'
            return [w for w in words if w not in ("html", "htm", "php", "amp", "aspx")]
    return []


def _find_headline(shapes: list[_Shape], title: str | None, url: str | None = None) -> int | None:
    """Where the headline stands (`_headline_at`); where that line prints the start of the words of one of the next
    lines, a longer headline's shape (no sentence), cut, that line ('Experts Respond Political Tensions in Iraq
    Analyzing the Storming of', then 'Experts Respond: Political Tensions in Iraq | Analyzing the Storming of the
    Parliament and Its Impact')."""
    at = _headline_at(shapes, title, url)
    if at is None and title is None:
        return _long_headline(shapes)
    if at is None or title is not None:
        return at
    return next((j for j in range(at + 1, min(at + 4, len(shapes))) if shapes[j].is_text
                 and not ends_sentence(shapes[j].text.strip())
                 and word_count(shapes[j].text) <= 2 * HEADLINE_USUAL_WORDS
                 and _cut_words(shapes[at].text, shapes[j].text)
                 and not same_words(_without_site(shapes[j].text), shapes[at].text)), at)  # not '... | Site'


def _long_headline(shapes: list[_Shape]) -> int | None:
    """Where no line has a headline's shape: the page's first line, where it is text longer than a headline's shape
    allows (a ministry's summary for a headline, 'Foreign Minister from Tehran: Our dialogues were realistic, the
    interests of our two countries were present, ...', 43 words), ends no sentence, as a headline does not, and the
    next line is prose that does, as a paragraph does."""
    if len(shapes) < 2 or not shapes[0].is_text or not _worded(shapes[0].text):
        return None
    first, nxt = shapes[0].text.strip(), shapes[1]
    if HEADLINE_MAX_WORDS < word_count(first) <= 2 * HEADLINE_MAX_WORDS and not ends_sentence(first) \
            and not first.endswith((":", ";", ",")) and nxt.is_prose and ends_sentence(nxt.text.strip()):
        return 0
    return None


# A line that goes on with the sentence of the line above it, in small letters: '... shift away” from certain', then
# 'commitments.The minister said ...'.
_GOES_ON = re.compile(r"\s*[a-z]")
# Text broken into lines mid-sentence, as a print layout or a mail breaks it: three of its lines or more, and a fifth or
# more, go on in small letters from the line above.
_WRAPPED_AT_LEAST, _WRAPPED_SHARE = 3, 5


def _goes_on(above: Kept, below: Kept) -> bool:
    return below.line == above.line + 1 and above.kind != "caption" and below.kind != "caption" \
        and not ends_sentence(above.text.strip())


def _hard_wrapped(kept: list[Kept]) -> bool:
    """The page prints its text in lines broken mid-sentence ('... commander Qassem', then 'Soleimani and Iraqi
    ...'): lines that go on, in small letters, from the line above, which ends no sentence."""
    carried = sum(1 for above, below in zip(kept, kept[1:]) if _goes_on(above, below) and _GOES_ON.match(below.text))
    return carried >= _WRAPPED_AT_LEAST and carried * _WRAPPED_SHARE >= len(kept)


def _joined_lines(kept: list[Kept]) -> list[Kept]:
    """The lines of a page printed in broken lines, each run that goes on from a line ending no sentence joined into
    one paragraph, its line breaks kept in its text: no sentence's half is a subheading, no name is cut in two."""
    out: list[Kept] = []
    last = None
    for k in kept:
        if last is not None and _goes_on(last, k):
            out[-1] = Kept(out[-1].line, "p", out[-1].text + "\n" + k.text)
        else:
            out.append(k)
        last = k
    return out


def _touching(above: _Shape, below: _Shape) -> bool:
    """The two lines stand one right under the other, with no blank line between them."""
    return below.number == above.number + 1


def _carried_on(shapes: list[_Shape], i: int) -> bool:
    """Line i goes on with the sentence of the line just above it, which ends with a small word that leads on and has
    no blank line after it ('Parliament Speaker Mohamed al-Halbousi met with', then 'Iranian Ambassador in Baghdad Iraj
    Masjedi, during his visit to the Iranian'): text printed in short lines, not a headline."""
    return i > 0 and _touching(shapes[i - 1], shapes[i]) and shapes[i - 1].is_text \
        and leads_on(shapes[i - 1].text)


_LIST_ITEM = re.compile(r"^\s*(?:[-–•·▪◦*]|\d{1,2}[.)])\s+\S")
_LIST_INTRO_WORDS = 8  # a sentence that opens a list ('... key Iraqi leaders, including:'), not a label ('Read more:')


def _with_list_after(shapes: list[_Shape], last: int | None, end: int) -> int | None:
    """The text's last line, where its last paragraph is followed, with no blank line between, by a sentence that
    opens a list and the list's items ('While in Baghdad, President Pezeshkian is scheduled to ... including:', then
    '- Prime Minister Mohammed Shia al-Sudani', '- President Abdul Latif Rashid'): the list's last item."""
    if last is None or last + 2 >= end:
        return last
    intro = shapes[last + 1]
    if not (intro.is_text and intro.text.rstrip().endswith(":") and word_count(intro.text) >= _LIST_INTRO_WORDS):
        return last
    items = last + 2
    while items < end and _touching(shapes[items - 1], shapes[items]) and shapes[items].is_text \
            and _LIST_ITEM.match(shapes[items].text) and word_count(shapes[items].text) <= HEADLINE_MAX_WORDS:
        items += 1
    return items - 1 if items > last + 2 else last


_PEOPLE_LISTED_PAIRS = 2


def _people_listed(shapes: list[_Shape]) -> dict[int, range]:
    """The lines of the lists of people in the page, each name alone on its line over a line that says what they are,
    two of them or more one after the other, a blank line between or not; each line's list."""
    pairs = [k for k in range(len(shapes) - 1) if shapes[k].is_text and shapes[k + 1].is_text
             and listed_name(shapes[k].text) and says_what_they_are(shapes[k + 1].text)]
    found: dict[int, range] = {}
    i = 0
    while i < len(pairs):
        j = i
        while j + 1 < len(pairs) and pairs[j + 1] == pairs[j] + 2:
            j += 1
        if j - i + 1 >= _PEOPLE_LISTED_PAIRS:
            lines = range(pairs[i], pairs[j] + 2)
            found.update({k: lines for k in lines})
        i = j + 1
    return found


def _listed(shapes: list[_Shape], i: int) -> bool:
    """Line i is an item of a list under a line that opens it with a colon, no blank line between them: no subheading,
    however short ('- President Abdul Latif Rashid'); an item set off alone ('- Arrests and fines -') may be one."""
    k = i
    while k >= 0 and _LIST_ITEM.match(shapes[k].text) and (k == i or _touching(shapes[k], shapes[k + 1])):
        k -= 1
    return k < i and k >= 0 and _touching(shapes[k], shapes[k + 1]) and shapes[k].text.rstrip().endswith(":")


_SMALL_WORD = re.compile(r"\s*([a-z]+)([- ]?)")  # a line's first word in small letters, and what follows it: not a
# name's article ('al-Amiri has said as much', under a subheading)


def _goes_on_below(shapes: list[_Shape], i: int) -> bool:
    """Line i ends in a word in small letters, and no sentence, and the line just under it, with no blank line between,
    goes on in small letters ('Baghdad/ Iraq TradeLink: ... energy minister Hamayoun Ha’iri disclosed', then 'that Iraq
    is receiving ...'): a sentence broken in two, not a subheading (as 'Oil Deal' over 'the second deal ...' is)."""
    below = shapes[i + 1] if i + 1 < len(shapes) else None
    return below is not None and _touching(shapes[i], below) and below.is_text \
        and (m := _SMALL_WORD.match(below.text)) is not None and not is_article(m[1], m[2]) \
        and re.search(r"\b[a-z]+\W*$", shapes[i].text) is not None and not ends_sentence(shapes[i].text.strip())


def _headline_at(shapes: list[_Shape], title: str | None, url: str | None = None) -> int | None:
    """Where the headline stands: the first line that prints the curator's title; else a headline-like line of the
    page's head that the page prints twice or more (once maybe with the site's name after it: the line without it;
    or after a breadcrumb glued to it, which is then no paragraph, however it reads);
    else, of the headline-like lines of the head of at most HEADLINE_USUAL_WORDS words (a longer deck is passed over),
    the one that shares the most words with the page's address, where one does; else the first of at least
    HEADLINE_MIN_WORDS words, passing over a section label ('World', 'Iraq Pulse') above it and keeping a standfirst
    below it; else the longest. A question and a line printed before the dateline are headline-like by where they
    stand (`_heads`). A printed headline other than the title is
    found all the same, so that it does not stay in the body."""
    at = next((i for i, s in enumerate(shapes) if title is not None and same_words(s.text, title)), None)
    if at is not None:
        return at
    named = _named_by_address(shapes, url)
    bare = [_without_site(_LIST_MARK.sub("", s.text)) for s in shapes]  # a breadcrumb's last item prints it too, as a
    # list's item ('- Iraq set to elect new president ...' under '- Middle East')
    printed = [sum(same_words(b, o) or _after_breadcrumb(o, b) for o in bare) for b in bare]
    twice = {i for i, s in enumerate(shapes) if printed[i] > 1 and s.is_text and not s.caption and _worded(s.text)
             and not is_counter(s.text.strip()) and not is_byline(s.text.strip())
             and not ends_sentence(_abbreviation_ended(s.text)) and word_count(s.text) <= HEADLINE_MAX_WORDS}
    glued = {i for i, s in enumerate(shapes) if any(_after_breadcrumb(s.text, shapes[j].text) for j in twice)}
    first_prose = next((i for i, s in enumerate(shapes) if s.is_prose and not _heads(shapes, i) and i not in twice
                        and i not in glued and i != named), len(shapes))
    head = [i for i, s in enumerate(shapes[: first_prose + 1]) if (_headline_like(s) or _heads(shapes, i) or i in twice)
            and not _carried_on(shapes, i) and not _CREDIT_FIRST.match(s.text) and not is_tag_line(s.text)]
    repeated = [i for i in head if i in twice and word_count(shapes[i].text) >= HEADLINE_MIN_WORDS]  # not tab labels
    # a line printed twice, the copy on the very next line, under a headline-like line printed once, is a picture's
    # caption and its alternative text ('The truth behind Zarif’s remarks about Iraq', then 'Iranian regime Foreign
    # Minister ... Goebbels' twice)
    repeated = [i for i in repeated if not (_copied_next(shapes, bare, i) and any(
        j < i and j not in twice and word_count(shapes[j].text) >= HEADLINE_MIN_WORDS for j in head))]
    if repeated and named is not None and named not in repeated and not any(_is_headline(shapes[named], shapes[i].text)
                                                                             for i in repeated):
        return named  # the address spells another line: the one printed twice is a subheading or a pull quote
        # ('Iraj Masjedi is Iran’s Secret Governor', twice, under 'Iran is Facing Escalating Opposition in Iraq')
    if repeated:
        return min(repeated, key=lambda i: (len(_spaced(shapes[i].text)), i))
    if named is not None:
        return named  # after a summary the page prints first ('TEHRAN (IQNA) – ...', then the headline), or after a
        # site's appeals and menus ('Donate Today', 'Request a Clip', then the headline): the address spells it
    if not head:  # the same, where there is no address to tell: a headline-like line just after the first paragraph
        # (not after a second paragraph: then it is the text's subheading, 'Who is Ayatollah Ali Khamenei')
        nxt = next((i for i in range(first_prose + 1, min(first_prose + 3, len(shapes))) if shapes[i].is_prose), None)
        after = [i for i in range(first_prose + 1, min(first_prose + 3, len(shapes)))
                 if _headline_like(shapes[i]) and not ends_sentence(_abbreviation_ended(shapes[i].text))
                 and HEADLINE_MIN_WORDS <= word_count(shapes[i].text) <= HEADLINE_USUAL_WORDS
                 and (nxt is None or i < nxt)]
        if after:
            return after[0]
        # a share box after the text: the headline, the story's short link, the headline again
        boxed = [i for i in sorted(twice) if i + 2 < len(shapes) and shapes[i + 1].furniture == "web address"
                 and same_words(bare[i], bare[i + 2])]
        if boxed:
            return boxed[0]
    usual = [i for i in head if word_count(shapes[i].text) <= HEADLINE_USUAL_WORDS]
    if url and len(usual) > 1:  # most addresses carry the headline's words: the line that shares the most of them
        slug = _address_words(url)
        shared = {i: len(_words_as_addressed(shapes[i].text, slug) & slug) for i in usual}
        best = max(shared.values())
        if best >= 3 and sum(v == best for v in shared.values()) == 1:
            return next(i for i, v in shared.items() if v == best)
    named = next((i for i in usual if word_count(shapes[i].text) >= HEADLINE_MIN_WORDS), None)
    if named is None:  # no line of a usual headline's length has a headline's words: a longer one of a single
        # sentence is it, not a name of two words under it (an essay's 17-word headline over 'Botan Zębarî')
        named = next((i for i in head if _headline_like(shapes[i]) and len(sentences(shapes[i].text)) == 1
                      and word_count(shapes[i].text) >= HEADLINE_MIN_WORDS), None)
    if named is None:  # nor one of a single sentence: a longer line that ends no sentence and has no full stop
        # within it is it, not a label shorter than any headline above it (a blog's 'Pages' over 'If Jordan Is So
        # Critical ... Iran? (Daled Amos)'); a paragraph that ends with the day it was stamped is none
        named = next((i for i in head if _headline_like(shapes[i])
                      and HEADLINE_MIN_WORDS <= word_count(shapes[i].text) <= HEADLINE_MAX_WORDS
                      and not ends_sentence(_abbreviation_ended(shapes[i].text))
                      and not any(_full_stop(shapes[i].text[start:end])
                                  for start, end in sentences(shapes[i].text)[:-1])), None)
    return named if named is not None else max(usual or head, key=lambda i: (word_count(shapes[i].text), -i),
                                               default=None)


# The outlet credited in brackets, then a dash, before the text: a lead's, never a headline's opening ('(Hatha al-Youm
# | Iraq News)- Iraqi President Barham Salih received ...', '(IRNA) - Iran said ...').
_CREDIT_FIRST = re.compile(r"^\s*\([A-Z][\w.&’' -]{0,40}(?:\|[\w.&’' -]{1,40})?\)\s*[-–—]\s*\S")


def _full_stop(sentence: str) -> bool:
    """The sentence ends with a full stop (maybe inside a closing quote or bracket), not a question's or an
    exclamation's mark, nor an abbreviation's point."""
    return ends_sentence(_abbreviation_ended(sentence)) and not sentence.rstrip().rstrip(CLOSERS).endswith(("?", "!"))


def _copied_next(shapes: list[_Shape], bare: list[str], i: int) -> bool:
    """Line i's only copies are on the lines right below or above it, with no empty line between."""
    copies = [j for j, b in enumerate(bare) if j != i and same_words(b, bare[i])]
    return bool(copies) and all(abs(shapes[j].number - shapes[i].number) == 1 for j in copies)


def read_page(text: str, title: str | None = None, kinds: dict[str, str] | None = None,
              name: str = "the scraped text", url: str | None = None) -> ScrapedPage:
    """Read a scraped page. `title` is the curator's headline, if given; `kinds` maps the curated spellings to their
    kind, to tell an outlet's label before the lead from a place's; `name` names the file in messages."""
    lines = text.split("\n")
    shapes = _with_menus([_shape(n + 1, line) for n, line in enumerate(lines) if line.strip()])
    shapes = _with_appeals(_with_links_after_labels(_with_boxes_within_text(shapes)))
    site = _site_name(url)
    shapes = _with_masthead(shapes, site)
    # A line that opens with a date before its text ('date 2023-12-26 Biden orders strikes ...'), maybe after a byline
    # ('Sangar Ali | 7 April 2019 – ...'): the date is the page's, where it prints no other; and where the text is a
    # headline, the line is read as that headline.
    views, opening_dates = list(shapes), []
    texts = [s.text for s in shapes]  # each line's text, after the date a line opens with
    for i, s in enumerate(shapes[:6]):
        if not s.dateline and (m := _DATE_BEFORE_TEXT.match(s.text)) and (not m["place"] or is_known_place(
                m["place"])) and (dateline := read_dateline(m["date"] or m["bydate"] or m["placedate"]
                                                                  or m["leaddate"])) and \
                word_count(s.text[m.end():]) >= 3:
            opening_dates.append((s.number, dateline))
            texts[i] = s.text[m.end():]
            view = _shape(s.number, texts[i])
            # where the curator gives another title, a line longer than a headline usually is is the text's standfirst
            standfirst = title is not None and word_count(texts[i]) > HEADLINE_USUAL_WORDS and \
                not same_words(texts[i], title)
            if (_headline_like(view) or _asks(view)) and not standfirst:
                views[i] = view
        elif not s.dateline and (m := _DATE_AFTER_TEXT.match(s.text)) and (dateline := read_dateline(m["date"])) \
                and m["head"].split()[-1].casefold() not in _OF_A_DATE:
            view = _shape(s.number, m["head"])  # 'Asa’ib Ahl al-Haq, profile of ... Qods Force January 8, 2020'
            if _headline_like(view):
                opening_dates.append((s.number, dateline))
                texts[i], views[i] = m["head"], view
            elif m["head"].endswith((",", ":")) and _headline_like(_shape(s.number, m["head"][:-1])) and i == 0 \
                    and not any(t.dateline for t in shapes):
                opening_dates.append((s.number, dateline))  # a report's title dated after a comma or a colon, the
                # page's first line: 'Iran Update, November 5, 2023', 'NatSec Brief: October 23, 2023', read whole as
                # the headline; the day it reports on, which dates the page where no line prints when it was posted
                # ('Friday 4 December 2020 - 15:35')
    at = _find_headline(views, title, url)
    headline = views[at].text.strip() if at is not None else None
    if headline:
        headline = _without_bullet(headline).strip()  # printed as a list's item: '• US allows ...' (Pars Today)
        headline = _without_crumbs(headline)
        headline = _FIELD_LABEL.sub("", headline, count=1)  # a page's field, scraped with its label: 'Title: U.S. ...'
        if headline.endswith(":") and _SITE_SUFFIX.search(headline[:-1]):
            headline = _without_site(headline[:-1])  # a blog's credit to what it quotes: '... Looks On - Bloomberg:'
    headline_line = shapes[at].number if at is not None else None
    if title is None and (opened := _titled_after_date(shapes[:3], url)):
        # a scrape's date, the headline in a title's capitals and the text's first sentence on one line, the address
        # spelling the headline: the headline is read off it; the line is text
        at, (headline_line, headline) = None, opened
    if at is None and title is None and (inline := _headline_in_line(shapes[:3])):
        # one line holds the headline, a time stamp and the text: the headline is read off it; the line is text
        headline_line, headline, dateline = inline
        opening_dates.append((headline_line, dateline))
    start = at + 1 if at is not None else 0
    lead = next((i for i in range(start, len(shapes)) if shapes[i].is_prose and not _is_headline(views[i], headline)),
                None)
    # A summary printed before the headline ('TEHRAN (IQNA) – ...', then the headline, then the text) is text; a
    # letterhead in another script is not.
    summary = next((i for i in range(at) if shapes[i].is_prose and not _heads(views, i)
                    and len(re.findall(r"\b[A-Za-z]{2,}\b", shapes[i].text)) >= 3), None) if at else None
    # The article ends at furniture that ends it ('Related Articles', a comment prompt), or after a date line that
    # such furniture is glued to ('October 4, 2025 | 1:15 pmMore stories'), else at its last paragraph.
    end = next((i if ends_article(shapes[i].furniture) else i + 1
                for i in range(lead + 1 if lead is not None else start, len(shapes))
                if ends_article(shapes[i].furniture) or (shapes[i].dateline and ends_glued(shapes[i].text))),
               len(shapes))
    end = _before_next_story(shapes, lead, _before_teasers(shapes, lead, end), summary)
    last = _with_list_after(shapes, max((i for i in range(start, end) if shapes[i].is_prose
                                         and not _is_headline(views[i], headline)), default=None), end)
    # A list of people, each name over what they are, is the text's, not subheadings; where the text's last paragraph
    # is in it, the text goes on to its end (an event's speakers: 'Michael Rubin', 'Resident scholar, American
    # Enterprise Institute', 'Ali Vaez', ...), unless a date stands over it (a teaser's: its headline, its date and
    # its authors).
    people = _people_listed(shapes)
    if last is not None and last in people and (first := people[last][0]) > 0 and shapes[first - 1].is_text:
        last = max(last, min(people[last][-1], end - 1))
    # A paragraph before the headline that the article prints again after it (a summary printed first, then as the
    # standfirst) is read once, where the article prints it.
    again = {i for i in range(at or 0) if shapes[i].is_prose and any(
        same_words(shapes[i].text, later.text) for later in shapes[at + 1:])}
    # So is the page's title run into that summary on one line ("Iran's Powerful Influence In Iraq NPR's Michel
    # Martin speaks with ...", then the headline, then the summary).
    again |= {i for i in range(at or 0) if headline and shapes[i].is_text
              and (rest := _after_words(shapes[i].text, headline))
              and any(same_words(rest, later.text) for later in shapes[at + 1:])}
    # A line that is the start of the next, cut (a picture's text before its caption, a teaser before the paragraph),
    # the headline printed again between them or not (a summary, the headline, then the paragraph that opens with it).
    following = [next((j for j in range(i + 1, len(shapes)) if not _is_headline(views[j], headline)), None)
                 for i in range(len(shapes))]
    again |= {i for i in range(len(shapes) - 1) if following[i] is not None
              and _cut_copy(texts[i], shapes[following[i]].text)}
    # A picture's caption printed again further down, where the page prints its head a second time with the picture
    # (the headline, the caption, then both again before the text: Asharq Al-Awsat's pages), is read once, where it is
    # first printed.
    captions = [i for i, s in enumerate(shapes) if s.caption]
    again |= {i for n, i in enumerate(captions) if any(same_words(shapes[j].text, shapes[i].text) and i - j > 1
                                                      for j in captions[:n])}
    # A line that prints a paragraph a line or two below it whole, then goes on, cut: a digest's excerpt of the story
    # it quotes, above the story's credit ('Iranian officials traveled to Baghdad this week ... Javad Zar', then
    # '... write for The Wall Street Journal:', then the story's paragraphs), read where the story prints it.
    again |= {i for i in range(len(shapes) - 1) if shapes[i].is_text and any(
        shapes[j].is_prose and _cut_words(shapes[j].text, texts[i]) for j in range(i + 1, min(i + 3, len(shapes))))}
    # A paragraph or a caption of the text printed whole again after the headline (a picture's caption under the
    # picture and again in its viewer) is read once, where it is first printed; a standfirst printed above the story's
    # lead label ('ERBIL (Kurdistan 24) –') and again in the story is read where the story prints it.
    labelled = next((i for i in range((at or 0) + 1, len(shapes)) if shapes[i].is_prose
                     and read_lead_label(shapes[i].text, {})), None)
    for i in range((at or 0) + 1, len(shapes)):
        first = next((j for j in range((at or 0) + 1, i) if j not in again and shapes[j].is_text
                      and same_words(shapes[j].text, shapes[i].text)), None)
        if first is not None and shapes[i].is_text and word_count(shapes[i].text) >= _PRINTED_AGAIN_WORDS:
            again.add(first if labelled is not None and first < labelled < i else i)
    # Bylines and counters stand before the text's first sentence, after a standfirst too ('... on September 11,
    # 2024', then '• by Web Desk'); a name alone over a note about its author is the byline ('Zubair Yaqoob', then
    # 'The author has ...').
    told = next((i for i in range(start, len(shapes)) if shapes[i].is_prose and ends_sentence(shapes[i].text.strip())
                 and not _is_headline(views[i], headline)), None)
    byline_end = None if lead is None or told is None else max(lead, told)
    authors = {i for i in range(len(shapes) - 1) if shapes[i + 1].furniture == "author's note" and shapes[i].is_text
               and name_alone(shapes[i].text)}
    # Before the text's first sentence, a name alone that opens with a given name, beside the page's date or its
    # furniture, is the byline ('Mahmoud Al-Shamari' between 'January 18, 2022' and '1 min read'; not 'Key
    # Takeaways' under a date); and after it, up to the next, a byline that says so
    # ('By Anas al-Bar |' between a standfirst and the text).
    head_end = byline_end if byline_end is not None else start
    authors |= {i for i in range(start, head_end) if shapes[i].is_text and name_alone(shapes[i].text)
                and is_given_name(shapes[i].text.split()[0])
                and any(0 <= j < len(shapes) and not shapes[j].is_text for j in (i - 1, i + 1))}
    # right above the page's date, a name alone with its initial or not, whatever its given name ('Max J. Joseph',
    # then '25 min readNov 10, 2023'), that names no place
    authors |= {i for i in range(start, head_end) if shapes[i].is_text and name_alone(shapes[i].text)
                and i + 1 < len(shapes) and shapes[i + 1].dateline is not None and not is_known_place(shapes[i].text)}
    # right under the headline, a name alone above the site's controls ('Dirk Adriaensens', then 'Smaller Font Larger
    # Font RSS 2.0')
    authors |= {i for i in range(start, head_end) if at is not None and i == at + 1 and shapes[i].is_text
                and name_alone(shapes[i].text) and i + 1 < len(shapes) and shapes[i + 1].furniture is not None
                and not is_known_place(shapes[i].text)}
    site_key = re.sub(r"[\W_]+", "", site)  # 'Peregraf' at peregraf.com, 'Yekiti Media' at en.yekiti-media.org
    named_site = {i for i in range(start, head_end) if site_key and shapes[i].is_text
                  and re.sub(r"[\W_]+", "", shapes[i].text).casefold() == site_key}
    told_again = next((i for i in range(head_end + 1, len(shapes)) if shapes[i].is_prose
                       and ends_sentence(shapes[i].text.strip()) and not _is_headline(views[i], headline)), None)
    authors |= {i for i in range(head_end, told_again or head_end) if is_byline(shapes[i].text)
                and _BYLINE_SAYS_SO.match(shapes[i].text.strip().lstrip("•·▪◦* "))}
    # Between the headline and the text, a label of a word or three that the page prints twice or more is a tab's
    # ('Bottom Line', 'Go Deep', each printed twice).
    tabs = {i for i in range(start, lead if lead is not None else start) if shapes[i].is_text
            and word_count(shapes[i].text) < HEADLINE_MIN_WORDS and not ends_sentence(shapes[i].text.strip())
            and sum(same_words(shapes[i].text, o.text) for o in shapes) > 1}
    # Between the headline and the page's date, where the text starts after the date, a label of a word or three that
    # ends no sentence is the page's: a section's, a series', a publication's or its author's ('• Middle East Policy',
    # 'Policy Brief Program', '- Anadolu Agency', 'Fellow'); a standfirst there is longer.
    dated = next((i for i in range(start, len(shapes)) if shapes[i].dateline), None) if at is not None else None
    text_after_date = dated is not None and any(s.is_prose for s in shapes[dated + 1:])
    labels = {i: "label above the date" for i in range(start, dated) if shapes[i].is_text
              and word_count(_without_bullet(shapes[i].text)) < HEADLINE_MIN_WORDS
              and not ends_sentence(shapes[i].text.strip()) and not _is_headline(views[i], headline)
              } if text_after_date else {}
    # Just above that date, a line in a headline's capitals that ends no sentence is a headline: the story's own, where
    # the page's is a blog post's over its copy ('IQD in the Crossfire: What a Trump-Iran Conflict Could Mean for Iraq's
    # Dinar' under 'Iraq Economic News and Points To Ponder Saturday Afternoon 2-28-26'); a standfirst is a sentence,
    # a picture's caption credits it ('Baghdad, Iraq, 11/1/2019 © Eng. Bilal Izaddin / Shutterstock').
    above = next((i for i in range(dated - 1, start - 1, -1) if shapes[i].is_text), None) if text_after_date else None
    if above is not None and above not in labels and \
            _headline_like(shapes[above]) and in_title_case(shapes[above].text) \
            and not is_tag_line(shapes[above].text) and not _CREDITED.search(shapes[above].text) \
            and not _is_headline(views[above], headline):
        labels[above] = "headline above the date"
    # Before the text, the one hour the page prints alone on a line is when it was put up ('11:00' under the headline).
    hours = [i for i, s in enumerate(shapes) if s.is_text and HOUR_ALONE.match(s.text.strip())]
    if len(hours) == 1 and lead is not None and hours[0] < lead:
        labels[hours[0]] = "the hour it was put up"
    # lines of tags stand between the headline and the text's first sentence, or the story's lead label after a
    # standfirst and a caption ('Middle East Mohammad al-Halboosi Iran Iraq ...' above 'ERBIL (Kurdistan 24) – ...')
    tags_end = None if byline_end is None else max(byline_end, labelled if labelled is not None else byline_end)
    kept: list[Kept] = []
    dropped: list[Dropped] = []
    for i, s in enumerate(shapes):
        reason = "headline" if views[i] is not s and _is_headline(views[i], headline) else (
            "tab labels" if i in tabs else "the site's name" if i in named_site else
            "byline" if i in authors else "printed again" if i in again else labels.get(i) or _drop_reason(
                i, s, headline, at, byline_end, last, end, shapes[i - 1] if i else None, summary, tags_end))
        if reason:
            dropped.append(Dropped(s.number, s.text, reason))
        else:
            # a list's item is no subheading, however short ('• Kurdistan Freedom Party (PAK): Founded in 1991', an
            # item under a line that opens the list), nor is a line that goes on with the sentence above it or whose
            # sentence goes on below it
            kind = "caption" if s.caption else "h2" if is_heading_shape(s.text) and not _MENU_ITEM.match(s.text) \
                and not _carried_on(shapes, i) and not _goes_on_below(shapes, i) and not _listed(shapes, i) \
                and i not in people else "p"
            kept.append(Kept(s.number, kind, s.text))
    if _hard_wrapped(kept):
        kept = _joined_lines(kept)
    if not any(k.kind == "p" for k in kept):
        raise DataError(name, None, "holds no paragraph of article text (every line was read as a "
                        "headline, a dateline or page furniture)",
                        "check that the file is the article's page; --dry-run lists how each line was read")
    paragraphs = [k.text for k in kept if k.kind == "p"]
    # The label before the lead; a wire story's ('ERBIL (Kurdistan 24) –') may open a paragraph after a deck, a
    # summary or a list of key points.
    lead_label = read_lead_label(paragraphs[0], kinds or {}) or next(
        (label for text in paragraphs[1:] if (label := read_lead_label(text, kinds or {}, wire_only=True))), None)
    named = next(((d.line, o) for d in dropped if (o := outlet_named_by(d.text))), None)
    sited = next(((d.line, (m["site"] or m["glued"]).strip()) for d in dropped if d.reason == "headline" and headline
                  and (m := _SITE_SUFFIX.search(d.text.strip())) and same_words(_without_site(d.text), headline)), None)
    sourced = next(((n, d.outlet) for n, d in ((s.number, s.dateline) for s in shapes if s.dateline) if d.outlet),
                   None)
    named = sourced or sited or named
    label_line = next((k.line for k in kept if lead_label.text in k.text), None) if lead_label else None
    if lead_label and lead_label.date:  # 'Baghdad, 20 March 2023 (TDI): ...': the wire's dateline dates the page
        opening_dates.append((label_line, lead_label.date))
    # Where the page prints no other date: a day stamped after a paragraph's text ('... the Soleimani ceremony attack.
    # Jan. 4, 2024'), else the day a paragraph gives its 'today' ('... met the Leader this evening (29 Nov 2022).'),
    # else the day the lead opens with ('On Tuesday, August 10, 2021, Foreign Minister ...')
    first_paragraph = [k for k in kept if k.kind == "p"][:1]
    for day_in, where in ((day_after_text, kept), (day_of_today, kept), (day_opening, first_paragraph)):
        if not opening_dates and not any(s.dateline for s in shapes) and (found := next(
                ((k.line, day) for k in where if k.kind == "p" and (day := day_in(k.text))), None)):
            opening_dates.append(found)
    opening_two_way = [(label_line, lead_label.text, lead_label.two_way)] if lead_label and lead_label.two_way else []
    # '6-11-2023 (BAGHDAD) ...': the day the label prints reads two ways
    return ScrapedPage(
        headline=headline,
        headline_line=headline_line,
        datelines=tuple((s.number, s.dateline) for s in shapes if s.dateline) + tuple(opening_dates),
        two_way_dates=tuple((s.number, s.text.strip(), two_way_date(s.text)) for s in shapes
                            if s.furniture == TWO_WAY_DATE) + tuple(opening_two_way),  # a line's where its shape was
        news_id=next((s.news_id for s in shapes if s.news_id), None),
        lead_label=lead_label,
        outlet_named=named,
        kept=tuple(kept),
        dropped=tuple(dropped),
    )


_STAMP_IN_LINE = re.compile(r"^(?P<head>\S.{8,160}?)\s+(?:(?P<stamp>\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?)"
                            # or a date in brackets: '... in Baghdad [11/مارس/2019] SANAA, March 11 (Saba)- ...'
                            r"|\[(?P<bracketed>[^\]\n]{6,30})\])\s+(?=\S)")


_SMALL_TITLE_WORDS = frozenset("a an and as at by for from in of on or the to with vs".split())


def _titled_after_date(shapes: list[_Shape], url: str | None) -> tuple[int, str] | None:
    """' date 2021-10-25 Iraq Begins Issuing Visas-on-Arrival for Iranians Iraq says it has begun issuing ...': after
    the scrape's date, four words or more in a title's capitals (small words aside) whose words open the address's
    last part, then a sentence. (line, headline)."""
    slug = _address_slug(url)
    for s in shapes:
        m = _DATE_BEFORE_TEXT.match(s.text)
        if not m or not m["date"] or len(slug) < 4:
            continue
        words = s.text[m.end():].split()
        if not ends_sentence(" ".join(words)):
            continue  # the date and a headline only: read as such above
        k = 0
        while k < len(words) and (words[k][:1].isupper() or words[k] in _SMALL_TITLE_WORDS and k > 0):
            k += 1
        while k > 0 and words[k - 1] in _SMALL_TITLE_WORDS:
            k -= 1
        head = words[:k]
        # the headline's words open the address; the next capitalised word opens the sentence after it
        for end in range(len(head), 3, -1):
            mine = [w for part in head[:end] for w in re.findall(r"[a-z]+", part.casefold())]
            if slug[:len(mine)] == mine and end + 5 <= len(words) and words[end][:1].isupper() \
                    and words[end + 1][:1].islower() and not ends_sentence(" ".join(head[:end])):
                return s.number, " ".join(head[:end])
    return None


def _headline_in_line(shapes: list[_Shape]) -> tuple[int, str, Dateline] | None:
    """'‘Election’ visit from Barzani to Iran 2024-05-06 13:54:00 NEWS CENTER - Federated Kurdistan Region ...': a
    page scraped into one line, a headline's words, a time stamp (or a date in brackets: '... in Baghdad
    [11/مارس/2019] SANAA, March 11 (Saba)- ...'), then paragraphs' text. (line, headline, date)."""
    for s in shapes:
        m = _STAMP_IN_LINE.match(s.text)
        if s.dateline or not m or not (dateline := read_dateline(m["stamp"] or m["bracketed"])):
            continue
        head, rest = m["head"].strip(), s.text[m.end():]
        if (3 <= word_count(head) <= HEADLINE_USUAL_WORDS and not ends_sentence(_abbreviation_ended(head))
                and word_count(rest) >= 20):
            return s.number, head, dateline
    return None


_LINKS_UNDER_A_LABEL = 6  # the most titles one 'Read more:' is read to hold


def _with_links_after_labels(shapes: list[_Shape]) -> list[_Shape]:
    """The lines, where a related link's label stands alone ('Read also', 'Read More:'): the lines after it, each of
    which ends no sentence and is of a headline's length, are the links' titles, up to the text's next sentence
    (L'Orient Today prints 'Read also', then 'In full swing in Yemen, Trump dispatches a second aircraft carrier to the
    Middle East', between its paragraphs; Persia Digest 'Read more:' and four titles); where the label's arrow points
    back ('Read More »'), the line just above it is."""
    out = list(shapes)
    for i, label in enumerate(shapes):
        m = LINK_LABEL.match(label.text.strip()) if label.furniture == "related link" else None
        if not m:
            continue
        if m["arrow"]:  # the title just above, with no blank line between
            titles = [i - 1] if i and _touching(shapes[i - 1], label) else []
        else:
            titles = list(range(i + 1, min(len(shapes), i + 1 + _LINKS_UNDER_A_LABEL)))
        run = []
        for k in titles:
            title = shapes[k].text.strip()
            if not (shapes[k].is_text and (not ends_sentence(title) or title.endswith("?"))
                    and word_count(title) <= HEADLINE_MAX_WORDS):  # a title may ask: 'Why did ... meet Rouhani?'
                break
            run.append(k)
        # more than one title where a paragraph of the text follows them, whole (a capital, a sentence's end): not
        # where the lines after the label are a sentence broken over them ('... the new Iranian President', 'Ebrahim
        # Raïssi', 'warned on Monday that ...')
        after = shapes[run[-1] + 1] if run and run[-1] + 1 < len(shapes) else None
        if len(run) > 1 and not (after and after.is_text and after.text.strip()[:1].isupper()
                                 and ends_sentence(after.text.strip())):
            run = run[:1]
        for k in run:
            out[k] = replace(shapes[k], furniture="related link")
    return out


def _with_boxes_within_text(shapes: list[_Shape]) -> list[_Shape]:
    """The lines, where a related-links heading stands within the text: its heading and its links are a related link
    each, which does not end the article. Within the text: up to three links (lines that end no sentence; none where
    they were not scraped), then two paragraphs of prose or more, a dozen words or more each, and nothing else to the
    page's end (Iran Press prints 'Related News:' and one link between paragraphs of its story; World Magazine 'More
    from Boris Johnson' and none). A teaser's one summary, or furniture, after the links: the heading ends the article
    there, as before."""
    out = list(shapes)
    for i, heading in enumerate(shapes):
        if heading.furniture != "related links":
            continue
        rest = shapes[i + 1:]
        links = 0
        while links < min(len(rest), 4) and rest[links].is_text and not ends_sentence(rest[links].text.strip()):
            links += 1
        after = rest[links:]
        if links <= 3 and len(after) >= 2 and all(
                s.is_prose and ends_sentence(s.text.strip()) and word_count(s.text) >= 12 for s in after):
            for k in range(i, i + links + 1):
                out[k] = replace(shapes[k], furniture="related link")
    return out


_APPEAL_LINES, _APPEAL_LINE_WORDS = 8, 20  # the most lines an appeal's box runs to under its prompt, and words a line


def _with_appeals(shapes: list[_Shape]) -> list[_Shape]:
    """The lines, where the site's appeal for money opens with a prompt that ends with a colon ('This holiday season,
    give to:'): the lines printed right under it, with no empty line between, are the appeal too, up to _APPEAL_LINES
    of _APPEAL_LINE_WORDS words or fewer ('Truth and understanding', 'The Media Line's intrepid correspondents are in
    Israel, Gaza, ...', 'We see it.'); a longer line is the text's next paragraph."""
    out = list(shapes)
    for i, prompt in enumerate(shapes):
        if prompt.furniture != "promotion" or not prompt.text.rstrip().endswith(":"):
            continue
        for k in range(i + 1, min(i + 1 + _APPEAL_LINES, len(shapes))):
            if not _touching(shapes[k - 1], shapes[k]) or word_count(shapes[k].text) > _APPEAL_LINE_WORDS:
                break  # an empty line, or the text's next paragraph, longer than an appeal's line
            out[k] = replace(shapes[k], furniture="promotion")
    return out


# 'By', then names: not 'By the Numbers', a subheading of that shape
_BYLINE_SAYS_SO = re.compile(r"(?:by|written by|reported by|words by)\b(?!.*\b(?:the|a|an)\b)", re.I)


def _after_words(line: str, opening: str) -> str | None:
    """What the line prints after the opening's words, where it opens with them."""
    words, first = line.split(), opening.split()
    return " ".join(words[len(first):]) if len(words) > len(first) and words[:len(first)] == first else None


_EXPANDER = re.compile(r"\s*(?:\.\.\.|…)\s*(?:read\s+)?more$", re.I)


def _cut_copy(line: str, following: str) -> bool:
    """The line prints the following line, or its start, in six words or more: a picture's text cut short before its
    caption, or a caption printed bare before it is printed with its credit ('... 2019.' then '... 2019.Credit: AFP')
    or its apostrophes ('Irans president ...' then 'Iran's president ...')."""
    line = _EXPANDER.sub("", line)  # cut where a page's 'more' link opens the rest: '... wept in grief with...more'
    mine, theirs = _letters(line), _letters(following)
    return (len(line.split()) >= 6 and line.split() != following.split() and theirs.startswith(mine)
            and len(following) > len(line))  # a copy word for word is the caption printed twice: the first stands


def _cut_words(line: str, other: str) -> bool:
    """The line's words, six or more, are the first words of the other, longer line, whatever the punctuation; the
    other's words after them hold letters (a picture's number after the headline, 'headline  - 1', cuts nothing)."""
    mine, theirs = re.findall(r"\w+", _letters(line)), re.findall(r"\w+", _letters(other))
    return len(mine) >= 6 and len(theirs) > len(mine) and theirs[:len(mine)] == mine and any(
        not w.isdigit() for w in theirs[len(mine):])


def _letters(text: str) -> str:
    return _spaced(APOSTROPHES.sub("", text))


_TRUNCATED = ("…", "...")


def _before_teasers(shapes: list[_Shape], lead: int | None, end: int) -> int:
    """Where the article ends when the page closes with the site's teasers of its other stories: two or more lines
    in a row after the text, each one sentence cut off with an ellipsis ('Blasts rang out across Ukraine’s capital
    Kyiv and other cities early on Sunday, as Russia…'), and the line above them where it is the first teaser's
    title printed whole."""
    def teaser(text: str) -> bool:  # one sentence, cut off: no sentence's end before the ellipsis
        text = text.strip()
        return text.endswith(_TRUNCATED) and not re.search(r"[.!?][”\"’']?\s", text)

    first = end
    while first - 1 > (lead if lead is not None else 0) and teaser(shapes[first - 1].text):
        first -= 1
    if end - first < 2:
        return end
    if first - 1 > (lead if lead is not None else 0) and _cut_copy(shapes[first].text.strip().rstrip(".…"),
                                                                   shapes[first - 1].text):
        return first - 1  # the first teaser's title printed whole above it ('New EIFA Report : Iran’s Support for
        # Islamic Fundamentalist Groups, ...', then 'New EIFA Report : Iran’s Support for Isl...')
    return first


_PRINTED_AGAIN_WORDS = 8  # a shorter line may say the same thing twice in its own right ('Read more', a label)


def _before_next_story(shapes: list[_Shape], lead: int | None, end: int, summary: int | None) -> int:
    """Where the article ends when the page prints another story after it: an article has one lead label, so a
    paragraph that opens with one again ('DAMASCUS: Ahmed Al-Sharaa ...' under 'RIYADH: The commander ...', the
    article's first paragraph, maybe printed before its headline), with a headline-like line just above it (a
    standfirst between them maybe), begins another story at that line."""
    first = summary if summary is not None else lead
    if lead is None or first is None or not read_lead_label(shapes[first].text, {}):
        return end
    for i in range(lead + 1, end):
        if shapes[i].is_prose and (label := read_lead_label(shapes[i].text, {})) and label.place:
            heads = [j for j in (i - 1, i - 2) if j > lead and _headline_like(shapes[j])
                     and not ends_sentence(shapes[j].text.strip())]
            if heads:
                return min(heads)
    return end


_PICTURE_NUMBER = re.compile(r"\s+[-–]\s*\d{1,2}\s*$")


def _is_headline(s: _Shape, headline: str | None) -> bool:
    """A printing of the headline: as it is, with the site's name or a picture's number after it, after a breadcrumb
    glued to it, or shortened (`_shortened`)."""
    text = _PICTURE_NUMBER.sub("", _LIST_MARK.sub("", s.text))  # 'headline  - 1': a picture's label, numbered
    return headline is not None and (same_words(text, headline) or same_words(_without_site(text), headline)
                                     or _after_breadcrumb(text, headline) or _shortened(text, headline))


def _shortened(text: str, headline: str) -> bool:
    """The headline printed again with some of its words left out, six words or more, none of its own, ending no
    sentence: 'Iran/Iraq : Speech at the European Parliament plenary debate ...' under 'Iran/Iraq : Speech by High
    Representative/Vice-President Josep Borrell at the European Parliament plenary debate ...' (the EEAS's pages)."""
    words, theirs = re.findall(r"[^\W\d_]+", text.casefold()), re.findall(r"[^\W\d_]+", headline.casefold())
    items = [part for part in re.split(r",\s*(?:and\s+)?", headline) if part.strip()]
    if len(items) >= 3 and any(same_words(text, item) for item in items):
        return False  # one item of a headline that lists a digest's ('A, B, C, and More'): the item's subheading
    return 6 <= len(words) < len(theirs) and set(words) <= set(theirs) and not ends_sentence(text.strip())


def _drop_reason(i: int, s: _Shape, headline: str | None, at: int | None, byline_end: int | None, last: int | None,
                 end: int, prev: _Shape | None = None, summary: int | None = None, tags_end: int | None = None
                 ) -> str | None:
    """Why line i is not a block of the article, or None when it is one. `prev` is the line before: a caption
    printed twice (the picture's text, then its caption) is kept once. From line `summary` on, the paragraphs before
    the headline are a summary the page prints first, and text. Lines of tags stand after the headline, before line
    `tags_end` (anywhere after it, where that is None)."""
    if _is_headline(s, headline):
        return "headline"
    if not s.furniture and headline is not None and _crumbs_end_with(s.text, headline):
        return "breadcrumbs"  # its last crumb the headline, a question ('Home / ... / What’s Behind ...?')
    if s.dateline:
        return "dateline"
    if s.news_id:
        return "news ID"
    if s.furniture:
        return s.furniture
    if i >= end:
        return "after the end of the article"
    if s.caption:
        return "repeated caption" if prev is not None and prev.caption and same_words(prev.text, s.text) else None
    if byline_end is None or i < byline_end:
        if is_byline(s.text):
            return "byline"
        if is_counter(s.text):
            return "counter"
    if at is not None and i > at and (tags_end is None or i < tags_end) and is_tag_line(s.text):
        return "tags"  # after the headline, before the text: 'Iraq News Mohammad Shia Al-Sudani'
    if at is not None and i < at:
        return None if summary is not None and i >= summary and s.is_prose else "before the headline"
    if last is None or i > last:
        return "after the end of the article"
    return None
