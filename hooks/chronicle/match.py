"""Find and resolve mentions of curated entities in article text.

Mentions are found in one pass over the words of a text, with a trie of every spelling's words (so the cost does not
grow with the number of spellings), leftmost-longest, on whole words only. Resolution then applies the careful
reader's rules: a full spelling names one entity; a short form (a surname) names the entity that the same article
names in full, and is left unlinked, with the reason, when none or several are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate, compress, count

from .model import Article, Entity, Mention


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
_WORD_SPLIT = re.compile(f"({WORD_RE.pattern})")  # text -> [gap, word, gap, word, ..., gap], in one call
_ASCII_WORD_SPLIT = re.compile("([A-Za-z0-9]+)")  # the same words in ASCII text (which has no marks), much faster
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


def variants(spelling: str) -> set[str]:
    """The spelling as written and with its first letter upper-cased (a sentence start: 'Al-Sudani')."""
    return {spelling, spelling[:1].upper() + spelling[1:]}


@dataclass(frozen=True)
class Sense:
    """One thing a spelling can name."""

    entity: str
    full: bool


class SpellingTrie:
    """Every spelling of every entity, word by word."""

    def __init__(self, entities: Iterable[Entity]):
        self.root: dict = {}
        self.size = 0
        for e in sorted(entities, key=lambda x: x.id):
            for spelling in e.spellings:
                self.add(spelling, Sense(e.id, True))
            for spelling in e.short:
                self.add(spelling, Sense(e.id, False))

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
        parts = (_ASCII_WORD_SPLIT if text.isascii() else _WORD_SPLIT).split(text)
        words = parts[1::2]
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


def resolve_mentions(article: Article, trie: SpellingTrie, names: dict[str, str]) -> list[Mention]:
    """Every mention in the article's blocks, resolved or left unlinked with the reason.

    `names` maps entity ids to display names, for the reasons given when a mention is left unlinked.
    """
    found = [(b.anchor, s, e, b.text[s:e], senses) for b in article.blocks for s, e, senses in trie.scan(b.text)]
    named_in_full = {sense.entity for _, _, _, _, senses in found for sense in senses if sense.full}
    rules = dict(article.resolve)
    out = []
    for anchor, start, end, text, senses in found:
        ids = tuple(sorted({s.entity for s in senses}))
        full = [s.entity for s in senses if s.full]
        entity, reason = None, ""
        if text in rules:
            entity = rules[text]
        elif full:
            entity = full[0]  # a full spelling belongs to one entity: the loader checks it
        else:
            in_article = sorted({s.entity for s in senses} & named_in_full)
            if len(in_article) == 1:
                entity = in_article[0]
            elif not in_article:
                reason = ("the article never names " + " or ".join(names.get(i, i) for i in ids) + " in full")
            else:
                reason = ("the article names " + " and ".join(names.get(i, i) for i in in_article)
                          + " in full: add 'resolve' to its front matter")
        out.append(Mention(anchor, start, end, text, entity, ids, reason))
    return out
