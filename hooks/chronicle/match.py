"""Find and resolve mentions of curated entities in article text.

Mentions are found in one pass over the words of a text, with a trie of every spelling's words (so the cost does not
grow with the number of spellings), leftmost-longest, on whole words only; and, for the names a spelling of the data
does not print exactly, with an index of the spellings' keys under the transliteration table of `names` (a name
found so is a variant, and says of which spelling). Resolution then applies the careful reader's rules
(`resolve_mentions`): a full spelling names one entity; a short form (a surname) names the entity that the article
identifies, and is left unlinked, with the reason, when the article identifies none or several, or names someone else
of that name.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from bisect import bisect_right
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from itertools import accumulate, compress, count
from typing import NamedTuple

from .dates import MONTHS, WEEKDAYS
from .crossref import country_words_of
from .gazetteer import HEADLINE_VERBS, NOT_NAMES, ORGANISATION_WORDS, SENTENCE_WORDS, is_given_name
from .model import Article, Entity, Mention, Role
from .names import (APOSTROPHES, ARTICLES, HONORIFICS, PICTURE_AGENCIES, ROLE_MODIFIERS, ROLE_NOUNS, SUN_ARTICLES,
                    TITLE_ABBREVIATIONS, NameKey, Title, fold_word, is_article, join_of, lead_key, misspelt_role,
                    name_key, title_before)


def _mark_classes() -> tuple[str, str]:
    """Every combining mark (Unicode categories Mn, Mc, Me) as the bodies of two regex classes: those up to U+FFFF
    and those above. Unicode has them only below U+20000 and in U+E0100-U+E01EF, so only those ranges are read
    (reading all 1.1 million code points takes seven times as long)."""
    ranges: list[tuple[int, int]] = []
    for cp in (*range(0x20000), *range(0xE0000, 0xE1000)):
        if unicodedata.category(chr(cp))[0] == "M":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))

    def body(rs: list[tuple[int, int]]) -> str:
        return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in rs)

    return body([r for r in ranges if r[0] < 0x10000]), body([r for r in ranges if r[0] >= 0x10000])


# A word: letters and digits, with the combining marks they carry (Devanagari vowel signs, Arabic harakat ...) and
# the invisible joiners that sit inside words (soft hyphen, zero-width non-joiner and joiner, word joiner), so
# that a name is never found inside a longer word of any script.
# Written as runs of letters or of marks, which the regex engine matches much faster than one character at a time.
# The engine tests a class's characters above U+FFFF range by range, so those marks are tried only on such a character.
_MARKS, _ASTRAL_MARKS = _mark_classes()
_MARKS += "\u00ad\u200c\u200d\u2060"
WORD_RE = re.compile(rf"(?:[^\W_]+|[{_MARKS}]+|(?=[\U00010000-\U0010ffff])[{_ASTRAL_MARKS}]+)+")
# A small word glued to the name after it, the space lost in the scrape ('close ties withIran’s', 'the capital ofIraq'):
# two words, where the name starts with a capital and a small letter ('withIn' is no name).
_GLUED_SMALL_WORD = r"(?:with|of|in|to|from|and|the|by|for|on|at)(?=[A-Z][a-z])"
_GLUED = re.compile(rf"\b{_GLUED_SMALL_WORD}")  # a text that holds one: rare, so looked for before splitting
_WORD_SPLIT = re.compile(f"({WORD_RE.pattern})")  # text -> [gap, word, gap, word, ..., gap], in one call
_INNER_MARK = re.compile(rf"[^\W\d_]{APOSTROPHES.pattern}[^\W\d_]{{2}}")  # a mark inside a word: rare, looked for first
_ASCII_WORD_SPLIT = re.compile("([A-Za-z0-9]+)")  # the same words in ASCII text (which has no marks), much faster
_GLUED_WORD_SPLIT = re.compile(f"({_GLUED_SMALL_WORD}|{WORD_RE.pattern})")  # the same, a small word glued to a name
# split off
_SPACE_RE = re.compile(r"[\s\u00a0\u202f\u2009\u200a\u2007]+")
_GAP_FOLD = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-"})
MAX_GAP = 3  # the longest separator a spelling may have between two words ("’ ", " - ")
_END = ""  # trie key under which a node keeps the spellings that end there (never a word or a gap)


def fold_gap(gap: str) -> str:
    """The separator between two words, with spacing, apostrophe and hyphen variants made one."""
    return _SPACE_RE.sub(" ", gap).translate(_GAP_FOLD)


def words_and_gaps(text: str) -> tuple[list[re.Match], list[str]]:
    words = list(WORD_RE.finditer(text))
    gaps = [fold_gap(text[a.end(): b.start()]) for a, b in zip(words, words[1:])]
    return words, gaps


def spelling_key(spelling: str) -> tuple[str, ...]:
    """'al-Kadhimi' -> ('al', '-', 'Kadhimi'): words and folded separators, alternating."""
    words, gaps = words_and_gaps(spelling)
    key: list[str] = []
    for i, w in enumerate(words):
        if i:
            key.append(gaps[i - 1])
        key.append(w.group())
    return tuple(key)


# The common noun that ends a body's name, printed in either case by the press ('the Iranian Parliament', 'the
# Iranian parliament', 'Shiite militias known as Popular Mobilization units', 'the Fars News agency'). Not 'State',
# 'Republic' nor 'States', whose lower case is a common phrase ('an Islamic state').
_INSTITUTION_NOUNS = frozenset({"Parliament", "Government", "Cabinet", "Army", "Navy", "Judiciary", "Units", "Forces",
                                "Council", "Commission", "Authority", "Agency", "Assembly"})


def variants(spelling: str) -> set[str]:
    """The spelling as written, with its first letter upper-cased (a sentence start: 'Al-Sudani'), for one word of
    four letters or more in capitals (a wire story's 'BAGHDAD (Reuters) -') and, for a name of two words or more that
    ends in an institution's common noun, with that noun in lower case ('Iranian parliament')."""
    forms = {spelling, spelling[:1].upper() + spelling[1:]}
    if len(spelling) >= 4 and spelling.isalpha():
        forms.add(spelling.upper())
    head, _, last = spelling.rpartition(" ")
    if head and last in _INSTITUTION_NOUNS:
        forms |= {f"{form} {last.lower()}" for form in (head, head[:1].upper() + head[1:])}
    return forms


@dataclass(frozen=True)
class Sense:
    """One thing a spelling can name: `full` for a full spelling; `implied` for a surname the data does not list,
    taken from the last word of a full spelling ('Khamenei' of 'Ali Khamenei')."""

    entity: str
    full: bool
    implied: bool = False


class SpellingTrie:
    """Every spelling of every entity, word by word, as written (bar the first letter's case)."""

    def __init__(self, entities: Iterable[Entity]):
        self.root: dict = {}
        self.size = 0
        for e in sorted(entities, key=lambda x: x.id):
            for spelling, sense in senses_of(e):
                self.add(spelling, sense)

    def add(self, spelling: str, sense: Sense) -> None:
        for form in sorted(variants(spelling)):
            key = spelling_key(form)
            if not key:
                continue
            node = self.root
            for part in key:
                node = node.setdefault(part, {})
            senses = node.get(_END, ())
            if sense not in senses:
                node[_END] = senses + (sense,)
                self.size += 1

    def scan(self, text: str) -> Iterator[tuple[int, int, tuple[Sense, ...]]]:
        """(start, end, senses) of each leftmost-longest match of a spelling, on whole words."""
        root = self.root
        # word k is parts[2k + 1]; the gap after it, parts[2k + 2]
        split = _GLUED_WORD_SPLIT if _GLUED.search(text) else _ASCII_WORD_SPLIT if text.isascii() else _WORD_SPLIT
        parts = split.split(text)
        words = parts[1::2]
        if _INNER_MARK.search(text):
            parts, words = self._with_marks_inside(parts)
        starts = list(compress(count(), map(root.__contains__, words)))  # most words start no spelling
        if not starts:
            return
        offsets = list(accumulate(map(len, parts), initial=0))  # where each part starts in the text
        n, done = len(words), 0
        for i in starts:
            if i < done:  # inside the previous match
                continue
            node = root[words[i]]
            best: tuple[int, tuple[Sense, ...]] | None = None
            j = i
            while True:
                if _END in node:
                    best = (j, node[_END])
                if j + 1 >= n or len(node) == (_END in node):  # no longer spelling goes on from here
                    break
                gap = parts[2 * j + 2]
                if len(gap) > MAX_GAP:
                    break
                node = node.get(gap if gap == " " else fold_gap(gap))
                if node is None:
                    break
                j += 1
                node = node.get(words[j])
                if node is None:
                    break
            if best is not None:
                last, senses = best
                yield offsets[2 * i + 1], offsets[2 * last + 2], senses
                done = last + 1

    def _with_marks_inside(self, parts: list[str]) -> tuple[list[str], list[str]]:
        """The parts, where a word printed with an ayn's or a hamza's mark inside it ('Da’esh') is a spelling's word
        without it ('Daesh'), as `names.TRANSLITERATION` reads marks: the two pieces and the mark one part, and the
        word without the mark what the trie is asked; a word whose first piece starts a spelling ('Shi'a', where the
        data spells it so) or a possessive ('Iran’s') is left as it is. Returns (parts, the words to look up)."""
        out, words = [parts[0]], []
        k = 1
        while k < len(parts):
            joined = parts[k] + parts[k + 2] if k + 2 < len(parts) else ""
            if joined and APOSTROPHES.fullmatch(parts[k + 1]) and len(parts[k + 2]) >= 2 \
                    and parts[k] not in self.root and joined in self.root:
                out += [parts[k] + parts[k + 1] + parts[k + 2], parts[k + 3]]
                words.append(joined)
                k += 4
            else:
                out += [parts[k], parts[k + 1]]
                words.append(parts[k])
                k += 2
        return out, words


# ---------------------------------------------------------------- the spellings of an entity


@functools.lru_cache(maxsize=1 << 16)
def implied_surnames(entity: Entity) -> tuple[str, ...]:
    """A person's surname taken from each full spelling of two name words or more that does not start with a title:
    'Khamenei' of 'Ali Khamenei', 'Sudani' of 'Mohammed Shia al-Sudani'; none of 'Imam Hussein'. It is a short
    form: linked only where the article identifies the person (`resolve_mentions`). Where the person's name or short
    forms give a surname, a spelling's last word is one only as a spelling of it under the table ('Ghalibaf' of
    'Mohammad Baqer Ghalibaf', for Qalibaf), not the last word of another name of theirs ('Ibrahimi' of 'Jamal Jaafar
    Ibrahimi', Abu Mahdi al-Muhandis's birth name), which is learnt only from an article that prints it whole."""
    if entity.kind != "person":
        return ()
    own = {_start_key(w) for w in [*_surnames_in((entity.name,)), *entity.short]}
    out = []
    for last in _surnames_in(entity.spellings):
        if (not own or _start_key(last) in own) and last not in entity.spellings and last not in entity.short \
                and last not in out:
            out.append(last)
    return tuple(out)


def _surnames_in(spellings: Iterable[str]) -> list[str]:
    """The last word of each spelling of two name words or more that does not start with a title."""
    out = []
    for spelling in spellings:
        words = _name_words(spelling)
        if len(words) < 2 or words[0][1] in ROLE_NOUNS or words[0][1] in HONORIFICS or words[-2][1] in _PATRONYMICS:
            continue  # 'Imam Hussein' has no surname, nor 'Husayn ibn Ali' ('ibn Ali' names his father)
        out.append(words[-1][0])
    return out


def _titled_name(entity: Entity, plain: str) -> bool:
    """A spelling of the person is a title and this one name: 'Imam Hussein' (not 'Husayn ibn Ali', whose last word
    is his father's)."""
    for spelling in entity.spellings:
        words = _name_words(spelling)
        if len(words) >= 2 and _plain(words[-1][0]) == plain and \
                all(w in ROLE_NOUNS or w in HONORIFICS for _, w in words[:-1]):
            return True
    return False


def senses_of(entity: Entity) -> list[tuple[str, Sense]]:
    """(spelling, sense) for each full spelling, short form and implied surname of the entity."""
    out = [(s, Sense(entity.id, True)) for s in entity.spellings]
    out += [(s, Sense(entity.id, False)) for s in entity.short]
    out += [(s, Sense(entity.id, False, implied=True)) for s in implied_surnames(entity)]
    return out


class _Word(NamedTuple):  # a tuple: the variant index makes one for every word it looks at
    start: int
    end: int
    text: str
    folded: str  # `names.fold_word`
    join: str | None  # how it joins the next word: `names.join_of`
    glued: bool = False  # a name glued by scraping to the word before it ('andQasem')

    @property
    def plain(self) -> str:
        """The word in lower case, accents kept, apostrophes left out: one word is compared letter for letter."""
        return APOSTROPHES.sub("", self.text).casefold()


def _words(text: str, offset: int = 0) -> list[_Word]:
    """The words of a text for the variant index, with the starts of names glued to a word before them; their
    places counted from `offset`."""
    found = [(w.start(), w.end()) for w in (_ASCII_WORD if text.isascii() else WORD_RE).finditer(text)]
    joins = [_join(text[a[1]: b[0]]) for a, b in zip(found, found[1:])] + [None]
    out = []
    i = 0
    while i < len(found):
        start, end = found[i]
        # Words joined by an apostrophe alone are one word ('Sha'abi', 'Shi'a'), bar a possessive ('Iran’s').
        while joins[i] == "" and text[found[i + 1][0]: found[i + 1][1]] not in ("s", "S"):
            i += 1
            end = found[i][1]
        join = joins[i] if joins[i] != "" else None
        word = text[start:end]
        folded = _fold(word)
        if join is None and folded in ARTICLES and i + 1 < len(found) and \
                fold_gap(text[end: found[i + 1][0]]) == "- ":
            join = "-"  # 'Al- Muhandis': the article's hyphen, a space typed after it
        out.append(_Word(start + offset, end + offset, word, folded, join))
        if word[1:] != word[1:].lower():  # a capital inside the word: maybe a name glued to it
            for g in _GLUE.finditer(word):
                out.append(_Word(start + g.start() + offset, end + offset, word[g.start():], _fold(word[g.start():]),
                                 join, True))
        i += 1
    return out


_ASCII_WORD = re.compile("[A-Za-z0-9]+")


@functools.lru_cache(maxsize=1 << 16)
def _join(gap: str) -> str | None:
    return join_of(fold_gap(gap))


@functools.lru_cache(maxsize=1 << 17)
def _fold(word: str) -> str:
    return fold_word(word)


_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]{2})")


