"""Who and what is new in an article: names of people, organisations and places that the curated data does not hold,
each with how it was judged and, for a name spelt like a registered one, whom it may be; and the weekdays and months
of the text read against the publication date as candidate events. Each comes with a YAML entry to paste into the
data after review. These are leads for a curator: nothing here is linked on the site."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace

import yaml

from .crossref import country_words
from .dates import MONTHS, WEEKDAYS, PartialDate, resolve_month, resolve_weekday
from .furniture import ends_sentence, listed_name, outlet_before_dash, read_lead_label, says_what_they_are
from .gazetteer import (FAITHS, HEADLINE_VERBS, NAMES_WITH_SMALL_WORDS, NOT_NAMES, ORGANISATION_WORDS, SENTENCE_WORDS,
                        is_country, is_given_name, is_known_organisation, is_known_person, is_known_place,
                        is_regional_place)
from .load import DATA_FILES, EVENTS_FILE, ID_RE
from .match import DOTTED_ACRONYM, SpellingTrie
from .model import Article, Block, Mention, Registry
from .names import APOSTROPHES, HONORIFICS, ROLE_NOUNS, TITLE_ABBREVIATIONS, NameKey, fold_word, lead_key
from .sentences import sentence_at, sentences

# ---------------------------------------------------------------- name phrases

_PARTICLES = r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|bint|abd|ould)"
# a web address's ending on an outlet's name: 'IraqiNews.com', 'News.Az' (a top-level domain, in any case)
_WEB_SUFFIX = r"(?:\.(?i:com|net|org|info|news|az|ir|iq|tv|bg|uk|ru|tr|pk|ae|sa|lb|kw|qa|jo|eg|af|fr|de|cn)(?!\w|\.\w))"
# A capital of the Latin script, accented ones too: 'Ömer Çelik', 'Berviz İsmaili', 'Émile' start names as 'Omar' does.
_CAP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c.isalpha()) + "".join(
    c for c in map(chr, range(0x1E00, 0x1F00)) if c.isupper())
# A hyphen typed for a dash ends a word: with a space after it ('(MENAFN- Gulf Times)', 'TEHRAN- Iran'), but an
# article's ('Al- Kadhimi': a space typed after its hyphen); and before a small word that ends there ('Iraq-the
# country directly east of Jordan-as the most critical front'), which a name's own hyphen never joins to its end
# ('Henley-on-Thames' and 'Shatt-al-Arab' go on after it; 'Al-e Sadegh' and 'Tehran-backed' have no such word).
_DASHED_WORD = (r"(?:the|as|an?|and|or|but|which|who|whose|where|when|that|this|is|was|were|are|has|had|have|its|his"
                r"|her|their|also|not|with|from|by|for|to|in|at|of|on)\b(?![‑-])")
_NAME_WORD = (rf"(?:(?:{'|'.join(sorted(TITLE_ABBREVIATIONS))})\.|(?:[A-Z]\.){{2,}}"
              rf"|(?:(?:Al|El|AL|EL)[-‑][ \u00a0](?=[{_CAP}]))?"
              rf"(?:{_PARTICLES}[-‑])?[{_CAP}](?:\w|[‑-](?=\w)(?!{_DASHED_WORD}))*(?:[’'][A-Za-z]+(?<![’']s))?"
              rf"{_WEB_SUFFIX}?)")
_CONNECTOR = (r"(?:of the|for the|of|for|al|el|al-|el-|bin|ibn|bint|de|van|von|der|da"  # 'al- ': a space typed after its hyphen
              r"|\([A-Z][a-z][\w’'-]*\))")  # another name in brackets inside a name: 'Aso (Hossein) Twana'
# a middle initial inside a name ('Mohamad A. Alhakim', 'Kenneth F. McKenzie'), not before a sentence's first word
_INITIAL = rf"(?:[{_CAP}]\.[ \u00a0](?!(?:The|A|An|In|On|At|As|He|She|It|They|We|This|That|But|And)\b))"
# a number may end a name ('Tower 22', 'Channel 8'), not a count ('Erbil 15 km', '17 years'): `_trim` keeps it after a
# name's word
_NUMBER_ENDING = (r"(?:[ \u00a0]\d{1,3}(?!\d|[,.:/]\d|[%-]|[ \u00a0]*(?:percent|per cent|km|kilomet|mile|people|soldiers"
                  r"|troops|times|years?|days?|weeks?|months?|hours?|minutes?|dead|killed|wounded|injured|members)))?")
_PHRASE = re.compile(rf"{_INITIAL}?{_NAME_WORD}(?:[ \u00a0](?:{_CONNECTOR}[ \u00a0])*{_INITIAL}?{_NAME_WORD})*"
                     + _NUMBER_ENDING)

TITLES = frozenset("""President Minister Premier Speaker General Commander Ayatollah Hojatoleslam Sheikh Shaikh Sayyed
    Seyyed Sayyid Seyed Syed Cleric Secretary Secretary-General Ambassador Envoy Chief Leader Governor Mayor Deputy King
    Prince Emir Sultan Judge Senator Congressman Congresswoman Chancellor FM PM VP
    Spokesman Spokeswoman Spokesperson Chairman Chairwoman Director MP Lawmaker Pope Patriarch Colonel Admiral
    Brigadier Lieutenant Major Captain Marshal Rapporteur Representative Coordinator Adviser Advisor Imam
    Prophet Martyr Shahid Lady Undersecretary Under-Secretary Hazrat Head Dr Prof Mr Mrs Ms CEO""".split()) | frozenset(
    f"{a}." for a in TITLE_ABBREVIATIONS)
_TITLE_MODIFIERS = frozenset("Prime Vice First Foreign Defence Defense Interior Oil Supreme Grand Deputy Chief Former "
                             "Acting Top Senior Executive Press".split())  # 'Pentagon [Press Secretary] John Kirby'
# The Arabic words for a movement, brigades, a party ... that open the names of armed groups and parties: the name
# runs on after them, whatever titles or given names it holds ('Kata’ib Sayyid al-Shuhada', 'Harakat Ansar Allah
# al-Awfiya', 'Kata’ib al-Imam Ali').
_OPENING_BODY_WORDS = frozenset("""Harakat Kataib Kata’ib Kata'ib Asaib Asa’ib Asa'ib Saraya Liwa Jaish Hizb Tayyar
    Jabhat""".split())
PLACE_WORDS = frozenset("""Province Governorate City Region District County Gulf Sea Strait River Island Islands
    Mountains Mount Valley Desert Airport Border Crossing Square Street Port Peninsula Lake Plain Canal Base Camp
    Refinery Field Dam Strip Marsh Marshes Wetland Wetlands Monument Memorial Stadium Arena Hotel Cape Garrison""".split())
_ERAS = frozenset({"AD", "BC", "BCE", "CE", "AH"})  # 'in AD 680', '61 AH': a year's era, not a name
_NOT_NAMES = SENTENCE_WORDS | frozenset(MONTHS) | frozenset(WEEKDAYS) | _ERAS
# What a country's forces are, not whose: 'Iraqi Security forces', 'Iranian Armed forces'.
_FORCES_OF_A_KIND = frozenset("""Security Special Armed Federal Military Regular Ground Naval Air Border Police Defence
    Defense Allied Coalition Government State National Elite Auxiliary Reserve""".split())
_NAMING_KIND_WORDS = frozenset("force forces corps guard guards army party front brigade brigades government province "
                               "governorate".split())
_GENERIC_WORDS = (ORGANISATION_WORDS | PLACE_WORDS | frozenset("""Media International National Central Grand Great Holy
    Supreme General High Higher Federal Joint Regional Provincial Local Main Old New North South East West Northern Southern
    Eastern Western Upper Lower Military Civil Public Islamic Arab""".split()))
_PLACE_TITLES = frozenset({"Governor", "Governor-General", "Mayor", "Governorate"})
# The fields a ministry or a minister's title names after 'of' or 'for', one or a list of them, before the holder's
# name if any: 'Minister of Science, Research and Technology Hossein Simaei', 'Minister of Culture and Islamic Guidance
# Mohammad-Mehdi Esmaili', 'Ministry of Sports & Youth', 'Under-Secretary-General for Political and Peacebuilding
# Affairs Rosemary DiCarlo'. They are the title's words, no names of their own.
_PORTFOLIO_WORDS = frozenset("""Culture Islamic Guidance Science Sciences Research Technology Higher Education Scientific
    Sports Sport Youth Health Medical Treatment Interior Foreign Affairs Oil Petroleum Tourism Antiquities Heritage
    Handicrafts Defence Defense Labour Labor Social Welfare Finance Economy Economic Trade Commerce Industry Industries
    Mine Mines Agriculture Water Resources Electricity Energy Transport Transportation Communications Telecommunications
    Information Housing Construction Municipalities Public Works Justice Planning Environment Migration Displacement
    Displaced Intelligence Roads Urban Development Women Family Religious Endowment Endowments Human Rights Cooperatives
    Pilgrimage Hajj International Consular Parliamentary Legal Political Cultural Executive Administrative Strategic
    Relations Cooperation Peacebuilding Peacekeeping Peace Electoral Assistance Humanitarian Disarmament Development
    Operations Academic Student Students Investment Investments""".split())
# A field's or a body's or a place's common noun, never a surname: 'Al-Qurtas Islamic Investment', then 'Investment' in
# another bank's name, or 'Conference for Cooperation', names no one whose surname is printed again.
_FIELD_AND_KIND_WORDS = _PORTFOLIO_WORDS | ORGANISATION_WORDS | PLACE_WORDS
_SENTENCE_ADVERB = re.compile(r"[A-Z][a-z]{2,}(?:ally|ably|ibly|ntly|tely|ously|ively|edly|arly)")
_PORTFOLIO = "(?:" + "|".join(sorted(_PORTFOLIO_WORDS)) + ")"
_FIELDS_JOIN = r"(?:,\s+and\s+|,\s+|\s+and\s+|\s*&\s*)"  # between a title's fields: ', ', ' and ', ', and ', ' & '
_PORTFOLIO_BEFORE = re.compile(rf"\b(?:Minister|Ministers|Ministry|Ministries|Secretary|Department|Governor|Director"
                               rf"|Adviser|Advisor|Commissioner|Chairman|Chairwoman|Head|Chief|Secretary-General"
                               rf"|Representative|Envoy|Coordinator"
                               # in small letters too, before a list: 'Iraqi ministers of Interior, Defense, ...'
                               rf"|minister|ministers|ministry|ministries)\s+(?:of|for)\s+"
                               rf"(?:the\s+)?(?:{_PORTFOLIO}(?:\s+{_PORTFOLIO})*{_FIELDS_JOIN})*$")
_ADJECTIVE_ENDINGS = ("-backed", "-led", "-based", "-linked", "-aligned", "-allied", "-affiliated", "-made", "-run",
                      "-controlled", "-held", "-owned", "-funded", "-sponsored", "-supported", "-dominated",
                      "-occupied", "-brokered", "-mediated")
# A name's possessive just before a phrase: "NPR's " of "NPR's Michel Martin".
_OWNER_BEFORE = re.compile(r"(?<![\w’'-])(?P<owner>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})[’']s\s$")
# A name before such an ending: 'UN' of 'a UN-brokered ceasefire', 'Hezbollah' of 'a Hezbollah-led coalition'.
_MADE_OF_A_NAME = re.compile(rf"(?P<name>.+?)(?:{'|'.join(map(re.escape, _ADJECTIVE_ENDINGS))})", re.I)
# A sentence's adjective made of a prefix and a word in small letters: 'Semi-official', 'Pro-government',
# 'State-run'; a name's hyphenated words are each capitalised ('Amir-Abdollahian') or open with a particle ('al-').
_OUTLET_WORDS = frozenset(("news agency", "agency", "newspaper", "daily", "channel", "network", "television", "tv",
                           "news outlet", "news website", "news site", "magazine"))
_PREFIXED_ADJECTIVE = re.compile(r"(?:Semi|Quasi|Pro|Anti|Non|Ultra|Hard|Self|State|Government|Officially)-[a-z]{3,}")
# An adverb that opens a sentence, by its ending: 'Historically, Iran and Iraq ...', 'Reportedly', 'Unfortunately'
# (not 'Italy' nor 'Kelly': the endings are an adverb's, the stem four letters or more).
_ADVERB = re.compile(r"[A-Z][a-z]{3,}(?:ally|ously|ively|ently|antly|ately|edly|ingly|fully|ably|ibly|arly|ily)")
# Two words run into one, each capitalised, the first of four letters or more: a company's or an outlet's name
# ('TotalEnergies', 'ExxonMobil', 'EghtesadOnline'), where a surname's prefix is shorter ('McKenzie', 'DiCarlo').
_ONE_WORD_BODY = re.compile(r"(?P<first>[A-Z][a-z]{3,})(?P<second>[A-Z][a-z]{2,})")
# The words after a known outlet's name for one of its editions: 'Al Jazeera Arabic', 'BBC Persian'.
_EDITIONS = frozenset("Arabic English Persian Farsi Turkish Kurdish French International Online".split())
_NAMES_OF_NOTHING = _NOT_NAMES | NOT_NAMES  # and demonyms, faiths, holidays: 'Iraqi', 'Shia Islam', 'Ashura'
# The words that end the name of a meeting, an accord or a war: no one's surname ('the Tripartite Summit' ... 'the Summit')
_EVENT_WORDS = frozenset("""Summit Conference Forum Meeting Talks Dialogue Agreement Accord Treaty Pact Deal Initiative
    Festival Exhibition Expo Games Cup Championship War Revolution Uprising Operation Process Defense Defence
    Memorandum Understanding Declaration Protocol Convention Charter Accords Agreements Treaties Protocols Conventions
    Declarations""".split())
# The words that end a tournament's name, which its host's may open or end: 'the Qatar World Cup', 'the AFC Asian Cup
# China 2023', 'the Paris Olympics'.
_TOURNAMENT_WORDS = frozenset({"Cup", "Games", "Olympics", "Olympiad", "Championship", "Championships"})
# Words before a place's name that say which part of it the text means: 'Western Anbar province', 'Southern Basra'.
_PART_OF = frozenset({"Western", "Eastern", "Northern", "Southern"})
# Common nouns after a name that say what it names: 'the Mehran border crossing', 'the Kataib Hezbollah militia';
# after the name's closing quote or its translation in brackets too ('the "State of Law" coalition', 'the Nabni (We
# Built) alliance').
_AROUND = r"^[”\"’']?(?:\s+\([^()\n]{1,40}\))?"
_KIND_AFTER = (
    ("place", re.compile(_AROUND + r"\s+(?P<word>province|governorate|border crossing|crossing"
                         r"|(?:military |naval |army |refugee )?"
                         r"(?:air ?base|base|airport|camp|facility)|city|town|district|region|village|county|port|"
                         r"oil field|field|refinery|dam|plant|shrine|mountain chain|mountain range|mountains?"
                         r"|hills|river|lake|marsh(?:es)?|valley|desert|canal|square|street|monument|area"
                         r"|neighbou?rhood|suburb|(?:residential|housing) (?:complex|compound))\b")),
    ("organisation", re.compile(_AROUND + r"\s+(?:(?P<adjective>electoral|political|parliamentary|ruling|opposition)\s+)?"
                                r"(?P<word>militia|militias|group|party|movement|bloc|coalition|alliance|"
                                r"news agency|force|forces|corps|guards?|army|police|units?|government|administration|"
                                r"agency|newspaper|daily|channel|network|television|tv|news outlet|news website|"
                                r"news site|magazine|brigades?|faction|organi[sz]ation|"
                                r"council|ministry|foundation|company|bank|university|umbrella group|armed group|"
                                r"think[- ]tank|"
                                r"(?:law )?firm)\b")),
)
# Words before a name that say what it names: 'the city of Najaf', 'told Reuters'.
_PLACE_OF = re.compile(r"\b(?:city|cities|towns?|provinces?|governorates?|villages?|regions?|districts?|capital|ports?|"
                       r"holy city|shrine city|mayor|residents|inhabitants?|outskirts|suburbs|(?:north|south)(?:east|west)?"
                       r"|east|west) of\s$", re.I)  # a list after a plural: 'the towns of Bashiqa, Bahzani and Tilkaif'
# A pair's kind word after its second name, in the plural, is the first's too: 'the Fatimiyoun and Zainabiyoun
# brigades', 'the Diyala and Salahuddin provinces' (not 'the Trump and Biden administrations': an administration is
# its leader's, whose name says a person)
_PAIR_OTHER = r"^\s+and\s+(?P<other>(?:[A-Z][\w’'-]*\s+){1,3})"
_PAIR_KIND_AFTER = (
    ("place", re.compile(_PAIR_OTHER + r"(?P<word>provinces|governorates|cities|towns|villages|districts|rivers|"
                         r"camps|bases|airports|oil fields|fields|border crossings|crossings|ports|dams|refineries)\b")),
    ("organisation", re.compile(_PAIR_OTHER + r"(?P<word>brigades|militias|groups|parties|movements|factions|blocs|"
                                r"coalitions|battalions|divisions|news agencies|agencies|newspapers|channels|"
                                r"companies|banks|universities)\b")),
)
# (the name maybe in quotes: 'the daily ‘Al Sharq’')
_OUTLET_BEFORE = re.compile(r"(?<=,\s)reports\s$|\b(?:told|according to|quoted by|cited by|reported by|obtained by|seen by|reviewed by|"
                            r"in an interview with|speaking to|"
                            r"said to|broadcaster|news agency|newspaper|daily|outlet|website|media|channel|magazine"
                            r"|(?:television|tv|radio|news|satellite) network|(?:television|tv|radio) station)\s"
                            r"(?:the\s+[A-Z][\w’'-]*-based\s+)?[‘“\"']?$", re.I)  # 'according to the Riyadh-based
_SPEAKS_AFTER = re.compile(r"^\s+(?:also\s+|later\s+|then\s+)?(?:said|says|stated|told|added|stressed|noted|wrote|"
                           r"tweeted|urged|warned|insisted|explained|announced|underlined|emphasi[sz]ed|arrived|met|"
                           r"highlighted|reiterated|affirmed|asserted|praised|condemned|welcomed"
                           # the same to come: 'Owji will meet Iraqi Prime Minister ...'
                           r"|(?:will|would|is\s+to|is\s+due\s+to|is\s+set\s+to)\s+(?:also\s+)?(?:meet|visit|say|tell|"
                           r"travel|arrive|hold\s+talks|head|lead))\b")
# A source's work after its name, 'a' or 'an' before it: 'a Ynet analysis', 'an AP report' ('the Mueller report' is a
# person's).
_A_BEFORE = re.compile(r"\b(?:a|an|A|An)\s$")
_WORK_AFTER = re.compile(r"^\s+(?:report|analysis|investigation|editorial|article|story|poll|survey|interview"
                         r"|documentary|podcast)\b")
# A source cited in brackets with its day: '(Al Araby, December 3)', '(Rudaw, 12 May 2021)'.
_MONTH_NAME = "|".join(MONTHS)
_CITED_ON = re.compile(rf"^,\s+(?:(?:{_MONTH_NAME})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH_NAME}))(?:,?\s+\d{{4}})?\)")
# ('reports' a verb: 'Reuters reports'; not the noun before a verb: 'Preliminary reports sadly confirm')
_OUTLET_AFTER = re.compile(r"^\s+(?:reported|reports(?!\s+(?:\w+ly\s+)?(?:say|said|suggest|suggested|indicate|indicated"
                           r"|confirm|confirmed|show|showed|claim|claimed|state|stated|are|were|have|had|of|from|on)\b"
                           r"|\s+(?!citing|quoting)[a-z]+ing\b)"  # 'Unverified reports circulating': the noun
                           r"|said in a report|(?:quoted|cited)(?!\s+(?:for|by|in|as|to|above|here)\b)"
                           r"|news agency|newspaper|TV|television"
                           r"|broadcast)\b")
# A role after a name, between commas or after a dash: 'Ahmad Vahidi, Iran's interior minister', 'Kayhan, a hard-line
# Iranian newspaper'.
# Or a title, capitalised, up to the next comma: 'Berviz İsmaili, Deputy Director of Iran’s Public Relations, said'.
_ROLE_AFTER = re.compile(r"^[”\"’']?\s*(?:,|\s[-–—])\s+(?P<clause>(?:who is |who was |who heads |who leads )?(?:the|a|an|its|his|"
                         r"(?<=[-–—]\s)(?:The|An?)|"  # after a dash, a capital: 'Izzat al-Shahbandar – A Shiite ...'
                         r"her|their|former|then|[A-Z][\w.]*[’']s)\s[^,.;:()“”\"]{1,80}"
                         r"|(?=[a-z])(?!(?:and|or|but|nor)\s|(?!acting\s)[a-z]+ing\s)[^,.;:()“”\"]{1,80}(?=[,.;])"
                         r"|(?=(?:" + "|".join(map(re.escape, sorted(TITLES | _TITLE_MODIFIERS))) + r")\s)"
                         r"[^,.;:()“”\"]{1,80}(?=[,.;]))")
# The same in brackets: 'Zmkan Ali Saleem (Lecturer at the College of Political Science ...)', 'Adnan Tabatabai
# (co-founder and CEO of the Center ...)'.
_ROLE_IN_BRACKETS = re.compile(r"^\s?\((?P<clause>(?:[a-z][\w-]*|[A-Z][a-z][\w-]*)(?:\s[^,.;:()“”\"]{1,80})?)")
_RELATIVE_NOUNS = frozenset("""son daughter wife husband brother sister father mother widow nephew niece cousin uncle aunt
    grandson granddaughter""".split())
_PERSON_ROLES = ROLE_NOUNS | _RELATIVE_NOUNS | frozenset("""coach striker winger goalkeeper midfielder defender referee
    attache attaché official officials adviser advisor aide envoy cleric analyst researcher
    professor head member deputy founder officer spokesman spokeswoman mp lawmaker politician negotiator
    representative counterpart colleague journalist correspondent editor writer activist relative rapporteur coordinator
    undersecretary governor-general teacher student doctor
    engineer farmer worker driver pilgrim resident businessman businesswoman merchant trader shopkeeper vendor soldier
    fighter nurse lawyer poet artist singer photographer economist expert scholar historian commentator reporter
    protester protestor demonstrator fisherman herder shepherd smuggler porter kolbar
    host presenter anchor moderator panelist panellist lecturer novelist filmmaker author ceo co-founder""".split())
_AGE = re.compile(r"^\d{1,3}-years?-old$")
_AGE_BETWEEN_COMMAS = re.compile(r",[ \u00a0](?:[1-9]\d?|10\d),[ \u00a0]+(?!\d)")  # 'Um Hassan, 55, from ...'; not a list of numbers
_PLACE_ROLES = frozenset("town city village province governorate district region county port capital".split())
# Verbs of speech right after the head noun of a clause after a comma: it is a clause of its own ('..., the council
# said'), not a description of the name before the comma.
_CLAUSE_VERBS = frozenset("said says added stated noted told announced stressed warned wrote reported".split())
_PREPOSITIONS = frozenset("of after in for to from at on with by since during before under over".split())
_RELATIVES = frozenset("who whose whom which that where when".split())
_BODY_ROLES = frozenset("""newspaper agency daily militia group party movement channel broadcaster website outlet
    organisation organization coalition alliance bloc faction company headquarters command ministry council bank
    institution body network umbrella""".split())
# A title before a list of names, any case, one or many: 'former prime ministers Nouri al-Maliki, Adel Abdul Mahdi
# and Haider al-Abadi'.
_PLURAL_ROLES = frozenset(w + "s" for w in ROLE_NOUNS) | frozenset({"officials", "leaders", "clerics", "commanders"})
_ROLE_BEFORE = re.compile(r"\b(?P<role>(?i:" + "|".join(sorted(_PERSON_ROLES, key=len, reverse=True))
                          + r"))(?P<plural>s)?\b(?: (?:of|for|to)\b[^,.;:()]{0,80})?,\s$")
_LIST_NAME = (rf"(?:[{_CAP}][\w’'.-]*|al-[{_CAP}][\w’'-]*|bin|ibn|al|el)"
              rf"(?:\s(?:[{_CAP}][\w’'.-]*|al-[{_CAP}][\w’'-]*|bin|ibn|al|el))*")
# Words before a name that make it a person's, in lower case: 'Iran's Central Bank head Abdolnasser Hemmati', 'his
# Iraqi counterpart Razak al-Saadawi', 'Najme's mother Latifa'.
_PERSON_BEFORE = (_PERSON_ROLES | frozenset("custodian scientist".split())) - ROLE_NOUNS - frozenset(
    "officials relative".split())  # the role nouns are read by the title's own branch, with 'former' and a place
_TITLE_BEFORE = re.compile(
    r"\b(?P<title>(?:(?:former|late|then|prime|vice|foreign|deputy|first|chief)\s+)*(?i:"
    + "|".join(sorted(ROLE_NOUNS | _PLURAL_ROLES, key=len, reverse=True)) + r")"
    # the place of an office: 'Ambassador to Iraq Iraj Masjedi'; its fields: 'Minister of Higher Education and
    # Scientific Research Naeem Al-Aboudi'
    + r"(?:\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2})?"
    + rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_PORTFOLIO}(?:(?:\s+|{_FIELDS_JOIN}){_PORTFOLIO})*,?)?"
    + r"|(?:" + "|".join(sorted(_PERSON_BEFORE)) + r"))\s+"
    rf"(?:{_LIST_NAME},\s+)*(?:{_LIST_NAME},?\s+and\s+)?$")
# A kind of business before a name, or before a list of them: 'his companies Babylon Navigation and Galaxy Oil'.
_BODY_BEFORE = re.compile(r"\b(?P<kind>compan(?:y|ies)|firms?|shipping lines?|carriers?|airlines?|banks?|groups?|militias?|movements?"
                          r"|factions?|part(?:y|ies)|organi[sz]ations?)\s+"
                          rf"(?:{_LIST_NAME},\s+)*(?:{_LIST_NAME},?\s+and\s+)?$")
_DEMONYM_ENDINGS = ("ian", "ians", "ese", "ish", "ans", "is")
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|near|into|across|(?:in|out)side(?: of)?|throughout)"
                           r"|\b(?:visit|visits|visited|trip|travel(?:l?ed)?|flew|arrived|returned|headed|moved) to)\s$")


@dataclass(frozen=True)
class Candidate:
    """A name the data does not hold."""

    name: str
    kind: str  # 'person', 'organisation' or 'place'
    judged_by: str  # 'title: General', 'later surname-only mention: Rasheed', 'organisation word: Council' ...
    sentence: str  # where it first appears, as printed
    block: str  # that sentence's block anchor
    may_be: tuple[tuple[str, str], ...]  # (entity id, registered spelling) spelt like this name
    short: tuple[str, ...]  # surname-only mentions of it in the text
    data_file: str
    yaml: str


@dataclass(frozen=True)
class _Judged:
    name: str
    kind: str
    judged_by: str
    rank: int  # lower is stronger evidence


_PARTICLE_WORD = re.compile(rf"^{_PARTICLES}[-‑] ?[{_CAP}]")
_PARTICLE_WORDS = frozenset({"bin", "ibn", "bint", "al", "el", "de", "van", "von", "da"})
# a title that is part of the name of one person named by it and a given name alone ('Imam Ali', 'King Salman',
# 'Crown Prince Mohammed')
_NAMING_TITLES = frozenset({"Imam", "Prophet", "Saint", "St.", "King", "Queen", "Prince", "Princess", "Hazrat"})


def _is_name_word(word: str) -> bool:
    """'Kadhimi', 'Amir-Abdollahian', 'al-Amiri': a word a name is made of."""
    return word[:1].isupper() or bool(_PARTICLE_WORD.match(word))


def _trim(words: list[str]) -> list[str]:
    """The phrase without the sentence words that open it ('In', 'The', 'Iran-backed') and the joining words, days and
    months that end it ('Reza Ardakanian Tuesday')."""
    while words and (words[0] in _NOT_NAMES or not _is_name_word(words[0])
                     or words[0].casefold().endswith(_ADJECTIVE_ENDINGS) or _PREFIXED_ADJECTIVE.fullmatch(words[0])
                     or _ADVERB.fullmatch(words[0])):
        words = words[1:]
    last = len(words)
    while words and (not _is_name_word(words[-1]) or words[-1] in _NOT_NAMES):
        if words[-1].isdigit() and len(words) >= 2 and _is_name_word(words[-2]) and words[-2] not in _NOT_NAMES:
            break  # 'Tower 22'; 'March 3' is a date
        if words[-1] == "May" and len(words) == last and len(words) >= 2 and _is_name_word(words[-2]) \
                and words[-2] not in _NOT_NAMES:
            break  # a surname, the phrase's last word, no day after it: 'host Cliff May about this war'
        words = words[:-1]
    return words


_CHOSEN = re.compile(r"[-‑](?:designate|elect)$")  # 'Prime Minister-designate', 'President-elect'


def _is_title(word: str) -> bool:
    """A title, or titles joined by hyphens ('Major-General', 'Lieutenant-General', 'Secretary-General', after 'Under'
    too), or a rank of the form 'Commander-in-Chief', 'Second-in-Command'; a title its holder is chosen for and not yet
    in ('Prime Minister-designate Mohammed Allawi', 'President-elect')."""
    if (bare := _CHOSEN.sub("", word)) != word:
        return _is_title(bare)
    return word in TITLES or ("-" in word and all(part in TITLES or part in _TITLE_PREFIXES for part in word.split("-"))
                              and word.split("-")[-1] in TITLES) or bool(_IN_TITLE.fullmatch(word) or
                                                                         _CLERICAL_RANK.fullmatch(word))


# A Shia cleric's rank, 'proof of Islam', in the spellings English gives it: 'Hojatoleslam', 'Hujjatoleslam',
# 'Hojjat-ol-Eslam', 'Hujjatulislam', 'Hujjatoeslam' (and the plural before two names).
_CLERICAL_RANK = re.compile(r"H[ou]jj?at[-‑]?(?:[aou]l|[aou])?[-‑]?[EeIi]sl[ae]ms?")
# the same in words, with the rank above it maybe: 'Hujjat al-Islam wal-Muslimeen', 'Hojjat ol-Eslam val-Moslemin'
_CLERICAL_RANKS = re.compile(r"H[ou]jj?at[-‑ ](?:[aou]l[-‑ ]?)?[EeIi]sl[ae]m(?:[ -]+[wv]a(?:l[-‑ ]?)?[Mm][ou]sl[ei]m(?:een|in))?")


_TITLE_PREFIXES = frozenset({"Under", "Assistant", "Vice"})
# Honorifics that Kurdish and Arabic names carry as a name of their own, after a given name ('Mustafa Sheikh
# Abdulrahman'); before one, a title ('Sheikh Akram al-Kaabi').
_NAME_TITLES = frozenset({"Sheikh", "Shaikh", "Shaykh", "Mullah", "Mala", "Sayyid", "Seyyed", "Haji", "Hajji", "Mirza"})  # 'Under-Secretary-General', 'Assistant-Secretary'
_IN_TITLE = re.compile(r"[A-Z][a-z]+-in-(?:Chief|Command|Charge)")


def _title_person(words: list[str]) -> tuple[_Judged, int] | None:
    """'First Vice President Eshaq Jahangiri': the name after the last title, judged by the title; and where the
    title starts."""
    titles = [i for i, w in enumerate(words) if _is_title(w)]
    if not titles:
        return None
    t = titles[-1]
    if 0 < t < len(words) - 1 and words[t] in _NAME_TITLES and is_given_name(words[t - 1]) and (
            t == 1 or not _is_title(words[t - 2])):
        # 'Mustafa Sheikh Abdulrahman', 'Nawzad Sheikh Kamil': after a given name, the honorific is part of the name
        before = [i for i in titles if i < t - 1]
        first = before[-1] + 1 if before else 0
        return _Judged(" ".join(words[first:]), "person", "given name: " + words[first], 3), first
    while t + 1 < len(words) and (words[t + 1].casefold() in HONORIFICS or words[t + 1] in NOT_NAMES):
        t += 1  # 'Martyr Haj [Qassem Soleimani]', 'Chief Justice': an honorific or an office's word, no name
    name = words[t + 1:]
    if not name or not all(_is_name_word(w) or w in _PARTICLE_WORDS for w in name) or any(
            w in ORGANISATION_WORDS or w in PLACE_WORDS for w in name) or not _is_name_word(name[-1]):
        return None
    if name[0] == "Staff":
        return None  # a staff, not a name: 'the General Staff of the Armed Forces'
    if words[t] in _NAMING_TITLES and len(name) == 1:
        return _Judged(f"{words[t]} {name[0]}", "person", f"title: {words[t]}", 0), t  # 'Imam Ali' is the name
    first = _titles_start(words, t)
    return _Judged(" ".join(name), "person", "title: " + " ".join(words[first: t + 1]), 0), first


def _titles_start(words: list[str], end: int) -> int:
    """Where the titles and their modifiers that run up to words[end] ('Former Deputy [Commander]') start; a body's
    word between two titles is the office's ('Deputy Parliament Speaker'), not a body's name ('Iraqi Oil Ministry
    Spokesman' names the ministry)."""
    while end > 0 and (_is_title(words[end - 1]) or words[end - 1] in _TITLE_MODIFIERS or (
            end >= 2 and words[end - 1] in ORGANISATION_WORDS and end < len(words)
            and _is_title(words[end - 2]) and _is_title(words[end]))):
        end -= 1
    return end


# The words that end an agreement's or a declaration's name: a document, not a body ('Strategic Framework Agreement').
_DOCUMENT_WORDS = frozenset("""Agreement Agreements Accord Accords Treaty Treaties Pact Memorandum Protocol Protocols
    Convention Conventions Charter Declaration""".split())


def _body(words: list[str]) -> _Judged | None:
    """'Iraqi Oil Ministry', 'Anbar Province': an organisation or a place by its kind word ('Parliament' alone is a
    common noun, not a name). A day or a week named after a body is a holiday ('Army Day', 'Police Week'), and an
    agreement named after one a document ('the Strategic Framework Agreement'; not a body named 'of' an agreement:
    'Government of National Accord')."""
    if words and (words[-1] in ("Day", "Week") or words[-1] in _DOCUMENT_WORDS and "of" not in words):
        return None
    for kind_words, kind, label in ((ORGANISATION_WORDS, "organisation", "organisation word"),
                                    (PLACE_WORDS, "place", "place word")):
        found = [i for i, w in enumerate(words) if w in kind_words and (kind != "place" or _names_a_place(words, i))]
        if found and len(words) >= 2:
            return _Judged(" ".join(words), kind, f"{label}: {words[found[-1]]}", 1)
    return None


# The place words that open a place's name ('Lake Urmia', 'Mount Sinjar'); the others end it ('Mehran Border'), or
# come before 'of' ('Gulf of Oman'): 'Border Security', 'Port Authority' name no place.
_OPENING_PLACE_WORDS = frozenset("Mount Lake Port Island River Camp Cape".split())


# Titles whose holder a text may name by the title before the body's name, 'of' left out
_HOLDERS = frozenset("secretary chairman chairwoman director spokesman spokeswoman spokesperson ambassador".split())
# A holder of a body named after it: 'the head of the ...', 'a member of ...'
_HOLDER_OF_BEFORE = re.compile(r"\b(?:head|chairman|chairwoman|chair|director|secretary|spokesman|spokeswoman"
                               r"|spokesperson|president|member|deputy|leader|commander|chief|governor|speaker)"
                               r"\s+of\s+(?:the\s+)?$", re.I)


def _names_a_place(words: list[str], i: int) -> bool:
    """The place word words[i] ends the name, comes before 'of', or opens it as a place's opening word does."""
    return i == len(words) - 1 or words[i + 1] in ("of", "Of") or i == 0 and words[i] in _OPENING_PLACE_WORDS


def _opening_body(words: list[str]) -> _Judged | None:
    """A body's name that opens with the Arabic word for its kind ('Kata’ib Sayyid al-Shuhada'), as known or by
    that word."""
    if len(words) < 2 or words[0] not in _OPENING_BODY_WORDS:
        return None
    name = " ".join(words)
    return _known_body(name) or _Judged(name, "organisation", f"organisation word: {words[0]}", 1)


def _known_body(name: str) -> _Judged | None:
    return _Judged(name, "organisation", "a known organisation or outlet", 1) if is_known_organisation(name) else None


def _body_named(words: list[str]) -> _Judged | None:
    """A body by its kind's word ('Iraqi Oil Ministry') or, failing that, by its known name alone ('Pentagon')."""
    return (_body(words) or _known_body(" ".join(words))) if words else None


_KNOWN_PLACE = "a country, a capital or a place of the region"


def _known_place(name: str) -> _Judged | None:
    plain = name.replace(".", "") if DOTTED_ACRONYM.fullmatch(name) else name  # 'U.A.E.' is the UAE
    return _Judged(name, "place", _KNOWN_PLACE, 1) if is_known_place(plain) else None


# The words for an electoral list or a league of parties, whose names join words with 'and' or open with a place's
# ('Reconstruction and Change coalition', 'Karbala Creativity alliance'), as bodies' names do ('Food and Drug
# Administration', 'Iran Customs Administration').
_LIST_WORDS = frozenset({"coalition", "alliance", "bloc", "list"})
_BEFORE_LIST_NAME = re.compile(rf"(?:^|(?<!,)[\s(“\"‘’'])(?P<word>[{_CAP}][\w’'-]+)(?P<join>\s+and\s+|\s+)$")


def _own_words_before(before: str) -> str:
    """The words before a list's or a body's name that are the name's own: a capitalised word the data does not know
    joined by 'and' ('Reconstruction and ', 'Food and '), or a place's name ('Karbala ', 'Iran '); else ''. Not after a
    list's comma ('..., Nabni and State Forces')."""
    m = _BEFORE_LIST_NAME.search(before)
    if not m or _is_title(m["word"]) or m["word"] in SENTENCE_WORDS or _of_nothing(m["word"]):
        return ""
    if m["join"].strip() == "and":  # not a known name, a given name, an acronym or another name's last word
        return "" if _known(m["word"]) or is_given_name(m["word"]) or m["word"].isupper() or \
            m["word"] in ORGANISATION_WORDS or m["word"] in PLACE_WORDS else m[0].lstrip(" (“\"‘’'")
    return m[0].lstrip(" (“\"‘’'") if _known_place(m["word"]) else ""


_CLAUSE_WORDS = frozenset("Article Clause Paragraph Section Chapter Resolution".split())


_ARTICLE_IN_CAPITALS = re.compile(r"[ \u00a0]+(?:AL|EL)[- ][A-Z]{2}")  # 'THAIER AL-SUDANI/REUTERS': a name in capitals


def _in_capitals(before: str, after: str) -> bool:
    """A word in capitals around which the line is all in capitals, with another word of three capitals or more
    ('(CONTINUED - 951 WORDS)'), or which an Arabic article in capitals follows ('THAIER AL-SUDANI'): a word of a line
    or a name set in capitals, not an acronym."""
    line = before.rpartition("\n")[2] + " " + after.partition("\n")[0]
    return bool(_ARTICLE_IN_CAPITALS.match(after)) or (
        not any(c.islower() for c in line) and re.search(r"[A-Z]{3}", line) is not None)


def _known(name: str) -> bool:
    """A name of the general lists: a known body, a country, a capital, a place of Iran or Iraq."""
    return is_known_organisation(name) or is_known_place(name)


def _said_after(name: str, after: str) -> bool:
    """What follows a name says what it is: a role ('Kayhan, a hard-line newspaper'), 'reported', 'said'."""
    return bool(_role_after(name, after) or _OUTLET_AFTER.match(after) or _SPEAKS_AFTER.match(after))


def _an_adjective(words: list[str]) -> bool:
    """A phrase that ends in a word naming nothing, with no 'of' or 'for' in it to carry a name on: an adjective before
    a noun in small letters ('Middle Eastern' of 'in Middle Eastern politics'), not 'An-Najaf for Shiite Muslims'."""
    return _of_nothing(words[-1]) and not any(w in ("of", "for") for w in words)


def _kind_of_a_name(before: str) -> bool:
    """The text before a body's kind word ends with a name, whose kind the word is: in 'Lebanon’s Hezbollah group
    Hasan Nasrallah' the group is Hezbollah, and the name after it is no group's (its leader's); in 'the Lebanese group
    Hezbollah' or 'the militant group Kataib Jund al-Imam' the name after it is the group's."""
    m = re.search(r"([\w’'.-]+)\s*$", before)
    return m is not None and m[1][:1].isupper() and not _of_nothing(m[1]) and m[1] not in SENTENCE_WORDS


def _of_nothing(word: str) -> bool:
    """A word with a capital that names nothing on its own: a demonym, a faith, a sentence word, a title's
    abbreviation ('Gen.'), an adjective made of a name ('Iran-backed'); each part of a hyphenated one so, or in
    lower case ('Kurdish-majority', 'Shia-dominated')."""
    bare = APOSTROPHES.sub("", word).rstrip(".")
    return (bare in _NAMES_OF_NOTHING or bare.title() in _NAMES_OF_NOTHING or bare.casefold().endswith(_ADJECTIVE_ENDINGS)
            or _CONTRACTION.fullmatch(word) is not None
            or ("-" in bare and all(_of_nothing(p) or p.islower() for p in bare.split("-") if p)))


# The fields an office is 'of': 'Minister of Oil', 'Secretary of State', 'Chief of Staff'.
_OFFICE_FIELDS = frozenset("""State Foreign Affairs Defence Defense Interior Oil Trade Finance Health Justice Energy
    Electricity Education Culture Commerce Industry Industries Agriculture Transport Transportation Labour Labor
    Planning Communications Water Resources Higher Roads Urban Development Housing Economy Intelligence Security Staff
    Homeland Treasury Environment Tourism Youth Sports Sport Women Family Welfare Migration Displacement Municipalities
    Heritage Science Technology Telecommunications Information Immigration the and""".split())
_CONTRACTION = re.compile(r"(?:I|We|You|They|He|She|It|That|There|What|Who|Here)[’'](?:ve|m|d|re|s|ll)")


def _role_after(name: str, after: str) -> _Judged | None:
    """What the clause after a name says it is: 'Ahmad Vahidi, Iran's interior minister' (a person), 'Kayhan, a
    hard-line Iranian newspaper' (an organisation); or a person's age between commas ('Um Hassan, 55, from ...')."""
    if _AGE_BETWEEN_COMMAS.match(after) and len(name.split()) <= 3:
        return _Judged(name, "person", "age after it", 1)
    m = _ROLE_AFTER.match(after) or _ROLE_IN_BRACKETS.match(after)
    if not m or m["clause"].split(maxsplit=1)[0] in _CLAUSE_VERBS:
        return None  # a clause of its own: 'its spokesman, Jalil Nadiri, told the Kurdish news agency Rudaw'
    words, printed = [], []
    for w in re.findall(r"[\w-]+", m["clause"]):  # the clause's head: up to its first preposition or relative word
        if w in _PREPOSITIONS or (words and w in _RELATIVES):  # 'a cleric whose party won': the cleric's
            break
        low = w.casefold()
        if "-" in low and not (low in _PERSON_ROLES or low in _BODY_ROLES or _AGE.match(low)):
            low = low.rsplit("-", 1)[-1]  # a title's last part: 'the Under-Secretary-General'
        words.append(low)
        printed.append(w)
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i] in _PERSON_ROLES or words[i] in _BODY_ROLES
               or words[i] in _PLACE_ROLES), None)
    if at is not None and at + 1 < len(printed) and printed[at + 1][:1].isupper() and printed[at][:1].isupper():
        return None  # a title before someone else's name opens the next clause: 'Al-Monitor, Iraq's Foreign Minister
        # Fuad Hussein discussed ...'
    if at is not None and at + 1 < len(words) and words[at + 1] in _CLAUSE_VERBS:
        return None  # a new clause, not a description: '... of the Sacred Defense, the council said the war was ...'
    noun = words[at] if at is not None else None  # the head comes last
    if noun is None and any(_AGE.match(w) for w in words):
        return _Judged(name, "person", "age after it", 1)  # 'Najme, a 37-year-old ...'
    if noun is None:
        return None
    if noun in _BODY_ROLES and m["clause"].startswith("who "):  # 'Sabah al-Bazouin, who heads the council,'
        return _Judged(name, "person", f"described after it: {' '.join(printed[:at + 1])}", 1)
    if noun in _BODY_ROLES:
        return _Judged(name, "organisation", f"described after it: {noun}", 1)
    if noun in _PLACE_ROLES:  # 'Sardasht, a Kurdish town in ...'; not ', will visit the Iranian capital,'
        return _Judged(name, "place", f"described after it: {noun}", 1) if re.match(r"(?:an?|the)\s", m["clause"]) \
            else None
    return _Judged(name, "person", f"role after it: {noun}", 1)


