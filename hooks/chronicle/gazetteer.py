"""General word lists that tell what a capitalised name is when nothing around it does: the world's countries and
capitals, the provinces and main cities of Iran and Iraq, given names common in the region and in the English-language
press, and the demonyms and faiths that are not names of anything. The import uses them to propose candidates; no
link is ever made from them. Names are compared under the transliteration table (`names`), so one spelling stands
for its variants ('Sulaymaniyah' for 'Sulaimaniyah')."""

from __future__ import annotations

import functools
import re

from .names import NameKey, fold_word, name_key

COUNTRIES = """Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain
    Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burkina
    Burundi Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark
    Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany
    Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland
    Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho
    Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania
    Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal
    Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland
    Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain
    Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkiye
    Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Britain
    England Scotland Wales Gaza Europe Asia Africa""".split() + [
    "Saudi Arabia", "United Arab Emirates", "United Kingdom", "United States", "South Korea", "North Korea",
    "Russian Federation", "Syrian Arab Republic",
    "South Africa", "South Sudan", "New Zealand", "Sri Lanka", "Costa Rica", "El Salvador", "Sierra Leone",
    "Ivory Coast", "Papua New Guinea", "Trinidad and Tobago", "Czech Republic", "Dominican Republic", "West Bank",
    "Central African Republic", "Equatorial Guinea", "Cape Verde", "East Timor", "San Marino", "Vatican City",
    "Latin America", "North Africa", "Central Asia", "South Caucasus", "Gulf of Oman", "UAE", "UK", "USA",
    "Hong Kong", "Macau", "North Macedonia", "Bosnia and Herzegovina", "Guinea-Bissau", "Puerto Rico",
    "Western Sahara", "Northern Ireland",
    # the world's seas and regions the region's news names: 'a route to the Mediterranean'
    "Mediterranean", "Mediterranean Sea", "Black Sea", "Arabian Sea", "Indian Ocean", "Arabian Peninsula",
    "Caucasus", "Balkans", "Horn of Africa", "Sahel", "Southeast Asia", "South Asia", "East Asia", "Far East",
    "Levant", "Eastern Europe", "Western Europe", "East Africa", "West Africa"]

CAPITALS = """Kabul Tirana Algiers Yerevan Canberra Vienna Baku Manama Dhaka Minsk Brussels Sofia Ottawa Beijing Bogota
    Zagreb Havana Nicosia Prague Copenhagen Cairo Tallinn Helsinki Paris Tbilisi Berlin Accra Athens Budapest
    Reykjavik Delhi Jakarta Tehran Baghdad Dublin Jerusalem Rome Tokyo Amman Astana Nairobi Pristina Riga Beirut
    Tripoli Vilnius Luxembourg Valletta Rabat Kathmandu Amsterdam Oslo Muscat Islamabad Manila Warsaw Lisbon Doha
    Bucharest Moscow Riyadh Belgrade Singapore Bratislava Ljubljana Mogadishu Madrid Khartoum Stockholm Bern Damascus
    Taipei Dushanbe Bangkok Tunis Ankara Ashgabat Kyiv Kiev London Washington Tashkent Caracas Hanoi Sanaa Lusaka
    Harare Geneva Istanbul Dubai Jeddah Mecca Medina Tel Aviv Aden""".split() + ["Abu Dhabi", "New York", "Tel Aviv",
                                                                              "New Delhi", "Kuwait City"]