@functools.lru_cache(maxsize=1 << 16)
def _name_words(spelling: str) -> list[tuple[str, str]]:
    """(word as written, folded) of a spelling, its articles left out: 'Abu Mahdi al-Muhandis' -> Abu, Mahdi,
    Muhandis."""
    return [(w.text, w.folded) for w in _words(spelling) if not w.glued and not is_article(w.folded, w.join or "x")]


# ---------------------------------------------------------------- variants


@dataclass(frozen=True)
class _Entry:
    """A spelling in the variant index."""

    sense: Sense
    spelling: str
    key: NameKey
    plain: str  # its words in lower case joined, articles left out
    phonetic: bool  # sound variants allowed (a name of two words or more); else only the form
    article_initial: bool  # 'al-Sudani': the article may change its form but not go
    lower_ok: bool  # it has a lower-case word ('Kurdistan region'): the text's words need no capital


class VariantIndex:
    """Every spelling of letters and spaces, hyphens or apostrophes, by its key under the transliteration table.

    One word alone is too little to go on for a sound variant: a spelling of one word ('Tehran', 'al-Sudani',
    'Soleimani') meets only its own letters, with its article in another form or its first letter in another case.
    (A surname printed in another form is learnt from the article itself: `resolve_mentions`.) Acronyms ('PMU', 'US') and spellings with other characters ('President.ir') are matched as written only."""

    def __init__(self, entities: Iterable[Entity]):
        self.by_coarse: dict[str, list[_Entry]] = {}
        self.prefixes: set[str] = set()
        self.starts: set[str] = set()  # the coarse keys of the words a name can start with (its article left out)
        self.whole: set[str] = set()  # the coarse keys of whole names, as if written in one word
        self.max_words = 1
        self.reach = 0
        for e in sorted(entities, key=lambda x: x.id):
            for spelling, sense in senses_of(e):
                self._add(e, spelling, sense)
                if e.kind == "organisation":
                    self._add(e, spelling, sense, other_number=True)

    def _add(self, entity: Entity, spelling: str, sense: Sense, other_number: bool = False) -> None:
        """`other_number`: a body's name with its last word in the other number, as the press writes it ('Popular
        Mobilization Force' for 'Popular Mobilization Forces', 'Revolutionary Guards' for 'Revolutionary Guard');
        a name of two words or more only ('Force' alone is a common noun)."""
        words = _words(spelling)
        if not words or any(w.glued for w in words) or any(not w.folded for w in words):
            return
        if any(w.join is None for w in words[:-1]) or any(w.text.isupper() and len(w.text) > 1 for w in words):
            return
        article_initial = is_article(words[0].folded, words[0].join or "x") and len(words) > 1
        kept = [w for w in words if not is_article(w.folded, w.join or "x")]
        names = [w.folded for w in kept]
        if len(names) < 2 and not article_initial:
            return  # one word alone: as written only, in the trie ('Tehran', 'TEHRAN')
        if other_number:
            last = names[-1]
            if len(names) < 2 or not last.isascii() or len(last) < 4 or last.endswith(("ss", "us", "is")):
                return
            names = names[:-1] + [last[:-1] if last.endswith("s") else last + "s"]
        key = name_key(names)
        lower_ok = any(w.text[:1].islower() for w in kept)
        entry = _Entry(sense, spelling, key, "".join(w.plain for w in kept), len(names) >= 2,
                       article_initial and sense.full, lower_ok)
        self.by_coarse.setdefault(key.coarse, []).append(entry)
        for k in range(1, len(names) + 1):
            self.prefixes.add(_key(tuple(names[:k])).coarse)
        self.starts.add(_key((names[0],)).coarse)
        self.starts.add(key.coarse)  # glued: 'Amirabdollahian'
        self.whole.add(key.coarse)  # a name of the index in one word, its article left out or glued
        self.max_words = max(self.max_words, len(words))
        self.reach = max(self.reach, 2 * len(spelling) + 20)  # the text a name of the index can take up

    def scan(self, text: str, skip: Iterable[tuple[int, int]] = (), names: Iterable[int] = ()) -> Iterator[Found]:
        """Leftmost-longest names of the text that meet an entry, on whole words (or glued on the word before),
        starting nowhere inside a span of `skip` (the exact matches) nor where `names` (the starts of the exact
        matches of a full spelling) says the text names someone as written."""
        inside = sorted(skip)
        named = set(names)
        done = 0
        for m in _CAPITALISED.finditer(text):
            if not self._may_start(m.group()) or m.start() < done or m.start() in named or _inside(m.start(), inside):
                continue  # most words start no name of the index
            if not self._may_go_on(text, m):
                continue
            # The words from here on, as far as a name of the index can reach; an article just before is its start.
            at = m.start()
            if article := _ARTICLE_BEFORE.search(text, max(0, at - 4), at):
                at = article.start()
            if at < done:
                at = m.start()
            words = _words(text[at: at + self.reach], at)
            n = len(words)
            for i, first in enumerate(words):
                if first.start > m.end():
                    break
                if first.start < done or not first.folded or _inside(first.start, inside):
                    continue
                if not (first.folded in ARTICLES or first.folded in SUN_ARTICLES or self._may_start(first.text)):
                    continue
                best = self._longest(text, words, i, n)
                if best is not None:
                    yield best
                    done = best.end
                    break

    def _longest(self, text: str, words: list[_Word], i: int, n: int) -> Found | None:
        first = words[i]
        j, article = i, False
        if is_article(first.folded, first.join or "x") and not first.glued:
            if i + 1 >= n or not words[i + 1].text[:1].isupper():
                return None
            j, article = i + 1, True
        elif not first.text[:1].isupper() and first.text not in _SMALL_KUNYAS:
            return None
        names: list[str] = []
        plain: list[str] = []
        lower = False
        best: Found | None = None
        while j < n and len(names) < self.max_words:
            w = words[j]
            if not w.folded or (w.glued and j != i):
                break
            after_article = j > i and is_article(words[j - 1].folded, words[j - 1].join or "x")
            if names and not w.text[:1].isupper() and not after_article:  # 'al-sudani' is still a name
                lower = True
            names.append(w.folded)
            plain.append(w.plain)
            key = _key(tuple(names))
            accepted = [e for e in self.by_coarse.get(key.coarse, ())
                        if self._accepts(e, key, "".join(plain), article, lower) and (e.phonetic or not first.glued)]
            if accepted:
                printed = text[first.start: w.end]
                closest: dict[Sense, _Entry] = {}
                several = len(accepted) > len({e.sense for e in accepted})
                for e in sorted(accepted, key=lambda e: -SequenceMatcher(None, printed, e.spelling).ratio()
                                ) if several else accepted:
                    closest.setdefault(e.sense, e)  # of an entity's spellings, the one the text is nearest to
                best = Found(first.start, w.end, tuple(closest), tuple((s.entity, e.spelling) for s, e in
                                                                       closest.items()), glued=first.glued)
            if (key.coarse not in self.prefixes and w.folded != "abd") or w.join is None or j + 1 >= n:
                break
            j += 1
            nxt = words[j]
            if is_article(nxt.folded, nxt.join or "x") and nxt.join is not None and j + 1 < n:
                j += 1  # an article inside the name: 'Abu Mahdi al-Muhandis'
        return best

    def _may_go_on(self, text: str, m: re.Match) -> bool:
        """A name of the index in one word may start here ('Al Sudani', 'Amirabdollahian'), or the word and the next
        may start one: most capitalised words that start a name ('Iraqi', 'The') go on to none."""
        word = m.group()
        if _start_key(word) in self.whole or word[1:] != word[1:].lower():
            return True
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt is None:
            return False
        first, second = _fold(word), _fold(nxt[1])
        return bool(first and second) and (second in ARTICLES or second == "abd"
                                           or _key((first, second)).coarse in self.prefixes)

    def _may_start(self, word: str) -> bool:
        """The word may start a name of the index, or a name glued to it may ('andQassem')."""
        if (word[:1].isupper() or word in _SMALL_KUNYAS) and _start_key(word) in self.starts:
            return True
        return word[1:] != word[1:].lower() and any(_start_key(word[g.start():]) in self.starts
                                                    for g in _GLUE.finditer(word))

    @staticmethod
    def _accepts(entry: _Entry, key: NameKey, plain: str, article: bool, lower: bool) -> bool:
        if entry.article_initial and not article:
            return False  # 'Sudani' alone is not the full spelling 'al-Sudani'
        if lower and not entry.lower_ok:
            return False
        return entry.key.meets(key) if entry.phonetic else entry.plain == plain


