"""Personal names across the ways English writes Persian and Arabic: when two spellings are one name, and what a
title before a surname says about who is meant. Pure functions; `match` uses them to find and resolve mentions.

The transliteration rules are the table TRANSLITERATION below, and nothing else: each row says which letters it makes
one and the pairs that must stay apart despite it (`tests/test_names.py` holds both). The rules are applied to whole
names, never to one word alone: a name's words are folded, joined and compared as one sequence of consonant and
vowel runs, and two spellings are one name only when every run is the same or a variant the table allows.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# ---------------------------------------------------------------- the table

# (rule, what it makes one, pairs that meet, pairs that must stay apart). `fold_word` and `vowels_compatible`
# implement it row by row; the docs and the tests read it from here.
TRANSLITERATION: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("accents and marks", "letters with accents or dots as the plain letter; ayn and hamza marks (ʿ ʾ ' ’) dropped",
     ("Shia/Shia'/Shi'a", "Sha'abi/Shaabi"), ("Shia/Shah",)),
    ("doubled letters", "a letter written twice as once", ("Hassan/Hasan", "Qassem/Qasem"), ("Saeed/Saad",)),
    ("q and gh", "gh as q", ("Qasemi/Ghasemi", "Baqer/Bagher"), ("Ghani/Hani",)),
    ("dh, z and d", "dh, z and d as one letter", ("Kadhim/Kazem", "Reza/Reda"), ("Zaid/Said",)),
    ("v and w", "v and w as one letter", ("Javad/Jawad", "Mousavi/Musawi"), ("Javad/Jafad",)),
    ("ph and f", "ph as f", ("Mustapha/Mustafa",), ("Firouz/Pirouz",)),
    ("o and u", "o, u, ou and oo as one vowel", ("Mohammad/Muhammad", "Hossein/Hussein"), ("Hassan/Hussein",)),
    ("e between a and i", "e alone may stand for a or for i (never for o or u)",
     ("Mohammad/Mohammed", "Qasem/Qassim", "Mohsen/Muhsin"), ("Ali/Alaa", "Hassan/Hussein")),
    ("long vowels", "ee as i; aa, ii, uu as a, i, u", ("Sharif/Shareef",), ("Ali/Alaa",)),
    ("diphthongs", "ei, ey, ay, ai, ae and aei as one diphthong, and ie, ei's letters swapped",
     ("Hussein/Husayn", "Naini/Naeini", "Saeed/Said", "Hussein/Hussien"), ("Saeed/Saad", "Hussien/Hassan")),
    ("y as a vowel", "y before a consonant or at the end of a word as i; y after i and before a vowel left out",
     ("Husayn/Husain", "Shiyaa/Shia"), ("Sayyid/Saeed",)),
    ("w as a vowel", "w after a vowel and before a consonant as u", ("Rowhani/Rouhani",), ()),
    ("final h", "h after a vowel at the end of a word dropped", ("Fatemeh/Fatema", "Abdullah/Abdulla"), ()),
    ("Abd al-", "Abdul, Abdel, Abdol and Abd al- as one", ("Abdul-Mahdi/Abdel Mahdi/Abd al-Mahdi",), ()),
    ("Abu, Abi and Aba", "a name's Abu in Arabic's other cases, before another name", ("Abu Mahdi/Abi Mahdi/Aba Mahdi",),
     ("Abu/Abi",)),
    ("the article", "al-, Al , el-, and before a hyphen the sun-letter forms (ad-, an-, ar-, as-, ash-, at-, az-), "
     "left out; a spelling that starts with the article does not match the name without it",
     ("al-Maliki/Al Maliki", "Haider al-Abadi/Haider Abadi"), ("al-Maliki/Maliki",)),
    ("ibn and bin", "ibn as bin", ("Abdullah ibn Ali/Abdullah bin Ali",), ()),
    ("hyphen, space and glue", "the words of a name joined by a space, a hyphen or nothing as one",
     ("Abdul-Mahdi/Abdul Mahdi", "Amir-Abdollahian/Amirabdollahian"), ()),
    ("-isation and -ization", "the British and American endings of a word as one", ("Mobilisation/Mobilization",),
     ()),
)
# Besides these, the consonants must be the same, run for run, and the number of runs too: Mohammed (m-h-m-d with a
# vowel between each) never meets Mahmoud (m-h-m-d with none between h and m); Jafar never meets Jaber.

ARTICLES = frozenset({"al", "el", "ul", "ol"})  # before a hyphen or a space
SUN_ARTICLES = frozenset({"ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az"})  # before a hyphen only
# Apostrophes and the marks printed for one (a transliteration's ayn and hamza, a prime, a backtick): a word is
# the same word with or without them, wherever the archive compares words (names, candidates, a page's lines).
APOSTROPHES = re.compile("[’'‘`´ʼʻʿʾ′]")
# The agencies a picture's credit names ('REUTERS/Thaier al-Sudani', '(AP Photo/Hadi Mizban)', 'Getty Images via AFP'):
# a pattern's alternatives, as written and in capitals.
PICTURE_AGENCIES = "|".join(dict.fromkeys(
    spelling for name in ("AP", "AFP", "Reuters", "EPA", "Getty Images", "Anadolu", "Xinhua", "IRNA", "WANA", "ISNA")
    for spelling in (name, name.upper())))
_VOWELS = "aeiou"
_RUNS = re.compile(r"[aeiou]+|[^aeiou]+")


def without_marks(text: str) -> str:
    """The text with its letters' accents and marks dropped: 'Sūdānī' is 'Sudani'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold_word(word: str) -> str:
    """A word as plain lower-case Latin letters: accents, marks and apostrophes gone. '' for any other script."""
    text = APOSTROPHES.sub("", without_marks(word)).casefold()
    return text if text.isascii() and text.isalpha() else ""