_LAW_WORDS = frozenset({"Law", "Act", "Bill"})
_PUBLISHES_AFTER = re.compile(r"^\s+(?:also\s+)?(?P<verb>published|reported|revealed|wrote|obtained)\b")
_BASED_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w’']+-based\s+$")
_BASED = re.compile(r"([A-Z][\w’']+)-(based|headquartered)")
# The codes of the currencies the region's news prices in, beside an amount ('$11,000 USD', 'IQD 1,300', '5 million
# EUR'): no body's initials
_CURRENCY_CODES = frozenset("""USD EUR GBP CHF JPY CNY RUB INR PKR AFN TRY IQD IRR IRT AED SAR QAR KWD BHD OMR JOD SYP
    LBP EGP""".split())
_AMOUNT_BEFORE = re.compile(r"\d(?:\s?(?:million|billion|thousand|m|bn|k))?\s*$", re.I)
# a rate's second currency: '1,310 IQD per USD', 'the dinar against the USD'
_RATE_BEFORE = re.compile(r"(?<![\w-])(?:per|against(?:\s+the)?)\s+$", re.I)
_AMOUNT_AFTER = re.compile(r"\s*[$€£]?\d")
_SHORT_MONTHS = frozenset(m[:3] for m in MONTHS if m != "May") | {"Sept"}
_DAY_OR_YEAR = re.compile(r"\.?[ \u00a0]*\d")


