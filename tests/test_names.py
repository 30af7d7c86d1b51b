"""Names across transliterations: the table of `chronicle.names`, every pair it must join and every pair it must keep
apart, tried through the matcher on whole names in a sentence, as articles print them."""

import datetime as dt
import re
from pathlib import Path

import pytest

from chronicle.match import NameIndex, resolve_mentions
from chronicle.model import Article, Block, Entity
from chronicle.names import (LEAD_LETTERS, TRANSLITERATION, Title, fold_word, lead_key, misspelt_role, name_key,
                             title_before)


def person(ident, spellings, short=()):
    return Entity("person", ident, spellings[0], tuple(spellings), tuple(short), "", "people.yml")


def linked(registered, printed):
    """What the printed name links to, in a sentence, where the data holds one person spelt `registered`."""
    index = NameIndex([person("p", [registered])])
    text = f"On Monday {printed} met the delegation."
    article = Article("a", "a.md", "T", dt.date(2022, 1, 1), None, None, None, None, (), (), (Block("p", text, "p-1"),))
    return [(m.text, m.entity) for m in resolve_mentions(article, index)]


def pairs(kind):
    """(rule, a, b) for every pair the table gives as meeting (kind 2) or staying apart (kind 3)."""
    for row in TRANSLITERATION:
        for pair in row[kind]:
            first, *others = pair.split("/")
            for other in others:
                yield row[0], first, other


MEET = list(pairs(2))
APART = list(pairs(3))


@pytest.mark.parametrize("rule, a, b", MEET)
def test_the_table_joins_the_names_of_each_row(rule, a, b):
    assert name_key([fold_word(a)]).meets(name_key([fold_word(b)])) or rule in (
        "the article", "ibn and bin", "hyphen, space and glue", "Abd al-", "Abu, Abi and Aba")


@pytest.mark.parametrize("rule, a, b", APART)
def test_the_table_keeps_apart_the_names_of_each_row(rule, a, b):
    if rule == "the article":
        return  # an article that goes: tried through the matcher below
    assert not name_key([fold_word(a)]).meets(name_key([fold_word(b)]))


@pytest.mark.parametrize("rule, meet, apart", LEAD_LETTERS, ids=[row[0] for row in LEAD_LETTERS])
def test_a_lead_hears_its_letters_as_one_and_keeps_its_pairs_apart(rule, meet, apart):
    """The curator's leads (a candidate that may be an entry) hear kh, q and gh as k, and ch as sh; a link does only
    where the article says whom it means (test_resolution), which a name alone never does."""
    for pair in meet:
        first, *others = pair.split("/")
        for other in others:
            assert lead_key([fold_word(first)]).meets(lead_key([fold_word(other)])), (first, other)
            assert not name_key([fold_word(first)]).meets(name_key([fold_word(other)])), (first, other)
    for pair in apart:
        a, b = pair.split("/")
        assert not lead_key([fold_word(a)]).meets(lead_key([fold_word(b)])), (a, b)
    assert linked("Mustafa al-Kadhimi", "Mustafa al-Qadimi") == []
    assert linked("Mohammed Shia al-Sudani", "Mohammed Chia al-Soudani") == []