# The letter rules of the table, on one folded word, in order (the many words of an archive go through them).
_WORD_RULES = tuple((re.compile(pattern), to) for pattern, to in (
    (r"isation", "ization"),
    (r"^abd(?:ou|[aeiou])l", "abdul"),  # Abdel, Abdol, Abdal -> Abdul
    (r"(?<=[aeiou])h$", ""),  # Fatemeh -> Fateme
    (r"(?<=i)y(?=[aeiou])", ""),  # Shiyaa -> Shiaa
    (r"y(?![aeiou])", "i"),  # Husayn -> Husain, Aly -> Ali
    (r"(?<=[aeiou])w(?![aeiou])", "u"),  # Rowhani -> Rouhani
))
_DOUBLED = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=1 << 16)
def _word_sound(word: str) -> str:
    """The rows of the table that rewrite the letters of one folded word."""
    w = "bin" if word == "ibn" else word
    for pattern, to in _WORD_RULES:
        w = pattern.sub(to, w)
    return w


def _sound(joined: str) -> str:
    """The rows of the table that rewrite consonants, on a name's words joined."""
    return joined.replace("ph", "f").replace("gh", "q").replace("dh", "z").replace("d", "z").replace("w", "v")


@functools.lru_cache(maxsize=4096)
def _vowel_run(run: str) -> str:
    r = run.replace("ee", "i").replace("oo", "u").replace("ou", "u").replace("o", "u")
    r = _DOUBLED.sub(r"\1", r)
    return "ai" if r in ("ei", "aei", "ae", "aie", "ie") else r


@functools.lru_cache(maxsize=4096)
def _consonant_run(run: str) -> str:
    return _DOUBLED.sub(r"\1", run)


def vowels_compatible(a: str, b: str) -> bool:
    """Two canonical vowel runs are one sound: the same, or a lone e against a or i."""
    return a == b or (a == "e" and b in ("a", "i")) or (b == "e" and a in ("a", "i"))