# A place's name between 'in' and its country's: 'on the front line in Ebrahim Ben Ali, Iraq in 2015' (not 'Iraq's').
_IN_BEFORE = re.compile(r"(?<![\w-])in\s+$")
_COUNTRY_AFTER = re.compile(r"^,\s+(?P<country>[A-Z][\w.’' -]{1,30}?)(?=\s*(?:[.,;:)]|$)|\s+(?:in|on|during|since)\s)")
# The title of a work after the word for it: 'her well-written book, Militia State: The Rise of ...'.
_WORK_BEFORE = re.compile(r"\b(?:book|novel|memoir|film|movie|documentary|play|poem|album|podcast)"
                          r"(?:\s+(?:titled|entitled|called))?[,:]?\s+[“\"‘]?$", re.I)
# A word that bids someone, opening a sentence: 'Tell us about the big picture.'
_OBJECT_AFTER = re.compile(r"\s+(?:us|me|them|him)\b")


def _a_countrys_government(words: list[str]) -> bool:
    """'Government of Iraq', 'the U.S. Government': a country's government, which the country's name in it names; no
    body of its own to propose."""
    words = [w for w in words if w.casefold() != "the"]
    country = " ".join(words[:-1]) if words[-1:] == ["Government"] else \
        " ".join(words[2:]) if words[:2] == ["Government", "of"] else ""
    return bool(country) and is_country(country.replace(".", ""))


def _printed_in_lower_case(word: str, text: str) -> bool:
    """The article prints the word in lower case as a word of its own: a common word, not a name ('reports')."""
    return re.search(rf"(?<![\w-]){re.escape(word.casefold())}(?![\w-])", text) is not None