# The governorates and provinces of Iraq and Iran and their main cities and crossings, as the English-language press
# writes them.
IRAN_IRAQ_PLACES = """Basra Nineveh Mosul Erbil Irbil Sulaymaniyah Sulaimani Slemani Duhok Dohuk Kirkuk Anbar Ramadi
    Fallujah Diyala Baqubah Salahuddin Saladin Tikrit Samarra Babil Babylon Hillah Karbala Najaf Wasit Kut Maysan
    Amarah Nasiriyah Muthanna Samawah Qadisiyah Diwaniyah Halabja Sinjar Kufa Kadhimiya Zakho Khanaqin Faw Umm Qasr
    Qaim Isfahan Esfahan Fars Shiraz Khorasan Mashhad Khuzestan Ahvaz Ahwaz Abadan Khorramshahr Azerbaijan Tabriz
    Urmia Ardabil Kermanshah Hamadan Lorestan Khorramabad Ilam Kerman Yazd Zahedan Hormozgan
    Bushehr Markazi Arak Qom Qazvin Zanjan Semnan Mazandaran Sari Gilan Rasht Golestan Gorgan Alborz Karaj Sanandaj
    Mehran Shalamcheh Chazabeh Bashmaq Piranshahr Marivan""".split() + [
    "Qasr-e Shirin", "Bandar Abbas", "Dhi Qar", "Ain al-Asad", "Kohgiluyeh and Boyer-Ahmad",
    "Chaharmahal and Bakhtiari", "Sistan and Baluchestan", "Sistan-Baluchestan",
    "Green Zone", "Persian Gulf", "Strait of Hormuz", "Shatt al-Arab", "Arvand Rud", "Kurdistan Region",
    "Tigris", "Euphrates", "Zagros", "Caspian Sea", "Red Sea", "Gaza Strip", "West Bank"]

# Cities and regions of Iran's and Iraq's neighbours that the region's news names: 'rebels who have seized Aleppo'.
NEIGHBOUR_PLACES = """Aleppo Homs Hama Idlib Raqqa Latakia Tartus Suwayda Sweida Daraa Palmyra Qamishli Hasakah Kobani
    Afrin Manbij Tyre Sidon Baalbek Dahiyeh Dubai Sharjah Jeddah Mecca Makkah Medina Dammam Qatif Aqaba Zarqa Irbid
    Istanbul Izmir Gaziantep Diyarbakir Hakkari Mardin Herat Kandahar Mazar-i-Sharif Karachi Lahore Quetta Peshawar
    Baku Nakhchivan Yerevan Ashgabat Sanaa Aden Hodeidah Marib""".split() + [
    "Deir ez-Zor", "Deir al-Zor", "Abu Kamal", "Albu Kamal", "Abu Dhabi", "Golan Heights", "Sinai"]