@functools.lru_cache(maxsize=65536)
def _key(names: tuple[str, ...], heard: bool = False) -> NameKey:
    """A name's key under the table; `heard`, with the k-sounds and ch heard as one (`names.lead_key`), which is
    never enough for a link alone."""
    return (lead_key if heard else name_key)(list(names))


@functools.lru_cache(maxsize=1 << 16)
def _start_key(word: str, heard: bool = False) -> str:
    folded = _fold(word)
    return _key((folded,), heard).coarse if folded else ""


# the next word, its pieces joined by an ayn's or a hamza's mark one word ('Ra’īsī'), bar a possessive ('Soleimani’s')
_NEXT_WORD = re.compile(r"[\s\u00a0'’‘ʼ-]{1,3}([^\W_]+(?:['’‘ʼ](?![sS]\b)[^\W_]+)*)")
_CAPITALISED = re.compile(r"\b(?:(?:abu|umm)(?= [A-Z])|(?=[^\W\d_]*[A-Z])[\w’'ʼ]+)")  # a word with a capital: anchored,
# so each word is read once; or a kunya's 'abu' or 'umm' in small letters before one ('Martyr abu Mahdi al-Muhandis')
_SMALL_KUNYAS = ("abu", "umm")
_ARTICLE_BEFORE = re.compile(r"\b(?:(?:al|Al|AL|el|El)[-‑ ]|(?:ad|an|ar|as|ash|at|az)[-‑])$")  # as `names.is_article`


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """pos is strictly inside one of the sorted, non-overlapping spans."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


@dataclass(frozen=True)
class Found:
    """A span of text that a spelling matches: exactly, or as a variant (`variant_of`: (entity, spelling))."""

    start: int
    end: int
    senses: tuple[Sense, ...]
    variant_of: tuple[tuple[str, str], ...] = ()
    glued: bool = False
    heard: str | None = None  # a variant only as the k-sounds and ch are heard (`names.lead_key`): what in the
    # article confirms whom it means ('' where the rule that found it says so)


class NameIndex:
    """What `resolve_mentions` needs of the data: the spellings, exact and by key, and each entity."""

    def __init__(self, entities: Iterable[Entity]):
        self.entities = {e.id: e for e in entities}
        self.trie = SpellingTrie(self.entities.values())
        self.variants = VariantIndex(self.entities.values())
        self.rejected = {e.id: frozenset(_plain(s) for s in e.not_spellings) for e in self.entities.values()
                         if e.not_spellings}
        self.not_person_spellings = {s for e in self.entities.values() if e.kind != "person" for s in e.spellings}
        self.countries = country_words_of(self.entities.values())
        self.acronyms: dict[str, tuple[Sense, ...]] = {}
        for e in sorted(self.entities.values(), key=lambda x: x.id):
            for spelling, sense in senses_of(e):
                if spelling.isalpha() and spelling.isupper() and len(spelling) > 1:
                    self.acronyms[spelling] = self.acronyms.get(spelling, ()) + (sense,)
        # An acronym of four letters or more that some outlets print as a word, a capital and small letters ('Irna',
        # 'Isis', as the Guardian's style has it); not where that word is a given name.
        titled = sorted(a.capitalize() for a in self.acronyms if len(a) >= 4 and not is_given_name(a.capitalize()))
        self.titled_acronyms = re.compile(r"(?<![\w’'-])(?:" + "|".join(titled) + r")(?![\w’'-])") if titled else None

    @functools.cached_property
    def heard_names(self) -> dict[str, list[tuple[NameKey, str, str]]]:
        """The people's full names of two words or more by their coarse key as the k-sounds and ch are heard
        (`names.lead_key`): (key, entity, spelling)."""
        out: dict[str, list[tuple[NameKey, str, str]]] = {}
        for e in sorted(self.entities.values(), key=lambda x: x.id):
            if e.kind != "person":
                continue
            for spelling in e.spellings:
                names = tuple(folded for _, folded in _name_words(spelling))
                if len(names) >= 2 and all(names):
                    key = _key(names, True)
                    out.setdefault(key.coarse, []).append((key, e.id, spelling))
        return out

    @functools.cached_property
    def heard_starts(self) -> frozenset[str]:
        """The coarse keys, as heard, of the first two words of the people's full names."""
        return self._heard_openings(2)

    @functools.cached_property
    def heard_firsts(self) -> frozenset[str]:
        """The coarse keys, as heard, of the first words of the people's full names."""
        return self._heard_openings(1)

    def _heard_openings(self, words: int) -> frozenset[str]:
        return frozenset(_key(tuple(folded for _, folded in _name_words(sp))[:words], True).coarse
                         for entries in self.heard_names.values() for _, _, sp in entries)

    @functools.cached_property
    def initials(self) -> dict[str, str]:
        """The registered bodies by the initials of their names, where only one body's name has them: 'FNA' for
        Fars News Agency."""
        by: dict[str, set[str]] = {}
        for e in self.entities.values():
            if e.kind == "organisation":
                for spelling in (e.name, *e.spellings):
                    words = [w for w in re.split(r"[\s\u00a0-]+", spelling) if w]
                    if len(words) > 1 and all(w[:1].isupper() or w.casefold() in _SMALL_WORDS for w in words):
                        for letters in {"".join(w[0] for w in words),
                                        "".join(w[0] for w in words if w.casefold() not in _SMALL_WORDS)}:
                            by.setdefault(letters.upper(), set()).add(e.id)
        return {letters: next(iter(ids)) for letters, ids in by.items() if len(ids) == 1 and len(letters) > 1}

    def find(self, text: str) -> list[Found]:
        """Every name of the text the data holds, leftmost-longest: as written where it is, else as a variant."""
        exact = [Found(s, e, senses) for s, e, senses in self.trie.scan(text)]
        spans = [(f.start, f.end) for f in exact]
        names = [f.start for f in exact if any(s.full for s in f.senses)]
        candidates = exact + [v for v in self.variants.scan(text, spans, names) if (v.start, v.end) not in spans]
        if "." in text:  # 'U.S.' for 'US': an acronym written with full stops
            for m in DOTTED_ACRONYM.finditer(text):
                letters = m.group().replace(".", "")
                senses = self.acronyms.get(letters, ())
                if senses:
                    candidates.append(Found(m.start(), m.end(), senses,
                                            tuple((s.entity, letters) for s in senses)))
        if self.titled_acronyms:  # 'Irna' for 'IRNA'
            for m in self.titled_acronyms.finditer(text):
                letters = m.group().upper()
                candidates.append(Found(m.start(), m.end(), self.acronyms[letters],
                                        tuple((s.entity, letters) for s in self.acronyms[letters])))
        out: list[Found] = []
        for f in sorted(candidates, key=lambda f: (f.start, -f.end, bool(f.variant_of))):
            if out and f.start < out[-1].end:
                continue
            out.append(f)
        return out


# An acronym written with full stops, as a whole word: 'U.S.', 'U.N.', and 'U.S' with its last one left out; or with
# all of them, glued by the scrape to a word of small letters before it ('citingU.S. officers', 'ofU.S. currency')
DOTTED_ACRONYM = re.compile(r"(?:(?<![\w.])|(?<=[a-z])(?=(?:[A-Z]\.){2}))(?:[A-Z]\.)+[A-Z]\.?(?![\w])")


def _plain(text: str) -> str:
    return "".join(w.plain for w in _words(text) if not w.glued and not is_article(w.folded, w.join or "x"))


@functools.lru_cache(maxsize=None)
def _spelling_words(spellings: tuple[str, ...]) -> frozenset[str]:
    """Every word of an entity's spellings, plain: worked out once for each entity, not for each mention that asks
    whether a bare name is one of them."""
    return frozenset(_plain(w) for spelling in spellings for w in spelling.split())


# ---------------------------------------------------------------- resolution

# Capitalised words that open or join a sentence, or name a time, a people or a faith, rather than a person; the
# words after a surname that name what is the person's, not a longer name ('the Trump Administration'); a role's
# word in a title's capitals ('his Iranian Counterpart Hussein Amir Abdollahian'); and the word a ministry's name
# ends with, before its minister's name ('Minister of Foreign Affairs Hossein Amirabdollahian').
_NOT_GIVEN_NAMES = SENTENCE_WORDS | frozenset("""Former Late Martyr Mr Mrs Ms Dr Iranian Iraqi Iranians Iraqis American
    Americans Kurdish Arab Arabs Shia Shiite Sunni Saudi Syrian Lebanese Turkish Israeli Western Administration
    Government Cabinet Presidency Doctrine Era Campaign Counterpart Counterparts Colleague Affairs Relations
    Intelligence Health Finance Commerce Trade Culture Education Planning Transport Electricity Energy Industry
    Agriculture Housing Labour Labor Tourism Communications Economy Treasury""".split()) | frozenset(
    MONTHS) | frozenset(WEEKDAYS) | HEADLINE_VERBS  # and a verb after the name: 'Zarif Tweeted', 'Sadr Vows'
_NAME_WORD = re.compile(r"[A-Z][a-z][\w’'-]*")
# The second part of an adjective made of a name: a participle or a word of how many ('Iran-backed', 'Shiite-led',
# 'Tehran-based', 'Shia-majority'); not an article, as in the region's hyphened given names ('Abd-al-Karim').
_HYPHENED_ADJECTIVE = re.compile(r"-(?:[a-z]{2,}ed|led|run|held|born|majority|minority|dominant|friendly)$")


def _word_before(text: str, start: int) -> str | None:
    """The word one space before `start`, maybe after a slash or a bracket ('REUTERS/Thaier al-Sudani')."""
    m = re.search(r"([\w’'.-]+)[ \u00a0]$", text[max(0, start - 60): start])
    return m[1] if m else None


def _word_after(text: str, end: int) -> str | None:
    m = re.match(r"[ \u00a0]([\w’'.-]+)", text[end: end + 60])
    return m[1] if m else None