# Whole names as the articles print them: each must link to the registered spelling beside it.
NAMES_THAT_MEET = [
    ("Abu Mahdi al-Muhandis", "Abi Mahdi al-Muhandis"),  # 'the martyrdom of Abi Mahdi ...', Abu in the genitive
    ("Qasem Soleimani", "Qassim Soleimani"), ("Qasem Soleimani", "Qassem Suleimani"),
    ("Qasem Soleimani", "Ghasem Soleimani"), ("Qasem Soleimani", "Qasim Sulaimani"),
    ("Abu Mahdi al-Muhandis", "Abu Mahdi al-Mohandes"), ("Abu Mahdi al-Muhandis", "Abu Mehdi Al-Muhandis"),
    ("Abu Mahdi al-Muhandis", "Abu Mahdi Muhandis"), ("Abu Mahdi al-Muhandis", "Abou Mahdi el-Mohandis"),
    ("Mohammed Shia al-Sudani", "Muhammad Shia al-Sudani"), ("Mohammed Shia al-Sudani", "Mohammed Shia' Al Sudani"),
    ("Mohammed Shia al-Sudani", "Mohammed Shiaa al-Sudani"), ("Mohammed Shia al-Sudani", "Mohamed Shia Al-Sudani"),
    ("Mohammed Shia al-Sudani", "Mohammed Shia Sudani"), ("Mohammed Shia al-Sudani", "Muhammad Shi'a al-Soudani"),
    ("Ebrahim Raisi", "Ebrahim Raeisi"), ("Ebrahim Raisi", "Ibrahim Raisi"), ("Ebrahim Raisi", "Ebrahim Raeesi"),
    ("Mustafa al-Kadhimi", "Mustafa Kadhimi"), ("Mustafa al-Kadhimi", "Mustafa al-Kazemi"),
    ("Mustafa al-Kadhimi", "Moustafa Al-Kadhimi"), ("Mohammad Baqer Qalibaf", "Mohammad Bagher Ghalibaf"),
    ("Mohammad Baqer Qalibaf", "Muhammad Baqir Qalibaf"), ("Hossein Amir-Abdollahian", "Hossein Amir Abdollahian"),
    ("Hossein Amir-Abdollahian", "Hussein Amirabdollahian"), ("Adel Abdul-Mahdi", "Adel Abdul Mahdi"),
    ("Adel Abdul-Mahdi", "Adil Abd al-Mahdi"), ("Adel Abdul-Mahdi", "Adel Abdel-Mahdi"),
    ("Hassan Rouhani", "Hasan Rowhani"), ("Mohammad Javad Zarif", "Mohammad Jawad Zarif"),
    ("Fuad Hussein", "Fouad Hussein"), ("Fuad Hussein", "Fuad Husayn"), ("Esmail Qaani", "Esmaeil Ghaani"),
    ("Hashd al-Shaabi", "Hashd al-Sha'abi"), ("Hashd al-Shaabi", "Hashd al-Shaabi"),
    ("Popular Mobilization Units", "Popular Mobilisation Units"),
]


@pytest.mark.parametrize("registered, printed", NAMES_THAT_MEET)
def test_a_variant_of_a_registered_name_links_to_it(registered, printed):
    assert linked(registered, printed) == [(printed, "p")]


# Whole names that are other people's, though they share letters with a registered one.
NAMES_KEPT_APART = [
    ("Hassan Rouhani", "Hussein Rouhani"), ("Mohammed Shia al-Sudani", "Mahmoud Shia al-Sudani"),
    ("Ali Khamenei", "Alaa Khamenei"), ("Saeed Jalili", "Saad Jalili"), ("Jafar Sadeq", "Jaber Sadeq"),
    ("Ali Khamenei", "Ali Shamkhani"), ("Ali Khamenei", "Ali Khomeini"), ("Hamid Hamad", "Hamad Hamad"),
    ("Hadi al-Amiri", "Mahdi al-Amiri"), ("Amin Nasser", "Amir Nasser"), ("Qasem Soleimani", "Kazem Soleimani"),
]


@pytest.mark.parametrize("registered, printed", NAMES_KEPT_APART)
def test_a_name_that_only_looks_like_a_registered_one_is_not_linked(registered, printed):
    assert {e for _, e in linked(registered, printed)} <= {None}


def test_a_spelling_that_starts_with_the_article_needs_it():
    """'al-Sudani' is a full spelling; 'Al Sudani' is it, 'Sudani' alone is only a surname."""
    assert linked("al-Sudani", "Al Sudani") == [("Al Sudani", "p")]
    assert linked("al-Sudani", "Sudani") == []


def test_one_word_meets_only_its_own_letters():
    """A spelling of one word has no sound variants: 'Tehran' is not 'Tahran', 'Iraq' is not 'Iraqi'; its letters
    in capitals are still it."""
    assert linked("Tehran", "Tahran") == []
    assert linked("Iraq", "Iraqi") == []
    assert linked("Iraq", "IRAQ") == [("IRAQ", "p")]