# Given names: a capitalised name that starts with one of these, and has one name word more, is a person's.
GIVEN_NAMES = """Mohammad Ali Hassan Hussein Hossein Ahmad Mahmoud Mustafa Abbas Hadi Mahdi Reza Javad Jafar Qasem Esmail
    Ebrahim Masoud Nouri Haider Adel Qais Falih Faleh Hamid Saeed Saad Khalid Omar Osama Yasser Fuad Barham Nechirvan
    Masrour Muqtada Ammar Hoshyar Bafel Qubad Kosrat Humam Hakim Akram Abdul Abdullah Abdulaziz Salman Karim Kamal
    Jalal Jamal Nasser Nasrallah Nizar Riyadh Ayad Iyad Iyad Faisal Fahad Fadhil Falah Farhad Farid Ghassan Hamza
    Hashem Hazem Hisham Ibrahim Ismail Jaber Jassim Kadhim Kazem Khaled Luay Majid Mansour Marwan Mazen Moqtada
    Mohsen Mojtaba Morteza Mostafa Mousa Musa Nabil Naji Nawaf Nuri Osman Qassem Rafi Raed Rashid Sabah Sadiq Sadeq
    Salah Salem Sami Samir Sayed Shakir Sharif Talal Tariq Thamer Wael Walid Yahya Yousef Youssef Zaid Ziad Zuhair
    Alaa Anwar Asaad Bashar Basim Dawood Emad Fouad Habib Hamad Hameed Haitham Hasan Husayn Issa Jawad Kamil Latif
    Maher Mahmood Maliki Mukhtar Mundhir Muthanna Qahtan Rahim Raouf Sattar Shaker Suhail Taha Wathiq Yaser Zaki
    Zeinab Zainab Fatemeh Fatima Maryam Masoumeh Narges Shirin Leila Mahsa Azadeh Parisa Nasrin Hadia Rana Sara Amal
    Amir Abolfazl Alireza Amirhossein Behrouz Bijan Dariush Ehsan Eshaq Farzad Gholam Hamidreza Kamran Kaveh Mehdi
    Mehran Mohammadreza Nader Nasrollah Parviz Ramin Rouhollah Saeid Sajjad Shahram Siavash Vahid Yadollah Zahra
    Hojjat Hamed Gholamreza Gholamhossein Mohammadbagher Abdolrahim Ahmadreza Aliakbar Akbar Asghar Kazim
    Juma Jumaa Jomaa Rayan Rayyan Iraj Touraj Khamis Shaalan Saddam Humam Homam Hummam
    Nawzad Rebwar Hiwa Karwan Sherko Dilshad Hemin Aso Saman Shwan Hawre Lahur Safeen Kurdo Bakhtiar Ako Renas Rebin Zana
    Haval Havel Hawar Amin Mehrdad Bahram Behzad Kiomars Kioumars Koumars Salar Farshid Fariborz Houshang Jamshid
    Kourosh Arash Babak Payam Peyman Pouya Davood Abdolreza Abdolvahab Abdolhamid Abdolkarim Ensiyeh Firas Amjad
    Muhannad Mohannad Mohanad Malek Malik Abdulrida Abdulridha Abdulamir Abdulkarim Abdulrahman Abdulhadi Heba Lina
    Randa Rania Dina Maha Nadia Renad Rawan Ramez Ramiz Rami Namir Hanna Salim Saleem Fadi Elias Boutros
    Samira Ehab Ihab Reham Huda Hanan Iman Ahlam Mona Samar Rima Rasha Dalia Hind Suha Safa Wafa Nour Noor Ruqaya
    Amna Amina Aisha Khadija Asma Reem Shahla Bushra Sawsan
    Omid Omed Navid Nima Milad Hesam Arman Siamak Sohrab Rostam Khosrow Eskandar Iskandar Pirouz Samad Kian Ahmadali
    Ezzatollah Habibollah Abdolnasser Pirhossein Sanam Farnaz Farzaneh Kimia Naeem Naim Faiq Laith Adnan Othman
    Aqil Nazem Tahseen Razzaq Razak Yassin Yaseen Yassen Munqith Hayan Manaf Ghalib Atheel Moutaz Najm Ayman
    Bassam Fanar Musaed Peshraw Rebar Kovan Bangin Lawk Gailan
    Rob Bob Tom Dan Jim Barack Jake Toby Ted Ned Chris Charlie Dominic Eleanor Rosemary Jeanine Alina Ilhan Heiko
    Joe Donald Mike Antony Anthony Lloyd Mark John James Robert Michael William David Richard Joseph Thomas Charles
    Christopher Daniel Matthew George Paul Steven Andrew Kenneth Joshua Kevin Brian Edward Ronald Timothy Jason
    Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Frank Gregory
    Raymond Alexander Patrick Jack Dennis Jerry Tyler Aaron Henry Adam Douglas Nathan Peter Zachary Kyle Walter Harold
    Jeremy Ethan Carl Keith Roger Gerald Christian Terry Sean Arthur Austin Noah Lawrence Jesse Joe Bryan Billy Jordan
    Albert Dylan Bruce Willie Gabriel Alan Juan Logan Wayne Ralph Roy Eugene Randy Vincent Russell Louis Philip Bobby
    Johnny Bradley Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Betty
    Sandra Ashley Dorothy Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura Sharon
    Cynthia Kathleen Helen Amy Shirley Angela Anna Brenda Pamela Nicole Ruth Katherine Samantha Christine Emma
    Catherine Debra Virginia Rachel Carolyn Janet Maria Heather Diane Julie Joyce Victoria Kelly Christina Joan Evelyn
    Lauren Judith Olivia Frances Martha Cheryl Megan Andrea Hannah Jacqueline Ann Jean Alice Kathryn Gloria Teresa
    Doris Sara Janice Julia Marie Madison Grace Judy Theresa Beverly Denise Marilyn Amber Danielle Abigail Brittany
    Rose Diana Natalie Sophia Alexis Lori Kayla Jane Agnes Antonio Emmanuel Vladimir Sergei Sergey Recep Hakan
    Carlos Marc Marco Dragan Olaf Boris Jens Josep Ursula Annalena Kamala Hillary Condoleezza Rex Lindsay Chuck
    Mevlut Benjamin Naftali Yair Ehud Boris Rishi Keir Angela Olaf Emmanuel Jens Ursula Josep Kaja""".split()