def _judge(words: list[str], before: str, after: str, text: str, later: int, join: bool = True,
           holder: bool = True) -> list[_Judged]:
    """What a capitalised phrase names, and why; nothing when nothing in or around it tells. `before` and `after`
    are the text around the phrase; text[later:] is the rest of the article. With `join`, words before the phrase
    may be its name's own ('Reconstruction and' of 'Reconstruction and Change coalition', 'Iran' of 'Iran Customs
    Administration')."""
    if _a_countrys_government(words) or _WORK_BEFORE.search(before):
        return []  # the country's government; a work's title
    if _IN_BEFORE.search(before) and (m := _COUNTRY_AFTER.match(after)) and is_country(m["country"]) and (
            name := _trim(words)) and all(_is_name_word(w) or w in _PARTICLE_WORDS for w in name):
        return [_Judged(" ".join(name), "place", f"its country after it: {m['country']}", 1)]
    based = next(((i, m) for i, w in enumerate(words) if (m := _BASED.fullmatch(w))), None)
    if based and not _trim(words[:based[0]]) and (place := _known_place(based[1][1])):
        # 'The London-based Middle East Eye': the place where the body is, and the body
        at, rest = based[0], words[based[0] + 1:]
        return [replace(place, judged_by=f"{place.judged_by}, before '-{based[1][2]}'")] + (
            _judge(rest, before + " ".join(words[:at + 1]) + " ", after, text, later, join) if rest else [])
    if len(words) == 2 and words[0] == "The" and before.strip() and not ends_sentence(before.strip()) and \
            _is_name_word(words[1]) and not _known(words[1]) and (m := _PUBLISHES_AFTER.match(after)):
        return [_Judged(" ".join(words), "organisation", f"'The' in its name, {m['verb']} after it", 2)]
        # 'The New York Times and The Intercept published': a title's capital 'The' inside the sentence
    if len(words) == 1 and _BASED_BEFORE.search(before) and _is_name_word(words[0]) and not _known(words[0]) \
            and not _of_nothing(words[0]):
        return [_Judged(words[0], "organisation", "based somewhere: '-based' before it", 2)]  # 'Washington-based
        # Gallup'
    if len(words) >= 3 and is_known_place(words[0]) and not is_given_name(words[0]) and is_given_name(words[1]) \
            and all((_is_name_word(w) or w in _PARTICLE_WORDS) and not _is_title(w) and w not in _GENERIC_WORDS
                    for w in words[1:]):
        # a known place's one word run into a name that opens with a given name: 'Consul General in Basra Ali Abdi',
        # 'to Erbil Nasrollah Rashnoudi' (not a given name that is a place's too: 'Muthanna al Samarrai')
        return _judge(words[:1], before, "", text, later, join) + [
            _Judged(" ".join(words[1:]), "person", f"given name: {words[1]}", 3)]
    if len(words) >= 3 and not is_known_place(words[0]) and (k := next(
            (k for k in range(len(words) - 1, 1, -1) if is_known_place(" ".join(words[:k]))
             and all(_is_name_word(w) and w[:1].isupper() for w in words[:k])), None)) and len(words) - k <= 2 \
            and not any(w in _GENERIC_WORDS or not _is_name_word(w) for w in words[k:]) \
            and (rest := _judge(words[k:], before + " ".join(words[:k]) + " ", after, text, later, join)):
        # a known place's name of two words or more run into the next name, which something judges: 'the West Bank
        # Jenin refugee camp'; not a place's one word before a name's article ('Muthanna al Samarrai')
        return _judge(words[:k], before, "", text, later, join) + rest
    if len(words) >= 2 and words[-1] in _LAW_WORDS and words[-2] != "of":
        return []  # a law's or a bill's name ('the PMF Authority Law', 'the Free Iraq from Iran Act'); not the
        # coalition 'State of Law'
    if _PORTFOLIO_BEFORE.search(before) and words[0] in _PORTFOLIO_WORDS:  # a title's field: 'Minister of Culture'
        field = next((i for i, w in enumerate(words) if w not in _PORTFOLIO_WORDS), len(words))
        return _judge(words[field:], before + " ".join(words[:field]) + " ", after, text, later, join) \
            if field < len(words) else []
    if holder and len(words) > 3 and _is_title(words[0]) and words[1] in ("of", "for") and (
            rest := words[3:] if words[2] == "the" else words[2:]) and _is_name_word(rest[0]) \
            and rest[0] not in _PORTFOLIO_WORDS and any(w in ORGANISATION_WORDS for w in rest):
        # 'Head of the Federation of Iraqi Chambers of Commerce Abdul Razzaq al-Zuhairi': a holder's title before a
        # body's name, then the holder's; where the phrase whole names no one, it is read as after 'the head of the'
        whole = _judge(words, before, after, text, later, join, holder=False)
        if any(j.kind == "person" for j in whole):
            return whole
        held = f"{before}{' '.join(words[:len(words) - len(rest)]).casefold()} "
        after_title = _judge(rest, held, after, text, later, join)
        return after_title if any(j.kind == "person" for j in after_title) else whole
    if len(words) >= 2 and (glued := _ONE_WORD_BODY.match(words[0])) and is_known_place(place := glued["first"]) \
            and _known(" ".join([rest := words[0][len(place):]] + words[1:])):
        # a known place's name glued to the next line's known name, in the shape of a company's one word ('... to
        # supply to IraqShafaq News/'): the place, then the name; one word stays whole ('IranWire', 'AsiaNews')
        return _judge([place], before, "", text, later, join) + _judge([rest] + words[1:], "", after, text, later, join)
    if len(words) >= 2 and (verb := next((i for i, w in enumerate(words) if i and w in HEADLINE_VERBS), None)):
        # a headline's words, each capitalised, around its verb ('Iraqi Militia Warns the U.S.:', a brief's run-in
        # head; 'Qais Khazali Condemns Threats'): the names on either side of it, but not a people's word and a
        # kind's ('Iraqi Militia', which names no body)
        return [j for part, (b, a) in ((words[:verb], (before, " " + " ".join(words[verb:]) + after)),
                                       (words[verb + 1:], ("", after))) if part
                for j in _judge(part, b, a, text, later, join, holder)
                if j.kind == "person" or _known(j.name) or not all(
                    _of_nothing(w) or w in ORGANISATION_WORDS or w in PLACE_WORDS for w in j.name.split())]
    if len(words) >= 2 and not re.fullmatch(r"[A-Z]{2,6}", words[0]) and (
            cup := [i for i, w in enumerate(words) if w in _TOURNAMENT_WORDS]) and (host := next((
            _known_place(" ".join(part)) for part in (words[cup[-1] + 1:], words[:next(
                (i for i in range(cup[0], 0, -1) if _known_place(" ".join(words[:i]))), 0)]) if part), None)):
        return [host]  # '[FIFA] World Cup Qatar 2022', 'the 2022 Qatar World Cup': the host of a tournament (a body's
        # acronym before it is judged first, below)
    if 2 <= len(words) <= 3 and (owner := _OWNER_BEFORE.search(before)) and _known_body(owner["owner"]) and all(
            _is_name_word(w) and w not in ORGANISATION_WORDS and w not in PLACE_WORDS and not _is_title(w)
            and not _of_nothing(w) for w in words) and not _known_place(" ".join(words)):
        # a known body's or outlet's own person, after its possessive: 'NPR's Michel Martin', 'CNN's Becky Anderson'
        return [_Judged(" ".join(words), "person", f"after '{owner['owner']}’s'", 2)]
    if (m := _MADE_OF_A_NAME.fullmatch(words[-1])) and all(_of_nothing(w) for w in words[:-1]) and (
            body := _known_body(m["name"])):
        return [body]  # a known body the adjective is made of, which the data lacks: 'a UN-brokered ceasefire'
    trimmed = _trim(words)
    if len(words) >= 2 and trimmed != words and (words[0] not in SENTENCE_WORDS or words[0] == "The" and all(
            _of_nothing(w) or w in _GENERIC_WORDS for w in words[1:])) and (known := _known_body(" ".join(words))):
        return [known]  # 'Muslim Brotherhood': a known body's name, though its first word alone is a faith's; 'The
        # New Arab', whose words after 'The' say nothing alone
    if len(words) >= 2 and _of_nothing(words[0]) and (known := _known_body(" ".join(words[1:]))):
        return [known]  # 'Lebanese Hezbollah': a demonym before a known body's name
    lead = next((i for i, w in enumerate(words) if not w.casefold().endswith("-based")), len(words))
    core = words[lead:]
    told = core[1:] if core[:1] in (["A"], ["An"], ["The"]) else core  # 'A Jordanian TV broadcast warned ...'
    if len(told) == 2 and _of_nothing(told[0]) and told[1] in ("TV", "Television", "Radio", "Media"):
        return []  # 'Iranian TV quoted ...': the country's television, no outlet's name
    if len(core) >= 2 and (core[0] == "The" or _of_nothing(core[0])) and all(w in _GENERIC_WORDS for w in core[1:]) \
            and (_OUTLET_BEFORE.search(before + "".join(w + " " for w in words[:lead])) or _OUTLET_AFTER.match(after)):
        # 'told The National', 'according to the Riyadh-based Arab News': a source's name of a common word after
        # 'The' or a demonym
        return [_Judged(" ".join(core), "organisation", "a source the article cites", 3)]
    words = trimmed
    plain = next((i for i, w in enumerate(words) if not _of_nothing(w) or _is_title(w) or w.rstrip(".") in
                  TITLE_ABBREVIATIONS or w.casefold().rstrip(".") in HONORIFICS), len(words))
    if 0 < plain <= len(words) - 2 and is_given_name(words[plain]):  # 'Kurdish Iranian Mahsa Amini': who she is
        return _judge(words[plain:], before + " ".join(words[:plain]) + " ", after, text, later, join)
    if len(words) == 2 and words[0] in _CLAUSE_WORDS and words[1].isdigit():
        return []  # a law's part: 'according to Article 76 of the Iraqi constitution'
    if len(words) == 2 and words[0] == "Group" and re.fullmatch(r"[A-H]|\d", words[1]):
        return []  # a tournament's group: 'Group C'
    if len(words) == 1 and len(words[0].rstrip(".")) == 1:
        return []  # an initial alone ('editor M. Hanif Jazayeri'): the name is the words after it
    if len(words) == 1 and words[0] in _SHORT_MONTHS and _DAY_OR_YEAR.match(after):
        return []  # 'in Oct. 2020', 'on Sept 3': a month written short; 'Jan Kubis' is a name
    if len(words) == 2 and (words[0] in _SHORT_MONTHS or words[0] in MONTHS) and words[1].isdigit():
        return []  # 'On Feb 8, two powerful men': a day
    if words and all(w in _GENERIC_WORDS for w in words) and not _known(" ".join(words)) and not (
            len(words) >= 3 and words[-1] in ORGANISATION_WORDS and re.search(r"\bthe\s$", before)) and not (
            join and words[-1] in ORGANISATION_WORDS and _own_words_before(before).endswith(" and ")):
        return []  # 'International Airport': what is left of a name the data holds ('Baghdad International Airport'); a
        # body's name of three such words after 'the' is one: 'the Federal Supreme Court'
    if len(words) >= 2 and words[-1] in _PLACE_TITLES and not any(_is_title(w) for w in words[:-1]):
        return [_Judged(" ".join(words[:-1]), "place", f"'{words[-1]}' after it", 1)]  # 'Ilam Governor-General'
    if not words or _is_title(words[-1]):
        # nothing, or a title whose holder the data names ('Iraqi Prime Minister [Mustafa al-Kadhimi]'); a body's name
        # before the title is the body, as it would be before a holder the data lacks ('Quds Force Commander [Qasem
        # Soleimani]'), or by its name alone ('a warrant to Interpol for the President'), but not a people's word and a
        # kind's ('Iraqi Militia Commander') nor another title's words
        held = _trim(words[:_titles_start(words, len(words))])
        body = _body_named(held) if not any(_is_title(w) for w in held) else None
        return [body] if body and body.kind == "organisation" and not all(
            _of_nothing(w) or w in ORGANISATION_WORDS for w in held) else []  # 'Iraqi Militia' names no body
    if len(words) >= 2 and (place := _known_place(" ".join(words))):
        return [place]  # 'West Bank', before its 'Bank' says a body

    if len(words) >= 3 and words[0].casefold() in _PERSON_BEFORE and words[0][1:].islower() and all(
            (_is_name_word(w) or w in _PARTICLE_WORDS) and w not in _GENERIC_WORDS and not _is_title(w)
            for w in words[1:]):
        # 'Analyst Munqith Dagher remarked': a role's noun that opens the sentence, capitalised, before a full name
        return [_Judged(" ".join(words[1:]), "person", f"title: {words[0].casefold()}", 1)]
    if (body := _opening_body(words)) and any(_is_title(w) or is_given_name(w) for w in words[1:]):
        return [body]  # a title or a given name in it would split it below
    # A titled name and the body it holds the title in, either way round: 'General Esmail Qaani of the Quds Force',
    # 'Commander of the Quds Force Esmail Qaani', 'Iraqi Oil Ministry Spokesman Asim Jihad'.
    if "of" in words or "for" in words:
        c = next(i for i, w in enumerate(words) if w in ("of", "for"))
        if titled := _title_person(_trim(words[:c])):
            return [titled[0]] + _judge(words[c + 1:], "", after, text, later)
        lead, of_the = _trim(words[:c]), words[c + 2:] if words[c + 1: c + 2] == ["the"] else None
        if 2 <= len(lead) <= 4 and is_given_name(lead[0]) and all(
                _is_name_word(w) and w not in _GENERIC_WORDS and not _is_title(w) for w in lead[1:]) and (
                rest := _judge(of_the, "the ", after, text, later) if of_the else _judge(
                    words[c + 1:], "", after, text, later)) and rest[0].kind == "organisation":
            # 'Hadi al-Amiri of the Badr organization', 'Humam Hamoudi of the Supreme Islamic Council': a person,
            # then the body they belong to
            return [_Judged(" ".join(lead), "person", f"given name: {lead[0]}", 3)] + rest
        if c > 0 and _is_title(words[c - 1]):
            kinds = [i for i, w in enumerate(words) if w in ORGANISATION_WORDS or w in PLACE_WORDS]
            if kinds and kinds[-1] > c:  # 'Speaker of [the] Parliament Mohammad al-Halboosi'
                end = kinds[-1] + 1
                if end + 1 < len(words) and words[end] in ("of", "for"):  # '... Chamber of Commerce Hamid Hosseini'
                    end += 1
                    while end < len(words) and _is_name_word(words[end]) and not is_given_name(words[end]):
                        end += 1
                body = _body(_trim(words[c + 1: end]))
                name = words[end:]
                person = [_Judged(" ".join(name), "person", f"title: {words[c - 1]}", 0)] if name and all(
                    (_is_name_word(w) or w in _PARTICLE_WORDS) and w not in _NAMES_OF_NOTHING
                    and w not in _GENERIC_WORDS for w in name) else []  # 'Sunni Community' is no one's name
                return ([body] if body else []) + person
    if titled := _title_person(words):
        person, first = titled
        place = _trim(words[:first])
        body = _body_named(place)  # 'Pentagon Press Secretary ...'
        while place and place[0] in _TITLE_MODIFIERS:
            place = place[1:]  # 'Former Nineveh Governor Atheel al-Nujaifi': the former governor's place
        if not body and place and words[first] in _PLACE_TITLES and all(_is_name_word(w) for w in place) and not any(
                _of_nothing(w) or _is_title(w) for w in place) and not all(w in _GENERIC_WORDS for w in place):
            # 'East Azerbaijan Governor Malek Rahmati': the province a governor's or a mayor's title is of
            return [_Judged(" ".join(place), "place", f"'{words[first]}' after it", 1), person]
        return [body, person] if body else [person]
    if (c := next((i for i, w in enumerate(words) if w in ("of", "for")), 0)) and words[c - 1].endswith("s") and \
            _is_title(words[c - 1][:-1]) and (country := _known_place(" ".join(words[c + 2 if words[c + 1:c + 2] == [
                "the"] else c + 1:]))):
        return [country]  # 'the Foreign Ministers of Saudi Arabia [and Iran]': the offices' country
    if c and _is_title(words[c - 1]):
        # 'Iraqi Minister of Trade Alaa Ahmed al-Jubouri': the name starts at its given name
        given = next((i for i in range(c + 1, len(words)) if is_given_name(words[i])), None)
        # after the office's field ('Secretary of State Marco Rubio', 'Minister of Oil Hayan Abdul Ghani'), the name;
        # after a place ('Governor of Basra Asaad al-Eidani'), the name from its given name
        k = next((i for i in range(c + 1, len(words)) if words[i] not in _OFFICE_FIELDS), None)
        if k is not None and not set(words[c + 1: k]) - {"the"} and (end := next(
                (e for e in range(len(words), k, -1) if _known_place(" ".join(words[k:e]))), None)):
            # the office's country ('the Foreign Minister of Saudi Arabia'), then its holder if named ('King of
            # Jordan Abdullah II', 'Emir of Qatar Tamim bin Hamad'): 'Jordan' is a place here, no given name
            country, holder = _known_place(" ".join(words[k:end])), words[end:]
            if _holder_after_place(holder, words[end - 1]):
                return [country, _Judged(" ".join(holder), "person", f"title: {' '.join(words[c - 1: end])}", 0)]
            if not holder:
                return [country]
        if k is not None and (not set(words[c + 1: k]) - {"the", "and"} or given is not None and given > k
                              and _known(" ".join(words[k:given]))):
            k = given
        if k is not None and k + 1 < len(words) and all(_is_name_word(w) or w in _PARTICLE_WORDS for w in words[k:]):
            return [_Judged(" ".join(words[k:]), "person", f"title: {' '.join(words[c - 1: k])}", 0)]
        if k is not None and k + 1 == len(words) and c >= 2 and _is_name_word(words[k]) and \
                words[k] not in _NAMES_OF_NOTHING and words[k] not in _GENERIC_WORDS and (
                body := _body(_trim(words[:c - 1]))):
            # 'Iranian Armed Forces Chief of Staff Bagheri': a body, its office's title, and the holder's surname
            return [body, _Judged(words[k], "person", f"title: {' '.join(words[c - 1: k])}", 0)]
    if len(words) >= 3 and all(w.isupper() and len(w) > 1 for w in words) and not _known(" ".join(words)):
        return []  # 'WILL BE HIT VERY FAST': words in capitals for their loudness, not acronyms
    if len(words) >= 3 and re.fullmatch(r"[A-Z]{2,6}", words[0]) and _is_name_word(words[1]) and \
            words[0].title() not in _NAMES_OF_NOTHING:  # 'IRAQI SECURITY MEDIA CENTRE': a demonym in capitals
        # 'IRGC Quds Force', 'UN General Assembly': a body's acronym before the name of a part of it; both are named
        whole = _body(words)
        return [_Judged(words[0], "organisation", "an acronym", 4)] + (
            [whole] if whole else _judge(words[1:], "", after, text, later))
    kinds = [i for i, w in enumerate(words) if w in ORGANISATION_WORDS or w in PLACE_WORDS]
    # 'Ilam Province Ahmad Karami', 'Council of Representatives Mohamed al-Halbousi': a body or a place, then a person
    # named after it, from the first given name after the body's kind word ('of Representatives' is the body's)
    at = next((i for i in range(kinds[-1] + 1, len(words)) if is_given_name(words[i])), None) if kinds else None
    how = f"given name: {words[at]}" if at is not None else ""
    if at is None and kinds and len(words) >= kinds[-1] + 5 and words[kinds[-1] + 1] == "of" and \
            _known_place(words[kinds[-1] + 2]):
        at = kinds[-1] + 3  # 'Supreme Judicial Council of Iraq Faiq Zidan': the body's country ends its name
        how = f"after a body's name: {' '.join(words[:at])}"
    if at is None and kinds and 2 <= len(words) - kinds[-1] - 1 <= 3 and _SPEAKS_AFTER.match(after):
        at = kinds[-1] + 1  # 'Director of Iraq’s Darbandikhan Dam Rahman Khani told ...': the one who speaks
        how = f"speaks or acts after a name: {' '.join(words[:at])}"
    if at is None and kinds and 2 <= len(words) - kinds[-1] - 1 <= 3 and _HOLDER_OF_BEFORE.search(before) and \
            not any(w.casefold() in ("of", "for", "and", "the", "in", "on") or w in _GENERIC_WORDS or _of_nothing(w)
                    for w in words[kinds[-1] + 1:]):  # not a faith's or a people's words: '... Organization Sunni
        # Community'
        at = kinds[-1] + 1  # 'the head of the Foreign Relations Committee of Iraqi Parliament Sherko Merwaes': the
        how = f"holder of the body before: {' '.join(words[:at])}"  # body whose holder the words before name, then who
    if at is not None and all(w in ("of", "for", "the") or _is_name_word(w) for w in words[kinds[-1] + 1: at]):
        # 'Supreme Preparatory Committee for the Book Fair Abdul Wahab Al-Radhi': the body's name goes on after
        # 'for' as after 'of'
        rest = words[at:]
        body = _body(words[:at])
        if len(rest) >= 2 and all(_is_name_word(w) or w in _PARTICLE_WORDS for w in rest):
            person = _Judged(" ".join(rest), "person", how, 3)
            return ([body] if body else []) + [person]
    if len(words) >= 3 and words[0].casefold() in _HOLDERS and words[1] not in ("of", "for", "General") and any(
            w in ORGANISATION_WORDS for w in words[1:]):
        words = words[1:]  # 'Secretary Supreme Council for National Security': the holder's title, then the body
    if body := _body(words):
        if body.kind == "organisation" and join and (joined := _own_words_before(before)) and (
                joined.endswith(" and ") or not _of_nothing(words[0])):  # not 'Baghdad Iranian Foreign Ministry'
            return [_Judged(f"{joined}{body.name}", body.kind, body.judged_by, body.rank)]  # 'Food and Drug
            # Administration'; a place's name opening it: 'Iraq Business News'
        return [body]
    name = " ".join(words)
    capitals = [w for w in words if _is_name_word(w)]
    if len(words) == 1 and "-" in name and all(p[:1].isupper() and _known(p) for p in name.split("-")):
        # 'the Israel-Hamas war': two names joined by a hyphen, each judged
        return [j for p in name.split("-") for j in _judge([p], before, after, text, later, join)]
    if not capitals or all(_of_nothing(w) for w in capitals) or all(w in _GENERIC_WORDS for w in capitals):
        return []  # 'Iraqi', 'Iraqi-Kurdish', 'Iran-backed', 'I've'; 'International Airport' (what is left of a name)
    if m := re.match(r"\s*\(([A-Z]{2,8})\)", after):
        if m[1] == "".join(next(c for c in w if c.isupper()) for w in capitals):  # al-Haq -> H
            return [_Judged(name, "organisation", f"acronym: ({m[1]})", 2)]
    for kind, pattern in _PAIR_KIND_AFTER:
        if (m := pattern.match(after)) and not any(_is_title(w) for w in words) and not all(
                _of_nothing(w) for w in m["other"].split()):  # 'Tehran Municipality and Iranian companies'
            return [_Judged(name, kind, f"'{m['word']}' after the pair it opens", 1)]
    for kind, pattern in _KIND_AFTER:
        if m := pattern.match(after):
            word = m["word"]
            if m.groupdict().get("adjective") and all(_of_nothing(w) for w in words):
                continue  # 'a Chaldean Catholic political movement': a faith's words, no name
            if word in ("city", "town", "village", "province", "governorate", "district", "county", "region", "port") \
                    and (of := _OF_PLACE.match(after, m.end())) and not (word == "district" and of[1] and is_known_place(of[1])):
                return []  # 'the Mediterranean city of Alamein': the city's name is after 'of', the words before say
                # where; a district of a known city is named before it ('the Jadriya district of Baghdad')
            if word == "region" and words[-1].endswith(("ian", "ern")):
                return []  # 'the West Asian region', 'the Middle Eastern region': an adjective's region, no name
            if "of" in words[1:] and _is_title(words[0]):  # 'the President of the Iraqi Kurdish region': the region is
                # the name; 'Head of the Iraqi government': a title, no body's name
                rest = [w for w in words[words.index("of") + 1:] if w != "the"]
                if not rest or all(_of_nothing(w) for w in rest):
                    return []
                name = " ".join(rest)
            if word == "administration" and len(words) == 1 and not _known_place(name):
                return [_Judged(name, "person", "'administration' after it", 1)]  # 'the Bush administration': his
            if word in ("government", "administration") and (place := _known_place(name)):
                return [place]  # 'the Damascus government': the capital's, named for its country's government
            if kind == "place" and len(capitals) > 1 and words[0] in _PART_OF:
                name = " ".join(words[1:])  # 'Western Anbar province': the west of Anbar; 'West Azerbaijan' is a name
            if word in ("province", "governorate"):
                # 'Erbil province' is Erbil's, a place the region's list knows by its name alone (after a demonym
                # too: 'the Iraqi Basra province')
                place = " ".join(words[1:]) if len(words) > 1 and _of_nothing(words[0]) else name
                if is_regional_place(place):
                    return [_Judged(place, kind, f"'{word}' after it", 1)]
            if word == "forces" and all(w in _FORCES_OF_A_KIND for w in words):
                return []  # 'Security forces (Asayish) detained ...', 'Special forces': a kind of forces, no one's
                # (a people's word before it names whose: 'Iraqi Security forces')
            lead = next((i for i, w in enumerate(words) if not _of_nothing(w)), len(words))
            if 0 < lead < len(words) and is_known_organisation(" ".join(words[lead:])):
                name = " ".join(words[lead:])  # 'the Palestinian Islamist Hamas movement': a known body, the words of
                words = words[lead:]  # its people and its faith before it
            if word in _OUTLET_WORDS and len(words) == 2 and _of_nothing(words[0]):
                name = words[1]  # 'the Iranian Mehr news agency', 'Iraqi Alsumaria channel': the outlet's country, then
                # its one-word name (the name's own demonym comes with a body's word: 'the Iraqi National Congress')
            if word in _LIST_WORDS and join and (joined := _own_words_before(before)):
                name = f"{joined}{name}"  # 'Reconstruction and Change coalition', 'Karbala Creativity alliance'
            if word == "forces" and len(words) == 2 and _of_nothing(words[0]) and not (
                    _of_nothing(words[1]) or words[1] in _FORCES_OF_A_KIND):
                name = words[1]  # 'Kurdish Peshmerga forces': the one word's body, its demonym before it ('Iraqi
                words = words[1:]  # Security forces' are a kind of forces, no body's)
            if word.casefold() in _NAMING_KIND_WORDS and not (word == "forces" and len(words) == 1):
                # 'the Quds force': the word is part of the name; 'Houthi forces', 'the Peshmerga forces' are the
                # forces of the body the one word names
                return [_Judged(f"{name} {word}", kind, f"'{word}' after it", 1)]
            return [_Judged(name, kind, f"'{word}' after it", 1)]
    if body := _opening_body(words):  # 'Saraya al-Khorasani', 'Asaib Ahl Al Haq'
        return [body]
    if any(_is_title(w) for w in words):
        return []
    if known := _known_body(name) or _known_place(name):
        return [known]
    if is_known_person(name):
        return [_Judged(name, "person", "a person the press names by one name", 1)]  # 'the Assad regime'
    if len(words) >= 2 and _of_nothing(words[0]) and (known := _known_place(" ".join(words[1:]))):
        return [known]  # 'Soviet Moscow': a demonym before a known place's name
    if len(words) >= 2 and words[-1] in _EDITIONS and _known_body(" ".join(words[:-1])):
        return [_Judged(name, "organisation", "a known outlet's edition", 1)]  # 'Al Jazeera Arabic', 'BBC Persian'
    if judged := _role_after(name, after):
        return [judged]
    # a title over a list of names ('President Hassan Rouhani, ...'), but not over a source that reports after it:
    # 'Iranian President Hassan Rouhani, Trend reported citing Xinhua'
    if (m := _TITLE_BEFORE.search(before)) and not (m[0].rstrip().endswith(",") and _OUTLET_AFTER.match(after)):
        return [_Judged(name, "person", f"title: {m['title'].strip(' ,')}", 1)]
    if (m := _BODY_BEFORE.search(before)) and not _kind_of_a_name(before[: m.start()]):
        return [_Judged(name, "organisation", f"'{m['kind']}' before it", 1)]
    if (m := _ROLE_BEFORE.search(before)) and len(capitals) >= 2 and (
            after.lstrip().startswith(",") or m["plural"] and re.match(r"\s+and\s", after)):
        # 'The Head of X, Y Z,'; the first of a list after the role's plural: 'two militia leaders, Y Z and W V'
        return [_Judged(name, "person", f"role before it: {m['role'].casefold()}", 1)]
    if 2 <= len(capitals) <= 5 and words[-1] not in _NAMES_OF_NOTHING and words[-1] not in _EVENT_WORDS and \
            words[-1] not in _FIELD_AND_KIND_WORDS and not \
            re.fullmatch(r"[A-Z]{2,}s?", words[-1]) and not _known(words[-1]) and stands_alone(words[-1], text, later) \
            and not _printed_in_lower_case(words[-1], text):  # a surname, not an
        # acronym ('Turkish UAVs') nor a meeting's word ('Tripartite Summit')
        return [_Judged(name, "person", f"later surname-only mention: {words[-1]}", 3)]
    if len(capitals) >= 2 and (is_given_name(capitals[0]) or capitals[0] in ("Abu", "Umm", "Abou")):
        if "of" in words or "for" in words:  # 'Adel Bakawan of the Iremmo institute': the name stops at 'of'
            own = words[: min(words.index(w) for w in ("of", "for") if w in words)]
            return [_Judged(" ".join(own), "person", f"given name: {capitals[0]}", 3)] if len(own) >= 2 else []
        return [_Judged(name, "person", f"given name: {capitals[0]}", 3)]
    if (m := _PLACE_OF.search(before)) and len(capitals) <= 3 and words[-1] not in _EVENT_WORDS \
            and not _an_adjective(words):  # not 'in Arab Cup', nor 'in Middle Eastern politics'
        return [_Judged(name, "place", f"after '{m[0].strip()}'", 3)]
    if (_OUTLET_BEFORE.search(before) or _OUTLET_AFTER.match(after)
            or before.endswith("(") and _CITED_ON.match(after)
            or _A_BEFORE.search(before) and _WORK_AFTER.match(after)) and len(capitals) <= 3:
        return [_Judged(name, "organisation", "a source the article cites", 3)]
    if len(capitals) == 1 and _SPEAKS_AFTER.match(after) and not _known(name) and not DOTTED_ACRONYM.fullmatch(name) \
            and not re.fullmatch(r"[A-Z]{2,6}", name) and not words[-1].isdigit() and words[-1] not in _EVENT_WORDS \
            and not (len(words) == 1 and _printed_in_lower_case(name, text)):
        # 'Channel 8 said': no one's name ends in a number; 'the Summit stressed' is the meeting's communiqué; 'OCHA
        # said' is a body's initials; 'Reports said' where the page prints 'reports said' too is a common word
        return [_Judged(name, "person", f"speaks or acts: {_SPEAKS_AFTER.match(after)[0].split()[-1]}", 4)]
    if len(words) == 1 and _ONE_WORD_BODY.fullmatch(name) and not _known(name):
        return [_Judged(name, "organisation", "a company's name in one word", 4)]  # 'TotalEnergies', 'ExxonMobil'
    if len(words) == 1 and re.search(_WEB_SUFFIX + "$", name):
        return [_Judged(name, "organisation", "a web address's name", 3)]  # 'Baghdad (IraqiNews.com) –'
    if len(words) == 1 and (re.fullmatch(r"[A-Z]{3,6}", name) or DOTTED_ACRONYM.fullmatch(name)) and \
            not before.endswith("(") and name not in _NAMES_OF_NOTHING and name.title() not in _NAMES_OF_NOTHING \
            and not _in_capitals(before, after) and not (
                name in _CURRENCY_CODES and (_AMOUNT_BEFORE.search(before[-24:]) or _RATE_BEFORE.search(before[-24:])
                                             or _AMOUNT_AFTER.match(after))) \
            and not (name.replace(".", "") in ("AM", "PM") and _CLOCK_BEFORE.search(before[-12:])):
        return [_Judged(name, "organisation", "an acronym", 4)]  # one in brackets is the name's before it: '(AAH)'
    if (place := _PLACE_BEFORE.search(before)) and len(capitals) <= 3 and words[-1] not in _EVENT_WORDS \
            and not _an_adjective(words):
        return [_Judged(name, "place", f"after '{place[0].strip()}'", 4)]
    return []