def test_a_name_glued_to_the_word_before_it_is_found():
    """Scraping can glue a name to the word before it ('andQassem Soleimani'); the name is found, the word is not."""
    index = NameIndex([person("p", ["Qasem Soleimani"])])
    text = "the killing of Abu Mahdi andQassem Soleimani in Baghdad"
    article = Article("a", "a.md", "T", dt.date(2022, 1, 1), None, None, None, None, (), (), (Block("p", text, "p-1"),))
    [m] = resolve_mentions(article, index)
    assert (m.text, m.entity) == ("Qassem Soleimani", "p") and "glued" in m.rule


def test_a_variant_that_fits_two_people_is_left_unlinked_with_the_reason():
    index = NameIndex([person("a", ["Hossein Amiri"]), person("b", ["Hassan Amiri"])])
    text = "Husayn Amiri said so."
    article = Article("a", "a.md", "T", dt.date(2022, 1, 1), None, None, None, None, (), (), (Block("p", text, "p-1"),))
    [m] = resolve_mentions(article, index)
    assert m.entity == "a"  # Husayn meets Hossein only: Hassan stays apart
    index = NameIndex([person("a", ["Qasem Amiri"]), person("b", ["Qassim Amiri"])])
    text = "Qasim Amiri said so."
    article = Article("a", "a.md", "T", dt.date(2022, 1, 1), None, None, None, None, (), (), (Block("p", text, "p-1"),))
    [m] = resolve_mentions(article, index)
    assert m.entity is None and "could be either" in m.reason


@pytest.mark.parametrize("text, words, former", [
    ("Iraqi Foreign Minister Hussein", ("foreign", "minister"), False),
    ("Quds Force commander Soleimani", ("commander",), False),
    ("former President Trump", ("president",), True),
    ("Iran's top diplomat Zarif", ("foreign", "minister"), False),
    ("PM Kadhimi", ("prime", "minister"), False),
    ("VP Jahangiri", ("vice", "president"), False),  # The Iran Project, in the real pages
    ("Parliament Speaker Qalibaf", ("parliament", "speaker"), False),
    ("Lt. Gen. Soleimani", ("lieutenant", "general"), False),
    ("ex-President Rouhani", ("president",), True),
    ("said Zarif", None, None),
    ("Ayatollah Khamenei", None, None),
    # honorifics between the title and the name, after an apposition's comma too (a MEMRI report's copy)
    ("Supreme Leader Ayatollah Khamenei", ("supreme", "leader"), False),
    ("Iran's Supreme Leader, Ayatollah Sayyid Khamenei", ("supreme", "leader"), False),
    ("Zarif met the president, Rouhani", None, None),  # a comma with no honorific after it ends the title
    # but not a capitalised title's apposition (The Diplomatic Insight), unless it ends another name's apposition
    (": Iraqi Prime Minister, Sudani", ("prime", "minister"), False),
    ("with Fouad Hussein, Iraqi Foreign Minister, Shamkhani", None, None),
    # nor one after 'as', which says what someone else became (Sarkhat, in the real pages)
    ("on his approval as the new Iraqi PM, Rouhani", None, None),
    ("This was a test for the Iraqi Prime Minister, Sudani", ("prime", "minister"), False),
    # words that narrow an office and name none are no title (Enerdata, in the real pages); with an office's word
    # they are ('First Vice President'), and 'deputy' alone is a lawmaker's
    ("when the first Trump", None, None),
    ("First Vice President Jahangiri", ("first", "vice", "president"), False),
    ("Deputy Asadi", ("deputy",), False),
    # an office's word with two letters side by side swapped, as a hurried page types it (IRNA, in the real pages)
    ("Presdient Rouhani", ("president",), False),
    ("Foreign Minsiter Zarif", ("foreign", "minister"), False),
])
def test_the_title_before_a_surname(text, words, former):
    start = text.rindex(" ") + 1
    title = title_before(text, start)
    if words is None:
        assert title is None
    else:
        assert (title.words, title.former) == (words, former)