def _is_given_name(word: str | None, known: set[str]) -> bool:
    """A word that can be a name of the same person, before or after another: capitalised, not a title, an
    honorific, a demonym, a month, a sentence word, nor a name the data holds ('Iran'); nor a word that ends with a
    hyphen, an article whose name follows after a space ('Al- Kadhimi')."""
    if not word or not _NAME_WORD.fullmatch(word) or word.endswith(("’s", "'s", "’", "'", ".", "-")):
        return False  # a possessive ('Iran’s Soleimani') or the end of a sentence is no part of the name
    if _HYPHENED_ADJECTIVE.search(word):
        return False  # 'the Shiite-led Hashd', 'Iran-backed', 'Shia-majority': a name made an adjective
    low = word.casefold()
    return not (word in _NOT_GIVEN_NAMES or low in ROLE_NOUNS or low in ROLE_MODIFIERS or low in HONORIFICS
                or word.rstrip(".") in TITLE_ABBREVIATIONS or word in known or misspelt_role(low))


@dataclass(frozen=True)
class _Context:
    """What the words around a short form say of it."""

    other_name: str | None  # 'Zeinab Soleimani': a longer name of someone else it stands in
    shared: bool  # that name shares the surname ('Zeinab Soleimani'), rather than using it as a given name
    title: Title | None
    own: tuple[str, int] | None = None  # (entity, start): the entity's own given name before it ('Mohammed Sudani')
    middle: tuple[str, int] | None = None  # (entity, start): the entity's full name with a name between ('Fuad
    # Mohammed Hussein'), theirs where the article names them in full or by a title that fits


def _context(text: str, start: int, end: int, known: set[str], given: Iterable[tuple[str, NameKey]] = ()
             ) -> _Context:
    """`given`: (entity, key of a given name) of the entities the short form may be: a given name of theirs before
    it makes it their name, with the middle names left out ('Mohammed Sudani' for 'Mohammed Shia al-Sudani'). A
    surname in brackets after a given name not theirs is that other person's ('his brother Sohrab (Soleimani)')."""
    before, after = _word_before(text, start), _word_after(text, end)
    if before is None and text[start - 2: start] == " (" and text[end: end + 1] == ")":
        named = _word_before(text, start - 1)
        folded = fold_word(named) if _is_given_name(named, known) else ""
        if folded and not any(key.meets(_key((folded,))) for _, key in given):
            return _Context(f"{named} {text[start:end]}", True, None)
    if _is_given_name(before, known):
        first = start - len(before) - 1
        folded = fold_word(before)
        mine = {entity for entity, key in given if folded and key.meets(_key((folded,)))}
        if len(mine) == 1 and not _is_given_name(_word_before(text, first), known):
            return _Context(None, False, None, (next(iter(mine)), first))
        while _is_given_name(w := _word_before(text, first), known):
            first -= len(w) + 1
        return _Context(text[first:end], True, None)
    if _is_given_name(after, known):
        return _Context(text[start: end + 1 + len(after)], False, None)
    if m := _PATRONYMIC.match(text, end):  # 'Hussein ibn Ali': a name with its father's, someone's own
        return _Context(text[start: m.end()], False, None)
    return _Context(None, False, title_before(text, start))


# A picture's credit: the photographer's name, after 'photo credit:' or 'Photo by', before or after an agency's name and
# a slash ('REUTERS/Thaier al-Sudani', 'THAIER AL-SUDANI/REUTERS', '(AP Photo/Hadi Mizban)').
_AGENCY = f"(?:{PICTURE_AGENCIES})"
# Beside the agency and its slash, the credit is the photographer's name alone, up to four words: not the caption's
# sentence before it on the same line ('Mohammed Shia al-Sudani speaks in Baghdad. THAIER AL-SUDANI/REUTERS').
_CREDIT_WORD = r"(?:[A-Z]|(?i:al|el|bin|ibn|abu|de|van|von)-?)[\w’'-]*"
_CREDIT_NAME = rf"{_CREDIT_WORD}(?:[ \u00a0]{_CREDIT_WORD}){{0,3}}"
_CREDITS = re.compile(rf"(?i:photo\s*credits?\s*:|photo(?:graph)?s?\s+by\b|credits?\s*:|photographer\s*:)[^()\n]{{1,80}}"
                      rf"|\b{_AGENCY}(?:\s+Photo)?\s*/\s*{_CREDIT_NAME}"
                      rf"|(?<![\w’'-]){_CREDIT_NAME}\s*/\s*{_AGENCY}\b")


_CREDIT_HINT = re.compile(r"/|(?i:credit|photo)")  # what every credit holds: most paragraphs hold none of it


def _in_credit(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] stands in a picture's credit."""
    return any(s <= start and end <= e for s, e in _credit_spans(text))


@functools.lru_cache(maxsize=1 << 12)
def _credit_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The picture credits of a block's text, found once for all the names in it."""
    return tuple(m.span() for m in _CREDITS.finditer(text)) if _CREDIT_HINT.search(text) else ()


# A section's label in capitals that opens a line, glued to its text's first word by scraping: 'IRAQ PODCASTIraqi
# demonstrators flash the victory sign ...' (a podcast page's kicker over a picture's caption).
_GLUED_KICKER = re.compile(r"[A-Z]{2,}(?:[ \u00a0][A-Z]{2,})*(?=[A-Z][a-z])")


_PATRONYMICS = frozenset({"ibn", "bin", "bint", "ben"})
_PATRONYMIC = re.compile(r"[ \u00a0](?:ibn|bin|bint|ben)[ \u00a0][A-Z][\w’'-]*")


@functools.lru_cache(maxsize=1 << 16)
def given_names(entity: Entity) -> tuple[NameKey, ...]:
    """The keys of the first name word of each full spelling of a person of two name words or more."""
    keys = []
    for spelling in entity.spellings:
        words = _name_words(spelling)
        if len(words) >= 2 and words[0][1] and words[0][1] not in ROLE_NOUNS and words[0][1] not in HONORIFICS:
            keys.append(_key((words[0][1],)))
    return tuple(keys)


def _fits(title: Title, entity: Entity, day: dt.date) -> bool:
    """The title names an office the person holds on the day (or, for 'former', held before it)."""
    if title.former:
        return any(r.end is not None and r.end.last_day() < day and title.fits(r.title) for r in entity.roles)
    return any(title.fits(r.title) for r in entity.roles_on(day))


def _office(title: Title, entity: Entity, day: dt.date) -> str:
    """The office of the person's that a fitting title names."""
    return next(r.title for r in (entity.roles if title.former else entity.roles_on(day)) if title.fits(r.title))


def _contradicts(title: Title, entity: Entity) -> bool:
    """The title names an office the person never held ('Imam' before the surname of a foreign minister)."""
    return bool(entity.roles) and not any(title.fits(r.title) for r in entity.roles)