_AFTER_INSERTION = re.compile(r"\][ \u00a0]+((?:[A-Z][\w’'-]*[ \u00a0]?){1,3})")


def _split_by_insertion(phrase: str, after: str, full_spellings: set[str]) -> bool:
    """The phrase ends an editor's insertion in square brackets, and with the words after it makes a name of the data
    ('[then-US President Donald] Trump': the phrase 'President Donald', the given name its last word)."""
    m = _AFTER_INSERTION.match(after)
    if not m:
        return False
    before, after_words = phrase.split(), m[1].split()
    return any(" ".join(before[j:] + after_words[:k]) in full_spellings
               for j in range(len(before)) for k in range(1, len(after_words) + 1))


def _joined_over(name: str, text: str, start: int, end: int, spans: list[tuple[int, int]], known: set[str]) -> bool:
    """The name reaches before the phrase at text[start:end] (joined to the words before it) over a span of the data's
    names other than a place's, or the phrase's part of it is one ('Khamenei and Quds Force', 'Iran Quds Force')."""
    at = text.rfind(name, 0, end)
    if at < 0 or at >= start:
        return False
    return (any(s < start and e > at for s, e in spans) or text[start:end] in known
            or text[start: at + len(name)] in known)


def stands_alone(surname: str, text: str, start: int = 0) -> bool:
    """The word occurs on its own in text[start:]: not inside a longer word, and with no name word joined to it by a
    space ('Mousavi did not', 'al-Amiri has said'; not 'Abbas Mousavi')."""
    for m in re.compile(rf"(?<![\w‑-]){re.escape(surname)}(?![\w‑-])").finditer(text, start):
        before = re.search(r"(\S+)[ \u00a0]$", text[max(0, m.start() - 80): m.start()])
        after = re.match(r"[ \u00a0](\S+)", text[m.end():])
        joined_before = before is not None and _is_name_word(before[1]) and before[1][-1] not in ".,;:!?”\")"
        joined_after = after is not None and _is_name_word(after[1])
        if not joined_before and not joined_after:
            return True
    return False