@pytest.mark.parametrize("title, role, fits", [
    (("foreign", "minister"), "Minister of Foreign Affairs of Iran", True),
    (("prime", "minister"), "Minister of Foreign Affairs of Iran", False),
    (("general",), "Lieutenant General (rank conferred posthumously)", True),
    (("imam",), "Minister of Foreign Affairs of Iraq", False),
    (("parliament", "speaker"), "Speaker of the Parliament of Iran", True),
    # a rank beside an office is left to it (Elder of Ziyon, in the real pages: 'Guards Commander Lt. Gen. Soleimani')
    (("commander", "lieutenant", "general"), "Commander of the Quds Force", True),
    (("lieutenant", "general"), "Commander of the Quds Force", False),  # a rank alone must fit as it is
    (("lieutenant", "general"), "Lieutenant General (rank conferred posthumously)", True),
    (("secretary", "general"), "Secretary of the Supreme National Security Council", False),  # an office's word
    (("brigadier", "general", "commander"), "Commander of the Quds Force", True),
])
def test_a_title_fits_a_role_when_each_office_word_is_in_it(title, role, fits):
    assert Title(title, False, "").fits(role) is fits


def test_the_method_page_prints_the_table_as_the_code_has_it():
    """Readers see the rules the matcher applies: every row of the table, with its pairs, on docs/method.md."""
    from conftest import ROOT

    page = (ROOT / "docs" / "method.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): [cell.strip() for cell in line.split("|")[2:-1]]
            for line in page.splitlines() if line.strip().startswith("| ") and line.count("|") == 5}
    for rule, what, meet, apart in TRANSLITERATION:
        assert rows.get(rule) == [what, ", ".join(meet), ", ".join(apart) or "—"], rule


@pytest.mark.parametrize("word, role", [
    ("presdient", "president"), ("minsiter", "minister"), ("secertary", "secretary"),
    ("president", None),  # spelt right: the word itself
    ("laeder", "leader"),
    ("mayro", None),  # under six letters: too short to tell a slip from another word
    ("presidnet", "president"),
    ("preisdent", "president"),
    ("hussein", None), ("sardar", None), ("general", None),
])
def test_an_offices_word_with_two_letters_swapped_is_that_word(word, role):
    """A typist's slip swaps two letters side by side ('Presdient Rouhani', IRNA in the real pages)."""
    assert misspelt_role(word) == role


def test_no_name_the_archive_knows_nor_a_real_pages_word_but_a_slip_reads_as_a_misspelt_office():
    """No given name, place or body the gazetteer knows is an office's word with two letters swapped; of every word
    of the real pages, only IRNA's slip 'Presdient' is."""
    from chronicle import gazetteer
    known = [w for group in (gazetteer.GIVEN_NAMES, gazetteer.COUNTRIES, gazetteer.CAPITALS, gazetteer.IRAN_IRAQ_PLACES,
                             gazetteer.NEIGHBOUR_PLACES, gazetteer.PEOPLE_BY_ONE_NAME, gazetteer.ORGANISATIONS)
             for name in group for w in name.split()]
    assert [w for w in known if misspelt_role(w.casefold())] == []
    real = Path(__file__).parent / "fixtures" / "real"
    words = {w for f in real.glob("*.txt") for w in re.findall(r"[A-Za-z]+", f.read_text(encoding="utf-8"))}
    assert sorted(w for w in words if misspelt_role(w.casefold())) == ["Presdient"]


@pytest.mark.parametrize("name, known", [
    # a place of several words with an Arabic article, in the list's spelling and in others (IRNA's 'Eyn al-Assad',
    # in the real pages): the article is left out on both sides, as the look-up leaves it out of the name it is given
    ("Ain al-Asad", True), ("Eyn al-Assad", True), ("Ain Al Asad", True), ("Shatt al-Arab", True),
    ("Deir al-Zor", True), ("Asad", False), ("Bashar al-Assad", False), ("Arab", False),
    # a place's name of several words is known whole, not word by word: 'Shirin' alone is a given name
    ("Qasr-e Shirin", True), ("Qasr-e-Shirin", True), ("Shirin", False), ("Qasr-e", False), ("Shirin Ebadi", False),
])
def test_a_place_the_gazetteer_lists_is_known_in_its_spellings_and_only_whole(name, known):
    from chronicle.gazetteer import is_known_place
    assert is_known_place(name) is known