@dataclass(frozen=True)
class NameKey:
    """A name as the table sees it: `coarse` (its consonant runs, each vowel run as '*') to look it up by, and its
    canonical vowel runs, in order, to compare."""

    coarse: str
    vowels: tuple[str, ...]

    def meets(self, other: NameKey) -> bool:
        return self.coarse == other.coarse and all(map(vowels_compatible, self.vowels, other.vowels))


def name_key(folded_words: list[str]) -> NameKey:
    """The key of a name given as its folded words, articles already left out."""
    words = [_word_sound(w) for w in folded_words]
    for i in range(len(words) - 1):
        if words[i] == "abd":  # Abd al-Mahdi (the article left out already) -> Abdulmahdi
            words[i] = "abdul"
        elif words[i] in ("abi", "aba"):  # 'the martyrdom of Abi Mahdi': Abu in the genitive
            words[i] = "abu"
    coarse, vowels = [], []
    for run in _RUNS.findall(_sound("".join(words))):
        if run[0] in _VOWELS:
            coarse.append("*")
            vowels.append(_vowel_run(run))
        else:
            coarse.append(_consonant_run(run))
    return NameKey("".join(coarse), tuple(vowels))


# A looser hearing of a name, for the curator's leads only (a candidate that `may_be` an entry of the data), never for
# a link: English writes the Arabic and Persian k-sounds as k, kh, q or gh, and hurried copy mixes them up; French
# writes sh as ch ('Mohammed Chia al-Soudani', 'Hachd'). (what it makes one, pairs that meet, pairs that must stay
# apart even so.)
LEAD_LETTERS = (("kh, q and gh as k", ("Kadhim/Qadim/Khadhim", "Bakhtiar/Baktiar"), ("Qasem/Kazem", "Kazem/Hashem")),
                ("ch as sh", ("Chia/Shia", "Chirazi/Shirazi", "Hachd/Hashd"), ("Chalabi/Halabi", "Chia/Shiha")))


def lead_key(folded_words: list[str]) -> NameKey:
    """The key of a name as `name_key` gives it, with kh, q and gh heard as k and ch as sh (LEAD_LETTERS)."""
    return name_key([w.replace("kh", "k").replace("gh", "k").replace("q", "k").replace("ch", "sh")
                     for w in folded_words])


def is_article(folded: str, gap_after: str) -> bool:
    """'al' in 'al-Sudani' or 'Al Sudani'; 'ash' in 'ash-Shaabi' (but not the English 'as' before a space)."""
    return (folded in ARTICLES and gap_after in ("-", " ")) or (folded in SUN_ARTICLES and gap_after == "-")


def join_of(gap: str) -> str | None:
    """How a gap joins two words of one name: ' ' (a space, maybe after an apostrophe), '-' (a hyphen), '' (an
    apostrophe alone: one word, 'Sha'abi'); None when it does not join them ('Iran, Iraq')."""
    if gap in (" ", "-", ""):
        return gap
    bare = APOSTROPHES.sub("", gap)
    if bare == "":
        return "" if gap.strip() == gap else None
    if bare in (" ", "-") and len(gap) <= 3:
        return bare
    return None


# ---------------------------------------------------------------- titles

# Words that name an office or a rank: a surname after one of them is a person who holds it (or held it: "former").
ROLE_NOUNS = frozenset("""president minister premier pm fm vp speaker general commander leader secretary ambassador
    envoy chief governor mayor king prince emir sultan imam judge senator spokesman spokeswoman spokesperson chairman
    chairwoman director lawmaker mp colonel admiral brigadier lieutenant major captain marshal diplomat
    secretary-general chancellor""".split())
# Words that narrow an office ("Prime Minister", "Foreign Minister", "Parliament Speaker").
ROLE_MODIFIERS = frozenset("""prime vice first foreign defence defense interior oil supreme grand deputy acting
    parliament parliamentary national security""".split())