def _spelt_like(name: str, kind: str, registry: Registry, countries: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """Entries of the data of the candidate's kind with a spelling that is this name under the transliteration table
    (`names`, with kh, q and gh heard as k: 'al-Qadimi' may be al-Kadhimi), or by its country's other word
    (`_of_country`): a lead for the curator, where the site does not link it (a surname alone the article gives no
    reason to link); a place named like a person ('Sulaimani', 'Soleimani') is none of his. `countries` is
    crossref.country_words of the registry."""
    key = _key_of(name)
    mine = _of_country(name, countries)
    hits = []
    for e in sorted((e for e in registry.entities.values() if e.kind == kind), key=lambda x: x.id):
        for spelling in e.spellings + e.short:
            if spelling != name and (key is not None and (other := _key_of(spelling)) is not None and key.meets(other)
                                     or kind == "person" and _vowel_dropped(name, spelling)
                                     or _part_of(name, spelling, e.kind)
                                     or mine is not None and (_of_country(spelling, countries) == mine
                                                              or _country_for_word(spelling, mine, e.country))):
                hits.append((e.id, spelling))
                break
    return tuple(hits)


def _country_for_word(spelling: str, mine: tuple[str, ...], country: str | None) -> bool:
    """A body of the country named with the country's word in place of the first word of the data's spelling:
    'Iranian National Security Council' of Iran's 'Supreme National Security Council' (not Iraq's, which the data
    does not hold)."""
    words = spelling.casefold().split()
    return country == mine[0] and len(words) >= 3 and tuple(words[1:]) == mine[1:]


def _vowel_dropped(name: str, spelling: str) -> bool:
    """A person's given name, the same under the table, and a surname that is the spelling's with one vowel left out
    ('Mustafa al-Kazmi' of 'Mustafa al-Kadhimi'): a lead for the curator, never a link, as a dropped vowel also
    joins other families' names."""
    mine, theirs = _given_and_surname_keys(name), _given_and_surname_keys(spelling)
    return mine is not None and theirs is not None and mine[0].meets(theirs[0]) and \
        mine[1].coarse.replace("*", "") == theirs[1].coarse.replace("*", "") and \
        abs(len(mine[1].vowels) - len(theirs[1].vowels)) == 1


@functools.lru_cache(maxsize=1 << 14)
def _given_and_surname_keys(name: str) -> tuple[NameKey, NameKey] | None:
    """The lead keys of a name's first and last words, where it has two or more; cached, as every candidate asks it of
    each person's spellings in the data."""
    words = _lead_words(name)
    return (lead_key(words[:1]), lead_key(words[-1:])) if len(words) >= 2 and all(words) else None


def _lead_words(name: str) -> list[str]:
    return [w for w in (fold_word(w) for w in re.split(r"[\s\u00a0‑-]+", name) if w) if w not in ("al", "el")]


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w not in ("of", "for", "the", "and", "on")]


_FORCE_WORDS = frozenset({"units", "forces", "organization", "organisation", "authority", "commission", "committee"})
_ISE = re.compile(r"is(?=(?:ation|ations|e|es|ed|ing)$)")  # British -ise, -isation: 'Mobilisation' is 'Mobilization'


def _us_spelt(words: list[str]) -> list[str]:
    return [_ISE.sub("iz", w) for w in words]


_MOHAMMAD = re.compile(r"m[ou]h?amm?[ae]d")  # the name that opens many a compound given name, in small letters


def _part_of(name: str, spelling: str, kind: str) -> bool:
    """The name is the spelling in other capitals ('Iranian Parliament', 'Iranian parliament'); or two or more of its
    words from its start ('Popular Mobilization' of 'Popular Mobilization Units'); or its words after a country's
    adjective ('Armed Forces' of 'Iraqi Armed Forces') or after a person's 'Abu' ('Mahdi al-Muhandis' of 'Abu Mahdi
    al-Muhandis') or a compound given name's 'Mohammad' ('Javad Zarif' of 'Mohammad Javad Zarif', or his son's
    name): the same body or person named short, for a curator to check; or a person's given name and surname
    with a middle name more ('Fuad Mohammed Hussein' of 'Fuad Hussein'); or a body's words in another order ('Supreme
    Council for National Security' of 'Supreme National Security Council'); or a place without the word for its kind
    ('Kurdistan' of 'Kurdistan Region'; 'Persian' of 'Persian Gulf' is no candidate), a body without the words for
    its kind ('Fars' of 'Fars News Agency'). Not after other words: 'National
    Security Council' may be another country's than the 'Supreme National Security Council', and 'Shura Council' any
    group's, not only the 'Islamic Shura Council'; a relative shares only the surname ('Zeinab Soleimani')."""
    a, b = name.casefold().split(), spelling.casefold().split()
    if a == b:
        return True
    if kind == "person" and 2 <= len(b) < len(a) and a[0] == b[0] and a[len(a) - len(b) + 1:] == b[1:]:
        return True  # 'Fuad Mohammed Hussein' of 'Fuad Hussein': the same given name and surname, a middle name more
    if kind == "place" and len(b) == len(a) + 1 and b[: len(a)] == a and b[-1].capitalize() in PLACE_WORDS:
        return True  # 'Kurdistan' of 'Kurdistan Region', 'Basra' of 'Basra Province': the place without its kind
    if kind == "organisation" and len(a) >= 4 and len(_content(a)) >= 3 and sorted(_content(a)) == sorted(_content(b)):
        return True  # 'Supreme Council for National Security' of 'Supreme National Security Council': the words in
        # another order
    if kind == "organisation" and len(a) == 1 < len(b) and b[0] == a[0] and all(
            w.capitalize() in ORGANISATION_WORDS for w in b[1:]):
        return True  # 'Fars' of 'Fars News Agency', 'Badr' of 'Badr Organization': the body without its kind's words
    if kind == "organisation" and len(a) == len(b) >= 3 and _us_spelt(a[:-1]) == _us_spelt(b[:-1]) \
            and a[-1] in _FORCE_WORDS and b[-1] in _FORCE_WORDS \
            and any(w not in _GENERIC_WORDS for w in name.split()[:-1]):
        return True  # 'Popular Mobilization Organization' of 'Popular Mobilization Units': the body's own words, another
        # of the words an armed body is called by ('Popular Mobilisation Committee' of 'Popular Mobilization
        # Commission', spelt -ise too); not 'National Security Service' of 'National Security Council'
    if not 2 <= len(a) < len(b):
        return False
    dropped = spelling.split()[: len(b) - len(a)]
    return b[: len(a)] == a or b[-len(a):] == a and (
        (dropped in (["Abu"], ["Umm"]) or len(dropped) == 1 and bool(_MOHAMMAD.fullmatch(dropped[0].casefold())))
        if kind == "person" else all(w in NOT_NAMES and w not in FAITHS for w in dropped))



def _of_country(name: str, countries: dict[str, str]) -> tuple[str, ...] | None:
    """A body's name that opens with its country's name, possessive or adjective, or ends with 'of' and the country,
    as (the country's id, the other words): 'Iranian Parliament' and 'Iran’s Parliament' are one, as are 'Iraqi
    Council of Representatives' and 'Council of Representatives of Iraq'; 'Iraqi Parliament' is another country's."""
    first, *rest = name.split()
    word = re.sub(r"[’']s$", "", first).casefold()
    if rest and word in countries:
        return (countries[word], *(w.casefold() for w in rest))
    words = name.split()
    if len(words) >= 3 and words[-2] == "of" and (country := countries.get(words[-1].casefold())):
        return (country, *(w.casefold() for w in words[:-2]))
    return None


def _key_of(name: str) -> NameKey | None:
    """The name's key for a lead: the transliteration table's, with the k-sounds heard as one (names.lead_key)."""
    words = _lead_words(name)
    return lead_key(words) if words and all(words) else None


def _ident(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore")
                  .decode().replace("'", "")).strip("-") or "entry"
    ident, n = base, 2
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    taken.add(ident)
    return ident


def _dump(entry: dict) -> str:
    return yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=None)


def find_candidates(article: Article, registry: Registry, trie: SpellingTrie, mentions: Iterable[Mention] = ()
                    ) -> list[Candidate]:
    """Names in the article's paragraphs and captions that the data does not hold and that something judges.

    Subheadings are left out: their capitals are the headline style's, not names'. A span the data names in full, or
    that the site links (`mentions`, as `match.resolve_mentions` finds them: variants included), is never part of a
    candidate; a registered surname may be ('Zeinab Soleimani' holds 'Soleimani'), and a name of someone else that a
    mention stands in is proposed as a person ('Zeinab Soleimani', 'Saddam Hussein'). The article's outlet is
    proposed where the data lacks it."""
    mentions = list(mentions)
    full_spellings = {s for e in registry.entities.values() for s in e.spellings}
    taken = set(registry.entities) | set(registry.events)
    judged: dict[str, _Judged] = {}
    blocks = [b for b in article.blocks if b.kind in ("p", "caption")]
    whole = "\n".join(b.text for b in blocks)
    mentioned: dict[str, list[tuple[int, int]]] = {}
    placed: dict[str, set[tuple[int, int]]] = {}  # the spans of the mentions of places, by block
    standing: set[tuple[str, int, int]] = set()  # a registered short form that stands in a longer name
    for m in mentions:
        if m.other:  # the longer name a person's name stands in is a person's; a place's is left to the scan below
            standing.add((m.block, m.start, m.end))
            if m.candidates and all(registry.entities[c].kind == "person" for c in m.candidates):
                whose = registry.entities[m.candidates[0]].name
                judged.setdefault(m.other, _Judged(m.other, "person", f"someone other than {whose} of that name", 0))
        else:
            mentioned.setdefault(m.block, []).append((m.start, m.end))
        if m.entity and registry.entities[m.entity].kind == "place":
            placed.setdefault(m.block, set()).add((m.start, m.end))
    if article.outlet and article.outlet not in full_spellings and any(article.outlet in b.text for b in blocks):
        judged.setdefault(article.outlet, _Judged(article.outlet, "organisation", "the article's outlet", 0))
    # the wire or outlet a lead's label names ('TEHRAN, Sep. 11 (MNA) –', 'Radiofarda –'), where the curator gave the
    # page's outlet another name; the lead may follow a summary ('Amman (AsiaNews) –' in the second paragraph)
    wire = next((w for b in blocks[:2] if (w := (label := read_lead_label(b.text, {}, wire_only=True)) and label.outlet
                                           or outlet_before_dash(b.text))), None)
    if wire and wire not in full_spellings:
        judged.setdefault(wire, _Judged(wire, "organisation", "the wire the lead's label names", 0))
    # a name alone over what they are, in a list of people: 'Michael Rubin', then 'Resident scholar, ...'
    listed = {b.anchor: name for b, below in zip(blocks, blocks[1:]) if (name := listed_name(b.text))
              and says_what_they_are(below.text)}
    offset = 0
    for b in blocks:
        scans = list(trie.scan(b.text))
        places = {(s, e) for s, e, senses in scans if any(registry.entities[x.entity].kind == "place"
                                                          for x in senses if x.entity in registry.entities)}
        places |= placed.get(b.anchor, set())
        full = [(s, e) for s, e in [(s, e) for s, e, senses in scans if any(x.full for x in senses)]
                + mentioned.get(b.anchor, []) if not _named_after(b.text, s)
                and not ((s, e) in places and _names_before(b.text, s, e))]
        short = {b.text[s:e] for s, e, senses in scans if not any(x.full for x in senses)}
        for s_start, s_end in sentences(b.text):
            for m in _PHRASE.finditer(b.text, s_start, s_end):
                for start, end in _outside(m.start(), m.end(), full, b.text):
                    phrase = b.text[start:end]
                    if phrase in short and (b.anchor, start, end) not in standing or phrase in full_spellings:
                        continue  # 'Kurdistan' of 'Kurdistan province' is judged: it stands in another name
                    if any(len(n) > len(phrase) and b.text.startswith(n, start) for n in NAMES_WITH_SMALL_WORDS):
                        continue  # 'Kurdistan' of 'Kurdistan 24': the known name is looked for whole, below
                    at_start = not b.text[s_start:start].strip(" “\"‘(")
                    if at_start and _SENTENCE_ADVERB.fullmatch(phrase) and b.text.startswith(",", end):
                        continue  # 'Notably, the Iranian minister arrived': an adverb opening the sentence
                    if at_start and " " not in phrase.strip() and _OBJECT_AFTER.match(b.text, end):
                        continue  # 'Tell us about ...': a verb that bids, though a place's name too
                    if at_start and " " not in phrase.strip() and not _said_after(phrase, b.text[end: end + 80]) \
                            and not _known(phrase):
                        continue  # one capitalised word opening a sentence tells nothing of itself
                    if start and b.text[start - 1] == "@":
                        continue  # '@BarhamSalih': an account's handle, not a name as the text prints it
                    if _CLERICAL_RANKS.fullmatch(phrase):
                        continue  # 'Hujjat al-Islam wal-Muslimeen' before a name of the data: a rank, no one's name
                    if _split_by_insertion(phrase, b.text[end: end + 80], full_spellings):
                        continue  # '[then-US President Donald] Trump': an editor's bracket inside a name of the data
                    if (adjective := _ADJECTIVE_AFTER_PREFIX.match(phrase)) and _glued_to_prefix(b.text, start) \
                            and _of_nothing(adjective[1]):
                        start, phrase = start + adjective.end(), phrase[adjective.end():]
                        # 'the pro-Iranian Al-Mayadeen': its first word ends an adjective, not the name
                    before = b.text[max(s_start, start - 160): start]
                    verdicts = _judge(_words(phrase), before, b.text[end: end + 80], whole, offset + end)
                    if any(_joined_over(v.name, b.text, start, end, [sp for sp in full if sp not in places],
                                        short | full_spellings) for v in verdicts):
                        # a name joined to the words before it runs over a name of the data: judged alone
                        verdicts = _judge(_words(phrase), before, b.text[end: end + 80], whole, offset + end, False)
                    if not verdicts and listed.get(b.anchor) == phrase:
                        verdicts = [_Judged(phrase, "person", "a name in a list, over what they are", 1)]
                    for verdict in verdicts:
                        if verdict.name in full_spellings or verdict.name in short:
                            continue
                        if verdict.name not in judged or verdict.rank < judged[verdict.name].rank:
                            judged[verdict.name] = verdict  # the strongest evidence found anywhere in the text
        offset += len(b.text) + 1
    for name, pattern in _SMALL_WORD_NAMES:  # 'Islamic Resistance in Iraq': a phrase of capitals stops at 'in'
        if name not in full_spellings and name not in judged and pattern.search(whole):
            judged[name] = _known_body(name) or _Judged(name, "place", _KNOWN_PLACE, 1)
    _list_siblings(blocks, mentions, registry, judged, full_spellings)
    _spelt_out(blocks, judged, full_spellings)
    for m in _ONE_PROVINCE_OF_TWO.finditer(whole):  # 'the province of Sistan and Baluchestan': one province's name
        name = m["name"]
        if name not in full_spellings and not any(p in full_spellings or is_country(p) for p in (m["a"], m["b"])) \
                and not all(is_known_place(p) for p in (m["a"], m["b"])):
            judged.setdefault(name, _Judged(name, "place", f"'{m['word']}' before it", 1))
            for part in (m["a"], m["b"]):  # each half is no name of its own unless the text names it apart
                if part in judged and _printed_only_inside(part, whole, [
                        x.span() for x in re.finditer(rf"\b{re.escape(name)}\b", whole)]):
                    del judged[part]
    bodies = [m for m in _BODY_OF_FIELDS.finditer(whole) if m["name"] not in full_spellings
              and (m["head"] in ORGANISATION_WORDS or m["head"] in _HOUSES)]
    for m in bodies:  # "Iran's House of Industry, Mine and Trade": one body's name
        judged.setdefault(m["name"], _Judged(m["name"], "organisation", f"'{m['head']} of' before a list of fields", 1))
    if bodies:  # its fields, and its name cut at the first ('Chamber of Commerce'), are no names of their own where
        # the text prints them only inside it or inside another name it proposes
        for part in [n for n in judged if any(n in m["name"] and n != m["name"] for m in bodies)]:
            inside = [m.span("name") for m in bodies] + [x.span() for other in judged if part in other and other != part
                                                         for x in re.finditer(re.escape(other), whole)]
            if _printed_only_inside(part, whole, inside):
                del judged[part]
    if wire:  # 'NOURNEWS- Bafel Talabani, head of ...', 'SHAFAQNA-Iraq and Iran ...': the wire's label is no part of the
        # name its dash runs into
        label = re.compile(re.escape(wire) + r"\s?[–—-]\s?")
        for name, m in [(n, m) for n in judged if n != wire and (m := label.match(n))]:
            verdict, rest = judged.pop(name), name[m.end():]
            if rest and rest not in full_spellings and rest not in judged:
                judged[rest] = replace(verdict, name=rest)
    # A surname alone of a person proposed in full is that person's short form, not someone new; unless the one named in
    # full is brought in as another's relative, whose surname it may be ('Sayed Hussain Shirazi, the son of ...').
    surnames = {v.name.split()[-1] for v in judged.values()
                if v.kind == "person" and " " in v.name and not _brought_in_as_a_relative(v.name, whole)}
    for name in [n for n, v in judged.items() if v.kind == "person" and " " not in n and n in surnames]:
        del judged[name]
    # One name in capitals and in letters ('ERBIL', 'Erbil') is one name: the letters stand.
    lower = {name.casefold(): name for name in judged if not name.isupper()}
    for name in [n for n in judged if n.isupper() and n.casefold() in lower and n != lower[n.casefold()]]:
        del judged[name]
    # Each name with the sentence it first appears in, in the order of the text.
    first = {}
    for i, b in enumerate(blocks):
        for s, e in sentences(b.text):
            for name in judged:
                if name not in first and (at := b.text.find(name, s, e)) >= 0:
                    first[name] = ((i, at), b, b.text[s:e])
    for name in judged:  # named only outside the text (an outlet given at import): the lead stands for it
        if name not in first and blocks:
            first[name] = ((len(blocks), 0), blocks[0], sentences_of(blocks[0].text)[0])
    out = []
    countries = country_words(registry)
    for name, (_, block, sentence) in sorted(first.items(), key=lambda item: item[1][0]):
        verdict = judged[name]
        out.append(_candidate(name, verdict, block, sentence, _surname_mentions(name, verdict.kind, whole,
                              full_spellings), _spelt_like(name, verdict.kind, registry, countries), taken))
    return out