def resolve_mentions(article: Article, index: NameIndex, names: dict[str, str] | None = None) -> list[Mention]:
    """Every mention in the article's blocks, resolved or left unlinked with the reason; `rule` says how a mention
    was linked where it is more than a spelling of the data as written.

    A full spelling (or a variant of one that fits one entity only) names its entity, unless it is a one-word
    spelling of a person that stands inside a longer name ('Thaier al-Sudani'). A short form, a person's surname,
    names the person when, in this order:
      - the article's `resolve` says so;
      - it is not inside a longer name of someone else ('Zeinab Soleimani', 'Hussein Amir-Abdollahian');
      - a title before it fits the office the person holds on the article's date ('Foreign Minister Zarif'), or
      - the article (or its headline) identifies the person (names them in full, in any variant, or by a fitting
        title) and no one else of that surname ('Zeinab Soleimani' makes a bare 'Soleimani' ambiguous), or
      - the data holds one person of that surname, whose roles cover the article's date, and the article names no
        one else of that surname.
    An acronym that the article defines after a linked name ('Popular Mobilization Forces (PMF)') names its entity
    throughout the article; a registered acronym the article defines for something else is not linked there."""
    entities = index.entities
    day = article.date
    known = index.not_person_spellings
    headline = index.find(article.title)
    found = [(b, f) for b in article.blocks for f in index.find(b.text)]
    found = _with_articles(_with_learnt_surnames(article, _with_heard_names(article, found, index, headline),
                                                 entities, headline), entities)
    rules = dict(article.resolve)

    def senses(text: str, f: Found) -> list[Sense]:
        if not any(s.entity in index.rejected for s in f.senses):
            return list(f.senses)
        plain = _plain(text)
        return [s for s in f.senses if plain not in index.rejected.get(s.entity, ())]

    # What the whole article says of each entity: named in full, or given a title that fits; and which surnames
    # someone else carries in it.
    identified: dict[str, str] = {}  # entity -> how ('named in full as ...')
    others: dict[str, str] = {}  # entity -> the other person's name that shares its surname, the other area's name
    contexts: dict[tuple[str, int], _Context] = {}
    # A name the article gives a person after a title that fits ('Foreign Minister Javad Zarif', the first given name
    # left out) is theirs wherever the article prints it again: name -> (entity, as printed with its title)
    titled: dict[str, tuple[str, str]] = {}
    titled_at: dict[tuple[str, int], tuple[Found, str, str]] = {}  # (anchor, start) -> the whole name, person, rule
    for block_text, anchor, prose, f in [(b.text, b.anchor, b.kind in _PROSE, f) for b, f in found] + [
            (article.title, "", False, f) for f in headline]:
        text = block_text[f.start:f.end]
        ss = senses(text, f)
        full = {s.entity for s in ss if s.full}
        if full:
            if len(full) != 1:
                continue
            if (longer := _longer_name(block_text, f, ss, entities, known, prose)) is None:
                identified.setdefault(next(iter(full)), f"names in full as '{text}'")
            elif " " in text.strip():  # a son's name holds his father's whole: a bare surname could be either's
                others.setdefault(next(iter(full)), longer)
            continue
        given = [(s.entity, k) for s in ss if entities[s.entity].kind == "person"
                 for k in given_names(entities[s.entity])]
        ctx = _with_middle_name(_context(block_text, f.start, f.end, known, given), block_text, f, ss, entities)
        if not ctx.other_name and ss and all(entities[s.entity].kind == "place" for s in ss) and (
                area := _another_area(block_text, f, [entities[s.entity] for s in ss], index.countries)):
            ctx = _Context(area, False, None)  # 'Kurdistan province', '(Iranian) Kurdistan': not the Region
            for s in ss:  # nor is the short form alone anywhere in the article: it could be either
                others.setdefault(s.entity, area)
        if anchor:
            contexts[(anchor, f.start)] = ctx
            if whole := _titled_first_name_left_out(block_text, f, ctx, ss, entities, day):
                titled_at[(anchor, f.start)] = whole
                called = f"{title_before(block_text, whole[0].start).text} {ctx.other_name}"
                titled.setdefault(ctx.other_name, (whole[1], called))
                identified.setdefault(whole[1], f"calls '{called}'")
                continue
        elif ctx.other_name:
            continue  # a headline's capitals are its style's: 'Defeated, Isolated Trump' names no one else
        if ctx.own:
            identified.setdefault(ctx.own[0], f"names as '{block_text[ctx.own[1]:f.end]}'")
        for s in ss:
            if ctx.other_name and ctx.shared:
                others.setdefault(s.entity, ctx.other_name)
            elif ctx.title and (ctx.middle is None or ctx.middle[0] == s.entity) and _fits(
                    ctx.title, entities[s.entity], day):
                named = block_text[ctx.middle[1]:f.end] if ctx.middle else text
                identified.setdefault(s.entity, f"calls '{ctx.title.text} {named}'")

    for entity, name in list(others.items()):
        if titled.get(name, ("",))[0] == entity:
            del others[entity]  # the article's own name for the person, not someone else's of that surname
    acronyms, alias, foreign = _acronyms(article, found, senses, entities, index.acronyms)
    out = []
    for b, f in found:
        text = b.text[f.start:f.end]
        ss = senses(text, f)
        ids = tuple(sorted({s.entity for s in f.senses}))
        entity, reason, rule, other = None, "", "", ""
        full = sorted({s.entity for s in ss if s.full})
        if text in rules:
            entity, rule = rules[text], "the article's 'resolve' rule"
        elif not ss:
            reason = "the data rules out '" + text + "' for " + _names(ids, entities)
        elif text in alias and alias[text] not in full:
            entity, rule = alias[text], f"an acronym the article defines for {entities[alias[text]].name}"
        elif text in foreign:
            reason = f"the article defines '{text}' as '{foreign[text]}'"
        elif full:
            if len(full) > 1:
                reason = ("a variant of " + " and of ".join(f"{entities[i].name} ('{sp}')" for i, sp in f.variant_of)
                          + ": left unlinked, it could be either")
            elif all(entities[s.entity].kind == "place" for s in ss) and (paper := _publications_name(b.text, f)):
                reason = f"the name of a publication ('{paper}'), not the place"
            elif other := (_longer_name(b.text, f, ss, entities, known, b.kind in _PROSE) or ""):
                person, start = entities[full[0]], f.end - len(other)
                title = title_before(b.text, start)
                whole = _with_names_between_before(b.text, start, f.end, person)
                if whole is not None:  # 'Prime Minister Mohamad Shia Sabbar al-Sudani': a name more, after a title
                    start, title = whole, title_before(b.text, whole)
                how = "with another name between" if whole is not None else "a name between spelt otherwise" \
                    if _spelt_otherwise(other, person) else "the first given name left out" \
                    if _first_name_left_out(other, person) else None
                if how and title and _fits(title, person, day):
                    f = replace(f, start=start)  # the whole name: one mention
                    text, entity, other = b.text[start:f.end], person.id, ""
                    rule = (f"{person.name}'s given name and surname, {how}, after the title '{title.text}', which "
                            f"fits the office of {_office(title, person, day)}")
                else:
                    reason = f"part of the name '{other}', someone other than {person.name}"
            elif other := (_longer_body_name(b.text, f, ss, entities, known) if b.kind in _PROSE else "") or "":
                reason = f"part of the name '{other}', another body than {entities[full[0]].name}"
            elif own := _own_given_name(b.text, f, entities[full[0]], known):
                f = replace(f, start=own)  # 'Mohammed al-Sudani': one mention
                text, entity = b.text[f.start:f.end], full[0]
                rule = f"the given name and surname of {entities[entity].name}, the other names left out"
            else:
                entity = full[0]
                rule = _variant_rule(f, entity)
        else:
            ctx = contexts[(b.anchor, f.start)]
            found_whole = titled_at.get((b.anchor, f.start))  # read in the first pass
            if ctx.own:  # the given name and the surname: one mention of the two
                f = replace(f, start=ctx.own[1])
                text = b.text[f.start:f.end]
            if found_whole:
                (f, entity, rule), reason = found_whole, ""  # 'Foreign Minister Javad Zarif': one mention
                text = b.text[f.start:f.end]
            elif ctx.shared and ctx.other_name in titled and titled[ctx.other_name][0] in {s.entity for s in ss} \
                    and b.text[f.end - len(ctx.other_name):f.end] == ctx.other_name:
                entity, as_titled = titled[ctx.other_name]
                f, reason = replace(f, start=f.end - len(ctx.other_name)), ""
                text = b.text[f.start:f.end]
                rule = f"the name the article gives {entities[entity].name} after a title that fits ('{as_titled}')"
            else:
                entity, reason, rule = _resolve_short(text, [s.entity for s in ss], ctx, identified, others,
                                                      entities, day, f, _word_after(b.text, f.end))
            if ctx.middle and entity is not None:  # the whole name: one mention
                f = replace(f, start=ctx.middle[1])
                text = b.text[f.start:f.end]
            other = (ctx.other_name or "") if entity is None else ""
            if entity is None and not other and ctx.title and ctx.title.text[:1].isupper() and ids and all(
                    _contradicts(ctx.title, entities[i]) for i in ids) and not any(
                    f"{ctx.title.text} {text}" in e.spellings for e in entities.values()):
                other = f"{ctx.title.text} {text}"  # 'King Hussein': an office none of that surname held, someone
                # else's (not 'Imam Hussein', a spelling of the data's)
        if entity is not None and entities[entity].kind == "person" and _in_credit(b.text, f.start, f.end):
            entity, reason, rule = None, "in a picture's credit: the photographer's name, whoever else bears it", ""
        elif entity is not None and (kicker := _GLUED_KICKER.match(b.text)) and f.end <= kicker.end():
            entity, reason, rule = None, "in a section's label glued to the line's first word: no part of the text", ""
        out.append(Mention(b.anchor, f.start, f.end, text, entity, ids, reason, rule, other))
    out += acronyms
    taken = {(m.block, m.start) for m in out}
    out += [m for m in _credits(article, index) if (m.block, m.start) not in taken]
    order = {b.anchor: i for i, b in enumerate(article.blocks)}
    return sorted(_with_stated_names(article, out, entities, known), key=lambda m: (order[m.block], m.start))


# A dateline's credit: a place in capitals, then the initials of the outlet that reports from it in brackets, then a
# dash or a colon: 'TEHRAN (FNA)- ', 'BAGHDAD (INA) – '.
_CREDIT = re.compile(r"(?<![\w-])[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+)*,?[ \u00a0]*\((?P<initials>[A-Z]{2,6})\)[ \u00a0]*[-–—:]")


def _credits(article: Article, index: NameIndex) -> list[Mention]:
    """The outlets that datelines credit by their initials, where those are the initials of one registered body's
    name and no spelling of the data: 'TEHRAN (FNA)-' names Fars News Agency."""
    out = []
    for b in article.blocks:
        for m in _CREDIT.finditer(b.text) if "(" in b.text else ():
            letters = m["initials"]
            entity = index.initials.get(letters)
            if entity is None or letters in index.acronyms:
                continue
            start, end = m.start("initials"), m.end("initials")
            out.append(Mention(b.anchor, start, end, letters, entity, (entity,), "",
                               f"a dateline's credit, the initials of {index.entities[entity].name}"))
    return out


# ---------------------------------------------------------------- names the article itself gives a person

_KNOWN_AS = r"(?:also |better |widely |commonly )?known as|a\.?k\.?a\.?"
_ALIAS_AFTER = re.compile(rf",?[ \u00a0]*\(?(?:{_KNOWN_AS})[ \u00a0]+")  # 'al-Muhandis (also known as ' + the name
_ALIAS_BEFORE = re.compile(rf",?[ \u00a0]+(?:{_KNOWN_AS})[ \u00a0]+$")  # the name + ', known as ' + 'al-Muhandis'
_BRACKET_BEFORE = re.compile(r"[ \u00a0]*\($")
_ALIAS_WORD = re.compile(r"(?:(?:al|el|bin|ibn)[-‑])?[A-Z][\w’'-]*")


def _alias_word(word: str, known: set[str]) -> bool:
    """A word that can be part of a person's name as the article gives it: capitalised (or after an article), not
    a possessive, an office, a demonym, a sentence word, nor a name the data holds for something else ('Iran')."""
    return bool(_ALIAS_WORD.fullmatch(word)) and not word.endswith(("’s", "'s", "’", "'")) and not (
        word in _NOT_GIVEN_NAMES or word.casefold() in ROLE_NOUNS or word.casefold() in ROLE_MODIFIERS
        or word in known)


def _name_run(words: list[str], known: set[str]) -> int:
    """How many of `words` (in reading order) make a name from the first on: name words, an honorific only first."""
    n = 0
    for i, word in enumerate(words[:6]):
        if not (_alias_word(word, known) or (i == 0 and word.casefold().rstrip(".") in HONORIFICS)):
            break
        n = i + 1
    return n


def _stated_name(text: str, m: Mention, person: Entity, known: set[str]) -> tuple[int, int, str] | None:
    """(start, end, how) of another name the article gives the person it names at m, in the same sentence: 'Abu
    Mahdi al-Muhandis (also known as Jamal Jafar Ibrahim)', 'Jamal Jaafar Ibrahimi, known as Abu Mahdi al-Muhandis',
    or a given name with the surname in brackets after it, 'Hajj Qassem (Soleimani)', where the given name is the
    person's. The text says who it is: nothing is guessed."""
    if after := _ALIAS_AFTER.match(text, m.end):
        words = re.findall(r"[^\s\u00a0.,;:()!?“”\"]+", text[after.end():after.end() + 120])
        n = _name_run(words, known)
        if n >= 2 and text.startswith(" ".join(words[:n]), after.end()):
            return after.end(), after.end() + len(" ".join(words[:n])), f"'{text[m.start:after.end()].strip()}'"
    if (before := _ALIAS_BEFORE.search(text, max(0, m.start - 40), m.start)) or (
            text[m.end:m.end + 1] == ")" and (before := _BRACKET_BEFORE.search(text, max(0, m.start - 3), m.start))):
        words = re.findall(r"[^\s\u00a0.,;:()!?“”\"]+", text[max(0, before.start() - 120):before.start()])
        n = _name_run(list(reversed(words)), known)
        name = " ".join(words[len(words) - n:])
        if not n or not text.endswith(name, 0, before.start()):
            return None
        start = before.start() - len(name)
        if before.group().strip() == "(":  # only a given name of the person's, before their surname in brackets
            plain = [w for w in words[len(words) - n:] if w.casefold().rstrip(".") not in HONORIFICS]
            folded = fold_word(plain[0]) if len(plain) == 1 else ""
            if not folded or not any(k.meets(_key((folded,))) for k in given_names(person)):
                return None
            return start, before.start(), f"'{text[start:m.end + 1]}'"
        if n >= 2:
            return start, before.start(), f"'{text[start:m.end]}'"
    return None


def _with_stated_names(article: Article, mentions: list[Mention], entities: dict[str, Entity], known: set[str]
                       ) -> list[Mention]:
    """The mentions, and each name the article itself gives a person it links (`_stated_name`), linked there and
    wherever the article prints that name again as it stands. A linked mention inside or across it keeps its place;
    an unlinked one inside it gives way to it."""
    texts = {b.anchor: b.text for b in article.blocks}
    stated: dict[str, tuple[str, str]] = {}  # name as printed -> (entity, how the article says so)
    twice: set[str] = set()  # a name the article gives two people: neither's
    for m in mentions:
        if m.entity and entities[m.entity].kind == "person":
            if (found := _stated_name(texts[m.block], m, entities[m.entity], known)) is not None:
                start, end, how = found
                name = texts[m.block][start:end]
                if stated.setdefault(name, (m.entity, how))[0] != m.entity:
                    twice.add(name)
    stated = {name: v for name, v in stated.items() if name not in twice}
    if not stated:
        return mentions
    out = list(mentions)
    for b in article.blocks:
        for name, (entity, how) in stated.items():
            for hit in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", b.text):
                inside = [m for m in out if m.block == b.anchor and m.start < hit.end() and hit.start() < m.end]
                if any(m.entity is not None or not (hit.start() <= m.start and m.end <= hit.end()) for m in inside):
                    continue
                for m in inside:
                    out.remove(m)
                rule = f"a name the article gives {entities[entity].name}: {how}"
                out.append(Mention(b.anchor, hit.start(), hit.end(), name, entity, (entity,), "", rule, ""))
    return out