# Words before a name that say nothing about the office: honorifics, ranks of the clergy, "martyr".
HONORIFICS = frozenset("""mr mr. mrs mrs. ms ms. dr dr. sheikh shaikh sayyed seyyed sayyid seyed syed haj hajj haji
    ayatollah hojatoleslam hujjat cleric mullah martyr shahid sardar mujahid""".split())
# Short forms and other words that stand for a role word, as an office's holder is called.
ROLE_SYNONYMS = {"pm": ("prime", "minister"), "fm": ("foreign", "minister"), "vp": ("vice", "president"),
                 "premier": ("prime", "minister"),
                 "gen": ("general",), "gen.": ("general",), "lt": ("lieutenant",), "lt.": ("lieutenant",),
                 "defense": ("defence",), "diplomat": ("foreign", "minister"), "sardar": ("general",),
                 "parliamentary": ("parliament",),
                 # an imam leads: 'Imam Khamenei', as the Leader of the Islamic Revolution is called
                 "imam": ("leader",)}
FORMER = frozenset({"former", "ex", "then", "late", "previous", "onetime"})
# Titles written with a capital before a name and abbreviated: ('Gen.', 'Lt.', 'Ayat.' for Ayatollah) as they appear.
TITLE_ABBREVIATIONS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Capt", "Sen", "Rep", "Gov",
                                 "Prof", "Rev", "Adm", "Brig", "Ayat", "Eng"})


# A military rank, not an office: in a title that names an office too ('Guards Commander Lt. Gen. Soleimani'), the
# office is what must fit. 'General' is a rank after another rank ('Lieutenant General'), and an office's word
# otherwise ('Secretary General', 'Attorney General').
MILITARY_RANKS = frozenset({"lieutenant", "major", "brigadier", "colonel", "captain", "admiral", "marshal", "commodore"})


@dataclass(frozen=True)
class Title:
    """The office words printed just before a name ('Foreign Minister'), and whether it is a former one."""

    words: tuple[str, ...]  # lower-case, with the synonyms written out
    former: bool
    text: str  # as printed

    def fits(self, role_title: str) -> bool:
        """Every office word of the title is a word of the role's title: 'Foreign Minister' fits 'Minister of Foreign
        Affairs of Iran'; 'Prime Minister' does not. A rank beside an office is left to it: 'Commander Lt. Gen.' fits
        'Commander of the Quds Force'."""
        role = set(re.findall(r"[a-z]+", role_title.casefold()))
        role |= {w for word in list(role) for w in ROLE_SYNONYMS.get(word, ())}
        return bool(self.words) and all(w in role for w in self.office())

    def office(self) -> tuple[str, ...]:
        """The title's words without its ranks, where that leaves any: all of them for a rank alone ('Lt. Gen.')."""
        kept = [w for i, w in enumerate(self.words) if not (
            w in MILITARY_RANKS or (w == "general" and i and self.words[i - 1] in MILITARY_RANKS))]
        return tuple(kept) if kept else self.words


_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z.-]*")