_ADJECTIVE_AFTER_PREFIX = re.compile(r"([^\W\d_]+)[ \u00a0]+(?=\S)")  # a phrase's first word and the space after it


def _printed_only_inside(part: str, text: str, spans: list[tuple[int, int]]) -> bool:
    """Every time the text prints `part` as words of its own, it is inside one of the spans (a longer name's)."""
    return all(any(s <= x.start() and x.end() <= e for s, e in spans)
               for x in re.finditer(rf"\b{re.escape(part)}\b", text))


def _glued_to_prefix(text: str, start: int) -> bool:
    """The word at text[start:] is glued by a hyphen to a lower-case word before it: 'pro-Iranian', 'anti-American'."""
    return start >= 2 and text[start - 1] in "-‑" and text[start - 2].islower()


_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?)?")  # 'of' and the name after it, if any
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z]{3,8})\)")
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*$")  # '(10:00 P.M.)': the time of day, not a body's initials
# the small words and commas inside a body's name that its initials pass over: 'United Nations Educational,
# Scientific and Cultural Organization (UNESCO)', 'Regional Center on Urban Water Management (RCUWM)'
_SPELT_OVER = frozenset({",", "of", "on", "for", "and", "&", "the", "in", "to"})


def _spelt_out(blocks: list[Block], judged: dict[str, _Judged], full_spellings: set[str]) -> None:
    """A body's name spelt out before its initials in brackets, small words and commas included, is one name: the
    words, each a capital, whose initials the acronym spells, back from the bracket. It stands for the pieces the
    small words cut it into, wherever the text prints them only inside it ('United Nations Educational' and 'Cultural
    Organization' of the 'United Nations Educational, Scientific and Cultural Organization (UNESCO)')."""
    found = []
    for b in blocks:
        for m in _BRACKETED_ACRONYM.finditer(b.text):
            name = _spelt_by(m[1], b.text[: m.start()])
            if name and name not in full_spellings and m[1] not in full_spellings and \
                    " " in name and any(w in ORGANISATION_WORDS for w in name.split()):
                found.append(name)
                if name not in judged or judged[name].rank > 2:
                    judged[name] = _Judged(name, "organisation", f"acronym: ({m[1]})", 2)
    whole = "\n".join(b.text for b in blocks)
    for part in [n for n in judged if any(n != f and n in f for f in found)]:
        longer = [n for n in judged if n != part and part in n]
        covered = [(m.start(), m.end()) for n in longer for m in re.finditer(re.escape(n), whole)]
        if all(any(s <= m.start() and m.end() <= e for s, e in covered) for m in re.finditer(re.escape(part), whole)):
            del judged[part]


def _spelt_by(acronym: str, before: str) -> str | None:
    """The words just before an acronym whose initials it spells, in order, with the small words and commas between
    them that it passes over; None where the words before do not spell it."""
    words = list(re.finditer(r"[\w’'&-]+|,", before))
    letters, i, start = len(acronym), len(words) - 1, None
    while i >= 0 and letters:
        word = words[i][0]
        initial = next((c for c in word if c.isupper()), "")
        if word in _SPELT_OVER and start is not None:
            i -= 1
            continue
        if not word[:1].isupper() and not re.match(r"(?:al|el)-", word) or initial != acronym[letters - 1] \
                or re.search(r"[’']s$", word):  # 'Iran’s Revolutionary Guard Corps (IRGC)': an owner, no initial
            return None
        letters, start, i = letters - 1, i, i - 1
    if letters or start is None:
        return None
    return before[words[start].start():].strip(" ,")


_ITEM = rf"(?:(?<![\w’'-])(?:al|el)-)?[{_CAP}][\w’'-]*(?:[ \u00a0](?:al-|bin |ibn )?[{_CAP}][\w’'-]*){{0,3}}"
# the last item whole: a name of more capitals than an item holds is no item ('and Iran’s Supreme National Security
# Council Secretary')
_LIST = re.compile(rf"{_ITEM}(?:,[ \u00a0]{_ITEM})*,?[ \u00a0]and[ \u00a0]{_ITEM}"
                   rf"(?![\w’'-]|[ \u00a0](?:al-|bin |ibn )?[{_CAP}])")
_LIST_SPLIT = re.compile(r",?[ \u00a0]and[ \u00a0]|,[ \u00a0]")


def _list_siblings(blocks: list[Block], mentions: Iterable[Mention], registry: Registry, judged: dict[str, _Judged],
                   full_spellings: set[str]) -> None:
    """A name listed with people is a person, with places a place, with bodies a body: 'Trump, Pompeo and Co.', 'Trump,
    Netanyahu and King Salman', 'Iraq, Lebanon, Yemen, and Syria', 'Kataib Hezbollah, Asaib Ahl al-Haq, and Harakat
    Hezbollah al-Nujaba'. Adds to `judged` the names nothing else judged."""
    kinds: dict[str, str] = {}  # text -> kind, of the names the data holds and of those judged
    for m in mentions:
        if m.entity:
            kinds[m.text] = registry.entities[m.entity].kind
    kinds.update({name: v.kind for name, v in judged.items()})
    for b in blocks:
        for m in _LIST.finditer(b.text):
            if _PORTFOLIO_BEFORE.search(b.text, max(0, m.start() - 120), m.start()):
                continue  # 'Minister of Science, Research and Technology Hossein Simaei': the title's fields
            items = [i.strip() for i in _LIST_SPLIT.split(m.group()) if i.strip()]
            if _named_after(b.text, m.start()) or _is_title(_word_before_of(b.text, m.start())):
                items = items[1:]  # 'the Gulf of Oman and Syria': the first ends a place's name, no item of the list;
                # 'the President of the Republic, Barham Salih, and ...': the first ends a title
            if any(i.endswith(("’s", "'s")) or "’s " in i or "'s " in i for i in items):
                continue  # 'Ahmad Vahidi, Iran's minister', 'Kurdistan Region’s Erbil': an apposition, not a list
            known = [(kinds[i], i) for i in items if kinds.get(i) in ("person", "place", "organisation")]
            if not known:
                continue
            kind, sibling = known[0]
            for item in items:
                words = _trim(_words(item))
                name = " ".join(words)
                if (not words or name in kinds or name in full_spellings or name in judged or item != name
                        or any(_is_title(w) or w in _NAMES_OF_NOTHING for w in words)):
                    continue
                if any(f"{name} {w}" in judged for w in _NAMING_KIND_WORDS):
                    continue  # 'Zainabiyoun' of 'the Fatimiyoun and Zainabiyoun brigades', judged with its kind word
                if words[-1] in _EVENT_WORDS:
                    continue  # 'the US, the Abraham Accords and ...': an agreement's or a meeting's name is of no
                    # kind the list's others give
                if len(words) == 1 and words[0] in _GENERIC_WORDS:
                    continue  # 'the Ministry of Industry, Mines and Trade of Iran': a kind's word alone is no name,
                    # nor an adjective of one ('the Federal and Kurdistan Region authorities')
                if kind == "organisation" and len(words) == 1 and words[0].endswith(("al", "ic")):
                    continue  # 'the United Nations Educational, Cultural and Scientific Organization': a body's name
                    # holds the list of its fields, adjectives
                if " ".join(words[1:]) in kinds and not is_given_name(words[0]):
                    continue  # 'Neighbors Iraq and Iran': a word before a name the list holds ('Zeinab Soleimani' is
                    # a given name before one)
                if len(words) >= 2 and words[-1] in _KINDS_OF_A_LIST:
                    words = words[:-1]  # 'Kirkuk, Sulaymaniyah and Erbil Governorates': each a governorate
                    if (name := " ".join(words)) in kinds or name in judged:
                        continue
                judged[name] = _Judged(name, kind, f"named in a list with {sibling}", 4)


_EZAFE = re.compile(r"[-‑]e$")  # Persian's link to the next word of a name: 'Qasr-e Shirin', 'Astan-e Qods-e Razavi'


def _holder_after_place(holder: list[str], place_end: str) -> bool:
    """The words after 'Title of <known place>' name the office's holder: name words, opening with a given name ('King
    of Jordan Abdullah II') or a patronymic ('Tamim bin Hamad'), or two names or more whatever the first ('Governor of
    Qasr-e Shirin Morad Ali Tatar'), where the place's last word does not run on into them ('Astan-e' is the opening
    of 'Astan-e Qods-e Razavi')."""
    return bool(holder) and (is_given_name(holder[0]) or holder[1:2] in (["bin"], ["ibn"], ["bint"]) or (
        len(holder) >= 2 and not any(_is_title(w) or w in _NAMES_OF_NOTHING or w in _GENERIC_WORDS for w in holder)
        and not _EZAFE.search(place_end))) and all(_is_name_word(w) or w in _PARTICLE_WORDS for w in holder)

# An area's kind in the plural after a list's last name, which it gives every name of the list.
_KINDS_OF_A_LIST = frozenset("Governorates Provinces Districts Counties Cities".split())
_OF_BEFORE = re.compile(r"\b([A-Z][\w-]*) of (?:the )?$")


def _word_before_of(text: str, start: int) -> str:
    """The capitalised word before an 'of' just before text[start:] ('Bank' of 'Central Bank of Iraq'), or ''."""
    m = _OF_BEFORE.search(text, max(0, start - 40), start)
    return m[1] if m else ""


def _named_after(text: str, start: int) -> bool:
    """The name at text[start:] ends a body's or a place's name ('Central Bank of Iraq', 'Governorate of Basra'):
    the whole is the candidate; the name the data holds within it is still linked on the site."""
    word = _word_before_of(text, start)
    return word in ORGANISATION_WORDS or word in PLACE_WORDS


# A province's name of two names joined by 'and', after the singular word: 'the province of Sistan and Baluchestan';
# not 'the provinces of Ilam and Kermanshah', nor two names the data or the lists know apart ('the province of Anbar and
# Baghdad', 'the province of Ilam and Kermanshah').
_ONE_PROVINCE_OF_TWO = re.compile(rf"\b(?P<word>province|governorate)[ \u00a0]+of[ \u00a0]+(?P<name>(?P<a>[{_CAP}][\w’'-]+)"
                                  rf"[ \u00a0]+and[ \u00a0]+(?P<b>[{_CAP}][\w’'-]+))(?![\w’'-]|[ \u00a0]*(?:and\b|[{_CAP}]))")
# A body's name whose head word's 'of' takes a list of its fields, each capitalised: "House of Industry, Mine and
# Trade", "Chamber of Commerce, Industries, Mines and Agriculture"; 'House' heads a body's name only so.
_BODY_OF_FIELDS = re.compile(rf"\b(?P<name>(?P<head>[{_CAP}][\w’'-]+)[ \u00a0]+of[ \u00a0]+"
                             rf"(?P<fields>(?:[{_CAP}][\w’'-]+,[ \u00a0]+)+[{_CAP}][\w’'-]+,?[ \u00a0]+and[ \u00a0]+"
                             rf"[{_CAP}][\w’'-]+))"
                             rf"(?![\w’'-]|[ \u00a0]*(?:and\b|[{_CAP}]))")
_HOUSES = frozenset({"House"})
_SMALL_WORD_NAMES = tuple((n, re.compile(rf"\b{re.escape(n)}\b")) for n in NAMES_WITH_SMALL_WORDS)
_BODY_AFTER = re.compile(r"(?:-[A-Z][\w’'-]*)?[ \u00a0]((?:[A-Z][\w-]*[ \u00a0]){0,3}[A-Z][\w-]*)")


def _names_before(text: str, start: int, end: int) -> bool:
    """The place named at text[start:end] begins a body's name whose other words say only what kind of body it is ('US
    Central Command', 'Iran Press'), or a company's name in one word ('Iraq TradeLink'), or a known outlet's name
    ('Middle East Eye'): the whole is the candidate; the place is still linked on the site."""
    m = _BODY_AFTER.match(text, end)
    if not m:
        return False
    words = m[1].split()
    if any(is_known_organisation(text[start:end] + " " + " ".join(words[:k])) for k in range(1, len(words) + 1)):
        return True  # 'The London-based Middle East Eye'
    if len(words) == 1 and _ONE_WORD_BODY.fullmatch(words[0]):
        return True  # 'Iraq TradeLink': a company's name in one word after the place
    while words and words[-1] not in ORGANISATION_WORDS:
        words.pop()
    return bool(words) and all(w in _GENERIC_WORDS for w in words)


def sentences_of(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)] or [text]


_INITIAL_END = re.compile(r"(?<![\w.])[A-Z]\.[ \u00a0]+$")


_JOINED_AFTER = re.compile(r"-([A-Z][\w’'-]*)")  # a name joined by a hyphen to the one before it