_PROSE = frozenset({"p", "caption"})  # the blocks whose capitals are names', not a heading style's


def _with_articles(found: list[tuple], entities: dict[str, Entity]) -> list[tuple]:
    """A person's surname with the article printed before it is one mention: 'al-Muhandis', whose word before
    ('Manar al-Muhandis') tells whose name it is."""
    out = []
    for b, f in found:
        if f.start >= 3 and (m := _ARTICLE_BEFORE.search(b.text, max(0, f.start - 4), f.start)) and " " not in \
                b.text[f.start:f.end] and (m.start() == 0 or not b.text[m.start() - 1].isalnum()) and all(
                entities[s.entity].kind == "person" for s in f.senses):
            f = replace(f, start=m.start())
        out.append((b, f))
    return out


def _with_heard_names(article: Article, found: list[tuple], index: NameIndex, headline: Iterable[Found] = ()
                      ) -> list[tuple]:
    """The found names, and a person's full name that the table does not make one with the person's spellings but
    the k-sounds and ch heard as one do ('Mustafa al-Qadimi', 'Mohamed Chia al-Soudani'), where the article says
    whom it means: a title before the name that fits the person's office on the article's day ('Iraqi Prime
    Minister Mustafa al-Qadimi'), or the person named in full elsewhere in it. Heard alone, it is a lead for the
    curator (`candidates`), never a link."""
    entities = index.entities
    named = {s.entity for _, f in found for s in f.senses if s.full} | {s.entity for f in headline for s in f.senses
                                                                        if s.full}
    taken = _spans_by_block(found)
    heard: list[tuple] = []  # (block, start, end, person, spelling, the title before it where it fits)
    for b in article.blocks:
        spans = sorted(taken.get(b.anchor, []))
        done = 0
        for m in _HEARD_START.finditer(b.text):
            if m.start() < done or _start_key(m[1], True) not in index.heard_firsts:
                continue
            if (i := bisect_right(spans, (m.start(), float("inf"))) - 1) >= 0 and m.start() < spans[i][1]:
                continue  # the table found a name here
            if _key((_fold(m[1]), _fold(m[2])), True).coarse not in index.heard_starts:
                continue
            words = [w for w in _words(b.text[m.start(): m.start() + 80], m.start()) if not w.glued]
            names: list[str] = []
            best = None
            for i, w in enumerate(words):
                if is_article(w.folded, w.join or "x") and i and words[i - 1].join is not None:
                    continue  # 'Mohammed Chia al Soudani': the article inside the name
                if not w.folded or not w.text[:1].isupper() or (i and words[i - 1].join is None):
                    break
                names.append(w.folded)
                key = _key(tuple(names), True)
                hits = {(ident, spelling) for k, ident, spelling in index.heard_names.get(key.coarse, ())
                        if k.meets(key)}
                if len(names) >= 2 and len({ident for ident, _ in hits}) == 1:
                    best = (w.end, next(iter(sorted(hits))))
            if best is None:
                continue
            end, (ident, spelling) = best
            if any(s < end and m.start() < e for s, e in spans):
                continue  # the table found a name here
            done = end
            title = title_before(b.text, m.start())
            fits = title if title is not None and _fits(title, entities[ident], article.date) else None
            heard.append((b, m.start(), end, ident, spelling, fits))
    confirmed = {ident: f"where the article names {entities[ident].name} in full" for ident in named}
    for b, start, end, ident, _, title in heard:
        if title and ident not in confirmed:
            confirmed[ident] = f"where the article calls {entities[ident].name} '{title.text} {b.text[start:end]}'"
    out = list(found)
    for b, start, end, ident, spelling, title in heard:
        if ident in confirmed:
            how = (f"after the title '{title.text}', which fits the office of "
                   f"{_office(title, entities[ident], article.date)}") if title else confirmed[ident]
            out.append((b, Found(start, end, (Sense(ident, True),), ((ident, spelling),), heard=how)))
    return _in_page_order(article, out) if heard else found


def _spans_by_block(found: list[tuple]) -> dict[str, list[tuple[int, int]]]:
    """The spans of the found names, by the anchor of the block they stand in."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for b, f in found:
        spans.setdefault(b.anchor, []).append((f.start, f.end))
    return spans


def _in_page_order(article: Article, found: list[tuple]) -> list[tuple]:
    """(block, Found) pairs in the order the article prints them."""
    order = {blk.anchor: i for i, blk in enumerate(article.blocks)}
    return sorted(found, key=lambda bf: (order[bf[0].anchor], bf[1].start))


# Two capitalised words, the second maybe after an article: where a full name heard otherwise may start.
_HEARD_START = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)(?=[ \u00a0-](?:(?:al|Al|el|El)[- ])?([A-Z][a-z]+))")


def _with_learnt_surnames(article: Article, found: list[tuple], entities: dict[str, Entity],
                          headline: Iterable[Found] = ()) -> list[tuple]:
    """The found names, and the surnames of each person the article names in full wherever the article prints them
    alone in another form: the surname of the full name as printed ('Suleimani' where the article names 'Qassim
    Suleimani'), and any variant, under the table, of the person's surnames ('Mohandis' where it names 'Abu Mahdi
    al-Muhandis') or, where the table finds none, as the k-sounds and ch are heard ('al-Khadimi' where it names
    'Mustafa al-Kadhimi'), also with the 's' of a possessive written without its apostrophe ('Rouhanis'). One word is
    little to go on, so only the surnames of the people the article names in full, or by a title that fits their
    office on its day ('President Rouhani', then 'Rohani'), are tried, and not a word after 'in', 'to' or 'from' (a
    place: 'in Sulaimani')."""
    surnames: dict[str, dict[str, tuple[str, tuple]]] = {}  # folded word -> entity -> (surname, variant_of)
    named: set[str] = set()  # the people named in full
    titled: dict[str, list[tuple[str, int]]] = {}  # a person named by a surname alone -> where (a title may fit)
    for text, f in [(b.text, f) for b, f in found] + [(article.title, f) for f in headline]:
        persons = {s.entity for s in f.senses if s.full and entities[s.entity].kind == "person"}
        full = len(persons) == 1
        if full:
            named |= persons
        if not persons and len(short := {s.entity for s in f.senses if entities[s.entity].kind == "person"}) == 1:
            persons = short  # tried only where a title before one of its mentions fits (below, when a word meets it)
            titled.setdefault(next(iter(short)), []).append((text, f.start))
        if len(persons) != 1:
            continue
        entity = entities[next(iter(persons))]
        words = _name_words(text[f.start:f.end])
        forms = [(w, tuple(v for v in f.variant_of if v[0] == entity.id)) for w in entity.short
                 + implied_surnames(entity)]
        if full and len(words) >= 2 and words[-2][1] not in _PATRONYMICS:  # 'Ali' of 'Hussein ibn Ali' is his father
            forms.append((words[-1][0], tuple(v for v in f.variant_of if v[0] == entity.id)))
        for form, variant_of in forms:
            name_words = _name_words(form)
            if len(name_words) == 1 and name_words[0][1]:  # a surname: one name word ('The Leader' is none)
                surnames.setdefault(name_words[0][1], {}).setdefault(entity.id, (form, variant_of))
    if not surnames:
        return found
    keys = [(_key((folded,)), _key((folded,), True), by_entity) for folded, by_entity in surnames.items()]
    coarse = {k.coarse for k, _, _ in keys}
    heard_coarse = {h.coarse for _, h, _ in keys}
    spans = _spans_by_block(found)
    out = list(found)
    proven: dict[str, bool] = {}  # a person named by a surname alone -> a fitting title is before one of its mentions

    def _titled_fitting(ident: str) -> bool:
        if ident not in proven:
            proven[ident] = any((title := title_before(text, start)) is not None
                                and _fits(title, entities[ident], article.date)
                                for text, start in titled.get(ident, ()))
        return proven[ident]

    for b in article.blocks:
        taken = spans.get(b.anchor, [])
        for w in _NAME_WORD.finditer(b.text):
            word = re.sub(r"^(?:Al|El)[-‑](?=[A-Z])", "", w.group())  # 'Al-Kadhemi': the surname after its article
            stripped = word != w.group()
            possessive = word.endswith("s") and _fold(word[:-1]) in surnames  # 'Rouhanis first visit', as printed
            if not possessive and _start_key(word) not in coarse and _start_key(word, True) not in heard_coarse or (
                    w.start() and b.text[w.start() - 1].isalnum()):
                continue
            if any(s <= w.start() < e for s, e in taken):
                continue
            before = _word_before(b.text, w.start())
            if before and before.casefold() in _PLACE_PREPOSITIONS:
                continue
            heard = None
            if possessive:
                hits = dict(surnames[_fold(word[:-1])])
            elif folded := fold_word(word):
                key = _key((folded,))
                hits = {ident: v for k, _, by_entity in keys if k.meets(key) for ident, v in by_entity.items()}
                if not hits:  # 'al-Khadimi' where the article names 'Mustafa al-Kadhimi'
                    key = _key((folded,), True)
                    hits = {ident: v for _, k, by_entity in keys if k.meets(key) for ident, v in by_entity.items()}
                    heard = ""
            else:
                continue
            hits = {ident: v for ident, v in hits.items() if ident in named or _titled_fitting(ident)}
            if len(hits) != 1:
                continue
            ident, (form, variant_of) = next(iter(hits.items()))
            base = re.sub(r"[’']?s$", "", word) if possessive and stripped else word
            if base in entities[ident].short or base in implied_surnames(entities[ident]):
                continue  # the surname as registered: the spellings found it already, if it stands alone
            start = w.start()
            if m := re.search(r"\b(?:al|Al|el|El)[-‑]$", b.text[max(0, start - 3): start]):
                start -= len(m.group())
            out.append((b, Found(start, w.end(), (Sense(ident, False, implied=True),),
                                 variant_of or ((ident, form),), heard=heard)))
    return _in_page_order(article, out)


# The words after a place's short form that make it the name of another area: 'Kurdistan province' is Iran's, where
# 'Kurdistan' alone, in an article that names the Kurdistan Region, is the Region.
_AREA_PLURALS = {"provinces": "province", "governorates": "governorate", "counties": "county", "districts": "district"}
_AREAS = frozenset(_AREA_PLURALS.values())


def _area_after(text: str, end: int) -> str | None:
    """The word for an administrative area right after a place's short form ('Kurdistan province', 'Kurdistan
    (Province)'s borders'), or None."""
    m = re.match(r"[ \u00a0]\(?([A-Za-z]+)", text[end: end + 30])  # 'Kurdistan province.' ends a sentence
    return m[1] if m and m[1].casefold() in _AREAS else None


def _another_area(text: str, f: Found, places: list[Entity], countries: dict[str, str]) -> str | None:
    """The name of another area that a place's short form stands in, as the words around it say ('Kurdistan
    province', 'Kurdistan (province)' as an item of a list of provinces, '(Iranian) Kurdistan'), or None."""
    name = text[f.start:f.end]
    if area := _area_after(text, f.end):
        return f"{name} {area}"
    if area := _listed_among_areas(text, f.start):
        return f"{name} ({area})"
    if qualifier := _another_country_before(text, f.start, places, countries):
        return f"{qualifier} {name}"
    return None