# People the world's and the region's press name by one name alone, as written: 'the Assad regime', 'Saddam's era',
# 'the Bush administration'. Exact, not by transliteration: 'Asad' of 'Ain al-Asad' is a base's.
PEOPLE_BY_ONE_NAME = frozenset("""Assad Saddam Bush Obama Bolton Abadi Putin Erdogan Erdoğan Netanyahu Macron Merkel
    Blinken Clinton Reagan Carter Kissinger Gaddafi Qaddafi Mubarak Sisi Guterres Zelensky Khomeini
    Nasrallah Sinwar Haniyeh Baghdadi Zawahiri""".split())

# The words of a body's kind in its name ('Supreme National Security Council', 'Iran Customs Administration').
ORGANISATION_WORDS = frozenset("""Council Ministry Parliament Assembly Party Army Forces Force Corps Agency Organisation
    Framework Nations Bloc Faction Government
    Organization Committee Commission Front Movement Brigades Brigade Units Guard Guards Office Alliance Coalition
    Association Institute University Company Corporation Bank Union Group Authority Court Cabinet Bureau Department
    Service Services Network News Times Daily TV Radio Press Foundation League Federation Fund Militia Mobilization
    Academy Center Centre Police Navy Command Headquarters Consulate Embassy Majlis Reserve Resistance Chamber Society
    Treasury Secretariat Directorate Administration Board Syndicate Club Observatory Journal Gazette Herald Tribune
    Advisory Regiment Battalion School College Faculty Politburo
    Observer Post Airways Airlines Railways FC Holding Holdings Municipality Team Presidency Cell Dept""".split())

# The words of the faiths the region's news names: they name no one on their own, and, unlike a country's adjective,
# say nothing of whose a body is ('Shura Council' may be any group's, not only the 'Islamic Shura Council').
FAITHS = frozenset("""Shia Shias Shiaa Shiia Shii Shiite Shiites Shi'ite Sunni Sunnis Muslim Muslims Islam Islamic
    Islamist Islamists Christian Christians Christianity Catholic Catholics Orthodox Protestant Protestants Evangelical
    Yazidi Yazidis Jewish Zionist""".split())

# Words with a capital that name no person, place or body on their own: demonyms, languages, faiths (FAITHS), the
# calendar's holidays.
NOT_NAMES = FAITHS | frozenset("""Iraqi Iraqis Iranian Iranians Arab Arabs Arabic Persian Farsi Dari Kurd Kurds Kurdish
    Sorani English Hebrew MOU MoU
    Kurmanji Turkish Turk Turks
    Saudi Saudis Syrian Syrians Lebanese Israeli Israelis American Americans British European Europeans Western
    Eastern
    German Germans French Japanese Italian Spanish Indian Indians Korean Canadian Australian Dutch Swiss Swedish Greek
    Armenian Armenians Azerbaijani Azeri Azeris Georgian Uzbek Baluch Baloch Soviet Ottoman
    Westerner Russian Chinese Afghan Afghans Pakistani Yemeni Yemenis Kuwaiti Qatari Emirati Omani Bahraini Jordanian
    Croat Croats Croatian Serb Serbs Serbian Bosnian Slovene Slovenian Portuguese Brazilian Brazilians Argentine
    Argentinian Spaniard Spaniards Briton Britons Scottish Irish Welsh Belgian Austrian Hungarian Romanian Bulgarian
    Ukrainian Ukrainians Polish Czech Norwegian Swede Swedes Danish Finnish Mexican Nigerian Moroccan Algerian Tunisian
    Libyan Sudanese Tajik Kazakh Kyrgyz
    Egyptian Palestinian Palestinians Assyrian Chaldean
    Turkmen Baathist Sadrist Sadrists Ashura Arbaeen
    Arbaein Nowruz Ramadan Eid Muharram Hajj Friday Saturday Sunday Monday Tuesday Wednesday Thursday GMT UTC EST EDT
    CST CDT PST PDT CET CEST BST MSK AM PM
    CEO State Co Justice Excellency Highness Majesty Source Sources Official Officials Caption Photo Handout
    Gen Lt Col Maj Capt Brig Sgt Mr Mrs Ms Dr DNA GDP LNG LPG UAV IED ICU PCR VIP VAT GPS SUV JCPOA
    PBUH SAW SAWW SWT""".split())  # initials of things; of the blessings said after a holy name ('peace be upon him')