def _outside(start: int, end: int, spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The parts of [start, end) outside the given spans, trimmed of spaces and joining words. A part that ends in a
    middle initial right before a span begins that span's name ('Kenneth F.' of 'Kenneth F. McKenzie'): no part."""
    parts, cur = [], start
    for s, e in sorted(spans):
        if e <= cur or s >= end:
            continue
        if not _INITIAL_END.search(text, cur, max(cur, s)):
            parts.append((cur, max(cur, s)))
        cur = max(cur, e)
    parts.append((cur, end))
    out, ends = [], {e for _, e in spans}
    for s, e in parts:
        after_name = s in ends  # right after a name the data holds
        piece = text[s:e]
        # after a possessive ("Iran’s"[ ...]), the rest of a compound ("Iran"[-backed ...]) or a dateline's dash glued
        # to its place ("TEHRAN"[- Falih al-Fayadh ...])
        s += re.match(rf"^(?:[’']s)?(?:-[a-z]+|[-–—](?=\s))?\s*(?:(?:{_CONNECTOR})\s)*", piece).end()
        piece = text[s:e]
        if (m := _JOINED_AFTER.match(piece)) and (_known(m[1]) or after_name):  # 'the Iran-Azerbaijan border',
            s += 1  # after 'Iran'; 'the US-Gulf Cooperation Council (GCC) Working Group', after 'US'
            piece = text[s:e]
        trimmed = re.sub(rf"(?:\s(?:{_CONNECTOR}))*[\s\u00a0‑-]*$", "", piece)
        if trimmed and _is_name_word(trimmed):
            out.append((s, s + len(trimmed)))
    return out


def _surname_mentions(name: str, kind: str, text: str, full_spellings: set[str]) -> tuple[str, ...]:
    words = name.split()
    if kind != "person" or len(words) < 2 or words[-1] in full_spellings or _brought_in_as_a_relative(name, text):
        return ()
    return (words[-1],) if stands_alone(words[-1], text) else ()


_KIN = "(?:" + "|".join(sorted(_RELATIVE_NOUNS)) + ")"  # 'son', 'daughter' ... (not _RELATIVES: 'who', 'which' ...)
_RELATIVE_AFTER = re.compile(rf",?[ \u00a0](?:(?:the|his|her|their|a)[ \u00a0])?{_KIN}[ \u00a0]of\b")
_RELATIVE_BEFORE = re.compile(rf"\b(?:his|her|their|whose|the)[ \u00a0](?:eldest[ \u00a0]|younger[ \u00a0]|elder[ \u00a0])?"
                              rf"{_KIN},?[ \u00a0]$")


def _brought_in_as_a_relative(name: str, text: str) -> bool:
    """Where the text first names the person in full, it says whose relative they are: 'Sayed Hussain Shirazi, the son
    of Grand Jurist', 'his son Hussain Shirazi'. The surname alone may then be that relative's (the father's)."""
    at = text.find(name)
    return at >= 0 and bool(_RELATIVE_AFTER.match(text, at + len(name)) or _RELATIVE_BEFORE.search(text, max(0, at - 40), at))


def _words(phrase: str) -> list[str]:
    """The phrase's words; an article with a space typed after its hyphen stays with the word after it ('al- Sistani')."""
    out: list[str] = []
    for word in phrase.replace("\u00a0", " ").split(" "):
        if out and _ORPHAN_ARTICLE.fullmatch(out[-1]):
            out[-1] += " " + word
        else:
            out.append(word)
    return out


_ORPHAN_ARTICLE = re.compile(r"(?:al|el)[-‑]", re.I)


# A word's other form in brackets after it, inside a name: 'Mahsa (Zhina) Amini', 'Dukan (Dokan) Dam'.
_OTHER_FORM = re.compile(r"(?P<word>[^\s()]+)[ \u00a0]\((?P<other>[A-Z][\w’'-]*)\)(?=[ \u00a0])")


def _forms(printed: str) -> tuple[str, list[str]]:
    """The name a candidate is proposed by, and its spellings: a name with a word's other form in brackets is proposed
    without it, and spelt as printed, without it, and with the other form ('Mahsa Amini': 'Mahsa (Zhina) Amini',
    'Mahsa Amini', 'Zhina Amini')."""
    m = _OTHER_FORM.search(printed)
    if not m:
        return printed, [printed]
    plain = printed[:m.end("word")] + printed[m.end():]
    other = printed[:m.start("word")] + m["other"] + printed[m.end():]
    return plain, [printed, plain, other]


def _candidate(printed: str, verdict: _Judged, block: Block, sentence: str, short: tuple[str, ...],
               may_be: tuple[tuple[str, str], ...], taken: set[str]) -> Candidate:
    data_file = "articles/data/" + DATA_FILES[verdict.kind]
    name, spellings = _forms(printed)
    entry: dict = {"id": _ident(name, taken), "name": name, "spellings": spellings}
    if verdict.kind == "person" or short:
        entry["short"] = list(short)
    entry["description"] = f"TODO: who or what this is ({verdict.judged_by})."
    text = _dump(entry)
    if may_be:
        ident, spelling = may_be[0]
        text = (f"# May be {ident} (spelt '{spelling}'): if so, add '{printed}' to its spellings instead.\n") + text
    return Candidate(name, verdict.kind, verdict.judged_by, sentence, block.anchor, may_be, short, data_file, text)


# ---------------------------------------------------------------- dates of the text

_WEEKDAY_RE = re.compile(r"\b(?:(?P<pre>(?i:on|last|next|this|coming|from|until|since|by))\s+)?(?P<name>"
                         + "|".join(WEEKDAYS) + r")\b")
_MONTH_RE = re.compile(rf"\b(?P<name>{_MONTH_NAME})\b")
# What makes a capitalised month name a date ('in early May') and not a verb ('May God ...').
_MONTH_LEAD = re.compile(r"(?:\b(?P<word>in|since|until|till|by|from|to|during|through|throughout|of|last|this|next"
                         r"|(?:the\s+)?coming)\s+)?(?:\b(?:early|late|mid)[\s-]+)?$", re.I)
_YEAR_AFTER = re.compile(r"^,?\s+(?:\d\d?(?:st|nd|rd|th)?,?\s+)?\d{4}\b")
_DAY_AFTER = re.compile(r"^\s+(?P<day>\d\d?)(?:st|nd|rd|th)?\b")
_DAY_BEFORE = re.compile(r"\b(?P<day>\d\d?)(?:st|nd|rd|th)?\s+(?:of\s+)?$")


@dataclass(frozen=True)
class EventCandidate:
    """A weekday or month of the text, read against the publication date: a candidate event."""

    phrase: str  # as printed: 'on Tuesday', 'In July', 'January 3'
    unit: str  # 'weekday', 'month' or 'day'
    date: PartialDate
    sentence: str
    block: str
    known_events: tuple[str, ...]  # events of the data dated within it: that day, or a day of that month
    yaml: str
    start: int = 0  # where the phrase starts in its block's text


def find_dated_phrases(text: str, published: dt.date, by_tense: bool = False,
                       ) -> list[tuple[int, int, str, PartialDate, str]]:
    """(start, end, unit, date, name) of each weekday or month phrase. A month with its year is a full date: left
    out. Each is read as past, the latest such day or month on or before the publication date; `by_tense`, one that
    a verb of the future goes before (`to_come`) is read as to come, the first on or after it."""
    found = []
    spans = sentences(text) if by_tense else []  # the sentences a phrase's tense is read in
    for m in _WEEKDAY_RE.finditer(text):
        pre = (m["pre"] or "").lower()
        if pre in ("next", "coming"):
            continue  # a day to come: not an event the report can date yet
        ahead = by_tense and pre != "last" and to_come(text, spans, m.start(), m.end())
        day = resolve_weekday(m["name"], published, ahead)
        if pre == "last" and day == published:
            day -= dt.timedelta(days=7)
        found.append((m.start(), m.end(), "weekday", PartialDate(day.year, day.month, day.day), m["name"]))
    printed = {}  # a day printed with its month and year, by where it starts: no candidate, but a weekday's date
    for m in _MONTH_RE.finditer(text):
        before, after = text[: m.start()], text[m.end():]
        day_after, day_before = _DAY_AFTER.match(after), _DAY_BEFORE.search(before)
        if _YEAR_AFTER.match(after) or (day_before and re.match(r"^,?\s+\d{4}", after)):
            day, year = day_after or day_before, int(re.search(r"\d{4}", after)[0])
            if day and (date := _on_day(PartialDate(year, MONTHS.index(m["name"]) + 1), int(day["day"]))):
                printed[m.start() if day_after else day_before.start()] = date
            continue
        ahead = by_tense and to_come(text, spans, m.start(), m.end())
        month = resolve_month(m["name"], published)
        lead = _MONTH_LEAD.search(before)
        end = m.end() + day_after.end() if day_after else m.end()
        year = _YEAR_WORDS.match(text, end) or (  # 'in February last year', 'on September 6 this year'
            by_tense and _THIS_YEAR_BEFORE.search(text, spans[sentence_at(spans, m.start())][0], m.start()))
        if year:  # ... or before it in its sentence: 'This year's Arbaeen falls on September 17'
            month = PartialDate(published.year + _YEAR_WORDS_OFFSET[year[1].lower()], month.month)
        if day_after or day_before:
            day = int((day_after or day_before)["day"])
            start = day_before.start() if day_before else m.start()
            if by_tense and not ahead:  # a day of the fortnight after the report's is this year's: see _LOOKS_BACK
                ahead = _soon(month, day, published) and not _LOOKS_BACK.search(
                    text, *spans[sentence_at(spans, start)])
            date = _on_day(month, day) if year else _day_of_month(month, day, published, ahead)
            if date is not None:
                found.append((start, end, "day", date, m["name"]))
        elif lead[0]:
            word = lead["word"].split()[-1].lower() if lead["word"] else ""  # 'the coming': 'coming'
            coming = word in ("next", "coming")  # 'next March': to come
            if not year:
                month = resolve_month(m["name"], published, ahead or coming)
                if (coming or word == "last") and (month.year, month.month) == (published.year, published.month):
                    month = PartialDate(month.year + (1 if coming else -1), month.month)  # 'next April' or 'last
                    # April', printed in April: a year on or a year before, as 'last Monday' on a Monday
            found.append((lead.start(), m.end(), "month", month, m["name"]))
    return sorted(_weekdays_with_their_dates(text, found, printed))


# Between a weekday and the day of the month printed with it: 'on Sunday 20th December', 'Tuesday, March 3'.
_WEEKDAY_DATE_GAP = re.compile(r",?[ \u00a0]+(?:the[ \u00a0]+)?")


def _weekdays_with_their_dates(text: str, found: list[tuple], printed: dict[int, PartialDate]) -> list[tuple]:
    """A weekday printed just before a day of the month that falls on it names that day, whatever the day of the
    week before the report: 'on Sunday 20th December' in a report of Monday 28 December is the 20th, not the 27th;
    so does one before a day printed with its year ('Saturday, June 26, 2021', a picture's caption)."""
    days = {start: date for start, _, unit, date, _ in found if unit == "day"} | printed
    out = []
    for start, end, unit, date, name in found:
        gap = _WEEKDAY_DATE_GAP.match(text, end) if unit == "weekday" else None
        day = days.get(gap.end()) if gap else None
        if day is not None and WEEKDAYS[day.first_day().weekday()] == name:
            date = day
        out.append((start, end, unit, date, name))
    return out


_YEAR_WORDS = re.compile(r",?\s+(?:of\s+)?(this|last|next)\s+year\b", re.I)
_YEAR_WORDS_OFFSET = {"this": 0, "last": -1, "next": 1}
_THIS_YEAR_BEFORE = re.compile(r"\b(this)\s+year(?:[’']s)?\b", re.I)


def _on_day(month: PartialDate, day: int) -> PartialDate | None:
    try:
        return PartialDate(month.year, month.month, dt.date(month.year, month.month, day).day)
    except ValueError:
        return None


_UNDER_WAY = dt.timedelta(days=14)  # a day to come this close before the report's day is this year's: see below
# A month and day whose day this year falls in the fortnight after the report's is this year's, whatever the tense:
# 'disarm the groups by September 19' in a report of 14 September 2023, 'This year, Arbaeen is on October 19' in one
# of 14 October 2019, 'the closure of the border on March 8-15' in one of 5 March 2020; not where its sentence looks
# back ('Almost exactly a year ago, on September 11, ...').
_LOOKS_BACK = re.compile(r"\b(?:ago|last\s+year)\b", re.I)


def _soon(month: PartialDate, day: int, published: dt.date) -> bool:
    try:
        return dt.timedelta(0) < dt.date(published.year, month.month, day) - published <= _UNDER_WAY
    except ValueError:
        return False


def _day_of_month(month: PartialDate, day: int, published: dt.date, ahead: bool) -> PartialDate | None:
    """The day of that month on or before the publication date, in the month's year or the year before; `ahead`, on
    or after a fortnight before it, in the month's year or the year after: a day to come that fell in the fortnight
    before the report is this year's (a period under way, 'to be held during Khordad (May 22-June 21)' in a report
    of May 28; or a report filed late)."""
    since = published - _UNDER_WAY if ahead else None
    for year in (month.year, month.year + (1 if ahead else -1)):
        try:
            d = dt.date(year, month.month, day)
        except ValueError:
            continue
        if (d >= since) if ahead else (d <= published):
            return PartialDate(d.year, d.month, d.day)
    return None


# A verb of the future before a day or a month in its sentence makes it one to come: 'will visit Tehran on Sunday',
# 'is set to travel to Tehran on Sunday', 'will be held in Amman on December 20', 'to be held from May 28'. Not where
# a verb that tells of the past, a clause of its own or a word that looks back comes between ('pilgrims will not be
# able to travel ..., the minister announced on Monday'; 'IRIB reported on Saturday that Hussein is set to travel on
# Sunday': Saturday past, Sunday to come; 'will open a new chapter ... following ... the ouster of Assad in
# December'; 'his first trip since taking office in late July'). 'Would' is not read: the future of reported
# speech may be past by the report's day.
_FUTURE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:(?:due|set|scheduled|expected|slated|going)\s+)?to\s+(?=\w)"
                     r"|(?:is|are)\s+planned\s+for|plans?\s+to|to\s+be\s+held)\b", re.I)
_PAST_BETWEEN = re.compile(r"\b(?:said|says|told|announced|stated|added|reported|noted|declared|confirmed|revealed"
                           r"|wrote|tweeted|met|arrived|landed|returned|visited|spoke|was|were|had|since|after"
                           r"|following|ago|that|which|who|whose)\b|,\s*(?:where|when|before|while|as)\b", re.I)


# A day or month that opens its sentence ('On Wednesday evening, he will attend a dinner'; 'On Thursday, Pezeshkian
# will travel to Najaf') is one to come where the clause it opens says so first: a verb of the future before any verb
# of the past (a word in small letters ending in -ed, or one of _PAST_BETWEEN's), and before any clause of its own
# ('On January 5, the day on which parliament approved ..., a ceremony will be held' stays past: check it).
_OPENS = re.compile(r"\W*(?:(?:on|by|from|until|in|early|late|mid|the)\s+){0,2}(?:\d\d?(?:st|nd|rd|th)?\s+(?:of\s+)?)?",
                    re.I)
_PAST_VERB = re.compile(r"\b[a-z]+ed\b")


def to_come(text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the day or month printed from `start` to `end` is one to come: a verb of the future goes before it in
    its sentence (of `spans`, the text's), with nothing between them that looks back; or it opens its sentence and
    the verb of the clause it opens is one of the future."""
    begin, stop = spans[sentence_at(spans, start)]
    futures = list(_FUTURE.finditer(text, begin, start))
    if futures:
        return not _PAST_BETWEEN.search(text, futures[-1].end(), start)
    if not _OPENS.fullmatch(text, begin, start):
        return False
    after = _FUTURE.search(text, end, stop)
    return bool(after) and not (_PAST_BETWEEN.search(text, end, after.start())
                                or _PAST_VERB.search(text, end, after.start()))


def find_event_candidates(article: Article, registry: Registry, mentions: list[Mention]) -> list[EventCandidate]:
    """Every weekday or month phrase of the paragraphs and captions, read by its tense (`find_dated_phrases`), with
    its sentence and a YAML event entry (participants: the people and organisations the sentence names; place: the
    one place it names, if one)."""
    taken = set(registry.entities) | set(registry.events)
    out, seen = [], set()
    all_text = [b.text for b in article.blocks]
    for b in article.blocks:
        if b.kind not in ("p", "caption"):
            continue
        spans = sentences(b.text)
        for start, end, unit, date, name in find_dated_phrases(b.text, article.date, by_tense=True):
            s, e = spans[sentence_at(spans, start)]
            sentence = b.text[s:e]
            if (sentence, start) in seen:
                continue
            seen.add((sentence, start))
            passage = sentence if sum(t.count(sentence) for t in all_text) == 1 else b.text
            in_sentence = [m for m in mentions if m.block == b.anchor and s <= m.start < e and m.entity]
            same = tuple(sorted(ev.id for ev in registry.events.values()
                                if date.first_day() <= ev.date.date.first_day()
                                and ev.date.date.last_day() <= date.last_day()))
            entry = _event_entry(article, unit, name, date, passage, in_sentence, registry, taken, all_text)
            out.append(EventCandidate(b.text[start:end], unit, date, sentence, b.anchor, same, entry, start))
    return out


def _event_entry(article: Article, unit: str, name: str, date: PartialDate, passage: str, mentions: list[Mention],
                 registry: Registry, taken: set[str], texts: list[str]) -> str:
    ident = _ident(f"{date.iso()}-{article.slug[11:]}", taken)
    if not ID_RE.match(ident):
        ident = _ident(f"{date.iso()}-event", taken)
    # A weekday or month as the phrase, which the data reads against the article's date as the latest on or before it;
    # one to come as its date.
    past = unit in ("weekday", "month") and date.first_day() <= article.date
    when: object = {unit: name, "article": article.slug} if past else date.iso()
    entry: dict = {"id": ident, "name": "TODO: name the event", "date": when,
                   "description": "TODO: what happened, as the article reports it."}
    places = sorted({m.entity for m in mentions if registry.entities[m.entity].kind == "place"})
    if len(places) == 1:
        entry["place"] = places[0]
    actors = sorted({m.entity for m in mentions if registry.entities[m.entity].kind != "place"})
    if actors:
        entry["participants"] = [{"id": a, "part": "TODO"} for a in actors]
    if sum(t.count(passage) for t in texts) == 1:
        entry["reports"] = [{"article": article.slug, "passage": passage}]
    return f"# for {'articles/data/' + EVENTS_FILE}\n" + _dump(entry)