# A list of areas of one kind, the short form one of its items: 'western Iranian provinces bordering the Kurdistan
# Region, including Kermanshah, West Azerbaijan (Urmia), and Kurdistan' names Iran's Kurdistan province.
_AREA_LIST_BEFORE = re.compile(rf"\b(?P<areas>{'|'.join(_AREA_PLURALS)})\b[^.;!?]*,[^.;!?]*(?:,|\band)[ \u00a0]+$",
                               re.I)


def _listed_among_areas(text: str, start: int) -> str | None:
    """The area word of a list of areas that the short form at `start` is an item of, singular ('province'), or None."""
    m = _AREA_LIST_BEFORE.search(text, max(0, start - 240), start)
    return _AREA_PLURALS[m["areas"].casefold()] if m else None


# A country's name or demonym right before a place's short form, maybe possessive or in brackets: 'Iranian
# Kurdistan', 'Iran’s Kurdistan', '(Iranian) Kurdistan', 'Turkish Kurdistan'.
_QUALIFIER_BEFORE = re.compile(r"\(?(?P<word>[A-Z][a-z]+)(?:[’']s)?\)?[ \u00a0]$")


def _another_country_before(text: str, start: int, places: list[Entity], countries: dict[str, str]) -> str | None:
    """The qualifier before a place's short form that makes it another country's area ('(Iranian) Kurdistan' is not
    Iraqi Kurdistan), or None; the place's own country's ('Iraq’s Kurdistan') is no other. `countries`:
    crossref.country_words_of the data."""
    m = _QUALIFIER_BEFORE.search(text, max(0, start - 40), start)
    if not m or not (m["word"] in NOT_NAMES or m["word"].casefold() in countries):
        return None
    theirs = countries.get(m["word"].casefold())
    return None if theirs is not None and all(p.country == theirs for p in places) else m[0].strip()


_PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "near", "at", "into", "via", "outside", "around", "across"})


def _names(ids: Iterable[str], entities: dict[str, Entity]) -> str:
    return " or ".join(entities[i].name for i in ids)


def _variant_rule(f: Found, entity: str) -> str:
    spelling = next((sp for i, sp in f.variant_of if i == entity), None)
    if spelling is None:
        return ""
    return _variant_words(f, spelling) + (" (glued to the word before it)" if f.glued else "")


def _variant_words(f: Found, spelling: str) -> str:
    if f.heard is None:
        return f"a variant of '{spelling}'"
    return f"a variant of '{spelling}', its k-sounds and ch heard as one" + (f", {f.heard}" if f.heard else "")


def _longer_name(text: str, f: Found, ss: list[Sense], entities: dict[str, Entity], known: set[str],
                 prose: bool) -> str | None:
    """The longer name a person's full spelling stands in, where a given name before it is not theirs: someone else's
    name, or None. Of one name word,
    a namesake's ('REUTERS/Thaier al-Sudani'); of more, in prose, after one of the region's common given names
    (gazetteer.GIVEN_NAMES: not 'Council Ali Shamkhani'), a son's, whose name holds his father's whole ('Ahmed Fuad
    Hussein', where the data holds Fuad Hussein). A word of the person's own spellings is theirs
    ('Mohammad' before 'Javad Zarif', where the data holds 'Mohammad Javad Zarif'). A headline's and a subheading's
    capitals are their style's ('Remembering Qasem Soleimani'): only a one-word spelling is read there."""
    if f.start == 0 or text[f.start - 1] not in " \u00a0":
        return None  # no word right before it
    persons = [entities[s.entity] for s in ss if s.full and entities[s.entity].kind == "person"]
    one_word = " " not in text[f.start:f.end] and len(_name_words(text[f.start:f.end])) == 1
    if not persons or not (one_word or prose):
        return None
    if one_word:
        given = [(p.id, k) for p in persons for k in given_names(p)]
    elif is_given_name(_word_before(text, f.start) or ""):  # a given name of the region's, not a title's last word
        given = [(p.id, _key((w,))) for p in persons for sp in p.spellings for _, w in _name_words(sp) if w]
    else:
        return None
    ctx = _context(text, f.start, f.end, known, given)
    return ctx.other_name if ctx.other_name and ctx.shared else None


def _longer_body_name(text: str, f: Found, ss: list[Sense], entities: dict[str, Entity], known: set[str]) -> str | None:
    """The longer name a body's one-word spelling ends inside a sentence, after a capitalised word that is none of
    its own, no sentence's first, and no title, people's or faith's word, day, month or name the data holds: another
    body's ('its Jahan Tasnim channel', a channel of Tasnim's), or None ('Iran's Tasnim', 'the Iranian Tasnim',
    'Shiite Hashd'). An acronym's ('IRNA') is its own."""
    word = text[f.start:f.end]
    if " " in word or word.isupper() or not all(entities[s.entity].kind == "organisation" for s in ss if s.full):
        return None
    other = _word_before(text, f.start)
    if not _is_given_name(other, known) or other in NOT_NAMES:
        return None
    before = text[: f.start - len(other) - 1].rstrip()
    if not before or before[-1] in ".!?:;\"“”‘’'(" or before.endswith("—"):
        return None  # the sentence's (or the quotation's) first word, capitalised as such
    return f"{other} {word}"


def _with_middle_name(ctx: _Context, text: str, f: Found, ss: list[Sense], entities: dict[str, Entity]) -> _Context:
    """The context of a surname, unless the longer name it ends is one person's full spelling with one more name
    between its first word and its last ('Fuad Mohammed Hussein' of 'Fuad Hussein', a father's name as Arabic names
    give it): then that person's, if the article names them in full or a title before it fits."""
    if not (ctx.other_name and ctx.shared):
        return ctx
    start = f.end - len(ctx.other_name)
    people = {s.entity for s in ss if entities[s.entity].kind == "person"
              and _spelling_with_names_between(ctx.other_name, entities[s.entity])}
    if len(people) != 1:
        return ctx
    return _Context(None, False, title_before(text, start), middle=(next(iter(people)), start))


def _spelling_with_names_between(name: str, person: Entity) -> bool:
    """The name is a full spelling of the person's with one name more, each word of the spelling there in its order,
    the first first and the last last: 'Fuad Mohammed Hussein' of 'Fuad Hussein', 'Ali Akbar Shamkhani' of 'Ali
    Shamkhani'; not 'Mohammed Baqir al-Sadr' of 'Mohammed Sadiq al-Sadr' (Sadiq is not there), nor a grandson named
    after his grandfather, whose father's name comes between ('Fuad Ahmed Fuad Hussein')."""
    printed = [_key((w,)) for _, w in _name_words(name) if w]
    for spelling in person.spellings:
        words = [_key((w,)) for _, w in _name_words(spelling) if w]
        if len(words) < 2 or len(printed) != len(words) + 1:
            continue
        if not (printed[0].meets(words[0]) and printed[-1].meets(words[-1])):
            continue
        rest = iter(printed[1:-1])
        if all(any(p.meets(w) for p in rest) for w in words[1:-1]):
            return True
    return False


def _with_names_between_before(text: str, start: int, end: int, person: Entity) -> int | None:
    """Where the longer name text[start:end], with up to two capitalised words before it, is the person's full spelling
    with one name more between ('Mohamad Shia Sabbar al-Sudani' of 'Mohammed Shia al-Sudani', the father's name between;
    'Shia' stops a name that a given name would not), the start of that whole name; else None."""
    for k in (0, 1, 2):
        m = re.search(rf"(?:[A-Z][\w’'-]*[ \u00a0]){{{k}}}$", text[max(0, start - 60): start])
        at = max(0, start - 60) + m.start() if m else None
        if at is not None and _spelling_with_names_between(text[at:end], person):
            return at
    return None


def _spelt_otherwise(name: str, person: Entity) -> bool:
    """The name is a full spelling of the person's of three words or more, word for word, but for one name between
    that is spelt otherwise: 'Muhammad Shaya Al-Sudani' of 'Mohammed Shia al-Sudani'. Another person's name may be
    so (a brother's, 'Mohammed Kadhim al-Sudani'): only a title before it that fits the person's office says whose."""
    printed = [_key((w,)) for _, w in _name_words(name) if w]
    for spelling in person.spellings:
        words = [_key((w,)) for _, w in _name_words(spelling) if w]
        if len(words) >= 3 and len(printed) == len(words) and printed[0].meets(words[0]) and \
                printed[-1].meets(words[-1]) and sum(not p.meets(w) for p, w in zip(printed[1:-1], words[1:-1])) == 1:
            return True
    return False


def _first_name_left_out(name: str, person: Entity) -> bool:
    """The name is a full spelling of the person's of three words or more, word for word, with its first given name
    left out: 'Javad Zarif' of 'Mohammad Javad Zarif'. Another person's name may be so (a son's: 'Reza Pahlavi' of
    'Mohammad Reza Pahlavi'): only a title before it that fits the person's office says whose."""
    printed = [_key((w,)) for _, w in _name_words(name) if w]
    for spelling in person.spellings:
        words = [_key((w,)) for _, w in _name_words(spelling) if w]
        if len(words) >= 3 and len(printed) == len(words) - 1 and all(p.meets(w) for p, w in zip(printed, words[1:])):
            return True
    return False


def _titled_first_name_left_out(text: str, f: Found, ctx: _Context, ss: list[Sense], entities: dict[str, Entity],
                                day: dt.date) -> tuple[Found, str, str] | None:
    """(the whole name, the person, the rule) where the surname ends a name of the person's with its first given name
    left out, after a title that fits the person's office on the day: 'Foreign Minister Javad Zarif'."""
    if not ctx.other_name or not ctx.shared:
        return None
    start = f.end - len(ctx.other_name)
    people = [entities[s.entity] for s in ss if entities[s.entity].kind == "person"
              and _first_name_left_out(ctx.other_name, entities[s.entity])]
    if len(people) != 1 or text[start:f.end] != ctx.other_name or not (title := title_before(text, start)) or \
            not _fits(title, people[0], day):
        return None
    person = people[0]
    role = _office(title, person, day)
    return (replace(f, start=start), person.id,
            f"{person.name}'s given name and surname, the first given name left out, after the title "
            f"'{title.text}', which fits the office of {role}")