# A headline's verbs, capitalised in its title case: 'Iraqi Militia Warns the U.S.', 'Sadr Vows to ...'; and the verb
# of a post, capitalised in a text as in a platform's name ('... such as #Yemen, #Syria,” Zarif Tweeted on Monday'). No
# one's name: not Claims (the Iran-US Claims Tribunal), nor Said, a given name ('Mohammed Said al-Sahhaf').
HEADLINE_VERBS = frozenset("""Says Warns Urges Vows Slams Denies Rejects Threatens Condemns Welcomes Announces Accuses
    Demands Calls Blames Praises Backs Hails Meets Visits Tweets Tweeted
    Is Are Was Were Has Have Had Does Did""".split())  # and the verbs a title's capitals give 'be', 'have' and 'do'

# Capitalised words that open or join a sentence rather than name anyone: function words, linking adverbs, and the
# participles that open a news sentence before a name ('Addressing Al-Sudani, he said', 'Welcoming Raisi, ...').
# Verbs only: a given name that ends as a participle does ('Irving', 'Sterling') is none of them.
SENTENCE_WORDS = frozenset("""The A An In On At For From To By With And But Also After Before During Since Until
    When While According However His Her Their Its Our My Your This That These Those He She It They We I You Both Each
    All Some Many Meanwhile Elsewhere Further If As Under Over Among Between Despite Following Then Now Several Other
    Another Most Such What Which Who Where Why How Yet Still Even Only Just Earlier Later Last Next Today Tonight Having
    Yesterday Tomorrow Here There No Not Nor Or So Thus Indeed Moreover Furthermore Additionally Nevertheless
    Nonetheless Therefore Hence Accordingly Likewise Similarly Consequently Instead Otherwise Besides Overall Finally
    Firstly Secondly Regarding Concerning Asked Citing Speaking Referring Pointing Addressing Welcoming Receiving
    Thanking Praising Hailing Quoting Commenting Responding Reacting Accompanying Visiting Urging Hosting Noting
    Stressing Emphasising Emphasizing Describing Condemning Criticising Criticizing Congratulating Greeting Lauding
    Saluting Inviting Recalling Accusing Blaming Echoing Calling Terming Labelling Labeling Branding Dubbing Denouncing
    Slamming Rejecting Reiterating Underlining Highlighting Expressing Announcing Confirming Denying Defending
    Explaining Mourning Commemorating Top Senior Though Although Whereas Unless Because Whether Amid Once Upon Rather
    Perhaps
    Make Take Read Click Please See Let Keep Get Find Watch Follow Join Subscribe Share Learn Till""".split())  # the
# last line: a page's orders to its reader ('Make sure to log into your account', 'See Iran Daily, Jan 9')

# Bodies the press of the region names by name alone: its armed groups, parties and news outlets.
ORGANISATIONS = """Hezbollah Hamas Houthis Houthi Nujaba Gorran PKK PJAK KDPI KDP PUK OPEC NATO IAEA UNAMI CIA Mossad Reuters AFP
    AP ISNA IRNA Mehr Fars Tasnim Kayhan Xinhua Sputnik RT BBC CNN ABNA ILNA INA Congress Pentagon Centcom CENTCOM
    Knesset Senate UN EU Interpol UPI MENAFN Hizballah NPR""".split() + [
    "Al-Qaeda", "Al Qaeda", "Ansar Allah", "Kataib Hezbollah", "Kata'ib Hezbollah", "Asaib Ahl al-Haq",
    "Badr Organization", "Harakat al-Nujaba", "Kataib Sayyid al-Shuhada", "Saraya al-Salam", "Islamic Jihad",
    "Al Jazeera", "Al Arabiya", "Al Mayadeen", "Press TV", "Associated Press", "Agence France-Presse", "Rudaw",
    "Kurdistan 24", "Shafaq News", "Tehran Times", "Mehr News", "The Guardian", "The New York Times",
    "The Washington Post", "The Wall Street Journal", "United Nations", "European Union", "Arab League",
    "Anadolu Agency", "Axis of Resistance", "Islamic Resistance in Iraq", "White House", "State Department", "Taliban",
    "Muslim Brotherhood", "Sadrist movement", "Sadrist Movement", "Amnesty International", "Human Rights Watch",
    "Reporters Without Borders", "Red Cross", "The New Arab", "The Jerusalem Post", "Jerusalem Post", "Middle East Eye",
    "Middle East Monitor", "Alhurra", "Al-Hurra", "Al Hurra"]