def title_before(text: str, start: int) -> Title | None:
    """The title printed right before text[start:] ('Iraqi Foreign Minister Hussein', 'Quds Force commander
    Soleimani', 'former President Trump'): the run of office words ending one space before the name, and 'former'
    (or 'ex-', 'then') before it, over demonyms and 'Iran's'. None when the word before is no office word."""
    words: list[str] = []
    printed: list[str] = []
    pos = start
    former = False
    # honorifics between the title and the name, after a comma too: 'Iran's Supreme Leader, Ayatollah Sayyid Ali ...'
    while honorific := honorific_before(text, pos):
        pos -= len(honorific) + 1
        if text[max(0, pos - 2): pos] == ", ":
            text, pos = text[:pos - 2] + text[pos - 1:], pos - 1  # read on over the apposition's comma, here only
            break
    # a capitalised title in apposition, its comma before the name: 'Iraqi Prime Minister, Mohammed Shia' Sabbar
    # al-Sudani,'; not one in small letters ('Zarif met the president, Rouhani' may be a list), nor one that ends
    # another name's apposition ('Fouad Hussein, Iraqi Foreign Minister, Shamkhani stressed')
    appositive = False
    if pos == start and text[max(0, pos - 2): pos] == ", " and (
            m := re.search(r"([A-Z][A-Za-z.'’-]*),[ ]$", text[max(0, pos - 40): pos])) and \
            m[1].casefold().rstrip(".") in ROLE_NOUNS:
        text, pos, appositive = text[:pos - 2] + text[pos - 1:], pos - 1, True
    while True:
        m = re.search(r"([A-Za-z][A-Za-z.'’-]*)[ \u00a0]$", text[max(0, pos - 40): pos])
        if not m:
            break
        word = m[1]
        if word.endswith(".") and "." not in word[:-1] and word[:-1] not in TITLE_ABBREVIATIONS:
            break  # a sentence's end ('... met the prime minister. Imam Khamenei'), not 'Gen.' nor 'U.S.'
        low = word.casefold().rstrip(".")
        low = misspelt_role(low) or low  # 'Presdient Rouhani', as a hurried page types it
        parts = low.split("-")
        if low in ROLE_NOUNS or low in ROLE_MODIFIERS or low in ROLE_SYNONYMS or (
                len(parts) == 2 and parts[0] in ("ex", "vice", "deputy") and parts[1] in ROLE_NOUNS):
            if parts[0] == "ex" and len(parts) == 2:
                former, low = True, parts[1]
            words[:0] = list(ROLE_SYNONYMS.get(low, (low,)))
            printed.insert(0, word)
            pos -= len(m[0])
            continue
        if words and (low in FORMER or low.endswith(("'s", "’s")) or low.endswith(("ian", "iqi", "ish", "can"))
                      or low in ("the", "us", "u.s.", "country's", "country’s")):
            former = former or low in FORMER
            pos -= len(m[0])
            continue
        break
    if not any(w in ROLE_NOUNS or w == "deputy" for w in words):
        return None  # words that narrow an office and name none: 'the first Trump administration', 'the national ...'
    if appositive and re.search(r",[ \u00a0]+(?:[A-Z][\w.'’-]*[ \u00a0]+){0,3}$", text[max(0, pos - 60): pos]):
        return None
    if appositive and re.search(r"\b[Aa]s[ \u00a0]+(?:(?:the|a|an)[ \u00a0]+)?(?:[\w’'-]+[ \u00a0]+){0,2}$",
                                text[max(0, pos - 40): pos]):
        return None  # 'on his approval as the new Iraqi PM, Rouhani said': the office is the other man's
    return Title(tuple(w for w in words if w in ROLE_NOUNS or w in ROLE_MODIFIERS), former, " ".join(printed))


@functools.lru_cache(maxsize=1 << 14)
def misspelt_role(word: str) -> str | None:
    """The office's word (ROLE_NOUNS) that a word of six letters or more is with two letters side by side swapped, as
    a typist's slip leaves it ('presdient', 'minsiter'); None for any other word."""
    if len(word) < 6 or word in ROLE_NOUNS:
        return None
    for i in range(len(word) - 1):
        if word[i] != word[i + 1] and (swapped := word[:i] + word[i + 1] + word[i] + word[i + 2:]) in ROLE_NOUNS:
            return swapped
    return None


def honorific_before(text: str, start: int) -> str | None:
    """An honorific printed right before a name ('Ayatollah', 'Sheikh', 'Haj'): it says nothing of the office."""
    m = re.search(r"([A-Za-z][A-Za-z.]*)[ \u00a0]$", text[max(0, start - 20): start])
    return m[1] if m and m[1].casefold() in HONORIFICS else None