def _own_given_name(text: str, f: Found, person: Entity, known: set[str]) -> int | None:
    """Where the person's own given name starts, right before a one-word spelling of theirs: 'Mohammed al-Sudani'."""
    if person.kind != "person" or f.start == 0 or text[f.start - 1] not in " \u00a0":
        return None
    ctx = _context(text, f.start, f.end, known, [(person.id, k) for k in given_names(person)])
    return ctx.own[1] if ctx.own else None


def _led(person: Entity) -> Role | None:
    """The office of a head of state or government the person held, at any time: a president's or a prime
    minister's, not a vice president's or a deputy's."""
    for role in person.roles:
        words = set(re.findall(r"[a-z]+", role.title.casefold()))
        if ("president" in words or {"prime", "minister"} <= words) and not words & {"vice", "deputy"}:
            return role
    return None


# The words after a surname for the government its holder led: 'the Trump administration' in 2022.
_LED_AFTER = frozenset({"administration", "government", "cabinet", "presidency", "era"})


# The common nouns of places and buildings, in small letters after a name they are named by: 'the Al-Hussein
# hospital', 'Soleimani street'. A surname alone there names the place, not the person.
# The common nouns of a publication: a place's name between 'the' and one of them is the publication's name.
_PUBLICATION_NOUNS = frozenset("newspaper daily weekly magazine paper journal".split())


def _publications_name(text: str, f: Found) -> str | None:
    """'the Iran newspaper': a place's name between 'the' and a publication's common noun is the publication's name,
    unless a name follows the noun ('the Tehran newspaper Kayhan' is a paper of Tehran's)."""
    m = re.match(r"[ \u00a0]([a-z]+)(?:[ \u00a0]+(\S))?", text[f.end: f.end + 40])
    if not m or m[1] not in _PUBLICATION_NOUNS or (m[2] or "").isupper() or not re.search(
            r"(?:^|[\s(“\"‘])[Tt]he[ \u00a0]$", text[max(0, f.start - 5): f.start]):
        return None
    return text[f.start - 4: m.end(1) + f.end]


_NAMED_PLACES = frozenset("""hospital hospitals clinic mosque shrine school schools university college street road
    avenue boulevard square bridge airport terminal stadium hall hotel camp base dam mall market park district
    neighbourhood neighborhood town village port highway station""".split())


def _resolve_short(text: str, ids: list[str], ctx: _Context, identified: dict[str, str], others: dict[str, str],
                   entities: dict[str, Entity], day: dt.date, f: Found, after: str | None = None
                   ) -> tuple[str | None, str, str]:
    """(entity, reason, rule) of a short form: see `resolve_mentions`."""
    ids = sorted(set(ids))
    variant = f" ({_variant_words(f, f.variant_of[0][1])})" if f.variant_of else ""
    if ctx.own:
        return ctx.own[0], "", (f"the given name and surname of {entities[ctx.own[0]].name}, the other names left "
                                f"out{variant}")
    if ctx.middle:
        person = entities[ctx.middle[0]]
        if ctx.middle[0] in identified:
            return person.id, "", (f"the given name and surname of {person.name}, with another name between, where "
                                   f"the article {identified[person.id]}{variant}")
        return None, (f"{person.name}'s given name and surname with another name between: theirs only where the "
                      f"article names {person.name} in full or by a title that fits"), ""
    if ctx.other_name:
        if any(entities[i].kind != "person" for i in ids):
            return None, f"part of the name '{ctx.other_name}', not {_names(ids, entities)}", ""
        whose = "someone else of that surname" if ctx.shared else "someone whose given name it is"
        return None, f"part of the name '{ctx.other_name}', {whose}, not {_names(ids, entities)}", ""
    if ctx.title:
        fitting = [i for i in ids if _fits(ctx.title, entities[i], day)]
        if len(fitting) == 1:
            role = next(r.title for r in entities[fitting[0]].roles if ctx.title.fits(r.title))
            return fitting[0], "", (f"a surname after the title '{ctx.title.text}', which fits the office of "
                                    f"{role}{variant}")
        if ids and all(_contradicts(ctx.title, entities[i]) for i in ids):
            return None, (f"after the title '{ctx.title.text}', which fits no office of {_names(ids, entities)}: "
                          "someone else"), ""
    if (after or "").rstrip(".,;:").casefold() in _NAMED_PLACES:  # 'the Al-Hussein hospital', 'Soleimani street'
        return None, f"a name before '{after.rstrip('.,;:')}': the name of a place, not of {_names(ids, entities)}", ""
    shared = [i for i in ids if i in others]
    if shared:
        return None, (f"the article also names {others[shared[0]]}, so '{text}' alone could be either: add "
                      f"'resolve' to its front matter"), ""
    named = [i for i in ids if i in identified]
    if len(named) == 1:
        return named[0], "", f"short for the person the article {identified[named[0]]}{variant}"
    if len(named) > 1:
        how = " in full" if all(identified[i].startswith("names in full") for i in named) else ""
        return None, ("the article names " + " and ".join(entities[i].name for i in named) + how
                      + ": add 'resolve' to its front matter"), ""
    if len(ids) == 1 and not f.variant_of:
        person = entities[ids[0]]
        plain = _plain(text)
        namesakes = [entities[i] for i in identified if i != person.id and entities[i].kind == person.kind
                     and plain in _spelling_words(entities[i].spellings)]
        if len(namesakes) == 1 and _titled_name(namesakes[0], plain):
            namesake = namesakes[0]  # 'Imam Hussein' named, Fuad Hussein not: 'Hussein' is the imam's name alone
            return namesake.id, "", (f"short for {namesake.name}, the person the article {identified[namesake.id]},"
                                     f" without the title; the article does not name {person.name}")
        if namesakes:  # 'Hussein ibn Ali' in the article: a bare 'Hussein' is not only Fuad Hussein's
            return None, (f"the article also names {namesakes[0].name}, so '{text}' alone could be either: add "
                          "'resolve' to its front matter"), ""
        if person.kind != "person":
            return None, f"the article never names {person.name} in full", ""
        word = (after or "").rstrip(".")
        if word.casefold() in _LED_AFTER and (led := _led(person)):
            return ids[0], "", (f"a surname before '{word}': the only person of that name in the data who led a "
                                f"government ({led.title})")
        if roles := person.roles_on(day):
            if is_given_name(text):
                return None, (f"the article never names {person.name} in full, and '{text}' alone is a given name "
                              "too, of many (Saddam Hussein's, an imam's)"), ""
            return ids[0], "", (f"the only person of that name in the data, in office on {day.isoformat()} "
                                f"({'; '.join(r.title for r in roles)})")
        return None, (f"the article never names {person.name} in full, and on {day.isoformat()} the data gives "
                      f"{person.name} no office to tell by"), ""
    return None, "the article never names " + _names(ids, entities) + " in full", ""


# The acronym in brackets right after a linked name, or after a qualifier of it that starts with 'of' ('Kurdistan
# Region of Iraq (KRI)'); not after more words of a longer name ('Iran Airports Company (IAC)' is no acronym of Iran's).
_DEFINED = re.compile(r"(?P<more>(?:[ \u00a0](?:of|for|in)(?:[ \u00a0](?:of|the|and|al|[A-Z][\w’'-]*)){1,4})?)\s*"
                      r"\((?P<acronym>[A-Z][A-Za-z&]{1,9})\)")
_SMALL_WORDS = frozenset({"of", "for", "the", "and", "in", "al", "el", "&"})
_OWNER_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w-]*)[’']s[ \u00a0]$")


def _defines(acronym: str, text: str, f: Found, more: str) -> bool:
    """The acronym after the name text[f.start:f.end] spells it, with the qualifier after it ('Kurdistan Region[ of
    Iraq] (KRI)'), or with a country's possessive before it ('Iraq’s Kurdistan Region (IKR)')."""
    name = text[f.start:f.end]
    owner = _OWNER_BEFORE.search(text, max(0, f.start - 40), f.start)
    return _spells(acronym, name + more) or bool(owner) and _spells(acronym, f"{owner[1]} {name}{more}")


def _spells(acronym: str, phrase: str) -> bool:
    """The acronym is the initials of the phrase's words, small words ('of', 'the', 'al') skipped or not:
    'PMF' of 'Popular Mobilization Forces', 'IRGC' of 'Islamic Revolutionary Guard Corps'."""
    words = [w for w in re.split(r"[\s\u00a0-]+", phrase) if w]
    letters = acronym.upper().replace("&", "")
    both = "".join(w[0] for w in words).upper()
    big = "".join(w[0] for w in words if w.casefold() not in _SMALL_WORDS).upper()
    return letters in (both, big)
_EXPANSION = re.compile(r"((?:[A-Z][\w’'-]*|of|for|the|and)(?:[ \u00a0-](?:[A-Z][\w’'-]*|of|for|the|and|al))*)"
                        r"\s*\(([A-Z]{2,8})\)")


def _acronyms(article: Article, found: list[tuple], senses, entities: dict[str, Entity], registered: Iterable[str]
              ) -> tuple[list[Mention], dict[str, str], dict[str, str]]:
    """The acronyms the article defines after a linked name: their mentions that no spelling of the data matches,
    and each acronym's entity; and the registered acronyms it defines for something else (acronym -> what it
    stands for there)."""
    defined: dict[str, set[str]] = {}
    linked_spans = {(b.anchor, f.start, f.end) for b, f in found}
    for b, f in found:
        if b.text.find("(", f.end, f.end + 40) < 0:
            continue  # no bracket after the name: nothing defined
        ss = senses(b.text[f.start:f.end], f)
        full = {s.entity for s in ss if s.full}
        m = _DEFINED.match(b.text, f.end)
        if len(full) == 1 and m and m["acronym"] != b.text[f.start:f.end] and _defines(
                m["acronym"], b.text, f, m["more"]) and not (
                m["more"] and m["more"].split()[-1] in ORGANISATION_WORDS
                and entities[next(iter(full))].kind != "organisation"):  # not 'Islamic Republic[ of Iran Customs
            # Administration] (IRICA)': the acronym of a body named after the place
            defined.setdefault(m["acronym"], set()).update(full)
    foreign: dict[str, str] = {}
    for b in article.blocks:
        for m in _EXPANSION.finditer(b.text) if "(" in b.text else ():
            acronym = m[2]
            if acronym in registered and acronym not in defined:
                words = re.split(r"[ \u00a0]+", m[1])
                for k in range(len(words)):  # the shortest tail of the phrase whose initials spell the acronym
                    if words[k][:1].isupper() and _spells(acronym, " ".join(words[k:])):
                        foreign.setdefault(acronym, " ".join(words[k:]))
                        break
    out = []
    alias = {acronym: next(iter(ids)) for acronym, ids in defined.items() if len(ids) == 1}
    for acronym, entity in sorted(alias.items()):
        pattern = re.compile(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])")
        for b in article.blocks:
            for m in pattern.finditer(b.text):
                if any(a == b.anchor and s <= m.start() < e for a, s, e in linked_spans):
                    continue
                out.append(Mention(b.anchor, m.start(), m.end(), acronym, entity, (entity,), "",
                                   f"an acronym the article defines for {entities[entity].name}"))
    return out, alias, foreign