_ARTICLES = ("al", "el")  # the article before a word of an Arabic name, which a name is looked up without


@functools.cache
def _keys(names: tuple[str, ...]) -> dict[str, list[NameKey]]:
    """The names by the coarse part of their key, for a quick look-up."""
    out: dict[str, list[NameKey]] = {}
    for name in names:
        folded = [fold_word(w) for w in name.replace("-", " ").split()]
        if all(folded):
            # as _among looks them up, without the article: 'Ain al-Asad' is 'Ain Asad', whether it is written
            # 'Ain al-Asad', 'Eyn al-Assad' or 'Ain Al Asad'; but a name of one word after its article keeps it, or
            # any word heard like it would meet it ('Arabia', 'Al Arabiya')
            words = [f for f in folded if f not in _ARTICLES]
            key = name_key(words if len(words) >= 2 else folded)
            out.setdefault(key.coarse, []).append(key)
    return out


def _among(words: list[str], names: tuple[str, ...]) -> bool:
    folded = [fold_word(w) for w in words]
    if not all(folded):
        return False
    key = name_key([f for f in folded if f not in _ARTICLES])
    return any(key.meets(k) for k in _keys(names).get(key.coarse, ()))


# The lists as the look-ups take them, made once: each look-up is on the candidates' hot path.
_COUNTRIES_AND_CAPITALS = tuple(COUNTRIES + CAPITALS)
_COUNTRIES = tuple(COUNTRIES)
_REGIONAL_PLACES = tuple(IRAN_IRAQ_PLACES + NEIGHBOUR_PLACES)
_GIVEN_NAMES = tuple(GIVEN_NAMES)
_ORGANISATIONS = tuple(ORGANISATIONS)


def is_country_or_capital(name: str) -> bool:
    return _among(name.replace("-", " ").split(), _COUNTRIES_AND_CAPITALS)


def is_regional_place(name: str) -> bool:
    """A place of Iran or Iraq, or a city of their neighbours."""
    return _among(name.replace("-", " ").split(), _REGIONAL_PLACES)


def is_country(name: str) -> bool:
    """A country's name, in any spelling the table meets ('Iran', not 'Tehran')."""
    return _among(name.replace("-", " ").split(), _COUNTRIES)


def is_known_place(name: str) -> bool:
    """A country, a capital, a place of Iran or Iraq or a city of their neighbours."""
    return is_country_or_capital(name) or is_regional_place(name)


def is_known_person(name: str) -> bool:
    """One of the people the press names by one name alone (PEOPLE_BY_ONE_NAME), as written, a possessive's ending
    aside."""
    return re.sub(r"[’']s?$", "", name) in PEOPLE_BY_ONE_NAME


def is_known_organisation(name: str) -> bool:
    """One of the known bodies and outlets as written, or in another transliteration ('Kataeb Hezbollah')."""
    return _plain_name(name) in _ORGANISATION_NAMES or _among(name.replace("-", " ").split(), _ORGANISATIONS)


def _plain_name(name: str) -> str:
    return name.replace("’", "'").casefold()


_ORGANISATION_NAMES = frozenset(_plain_name(n) for n in ORGANISATIONS)


@functools.lru_cache(maxsize=1 << 14)
def is_given_name(word: str) -> bool:
    """One of the given names common in the region, in any transliteration, or given names joined by a hyphen as one
    ('Mohammad-Reza', 'Gholam-Hossein'; not 'Amir-Abdollahian', a surname): asked of the same words again and again,
    by the links and the candidates alike."""
    if _among([word], _GIVEN_NAMES):
        return True
    parts = word.split("-")
    return len(parts) == 2 and all(p[:1].isupper() and _among([p], _GIVEN_NAMES) for p in parts)


# The known names with a word in lower case or a number ('Islamic Resistance in Iraq', 'Kurdistan 24'): a phrase of
# capitalised words stops before it, so they are looked for whole.
NAMES_WITH_SMALL_WORDS = tuple(n for n in ORGANISATIONS + IRAN_IRAQ_PLACES
                               if any(not w[:1].isupper() for w in n.split()[1:]))
