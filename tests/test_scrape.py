"""Reading a scraped page: line shapes (datelines, news IDs, bylines, furniture, captions, subheadings), decoding,
and whole pages in other outlets' layouts against their golden reading (tests/fixtures/layouts/expected.yml)."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from chronicle.errors import DataError
from chronicle.furniture import (ends_glued, furniture_reason, is_breadcrumbs, is_byline, is_caption, is_counter,
                                 is_heading_shape, is_tag_line, read_dateline, read_lead_label, read_news_id)
from chronicle.scrape import decode_raw, read_page
from conftest import ROOT

LAYOUTS = ROOT / "tests" / "fixtures" / "layouts"
GOLDEN = yaml.safe_load((LAYOUTS / "expected.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("line, date, updated", [
    ("Feb 6, 2021, 1:47\u202fPM", dt.date(2021, 2, 6), False),  # EghtesadOnline, narrow no-break space
    # a full stop before the time; a wire's filing line at noon; a day glued to its year by a comma
    ("13th Sep, 2021. 06:20 pm", dt.date(2021, 9, 13), False),  # BOL News
    ("Filed Aug. 23, 2022, noon GMT", dt.date(2022, 8, 23), False),  # a Reuters special report
    ("Tuesday - November 26,2019", dt.date(2019, 11, 26), False),  # a site's date bar
    ("Published: 0137 GMT July 22, 2020", dt.date(2020, 7, 22), False),  # Iran Daily
    ("[September 03, 2022]", dt.date(2022, 9, 3), False),  # in square brackets (Lincoln Daily News)
    ("July 21, 2020 / 9:05 AM / Updated 4 years ago", dt.date(2020, 7, 21), False),
    ("Updated: 21 July 2020 18:40 GMT", dt.date(2020, 7, 21), True),
    ("Tuesday, 29 November 2022", dt.date(2022, 11, 29), False),
    ("November, 29, 2022 - 14:22", dt.date(2022, 11, 29), False),
    ("Posted on Sep. 12th, 2021 at 10:15 a.m.", dt.date(2021, 9, 12), False),
    ("2022-11-29 14:05 IRST", dt.date(2022, 11, 29), False),
    ("Last updated: 2020-07-22T01:37", dt.date(2020, 7, 22), True),  # an ISO stamp, as some pages print it
    ("27-06-2019", dt.date(2019, 6, 27), False),  # day first, with hyphens (Rudaw)
    ("date 2021-06-08   1. Economy", dt.date(2021, 6, 8), False),  # the scrape's date, a section and its number
    ("14 Sep 2020 by Local Press Report", dt.date(2020, 9, 14), False),  # a byline after the date (OOSKAnews)
    ("October 25, 2021   5 mins", dt.date(2021, 10, 25), False),  # a reading time alone (UnHerd)
    ("date 2021-09 2021/09/20 | 19:22 - Source: Iraq News", dt.date(2021, 9, 20), False),  # the scrape's month only
    ("Business Materials 17 February 2022 14:47 (UTC +04:00)", dt.date(2022, 2, 17), False),  # a section's label (Trend)
    # the page's published and modified stamps glued after the date a reader reads (Lokmat Times)
    ("By Lokmat English Desk | Published: October 26, 2024 07:20 AM2024-10-26T07:20:58+5:302024-10-26T07:21:42+5:30",
     dt.date(2024, 10, 26), False),
    ("Date: 2021-12-23T14:17:38+0000", dt.date(2021, 12, 23), False),
    ("2023-11-06 12:45:04 - Source: Shafaq News", dt.date(2023, 11, 6), False),  # with the source it names
    ("2022-11-27 13:55Font", dt.date(2022, 11, 27), False),  # a font-size control scraped with the time
    ("Sunday, March 19, 2023", dt.date(2023, 3, 19), False),
    ("Saturday 14/09/2019", dt.date(2019, 9, 14), False),  # day first, as British and Arab outlets print it
    # the month's name between slashes, the time as the site prints it (EghtesadOnline, in the hundred-and-eighteenth
    # batch)
    ("28 / May / 2017 24:58", dt.date(2017, 5, 28), False), ("28/May/2017", dt.date(2017, 5, 28), False),
    ("Jane Doe Published November 29, 2022 | 08:13 PM", dt.date(2022, 11, 29), False),  # after the author's name
    ("date 2025-11-14 + ↺ − 16 px", dt.date(2025, 11, 14), False),  # with a text-size control
    ("Publish Date : 20 November 2021 - 21:43", dt.date(2021, 11, 20), False),  # 'Publish Date', a 24-hour clock
    ("Publication date: 3 March 2022", dt.date(2022, 3, 3), False),
    ("Date of release: 2019/3/19 22:27", dt.date(2019, 3, 19), False),  # a copied story's, month and day in one digit
    # a print edition's issue line: the paper's name, the issue's number, the date and the page
    ("Daily Herald - Number Seven Thousand Two Hundred and Eighty Seven - 09 May 2023 - Page 6",
     dt.date(2023, 5, 9), False),
    ("No. 1234 | 2 June 2020", dt.date(2020, 6, 2), False),
    ("Saturday، 18 July 2020 11:27 PM", dt.date(2020, 7, 18), False),  # an Arabic comma after the weekday
    ("Tuesday, September 10, 2024  Read time1 min", dt.date(2024, 9, 10), False),  # a reading time glued to it
    ("date 2020-10-06 334 views", dt.date(2020, 10, 6), False),  # the page's views after it
    ("date 2022-02-26 2022/02/26 | 16:18 - Source: Iraq News", dt.date(2022, 2, 26), False),  # the scrape's, the same
    ("11/15/19", dt.date(2019, 11, 15), False),  # a year in two digits, month first as only it can be
    ("13 noiembrie 2019", dt.date(2019, 11, 13), False),  # a site in another language: Romanian
    ("5 de marzo de 2021", dt.date(2021, 3, 5), False),  # Spanish
    ("12. März 2020", dt.date(2020, 3, 12), False),  # German
    ("3 Şubat 2022", dt.date(2022, 2, 3), False),  # Turkish
    ("Mar 13, 2019 11:09 Asia/Tehran", dt.date(2019, 3, 13), False),  # a time zone named by its region
    ("Publish Date: 12March 2019 - 10:36", dt.date(2019, 3, 12), False),  # the day glued to its month
    ("Tue 17 - August 2021 - 18:25", dt.date(2021, 8, 17), False),  # a dash between the day and its month
    ("Updated in: 28 February 2024 - 12:38", dt.date(2024, 2, 28), True),
    ("Dec 04, 2019 20:01 Asia/Tehran [Updated: Dec 07, 2019 22:13 Asia/Tehran]", dt.date(2019, 12, 4), False),
    ("By Tyler O’Neil December 31, 2019", dt.date(2019, 12, 31), False),  # after the byline
    # who put the page up, then the date, as site builders print it (bic-rhr.com, in the real pages); a blog's
    ("Submitted by BIC on Thu, 09/17/2020 - 14:06", dt.date(2020, 9, 17), False),
    ("Posted by John Smith on Monday, March 3, 2021 at 10:15 AM", dt.date(2021, 3, 3), False),
    # the day a bill was put before the house, its sponsor after it (congress.wiki, in the real pages)
    ("Introduced on April 3, 2025 by Joe Wilson", dt.date(2025, 4, 3), False),
    ("By bne IntelIiNews February 8, 2024", dt.date(2024, 2, 8), False),  # an outlet's name in small letters first
    ("July 22, 2020 · 3 min read", dt.date(2020, 7, 22), False),
    ("ECONOMY 15.11.2021", dt.date(2021, 11, 15), False),  # a section's label in capitals (IRAM Center)
    ("MARCH 1, 2021", dt.date(2021, 3, 1), False),  # a month's name in capitals is no section's label (Rapture Forums)
    ("SEPT. 14, 2023", dt.date(2023, 9, 14), False),
    ("date 2020-01-08 USA TODAY", dt.date(2020, 1, 8), False),  # the scrape's date, then the outlet in capitals
    ("11/مارس/2019", dt.date(2019, 3, 11), False),  # an Arabic month's name between slashes
    ("Source: New York Times February 04, 2019 02:37 UTC", dt.date(2019, 2, 4), False),  # a credit line's source
    # the authors, the date and its update, in segments (Anadolu Agency): the date, not its update
    ("Bekir Aydoğan, Fakhradin Ibrahim Mohammad  | 31.08.2023 - Update : 31.08.2023", dt.date(2023, 8, 31), False),
    ("Jane Doe | Updated: 2 June 2020 - 1 June 2020", dt.date(2020, 6, 1), False),
    # the author, how long ago the page was served, then the date (UrduPoint, in the real pages)
    ("Sumaira FH 51 seconds ago Tue 13th July 2021 | 04:52 PM", dt.date(2021, 7, 13), False),
    # a city the gazetteer does not know, a comma, the date, its time, an identifier stamped after it (the EEAS)
    ("Strasbourg, 14/01/2020 - 19:33, UNIQUE ID: 200114_10", dt.date(2020, 1, 14), False),
    ("Strasbourg, 14 January 2020", dt.date(2020, 1, 14), False),
    # its update, then its date, a bar between them and no space (a copy of a Washington Post story, in the real pages)
    ("Updated September 28, 2022 at 4:02 p.m. EDT|Published September 28, 2022 at 11:19 a.m. EDT",
     dt.date(2022, 9, 28), False),
    ("16 Jun 202140:12", dt.date(2021, 6, 16), False),  # a video's running time glued to its year (learning.box)
    ("Japan Times17-06-2025", dt.date(2025, 6, 17), False),  # a source's name glued to a date in figures (daily8)
    ("r/Geosim Aug 06 '21", dt.date(2021, 8, 6), False),  # a forum's board, the year in two digits after an apostrophe
    ("19.12.2022 Views", dt.date(2022, 12, 19), False),  # a count's label, its number gone (yumpu.com)
    ("MENASource December 17, 2021", dt.date(2021, 12, 17), False),  # a series' name (the Atlantic Council)
    # a field of the page's head that says what the date is, month first (inclusivehuman.org, in the real pages)
    ("Date Finalized: 11/23/2021", dt.date(2021, 11, 23), False),
    ("Date Published: March 3, 2021", dt.date(2021, 3, 3), False),
])
def test_datelines_in_outlets_formats(line, date, updated):
    """A line that prints a date, with at most a label, a weekday, a time and a zone around it, is a dateline."""
    found = read_dateline(line)
    if date is None:
        assert found is None
    else:
        assert (found.date, found.updated, found.text) == (date, updated, line)


@pytest.mark.parametrize("line", [
    "Iran’s First Vice President Mohammad Mokhber (L) meets with Iraq’s Prime Minister Mustafa al-Kadhimi in Tehran "
    "on September 12, 2021. (Photo by Fars news agency)",  # a caption that holds a date
    "Since September, Iran has frequently launched air raids against the positions of those groups",
    "In July, US President Joe Biden and Kadhimi declared",
    "February 30, 2021",  # not a day of the calendar
    "18:40 GMT",  # a live blog's time stamp: no date
    "News ID: 34597",
    "2020-07-22T01:37 Iran and Iraq sign a deal on gas",  # a stamp before a sentence
    "March 19, 2023 Iran and Iraq sign a border deal",
    "04/05/2019",  # the 4th of May or the 5th of April: no date to trust
    "11-04-2022",  # the same with hyphens
    "date 2021-09 2021/10/20 | 19:22",  # the scrape's month and another's day
    "October 25, 2021 by the way",  # words after 'by', no byline
    "Tehran Talks 17 February 2022 ended",  # a label, a date, then more words
    "04/05/19",
    "1/2/3",
    "Iran and Iraq sign a rail deal - 09 May 2023 - talks to follow.",  # a sentence, whatever its segments
    "Iran and Iraq sign a rail deal on 09 May 2023 - Page 6",  # no segment is a date alone
    "9 May 2023 - 10 May 2023",  # two dates: which is the page's?
    "Updated: 9 May 2023 - Updated: 10 May 2023",  # two updates and no date
    "9 May 2023 - 10 May 2023 - Updated: 11 May 2023",  # two dates beside the update
    "By December 31, 2019 the troops had left",
    "Posted by Ali on his way to Baghdad on March 3, 2021",  # a sentence, not who put the page up
    "The bill was introduced on April 3, 2025",
    "Submitted by the ministry on 3 March 2021 to the UN",
    "by the way May 3, 2020",
    "Dec 04, 2019 [Iran and Iraq]",  # brackets that hold no update
    "date 2022-02-26 2022/02/27 | 16:18",  # the scrape's date and another: which is the page's?
    "IRAN ISIS 2014",  # a year alone
    "date 2020-01-08 Iran Says No",  # a headline run onto the scrape's date
    "Economy 15.11.2021 and more",
    "Source: the ministry said on February 4, 2019",  # a sentence after the label
    "Officials said 3 days ago that 12 July 2021 was the day",
    "Page 2, 14/01/2020",  # a page's number, not a city, before the date
    "The talks ended, 14 January 2020",
    "Date Accessed: 11/23/2021",  # the day a source was read, not the page's
])
def test_not_datelines(line):
    """Text that holds a date, or a time alone, is not a dateline."""
    assert read_dateline(line) is None


@pytest.mark.parametrize("line, news_id", [
    ("ID : 1771", "1771"),  # the page's number, with no word before it
    ("News ID: 34597", "34597"),
    ("News ID: 271880", "271880"),
    ("News Code: 84512", "84512"),
    ("Story ID #A-17", "A-17"),
    ("news id: 130625 -", "130625"),  # a separator after it
    ("News IDs are printed above", None),
])
def test_news_ids(line, news_id):
    assert read_news_id(line) == news_id


@pytest.mark.parametrize("line, reason", [
    # the seeds' furniture
    ("News \u00a0 / \u00a0 Politics \u00a0 / \u00a0 Iraq", "breadcrumbs"),
    ("Press TV’s website can also be accessed at the following alternate addresses:", "alternate address"),
    ("www.presstv.co.uk", "web address"),
    ("SHARE THIS ARTICLE", "share buttons"),
    ("Security Key:", "captcha"),
    ("Captcha refresh", "captcha"),
    ("Page Generated in 0/3627 sec", "page statistics"),
    ("Related Articles", "related links"),
    ("Back to top button", "back to top"),
    ("About Famagusta Gazette 9486 Articles", "author box"),
    ("You’ve reached your limit of {{free_limit}} free articles this month.", "paywall"),
    ("Disclaimer: No Business Standard Journalist was involved in creation of this content", "disclaimer line"),
    ("Add new comment", "comment prompt"),
    ("Read our comment policy before posting your viewpoints", "comment policy"),
    # other outlets' furniture
    ("Home › World › Middle East", "breadcrumbs"),
    ("Facebook Twitter WhatsApp Telegram Email", "share buttons"),
    ("Share on X", "share buttons"),
    ("https://www.tehrantimes.com/news/478901", "web address"),
    ("Read more: Iran, Iraq sign gas deal", "related link"),
    ("You may also like", "related links"),
    ("12 Comments", "comment prompt"),
    ("Your Comment", "comment prompt"),
    ("© 2022 Mehr News Agency. All rights reserved.", "copyright"),
    ("Tags: Iran, Iraq", "tags"),
    ("Advertisement", "site controls"),
    ("Click to start listening", "site controls"),  # an audio player's label
    ("Listen to this article", "site controls"),
    ("Printable Version", "site controls"),  # the American Center for Levant Studies' link to its print view
    ("Listen to article", "site controls"),  # Pakinomist's, in the real pages
    ("image_printپرینت خبر", "site controls"),  # a print button's icon name and label
    ("Join our brand new verified AMN Telegram channel and get important news uncensored!", "promotion"),
    ("This article was originally published by Radio Free Europe/Radio Liberty and is reprinted with permission.",
     "reprint note"),
    # Shafaqna's, under its translated stories (in the real pages)
    ("This news is originally published by Shafaqna Persian and translated by Shafaqna English", "reprint note"),
    ("Comment on the picture,", "photo credit"),  # a picture's label, machine-translated (Manchikoni's)
    ("Show key events only", "live-blog controls"),
    ("(Reporting by Parisa Hafezi; Editing by Alex Richardson)", "credits"),
    ("type here...", "search box"),
    ("Search for:", "search box"),
    ("Foreign PolicyIFP ExclusiveMiddle East", "section labels"),
    ("-/AFP via Getty Images", "photo credit"),
    ("Source of the photo:", "photo credit"),
    ("AFP through Getty Images", "photo credit"),
    ("Khamenei official website through Reuters", "photo credit"),  # a source, then the agency that passed it on
    ("Tags", "tags"),  # a list's label alone on its line
    ("The author has diversified experience in investigative journalism. He is Chief content editor at the site",
     "author's note"),
    ("The writer is a senior fellow at a research centre in Washington.", "author's note"),
    ("Staff member", "forum labels"),
    ("Messages: 1,204", "forum labels"),
    ("Please enter your comment!", "comment prompt"),
    ("Be the First to Comment!", "comment prompt"),
    ("Read on.", "related link"),
    ("Source link", "related link"),
    ("Go deeper: U.S. launches new global mission to defend Red Sea shipping lanes", "related link"),
    ("The post Iranian President visits Iraq on first trip abroad appeared first on Deutsche Welle.", "reprint note"),
    ("PressTV 14 views", "page statistics"),
    ("EF/MA", "credits"),  # the editors' initials
    ("jsi/kb (AP, AFP, Reuters)", "credits"),
    ("Get it on Google Play", "promotion"),
    ("Stay tuned with 24 News HD Android App", "promotion"),
    ("Upgrade your experience by choosing the categories that matter most to you.", "promotion"),
    ("I am Jane Roe, an experienced news writer with a passion for uncovering stories", "author's note"),
    ("author_image Kurdistan 24", "page markup"),
    ("News Reports Sports Business", "section menu"),
    ("• Art & Culture", "section menu"),
    ("News SPORT OPINION INTERVIEWS PHOTO GALLERY VIDEO GALLERY ABOUT", "section menu"),
    ("Baghdad, Iraq:", "dateline's place"),  # a dateline's place on a line of its own
    ("Najaf —", "dateline's place"),
    ("Shafaq News- Baghdad", "dateline's place"),  # the outlet's dash glued to its name (Shafaq News's)
    ("TEHRAN:", "dateline's place"),
    ("BASRA", "dateline's place"),  # a known place in capitals, alone
    ("Islamabad:", "dateline's place"),  # a city with a colon (Pakinomist's, in the real pages); not 'Iran:' (a part's)
    ("Shafaq News – Baghdad", "dateline's place"),  # after the outlet's name
    ("Baghdad - INA - Muhammad Salim", "dateline's place"),  # before the outlet's initials and the writer's name
    ("Baghdad – INA", "dateline's place"),
    ("    INA-  Baghdad", "dateline's place"),  # the outlet's initials first (INA)
    ("Press TV, Tehran", "dateline's place"),  # after a comma (Press TV)
    ("Najaf, Iraq", "dateline's place"),  # a known place and its country, alone (The Iris NYC)
    ("Tehran, Iran.", "dateline's place"),
    (" date 2021-04-11 TEHRAN, Iran", "dateline's place"),  # after the scrape's date (Infosurhoy)
    ("From Amwaj Media. Any opinions expressed are those of the author(s), and do not necessarily reflect the views of "
     "Iraq Business News.", "reprint note"),  # a copied story's source and the site's disclaimer
    ("Home|Iran|Islam|Persian Language|FAQ|Contact Us|Links|Sitemap", "section menu"),  # a site's menu from its home
    ("Friday, August 7, 2020 عربي|فارسي", "language menu"),  # after the day the page was served (ICRO)
    ("Username :   ", "form field"),  # a login form's labels, their fields empty
    ("E-mail :", "form field"),
    ("  Print        Send to Friend", "share buttons"),
    ("Page 1 of 1", "pager"),  # a print view's pager (Dredging Today)
    ("News AFP News AFP", "section labels"),  # a label printed twice (Bourse & Bazaar)
    ("In Arabic, Kurdish and Farsi", "language menu"),  # the editions, in a sentence's words (964media)
    ("Iraq/Security", "breadcrumbs"),  # sections between slashes, no space
    ("Iran/Iraq/Middle East/nuclear weapons/United States", "breadcrumbs"),
    ("TT", "site controls"),  # a text-size control
    ("  • +A -A", "site controls"),  # the text's size buttons, in a bulleted list (INA), or alone (NRT)
    ("+ -", "site controls"),
    ("Source : iraqinews.com", "source line"),  # the source a copied story names, by its web address
    ("Share.", "share buttons"),
    ("Enable Read mode", "site controls"),
    ("100% Font Size", "site controls"),
    ("Published: Updated:", "site controls"),  # the labels, their dates not scraped
    ("Get The Times of Israel’s Daily Editionby email and never miss our top stories", "promotion"),
    ("Iran-Backed Militias Work to Drive U.S. From Iraq by Adam Lucente - Washington Times", "related link"),
    ("38276c9bad11cdd154762b0d069a8e47_L", "page markup"),  # an image's file name
    ("| Image:self", "photo credit"),
    ("Image Caption", "photo credit"),  # the label over a caption the page leaves empty
    ("Iraqi Economy, Iran, IRGC, Iranian-Backed Shiite Militants", "tag list"),  # tags with no label (IRAM Center)
    # a site template's postal address over the headline, and a live blog's link (finerworks.club)
    ("HADI ABYAR/MEHR NEWS AGENCY", "photo credit"),  # a photographer and an agency in capitals (Iran Daily)
    # a clip page's appeals, number and source (MEMRI)
    ("Donations from readers like you allow us to do what we do. Please help us continue our work with a monthly or "
     "one-time donation.", "promotion"),
    ("Subscribe to receive daily or weekly MEMRI emails on the topics that most interest you.", "promotion"),
    ("#7563 | 01:44", "page statistics"),
    ("Source: Channel 1 (Iran)", "source line"),
    ("Physical Address", "postal address"),
    ("304 North Cardinal St.", "postal address"),
    ("Dorchester Center, MA 02124", "postal address"),
    ("Live updates: Follow the latest on Israel-Gaza", "related link"),
    # a blog's appeal for money (Elder of Ziyon, in the real pages)
    ("We have lots of ideas, but we need more resources. Please donate today to help get the message out.",
     "promotion"),
    ("Read: Soleimani, Al-Muhandis Coffins Reach Karbala", "related link"),
    ("Politics | World | Middle East", "section menu"),
    ("Home> Press Releases", "breadcrumbs"),  # the separator glued to the crumb before it (pmo.iq)
    ("0 30", "page statistics"),  # counts with no word (a24na.com)
    ("55", "page statistics"),  # one count on each line (The Asian Independent, the sixty-fourth batch)
    ("0", "page statistics"),
    ("4 weeks ago", "page statistics"),  # how long ago the page was put up (the Iranian Red Crescent)
    ("Anonymous 01/11/2020 (Sat) 23:35:48 No.43863 del", "forum labels"),  # an imageboard post's header
    # a credit naming every hand the picture went through, and a link to the site's section (Tablet)
    ("Iraqi Prime Ministry Press Office/Handout/Anadolu Agency via Getty Images", "photo credit"),
    ("Handout / Iraqi Prime Minister Media Office / AFP", "photo credit"),
    ("Navigate to Israel & The Middle East section", "site controls"),
    # share buttons, counts, labels and notices of other outlets' templates
    ("Share with", "share buttons"),
    ("Google Plus", "share buttons"),
    ("2897 views 2 comment(s)", "page statistics"),
    ("192 views Leave a comment", "page statistics"),
    ("Related Country: ", "tags"),
    ("Reading time: 9 minutes", "site controls"),
    ("Select Language:", "site controls"),
    ("Published on:", "site controls"),  # the label, its date not scraped
    ("Read More:", "related link"),  # the label, its link not scraped
    ("Read also", "related link"),  # the label without its colon, its link on the next line (L'Orient Today)
    ("Read more ....", "related link"),  # with an ellipsis (War News Updates, in the real pages)
    ("Read More »", "related link"),  # with an arrow (Middle East Eye)
    ("Was this news useful?", "feedback prompt"),  # Rokna, in the real pages
    ("Did you find this article helpful?", "feedback prompt"),
    # a journal's page: the headings of the paper's apparatus under its abstract (the real pages' eighty-sixth batch)
    ("Keywords", "scholarly apparatus"), ("Main Subjects", "scholarly apparatus"),
    ("References:", "scholarly apparatus"), ("How to cite this article", "scholarly apparatus"),
    ("Check Also", "related links"),
    ("Register for free to continue reading.", "paywall"),
    # the notices of a page whose script did not run, under the text (a copy of The New York Times's story, in the
    # real pages' eighty-seventh batch)
    ("We are having trouble retrieving the article content.", "paywall"),
    ("Please enable JavaScript in your browser settings.", "paywall"),
    ("Powered by automated translation", "translation notice"),
    ("Disclaimer: The translations are mostly done through AI translator and might not be 100% accurate.",
     "translation notice"),
    ("Summary available in", "translation notice"),  # the languages' names not scraped
    ("Subscribe to Crisis Group’s Email Updates", "promotion"),
    # an author's box before the text: the picture's text, the desk's note on itself, the link to its articles
    ("Avatar of IFP Editorial Staff", "photo credit"),
    ("The IFP Editorial Staff is composed of dozens of skilled journalists, news-writers, and analysts.",
     "author's note"),
    ("More Articles", "related links"),
    ("Prepared by Gloria Shkurti Özdemir Experts Mustafa Caner", "credits"),
    # the languages a site is printed in, each in its own script; a wire's notice on its rights
    ("كوردی عربي فارسى", "language menu"),
    ("Image default", "photo credit"),  # an empty picture's text
    ("Kurdî Türkçe English", "language menu"),
    ("  • English", "language menu"),  # one a line, in a bulleted list (The National, in the hundred-and-fifth batch)
    ("• عربي", "language menu"),
    ("This material may not be published, broadcast, rewritten or redistributed.", "copyright"),
    # a page's keywords, in lower case too (Fair Observer)
    ("Iraq news, Iraq protests, Iraq Iran news, Iran influence in Iraq, Shia militias Iraq, Iran militias Iraq, Iraq "
     "PMF", "keyword list"),
    ("Receive the best source of conflict analysis right in your inbox.", "promotion"),
    # after what for (News of Emirates, in the real pages' hundredth batch)
    ("For the latest headlines, follow our Google News channel online or via the app.", "promotion"),
    ("Follow Sputnik feed to find out more.", "promotion"),  # the source's sign-off (a copy of Sputnik's story)
    ("Follow DW on social media:", "promotion"),
    ("Follow the author on Twitter:@BaghishovElnur", "promotion"),
    # an audio player's controls and its frame's markup, scraped as text (NPR, in the hundred-and-eighth batch); an
    # empty thread's count (Iraq Business News)
    ("  • Download", "media label"), ("  • Transcript", "media label"), ("Download PDF", "media label"),
    ('  • <iframe src="" width="100%" height="290" frameborder="0" scrolling="no" title="NPR embedded audio player">',
     "page markup"),
    ("No comments yet.", "comment policy"),
    ("Read more here.", "related link"),  # the link to the story a page quotes (a congressman's site, the
    # hundred-and-ninth batch)
    ("Click here to read more.", "related link"),  # the same, as a blog's copy of a story prints it (the
    # hundred-and-fifteenth batch)
    # a language menu's label, its languages not scraped; a paywall's offer, where the text the page gives stops
    # (Al-Monitor, in the hundred-and-sixteenth batch)
    ("Read in ", "language menu"), ("Read in Arabic", "language menu"),
    # a picture's title and its alternative text run together, the headline's words twice (Financial Tribune, in the
    # hundred-and-eighteenth batch)
    ("Iranian Artists in IraqIranian Artists in Iraq", "picture text"),
    # a picture's file name, its words joined by an underscore; a labelled link to the full report; the order to click
    # a picture to see it bigger (the hundred-and-nineteenth batch)
    ("Atalayar_Estados Unidos Irak", "page markup"), ("Atalayar_ataque Erbil Irak (2)", "page markup"),
    ("full report: https://www.understandingwar.org/backgrounder/iran-update-january-25-2024", "web address"),
    ("Click the image to view the enlarged Iraq Situation Report Map.", "media label"),
    # a digest's note on itself, an item's source in brackets alone on its line, a printed page's number (the
    # hundred-and-twentieth batch)
    ("AIC’s Iran digest project covers the latest developments and news stories published in Iranian and "
     "international media outlets. This weekly digest is compiled by Communications Associate Elizabeth Kos",
     "author's note"),
    ("(Financial Times)", "source line"), ("(The Guardian)", "source line"), ("P. 10", "pager"), ("Page 10", "pager"),
    ("Join our community of Middle East readers to experience all of Al-Monitor, including 24/7 news, analyses, memos, "
     "reports and newsletters.", "paywall"),
    # the outlet's channel, and what for (Rokna, in the hundred-and-sixth batch)
    ("Follow the Official Rokna NEWS Telegram Channel For More and fresh NEWS.", "promotion"),
    # a media player's label alone (Waradana's "Video:", in the real pages)
    ("Video:", "media label"), ("Watch :", "media label"), ("Photos:", "media label"),
    # a market ticker's lines (EghtesadOnline's, in the real pages); a table's row with a plain name is no ticker's
    ("    Dow17 56.23 41.89% -2.635%", "market ticker"), ("  • Samba 65 00% 56.65%", "market ticker"),
    ("S&P5002 60 50% 10%", "market ticker"), ("Iran 45 12% 3%", None),
    # an audio player's counter at zero or over the length, a video's length no clock shows (The Epoch Times' and TRT
    # World's, in the real pages); an hour alone is no player's ('11:00' of Walaw's, below), nor a sentence with a time
    ("0:00", "player's time"), ("0:00 / 3:45", "player's time"), ("24:46", "player's time"), ("11:00", None),
    ("18:40", None), ("At 11:00 the talks began.", None),
    ("Editor: huaxia", "credits"),  # Xinhua's desk, in the real pages
    ("Special to WorldTribune.com", "credits"),  # a story written for the site, as its byline says (the
    # hundred-and-sixteenth batch)
    ("Salah Baban – translated by Walaa Rayya:", "credits"),  # the author, then the translator (nirij.org, in the real
    # pages' eighty-seventh batch)
    ("Published", "date label"), ("Last updated:", "date label"),  # CNAV's label, its date lost, in the real pages
    ("Be Civil", "comment prompt"),  # a forum's guidelines under the text (Al-Masdar News, in the real pages)
    ("This is a Civilized Place for Public Discussion", "comment prompt"),
    ("Photo is courtesy of Unsplash.", "photo credit"),  # under the text (s4c.news, in the real pages)
    ("Images courtesy: IRNA", "photo credit"),
    ("Sources", "scholarly apparatus"),  # a list of sources under the text, which ends there (inclusivehuman.org)
])
def test_furniture_by_its_shape(line, reason):
    """Page furniture is known by the kind of line it is, whatever the outlet's wording."""
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", [
    "Press TV and Tasnim contributed to this story.",
    "Relations should not be affected by any factor: Iraqi PM",
    "Speaker: Foreign forces won’t bring regional stability",
    "Regional Threats",
    "“We believe dialogue and interaction are the best ways to prevent problems.”",
    "Share prices in Tehran rose after the visit.",  # starts with a share word, but is a sentence
    "Kadhimi’s visit to Tehran is his first since Raeisi was sworn in as Iran’s new president.",
    "Iran / Iraq: the long view of a border that was drawn in 1639 by the Treaty of Zuhab",
    "EghtesadOnline: President Hassan Rouhani said Iran strongly rejects any foreign intervention.",
    "Search and rescue teams reached the site near the border on Monday.",
    "Analysis",  # a subheading of one word
    "Economic Analysis",
    "Sports and culture ties grow",
    "Click to start the talks, the minister urged both sides.",  # a sentence, not a player's label
    "Join us in condemning the attack, the minister told the channel.",
    "For the latest round of talks, follow our reporters in Baghdad, the editor said.",
    "This article was first published in 2019, the ministry said, and withdrawn.",
    "The writer was arrested in Tehran on Monday, his family said.",
    "The post of prime minister went to Sudani, who appeared first on the list.",
    "Photo: Iraqi PM meets Khamenei in Tehran",  # a caption, not a credit
    "Iran, Iraq, Syria, Turkey",  # names alone, none of more words than one: no tag list
    "Ali Khamenei, Hassan Rouhani, Qasem Soleimani",  # three names: not four tags
    "Iran, Iraq, Syria and Turkey signed the deal.",
    "300 people died in Basra Road clashes",  # a number and a road's name in a sentence: no street line
    "The office address was moved.",
    "Source: the ministry said it would respond.",  # a sentence after the label
    "Read on, the minister said, and you will see.",
    "He said 334 views were wrong.",
    "I am sure, an official said, that the writer will be freed.",
    "Conclusion:",  # subheadings with a colon, a place's among them
    "OVERVIEW",
    "Shafaq News – Iraq’s premier said so on Monday",
    "The bill was signed by President Joe Biden - a first.",
    "He was killed by Iraqi Forces - Reuters said.",
    "He said the Iran/Iraq border is closed.",
    "Published reports say the talks went well.",
    "Basra",
    "Iran:",
    "The Kurdish Question:",
    "The author of the report is a former Iraqi official.",
    "Photos of the meeting were released through official channels.",
    "Members of the staff met in Baghdad.",
    "Four weeks ago, the talks began.",  # how long ago, in a sentence
    "Iraq/Iran: Al Sudani travels to Iran tomorrow to discuss tension in Kurdistan",  # slashes, no agency
    "Go to the polls, the cleric told his followers in the section of the city he leads.",
    "Share with Iran",  # not a share button's words alone
    "Read more about the deal below, the ministry said.",
    "The statement was available in Arabic and Persian.",
    "The translation of the agreement was done by the two ministries.",
    "Subscribe to the treaty, the minister urged his counterpart.",
    "The letter, delivered to your inbox by mistake, said the talks would go on, an official said.",
    "Related countries such as Syria have stayed silent.",
    "Check also the border crossings, the governor told the police.",
    "He told reporters that 30 views were heard in the session.",
    "English",  # a subheading, or a language alone
    "• English teachers from Iran will work in Basra's schools.",  # an item of a list of the text
    "Arabic and English",
    "He met the ministers of Iran, Iraq, Syria, Turkey, Lebanon and Jordan.",  # a list in a sentence
    "Killed: Ahmed, Ali, Hassan, Hussein, Mahdi, Abbas",  # a label before it
    "This material may not be published without the court's leave, the lawyer said.",
    "1 + 1 - 2",  # signs with numbers, not the text's size buttons
    "A - A",
    "Home is where the heart is | he said | and so on.",  # bars in a sentence, not a menu from the home page
    "Name: Ali Hassan",  # a form's label with its answer printed is text
    "Friday, August 7, 2020 Iran and Iraq sign a deal",  # a day before a headline's words
    "Tehran - IRNA - He said it",
    "Iran - UN talks",
    "Page 1 of the report was missing.",
    "Death to America, Death to America",  # a chant printed twice is the text's
    "Death to America Death to America",
    "In Arabic and Farsi the word means pilgrim.",
    "The Times, London said it.",
    "Iran, Tehran",
    "Video: the minister speaks in Baghdad",  # a caption after its label is text
    "Editor: the paper's line on the war was clear.",  # a sentence after the label is text
    "2020",  # a year alone: a timeline's subheading, or a date the date's rules read
    "Sources said the deal was signed in Baghdad.",
    "The photo is courtesy of the ministry, which took it on the day Iraq and Iran signed the deal in Baghdad.",
    "Follow the money, he said.",  # 'Follow' opening a sentence of the text
    "Follow Iran on Twitter, the minister told reporters in Baghdad today.",
    "Follow the Iraqi Government on Telegram channels, the spokesman said, for more on the talks in Tehran today.",
    "The ministry had no comments yet on the matter, the spokesman said.",
    "Read more here about the talks between the two ministers in Baghdad.",
    "Click here to read more about the talks, the ministry's statement said.",
    "Read in the light of the talks, the statement was a warning to Baghdad.",
    "Iraq, Iraq",  # a name said twice is no picture's text run together
    "Full report: the talks in Baghdad ended with no agreement on the border.",
    "The project covers the latest developments in the talks, the minister said in Baghdad.",
    "(Iran and Iraq)",  # no outlet's name: a list's or a subheading's words in brackets
    "Click the link, the minister told the reporters, and see what Iraq has done.",
    "Never again, never again.",
    "Special to Iraq was the visit of the Iranian president, the first in ten years.",
    "Join our community, the minister told the pilgrims in Karbala, and experience all of Iraq's holy sites.",
    "Download the full report to read more about the talks.",
])
def test_text_is_not_furniture(line):
    """Sentences and subheadings of the articles are never taken for furniture."""
    assert furniture_reason(line) is None


@pytest.mark.parametrize("line, expected", [
    ("Iran’s First Vice President Mohammad Mokhber (L) meets with Iraq’s Prime Minister Mustafa al-Kadhimi in Tehran "
     "on September 12, 2021. (Photo by Fars news agency)", True),
    ("Secretary of Iran’s Supreme National Security Council (SNSC) Ali Shamkhani (L) meets visiting Iraqi Prime "
     "Minister Mustafa al-Kadhimi in Tehran on Tuesday. IRNA", True),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani meets Ebrahim Raisi in Tehran. (AP Photo/Vahid Salemi)", True),
    ("Protesters gather in Baghdad on January 5, 2020. REUTERS/Thaier al-Sudani", True),
    ("A file photo of the Shalamcheh border crossing. Photo: IRNA", True),
    ("Esmail Qaani. (AFP file photo)", True),  # the agency before 'file photo' (Asharq Al-Awsat)
    ("File photo of a hospital room in Iran", True),  # over the headline (Iran International)
    ("Unrest in Iraq [File Photo]", True),  # the PMOI's site
    ("Protestors chant slogans during a protest in the southern Iraqi city of Basra. [Hussein Faleh/AFP]", True),
    ("Iraqi Shiite militias take position in the northern part of Diyala province. (AFP)", True),  # Track Persia
    # the agency and 'Photo' after the caption's sentence (The National's story, copied by EIN News, in the real pages)
    ("Republican Representative Joe Wilson, pictured, and Democrat Jimmy Panetta introduced the bill this week. AP "
     "Photo", True),
    ("The minister spoke. He showed a Photo", False),
    ("The talks [in Baghdad] went on.", False),
    ("The talks with the AFP (the agency) went on.", False),
    ("Filed under Iraq, Iran and the region", False),
    ("The meeting of the Coordination Framework (CF) went on.", False),
    ("Deputy Commander of the Popular Mobilization Units (PMU) Abu Mahdi al-Muhandis in early 2020.", False),
    ("The Iraqi premier, who arrived in Tehran on Tuesday, had earlier met Iranian President Ebrahim Raisi.", False),
])
def test_captions_place_or_credit(line, expected):
    """A caption places people in the picture or credits it; an acronym in brackets does neither."""
    assert is_caption(line) is expected


@pytest.mark.parametrize("line, expected", [
    ("By Jane Doe", True),
    ("By Ahmed Rasheed and John Davison", True),
    ("By Hassan al-Obeidi in Baghdad", True),  # a name with its article, and the reporter's city (Diyaruna)
    ("By Kyle Orton (@KyleWOrton) on 22 September 2017", True),  # a handle and the day (Kyle Orton's Blog)
    ("By Monday on the border, Iran had closed the crossing", False),
    ("Written by: Staff Writer", True),
    ("  • by Web Desk", True),  # after a list's bullet
    ("By the end of the year, most American forces will exit Iraq.", False),
    ("By Tuesday, Iran had agreed", False),
    ("AP Diplomatic Writer", True),  # the wire's title for its writer, under the name
    ("By", True),  # the label alone, the name on the next line
    ("Author:", True),
    ("Bylines", False),
    ("AP Writers say the talks went well", False),
    ("Yasir Rashid Researcher", True),  # a name, then the author's title (IRAM Center)
    ("Hamdi Malik Senior Fellow", True),
    ("The Iraqi Analyst", False),
    ("Iraq Correspondent", False),  # a title alone, no name
])
def test_bylines(line, expected):
    assert is_byline(line) is expected


@pytest.mark.parametrize("line, expected", [
    ("Regional Threats", True),
    ("Relations should not be affected by any factor: Iraqi PM", True),
    ("18:40 GMT", True),
    # the Tehran Times standfirst is kept as a paragraph: too long for a subheading
    ("The Leader called on Baghdad’s central government to extend its authority to regions from which threats are "
     "posed against Iran", False),
    ("He said:", False),
    ("al-Amiri has said as much", False),
    ("Kadhimi added that most American forces will exit Iraq by the end of the year.", False),
    # a line that ends with a small word leading on is a sentence printed over two lines; a capital or a particle of
    # a phrasal verb may end a subheading
    ("Parliament Speaker Mohamed al-Halbousi met with", False),
    ("Syria’s neighboring countries (Baghdad Dialogue) aimed at supporting the", False),
    ("Operation of", False),
    ("Group A", True),
    ("Tensions flare up", True),
])
def test_subheading_shape(line, expected):
    """A subheading is short, starts with a capital or a digit, and does not end as a sentence."""
    assert is_heading_shape(line) is expected


@pytest.mark.parametrize("lead, outlet, place", [
    ("EghtesadOnline: President Hassan Rouhani said Iran strongly rejects", "EghtesadOnline", None),
    ("BAGHDAD (Reuters) - Iraqi Prime Minister Mustafa al-Kadhimi arrived", "Reuters", "BAGHDAD"),
    ("TEHRAN, Nov. 29 (MNA) – Iranian Foreign Minister", "MNA", "TEHRAN"),
    ("DUBAI, United Arab Emirates (AP) — Iran’s president", "AP", "DUBAI"),
    ("Tehran: Iran’s president said", None, "Tehran"),  # a place of the data
    ("TEHRAN: Iran’s president said", None, "TEHRAN"),
    ("Rouhani: Iran supports Iraq", None, None),  # a person of the data: a quotation, not an outlet
    ("Note: this story was updated", None, None),
    ("Iran’s first vice president says relations", None, None),
    ("Baghdad, April 15 (NationPress) Iraqi Foreign Minister Fuad Hussein", "NationPress", "Baghdad"),  # no dash
    ("New Delhi, Dec 3 (IANS) India and Iran", "IANS", "New Delhi"),
    ("Iraq, April 15 (Reuters), was calm", None, None),  # a sentence that holds a date and a source
    ("Baghdad, Jul 19 (efe-epa).- Iraq’s foreign minister", "efe-epa", "Baghdad"),  # EFE's initials and '.-'
    ("Baghdad, Jul 19 (local time) Iraq’s foreign minister", None, None),  # words in small letters name no wire
    ("NAKHOST NEWS – Prime Minister of Iraq Mustafa al-Kadhimi will visit Iran", "NAKHOST NEWS", None),  # a dash
    ("Radiofarda – The Iraqi Border Authority have announced", "Radiofarda", None),
    ("TEHRAN (defapress) – Iran and Iraq signed five deals", "defapress", "TEHRAN"),  # in small letters
    ("Al-Monitor | Ali Mamouri: During Iraqi prime minister’s trip", "Al-Monitor", None),  # with its author
    ("Times – the moment came, the minister said", None, None),
    ("WANA (June 14)—Nichirvan Barzani, President of the Kurdistan Region", "WANA", None),  # the outlet, then the day
    ("Baghdad (AsiaNews) – In the war Israel launched against Iran", "AsiaNews", "Baghdad"),  # the place in letters
    ("Tehran (June 14) — the talks went on", None, None),  # a place of the data with a day: no outlet
    ("YEREVAN, MAY 20, ARMENPRESS. In Iraq, May 21 has been declared", "ARMENPRESS", "YEREVAN"),  # all in capitals
    ("BAGHDAD, MAY 20, the ministry said", None, None),
    ("Tehran-IP: The Secretary-General of the movement stressed", "IP", "Tehran"),  # a place and initials joined
    ("Tehran-Tabriz: the road reopened", "Tehran-Tabriz", None),  # a place and a place: no initials
])
def test_label_before_the_lead(lead, outlet, place):
    """The label an outlet prints before the lead names the outlet, or the story's place."""
    kinds = {"Tehran": "place", "Rouhani": "person", "EghtesadOnline": "organisation"}
    label = read_lead_label(lead, kinds)
    assert (label.outlet if label else None, label.place if label else None) == (outlet, place)


# ---------------------------------------------------------------- decoding

def test_utf8_with_bom_and_crlf_reads_as_lf():
    raw = decode_raw("\ufeffIran’s leader\r\n\r\nText.\r\n".encode("utf-8"), "a.txt")
    assert raw.text == "Iran’s leader\n\nText.\n" and raw.warnings == ()


def test_windows_1252_is_read_with_a_warning():
    """Curly quotes and dashes saved as Windows-1252 come back as the same characters."""
    raw = decode_raw("Iran’s “top” official — said.".encode("cp1252"), "old.txt")
    assert raw.text == "Iran’s “top” official — said."
    assert len(raw.warnings) == 1 and "Windows-1252" in raw.warnings[0] and "old.txt" in raw.warnings[0]


def test_bytes_windows_1252_leaves_undefined_are_read_as_browsers_read_them():
    """0x81 and 0x8D have no character in Windows-1252: they become the C1 controls U+0081 and U+008D, kept."""
    raw = decode_raw(b"Caf\xe9 \x81text\x8d \x93quoted\x94", "stray.txt")
    assert raw.text == "Café \x81text\x8d “quoted”" and len(raw.warnings) == 1


def test_utf16_with_bom_is_read():
    assert decode_raw("Iran’s leader\n".encode("utf-16"), "u.txt").text == "Iran’s leader\n"


@pytest.mark.parametrize("data, problem", [
    (b"", "is empty"),
    (b" \n\t\r\n", "is empty"),
    (b"\xef\xbb\xbf\n", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is binary"),
    (bytes(range(1, 32)) * 4, "is binary"),
])
def test_unusable_input_is_an_error(data, problem):
    """Empty or binary input stops with a message naming the file."""
    with pytest.raises(DataError, match=problem) as info:
        decode_raw(data, "raw.txt")
    assert info.value.path == "raw.txt"


# ---------------------------------------------------------------- whole pages

@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_other_layouts_read_as_their_golden_file(name):
    """A wire story, a live blog, an agency story and a bylined opinion page: facts, blocks and dropped lines."""
    page = read_page(decode_raw((LAYOUTS / name).read_bytes(), name).text)
    want = GOLDEN[name]
    assert page.headline == want["headline"]
    assert (page.date.isoformat() if page.date else None) == want["date"]
    assert (page.outlet, page.news_id) == (want["outlet"], want["news_id"])
    assert (page.dateline[1].text if page.dateline else None) == want["dateline"]
    assert [[k.kind, k.text] for k in page.kept] == want["blocks"]
    assert [[d.line, d.reason] for d in page.dropped] == want["dropped"]


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_every_line_is_kept_or_dropped_verbatim(name):
    """No line is lost or changed: kept and dropped lines are the page's non-blank lines, in order."""
    text = (LAYOUTS / name).read_text(encoding="utf-8")
    page = read_page(text)
    lines = sorted([(k.line, k.text) for k in page.kept] + [(d.line, d.text) for d in page.dropped])
    assert lines == [(n + 1, line) for n, line in enumerate(text.split("\n")) if line.strip()]


def test_a_given_title_drops_the_printed_headline_where_it_differs_only_in_spacing():
    page = read_page("Iran  and IRAQ agree\n\nText of the article, which is long enough.\n",
                     title="Iran and Iraq agree")
    assert page.dropped[0].reason == "headline" and [k.text for k in page.kept][-1].startswith("Text")


def test_a_section_label_above_the_headline_is_not_the_headline():
    """The longest headline-like line of the page's head is the headline; 'World' above it is not."""
    page = read_page("World\nMiddle East\nIraq and Iran sign a deal on gas and electricity\n\nThe two sides signed.\n")
    assert page.headline == "Iraq and Iran sign a deal on gas and electricity"
    assert [(d.text, d.reason) for d in page.dropped][:2] == [("World", "before the headline"),
                                                              ("Middle East", "section menu")]


def test_a_date_printed_twice_above_the_headline_is_not_the_headline():
    """A line that holds no word is no headline, however often the page prints it: a date atop the page, twice, which
    is no dateline (day and month could be either way round). A headline may start with a number all the same."""
    page = read_page("01/05/2025\n01/05/2025\n\nIraq and Iran discuss regional security\n\nClick to listen\n"
                     "Iraq and Iran discuss regional security\n\nThe two foreign ministers spoke by phone on Tuesday, "
                     "the ministry said in a statement.\n")
    assert page.headline == "Iraq and Iran discuss regional security"
    page = read_page("2024 in review: Iraq and Iran\n\nThe year brought two visits and a border deal, the ministry "
                     "said.\n")
    assert page.headline == "2024 in review: Iraq and Iran"


def test_a_page_of_furniture_only_is_an_error():
    with pytest.raises(DataError, match="no paragraph of article text"):
        read_page("Share\nRelated Articles\nBack to top\n")


@pytest.mark.parametrize("page, headline", [
    # a headline with a colon, over a menu's labels glued by scraping and a search box's placeholder
    ("Foreign PolicyIFP ExclusiveMiddle East\ntype here...\nIran security chief: Iraq must not host attacks on "
     "Iran\nSunday, March 19, 2023\nIran's top security official said on Sunday that Iraq must act.\n",
     "Iran security chief: Iraq must not host attacks on Iran"),
    # a headline that asks, and a shorter deck after it
    ("Will Iraq pay its gas debt to Iran?\nBaghdad says it has found a way\nMarch 19, 2023\n"
     "Iraq has found a way to pay its gas debt to Iran, the ministry said.\n", "Will Iraq pay its gas debt to Iran?"),
    # a weekday-first dateline under the headline
    ("Iraqi PM arrives in Tehran for talks\nSunday, March 19, 2023\nThe prime minister arrived on Sunday.\n",
     "Iraqi PM arrives in Tehran for talks"),
])
def test_real_page_heads(page, headline):
    read = read_page(page)
    assert read.headline == headline
    assert read.date == dt.date(2023, 3, 19)
    assert read.kept[-1].kind == "p"


def test_a_headline_the_address_spells_is_found_under_a_breadcrumb_that_ends_with_it():
    """wilayah.info (in the real pages): 'Home / (a section in Arabic) / What’s Behind ...?', then the headline, a
    question, then the lead. The address spells the headline's words without their apostrophes ('whats', 'chiefs');
    the breadcrumb that ends with it is not the headline."""
    page = read_page("Home / عين على العدو الصهيوني / What’s Behind Iranian Judiciary Chief’s Iraq Visit?\n\n"
                     "What’s Behind Iranian Judiciary Chief’s Iraq Visit?\n\n"
                     "Alwaght- The chief of Iran’s Judiciary visited Iraq on February 8. He met officials there.\n",
                     url="https://wilayah.info/en/whats-behind-iranian-judiciary-chiefs-iraq-visit/")
    assert page.headline == "What’s Behind Iranian Judiciary Chief’s Iraq Visit?" and page.headline_line == 3
    assert [k.text[:7] for k in page.kept] == ["Alwaght"]


def test_the_text_ends_after_a_date_line_with_the_related_stories_heading_glued_to_it():
    """Goftar News (in the real pages): the date under the text, then 'More stories' glued to its time by scraping,
    then the related stories' titles and teasers: not the text."""
    page = read_page("Iran and Iraq mourn together in Tehran\n"
                     "The funeral was held in Tehran on Saturday. Iraqi clerics attended it.\n"
                     "Officials from both countries spoke at the mosque.\n"
                     "October 4, 2025 | 1:15 pmMore stories\n"
                     "Bahram Radan: The Iconic Actor’s Life, Career, and Personal Journey\n"
                     "Introduction Bahram Radan is one of the most celebrated actors … Continue reading ➝\n")
    assert page.date == dt.date(2025, 10, 4)
    assert [k.text[:9] for k in page.kept] == ["The funer", "Officials"]
    assert [d.reason for d in page.dropped][-2:] == ["after the end of the article"] * 2
    assert not ends_glued("The talks ended on October 4, 2025 in Baghdad")


def test_a_question_in_the_text_is_not_taken_for_the_headline():
    """A question is a headline only before the page's dateline; in the text it is a paragraph."""
    page = read_page("Iran and Iraq sign a deal\nMarch 19, 2023\nWill the deal hold?\nOfficials think so.\n")
    assert page.headline == "Iran and Iraq sign a deal"
    assert [k.text for k in page.kept] == ["Will the deal hold?", "Officials think so."]


def test_a_page_that_starts_at_its_first_paragraph_asks_for_the_title(tmp_path):
    """Where the text prints no headline, the import stops and says to pass --title."""
    from chronicle.importer import Given, draft_article

    page = read_page("March 19, 2023\nIraq has found a way to pay its gas debt to Iran, the ministry said.\n")
    assert page.headline is None
    with pytest.raises(DataError, match="--title"):
        draft_article(page, Given(None, None, None, None), "page.txt")


def test_a_headline_printed_again_with_the_sites_name_is_the_headline_and_names_the_outlet():
    page = read_page("Iraq and Iran sign a border deal | Kurdistan Chronicle\nIraq and Iran sign a border deal\n"
                     "March 19, 2023\nThe two sides signed a deal on Sunday.\n")
    assert page.headline == "Iraq and Iran sign a border deal"
    assert [d.reason for d in page.dropped][:2] == ["headline", "headline"]
    assert page.outlet == "Kurdistan Chronicle"


def test_a_headline_glued_to_its_breadcrumb_is_read_from_its_second_printing():
    """'Home News' glued to the headline's first printing: the second is the headline, the first furniture."""
    page = read_page("Home News Iraq and Iran extend their gas deal\n\nIraq and Iran extend their gas deal\n"
                     "March 19, 2023\nThe two sides signed the deal in Baghdad.\n")
    assert page.headline == "Iraq and Iran extend their gas deal"
    assert [k.text for k in page.kept] == ["The two sides signed the deal in Baghdad."]


def test_text_broken_into_lines_mid_sentence_is_read_as_its_paragraphs():
    """The Reference (in the real pages) prints its text in lines of a width, broken mid-sentence, a name over a break:
    each run of lines that goes on from a line ending no sentence is one paragraph, its breaks kept, so that no half of
    a sentence reads as a subheading. A page of whole lines keeps its subheadings."""
    wrapped = ("Iranian FM in Baghdad\n\nAugust 29, 2021\n\nAbdollahian was received at Baghdad\nAirport by Iraqi "
               "Foreign Minister Fouad Hussein. Upon his arrival,\nhe headed to the memorial of Quds Force commander "
               "Qassem\nSoleimani near Baghdad Airport.\nAbdollahian, who is on his first\nforeign visit, met with "
               "Iraqi\npresident Barham Salih, and they discussed\nregional files.\n")
    page = read_page(wrapped)
    assert [k.text for k in page.kept] == [
        "Abdollahian was received at Baghdad\nAirport by Iraqi Foreign Minister Fouad Hussein. Upon his arrival,\nhe "
        "headed to the memorial of Quds Force commander Qassem\nSoleimani near Baghdad Airport.",
        "Abdollahian, who is on his first\nforeign visit, met with Iraqi\npresident Barham Salih, and they discussed\n"
        "regional files."]
    assert [(k.line, k.kind) for k in page.kept] == [(5, "p"), (9, "p")]
    whole = read_page("Iran and Iraq sign a deal\n\nMarch 19, 2023\n\nThe two sides met in Baghdad.\nGas Deal\nThey "
                      "signed it in Baghdad, officials said.\nOil Deal\nthe second deal is on oil.\n")
    assert [k.kind for k in whole.kept] == ["p", "h2", "p", "h2", "p"]


def test_a_site_feature_explained_to_the_reader_is_furniture():
    """The Press Democrat (in the real pages) explains its 'Follow This Story' feature under the headline; a sentence
    of the text that speaks of following a story, to no 'you', is the text's."""
    page = read_page("Pompeo visits Iraq amid tension with Iran\n\nThe \"Follow This Story\" feature will notify you "
                     "when any articles related to this story are posted.\n\nThis tool is available only to "
                     "subscribers; please make sure you're logged in if you want to follow a story.\n\nMay 7, 2019\n\n"
                     "Pompeo made a sudden trip to Baghdad on Tuesday, officials said.\n\nDiplomats who follow a story "
                     "like this one said Iran was the reason.\n")
    assert [k.text[:10] for k in page.kept] == ["Pompeo mad", "Diplomats "]
    assert [d.reason for d in page.dropped][1:3] == ["feature help", "feature help"]
    page = read_page("Protesters block oil trucks to Jordan\n\nAlready a subscriber? Make sure to log into your account "
                     "before viewing this content.\n\nOctober 26, 2023\n\nProtesters in Iraq halted oil trucks, "
                     "officials said.\n")  # Real News Not BS's, in the real pages
    assert [k.text[:10] for k in page.kept] == ["Protesters"] and page.dropped[1].reason == "feature help"


def test_the_site_s_root_then_the_whole_title_is_a_breadcrumb():
    """Foreign Brief (in the real pages): 'Home » ' and the page's title whole, the headline on the next line; a
    sentence after the root's separator is no crumb."""
    page = read_page("Home » US-Iraq Strategic Dialogue begins today\nUS-Iraq Strategic Dialogue begins today\n"
                     "The dialogue will be held in Washington today between Iraqi and US officials.\n")
    assert page.headline == "US-Iraq Strategic Dialogue begins today"
    assert [d.reason for d in page.dropped] == ["breadcrumbs", "headline"]
    assert not is_breadcrumbs("Home | The talks will be held in Washington today.")


def test_a_breadcrumb_glued_with_no_space_to_the_headline_is_furniture():
    """Head Post (in the real pages) glues its crumbs to each other and to the headline's first word, under a date
    bar: 'HomeWorldAsiaBafel Jalal Talabani came to Tehran ...', then the headline alone."""
    headline = "Iraq and Iran extend their gas deal in Tehran"
    page = read_page(f"Saturday, June 15, 2024\nHomeWorldAsia{headline}\n\n{headline}\n\n"
                     "On Sunday the two sides signed the deal in Baghdad, officials said.\n")
    assert page.headline == headline
    assert [k.text for k in page.kept] == ["On Sunday the two sides signed the deal in Baghdad, officials said."]


@pytest.mark.parametrize("line, expected", [
    ("IFP Editorial Staff", True),  # a desk or a staff for a name
    ("Sports Desk", True),
    ("The Security Team", False),
    ("Our Team", False),
    ("F.P. Report", True),  # The Frontier Post's initials and 'Report', for its own (in the real pages)
    ("APP Report", True),
    ("Iraq Report", False),  # a word, not an outlet's initials
    ("Special Report", False),
])
def test_a_desk_for_a_name_is_a_byline(line, expected):
    assert is_byline(line) is expected


def test_a_headline_printed_cut_before_it_is_printed_whole_is_read_whole():
    """SETA's page prints its headline's words without their punctuation, cut, then the headline whole; a headline
    that a paragraph opens with stays the headline (Balkan Times, in the real pages)."""
    page = read_page("SETA > Experts Respond |\n\nExperts Respond Political Tensions in Iraq Analyzing the Storming "
                     "of\n\nExperts Respond: Political Tensions in Iraq | Analyzing the Storming of the Parliament and "
                     "Its Impact\n\nWe reached out to several experts for more on how to understand the developments "
                     "in Iraq.\n")
    assert page.headline == ("Experts Respond: Political Tensions in Iraq | Analyzing the Storming of the Parliament "
                             "and Its Impact")
    page = read_page("Defeat of ISIS: Souvenir of Gen. Soleimani\n\nTEHRAN- The secretary-general praised the "
                     "commander in a speech in Baghdad.\n\nDefeat of ISIS: Souvenir of Gen. Soleimani – The stage "
                     "was flanked by large posters of the two commanders.\n")
    assert page.headline == "Defeat of ISIS: Souvenir of Gen. Soleimani"
    assert len([k for k in page.kept if k.kind == "p"]) == 2


@pytest.mark.parametrize("url, kept", [
    ("https://staging.peregraf.com/en/news/9490", []),  # the host's name
    ("https://www.rudaw.net/english/9490", ["Peregraf"]),  # another site's
    (None, ["Peregraf"]),
])
def test_the_sites_own_name_alone_before_the_text_is_furniture(url, kept):
    page = read_page("Iraq and Iran sign a security memorandum\n\n14-08-2025 10:21\n\nPeregraf\n\nIraq and Iran "
                     "have signed a new security memorandum, officials said.\n", url=url)
    assert [k.text for k in page.kept][:-1] == kept


def test_the_sites_own_name_of_two_words_is_its_hosts_with_a_hyphen():
    """Yekiti Media (in the real pages) prints its name under the headline; its host spells it 'yekiti-media'."""
    text = ("Iraqi Kurdistan president: We respect Iran\n\nYekiti Media\n\nThe Kurdistan Region's president said the "
            "region respects Iran, officials said.\n")
    assert [k.text for k in read_page(text, url="https://en.yekiti-media.org/iraqi-kurdistan-president/").kept][0] \
        .startswith("The Kurdistan Region's")
    assert [k.text for k in read_page(text, url="https://www.rudaw.net/english/9490").kept][0] == "Yekiti Media"


def test_the_line_the_address_spells_is_the_headline_over_one_printed_twice():
    """stopfundamentalism.com prints its headline once and a subheading twice (the second a pull quote): the address
    spells the headline; the subheading stays text where it first stands."""
    page = read_page("Iran is Facing Escalating Opposition in Iraq\n\nIraj Masjedi is Iran’s Secret Governor\n\nThe "
                     "opposition revealed that Masjedi served in the embassy in Baghdad.\n\nIraj Masjedi is Iran’s Secret "
                     "Governor\n\nThe early vote is a concession to a movement that criticised the system.\n",
                     url="https://example.org/irgc/iran-is-facing-escalating-opposition-in-iraq")
    assert page.headline == "Iran is Facing Escalating Opposition in Iraq"
    assert page.kept[0].text == "Iraj Masjedi is Iran’s Secret Governor"


@pytest.mark.parametrize("line, headline", [
    # a scrape's date, the headline in a title's capitals and the text's first sentence on one line (IFP News)
    (" date 2021-10-25 Iraq Begins Issuing Visas-on-Arrival for Iranians Iraq says it has begun issuing visas for "
     "visiting Iranian nationals at Iraqi airports.", "Iraq Begins Issuing Visas-on-Arrival for Iranians"),
    # the date and a headline alone, in a sentence's capitals (Shafaq News): the headline whole
    (" date 2020-11-13 The Iraqi Minister of Defense to land in Tehran tomorrow",
     "The Iraqi Minister of Defense to land in Tehran tomorrow"),
])
def test_a_headline_between_the_scrapes_date_and_the_text_is_read_off_its_line(line, headline):
    slug = "-".join(w.casefold() for w in headline.replace("-", " ").split())
    page = read_page(f"{line}\n\nThe ministry made the announcement after issuing a directive on Sunday, officials "
                     "said.\n", url=f"https://example.org/{slug}-iraq-says-it-has-begun")
    assert page.headline == headline
    assert page.kept[0].line == (1 if line.rstrip().endswith(".") else 3)  # the line is text where it holds text


def test_the_sites_masthead_with_its_motto_glued_on_is_not_the_headline():
    """'The Washington PostDemocracy Dies in Darkness' over the headline at washingtonpost.com; a headline that opens
    with a word the site's name also opens with stays the headline."""
    text = ("The Washington PostDemocracy Dies in Darkness\n\nIn militants’ hands, drones emerge as a deadly new wild "
            "card\n\nThe assassins’ weapon was a souped-up hobby drone, officials said.\n")
    assert read_page(text, url="https://www.washingtonpost.com/world/2021/12/06/drones/").headline == (
        "In militants’ hands, drones emerge as a deadly new wild card")
    assert read_page("Iran and Iraq sign a rail deal\n\nThe two sides signed it in Baghdad, officials said.\n",
                     url="https://iran.example/a-b-c-d").headline == "Iran and Iraq sign a rail deal"


def test_a_paywall_prompt_ends_the_text_the_page_gives():
    """A page gives its first paragraphs, then asks the reader to register: the prompt, the appeal under it and the
    author's box after it are not the article's."""
    page = read_page("Hezbollah's envoy returns to Iraq\n\nJune 2, 2023\n\nThe envoy arrived in Baghdad on Monday, "
                     "sources said.\n\nHis role grew after the strike of 2020, officials said.\n\nRegister for free "
                     "to continue reading.\n\nRegistering helps us deliver original coverage.\n\nAli Hashem\n")
    assert [k.text[:12] for k in page.kept] == ["The envoy ar", "His role gre"]
    assert [d.reason for d in page.dropped][-3:] == ["paywall", "after the end of the article",
                                                   "after the end of the article"]


def test_a_papers_keywords_and_references_under_its_abstract_end_the_text():
    """A journal's page, in the real set: under the abstract, the headings of the paper's apparatus, then its
    references, whose authors and publishers are no names the text speaks of."""
    page = read_page("Compensation for the Iraq war against Iran\n\nMarch 10, 2022\n\nCompensation for the war of "
                     "1980-88 has been a constant issue in Iranian politics and law, the paper says.\n\nKeywords\n\n"
                     "Main Subjects\n\n1. Gavin Hambly, The Pahlavi Autocracy, Cambridge: Cambridge University "
                     "Press.\n")
    assert [k.text[:12] for k in page.kept] == ["Compensation"]
    assert [d.reason for d in page.dropped][-3:] == ["scholarly apparatus", "scholarly apparatus",
                                                   "after the end of the article"]


def test_a_sellers_question_about_a_products_name_ends_the_text_and_a_subheadings_question_does_not():
    """Enerdata's page, in the real set: after the text, a heading, a question about the seller's product and its
    offer; an opinion's subheading that asks the reader a question is the text's."""
    tail = ("\n\nGlobal energy reports\n\nInterested in Global Energy Research?\n\nEnerdata's premium online "
            "service provides market reports on 110+ countries.\n\nRequest a free trial Contact us\n")
    page = read_page("US ends a waiver for Iraq\n\nMarch 10, 2025\n\nThe waiver expired on 8 March and was not renewed, "
                     "officials said.\n\nIraq buys gas from Iran for its power plants, officials said." + tail)
    assert [k.text[:10] for k in page.kept] == ["The waiver", "Iraq buys "]
    assert [d.reason for d in page.dropped][-4:] == ["after the end of the article", "sales prompt",
                                                   "after the end of the article", "sales prompt"]
    page = read_page("What Iraq wants from Iran\n\nMarch 10, 2025\n\nThe waiver expired on 8 March, officials said."
                     "\n\nInterested in peace?\n\nBaghdad says it wants calm with its neighbours, officials said.\n")
    assert [k.text[:10] for k in page.kept] == ["The waiver", "Interested", "Baghdad sa"]


@pytest.mark.parametrize("head, kept", [
    # a name alone that opens with a given name, beside the page's date or its furniture
    ("January 18, 2022\n\nMahmoud Al-Shamari\n\n1 min read", []),
    ("November 14, 2023\n\nMatthew Lee", []),
    # a subheading beside a date is kept, as is a name alone with nothing around it but text
    ("October 25, 2022\n\nKey Takeaways", ["Key Takeaways"]),
    ("Mahmoud Al-Shamari", ["Mahmoud Al-Shamari"]),
])
def test_a_name_alone_beside_the_date_before_the_text_is_the_byline(head, kept):
    page = read_page(f"IRGC commander back in Iraq\n\n{head}\n\nA deputy in the Iraqi parliament said the commander "
                     "had arrived in Baghdad on Sunday.\n\nHe met the leaders of the groups, the deputy said.\n")
    assert [k.text for k in page.kept][:-2] == kept
    assert all(d.reason in ("byline", "dateline", "site controls") for d in page.dropped if d.text not in (
        "IRGC commander back in Iraq",))


def test_a_byline_that_says_so_after_a_standfirst_is_the_byline():
    """'By ...' between the standfirst, a sentence, and the text's next sentence; a line after that is text."""
    page = read_page("Iraq curbs dollar smuggling\n\nSmugglers are abusing the banking sector to send dollars to "
                     "Iran, officials say.\n\nBy Anas al-Bar |\n\nStarting in 2024, the Central Bank will restrict "
                     "trade to the dinar.\n\nBy The Numbers\n\nThe bank sold 200 million dollars a day.\n")
    assert [k.text for k in page.kept] == [
        "Smugglers are abusing the banking sector to send dollars to Iran, officials say.",
        "Starting in 2024, the Central Bank will restrict trade to the dinar.", "By The Numbers",
        "The bank sold 200 million dollars a day."]


def test_a_related_link_within_the_text_does_not_end_it():
    """Iran Press (in the real pages) prints 'Related News:' and one link between two paragraphs of its story: the
    heading and the link are dropped, and the story read on."""
    page = read_page("Iran and Iraq sign a rail deal\n\nMarch 19, 2023\n\nThe two sides signed the deal in Baghdad "
                     "on Sunday, officials said.\n\nRelated News:\n\nZarif consults with Iraqi officials in Baghdad\n\n"
                     "\"The line will carry pilgrims and goods between the two countries,\" the minister said after "
                     "the signing.\n\n\"Work on the first section starts in the spring,\" he added, speaking to "
                     "reporters.\n")
    assert [k.text[:20] for k in page.kept] == ["The two sides signed", "\"The line will carry", "\"Work on the first s"]
    assert [d.reason for d in page.dropped][-2:] == ["related link", "related link"]


def test_a_related_heading_whose_links_were_not_scraped_does_not_end_the_text_the_story_goes_on_after():
    """World Magazine's copy of Sky News (in the real pages) prints 'More from Boris Johnson', its links lost, then
    the story's last three paragraphs: the heading is dropped and the story read on; one summary after it still ends
    the text, as a teaser's would."""
    story = ("Britain pulled its embassy staff out of Iran and Iraq on Sunday, officials said.\n\nMore from Boris "
             "Johnson\n\nIt is also understood that the Foreign Office has entered crisis mode in the wake of the "
             "killing.\n\nIn this instance, staff working on the Iran-US situation operate out of a crisis centre in "
             "London.\n")
    page = read_page(f"UK pulls embassy staff in Iran and Iraq\n\nJanuary 6, 2020\n\n{story}")
    assert [k.text[:20] for k in page.kept] == ["Britain pulled its e", "It is also understoo", "In this instance, st"]
    page = read_page("UK pulls embassy staff in Iran and Iraq\n\nJanuary 6, 2020\n\n" + story.split("\n\nIn this")[0]
                     + "\n")
    assert [k.text[:20] for k in page.kept] == ["Britain pulled its e"]


@pytest.mark.parametrize("after", [
    "Middle East\n\nThree explosions rocked Baghdad late Tuesday, killing five people and wounding a dozen more.",
    "Three explosions rocked Baghdad late Tuesday.",  # too short to be the story's
    "Three explosions rocked Baghdad late Tuesday, killing five people and wounding a dozen more.",  # a summary
    "",  # the links end the page
])
def test_a_related_heading_with_teasers_or_nothing_after_its_links_ends_the_text(after):
    page = read_page("Iran and Iraq sign a rail deal\n\nMarch 19, 2023\n\nThe two sides signed the deal in Baghdad "
                     f"on Sunday, officials said.\n\nRelated Stories\n\nIraqi protesters killed in the south\n\n{after}\n")
    assert [k.text[:20] for k in page.kept] == ["The two sides signed"]


def test_a_headline_printed_twice_with_an_ellipsis_once_in_points_is_one_headline():
    """steerwheel.info (in the real pages) prints its headline with '...', then with '…': one headline, the first."""
    page = read_page("The marshes of Iraq perish with thirst... and Iran is blamed\n"
                     "The marshes of Iraq perish with thirst… and Iran is blamed\n"
                     "Hashem travelled ten kilometres across arid land in southern Iraq to find water.\n")
    assert page.headline == "The marshes of Iraq perish with thirst... and Iran is blamed"
    assert [k.text[:6] for k in page.kept] == ["Hashem"]


def test_the_line_the_address_spells_is_the_headline_after_a_sites_appeals_and_menus():
    """MEMRI (in the real pages) prints its appeals, a menu's labels and a paragraph of its own before the headline,
    the tenth line; the address spells it."""
    page = read_page("Request a Clip\n\nMedia, government, and academia can request a clip or other research.\n"
                     "Request Clip\nOct 30, 2019\nShare Video:\n\nIran's leader: America, the West behind riots in "
                     "Iraq and Lebanon\n\nIran's leader said at a ceremony that America was behind the riots.\n",
                     url="https://www.memri.org/tv/iran-leader-america-west-behind-riots-iraq-lebanon")
    assert page.headline == "Iran's leader: America, the West behind riots in Iraq and Lebanon"


LONG_HEADLINE = ("Football Cup in Basra Sparks Quarrel Between Iraq And Iran Over Use Of Name 'Arabian Gulf' Vs. "
                 "'Persian Gulf,' And Over Iraq's Place In The Arab World Vs. Iran's Zone Of Influence")


def test_an_address_cut_short_of_a_long_headline_names_it():
    """MEMRI's reports (in the real pages): a date run into the series' label, then a headline of 32 words whose
    address spells its first thirteen, leaving out 'of'; not a paragraph that opens with those words, nor a line
    that an address of fewer words opens."""
    page = read_page(f"March 8, 2023 Special Dispatch No. 10515\n\n{LONG_HEADLINE}\n\nMarch 8, 2023\n"
                     "Iran, Iraq | Special Dispatch No. 10515\n\nThe football cup, held in Basra, angered Iran.\n",
                     url="https://www.memri.org/reports/football-cup-in-basra-sparks-quarrel-between-iraq-and-iran-"
                         "over-use-name")
    assert page.headline == LONG_HEADLINE
    lead = ("Football cup in Basra sparks quarrel between Iraq and Iran over use of the name of the Gulf, said the "
            "ministers of both countries, who met in Baghdad on Sunday for the first time since the tournament began.")
    page = read_page(f"{lead}\nThey met again on Monday.\n",
                     url="https://example.org/football-cup-in-basra-sparks-quarrel-between-iraq-and-iran-over-use-name")
    assert page.headline is None
    page = read_page(f"March 8, 2023 Special Dispatch No. 10515\n\n{LONG_HEADLINE}\n\nThe cup angered Iran.\n",
                     url="https://example.org/football-cup-in-basra-sparks-quarrel")
    assert page.headline != LONG_HEADLINE


def test_a_short_address_cut_on_a_small_word_names_a_blogs_headline_and_its_credit_is_left_off():
    """A blog's copy of a Bloomberg story (in the real pages): its address cut at 40 letters, on 'as', spells the
    headline's first seven words; the line ends with a credit to what the post quotes ('- Bloomberg:'). An address
    of as few words that ends on a word of the headline is not read as cut."""
    text = ("Iraq and Iran Build Economic Ties as a Sidelined U.S. Looks On - Bloomberg:\n"
            "In the contest for Iraq’s loyalty, geography is proving irresistible.\n"
            "So far, Rouhani’s winning, as he held a press conference alongside his Iraqi counterpart.\n")
    page = read_page(text, url="https://example.blogspot.com/2019/03/iraq-and-iran-build-economic-ties-as.html")
    assert page.headline == "Iraq and Iran Build Economic Ties as a Sidelined U.S. Looks On"
    assert page.kept[0].text == "In the contest for Iraq’s loyalty, geography is proving irresistible."
    page = read_page(text, url="https://example.blogspot.com/2019/03/iraq-and-iran-build-economic-ties-sidelined.html")
    assert page.headline is None


def test_the_line_after_a_related_links_label_is_its_link_and_a_sentence_after_it_is_text():
    """L'Orient Today (in the real pages) prints 'Read also', then a linked headline, between its paragraphs."""
    page = read_page("Iraq limits Houthi activities on its soil\n\nThe Iraqi government pledged to limit the group's "
                     "work in the country.\n\nRead also\n\nIn full swing in Yemen, Trump dispatches a second carrier "
                     "to the Middle East\n\nThe group has had an office in Baghdad since 2018.\n\nRead more:\n\n"
                     "Iraq's government met the group's envoy on Monday.\n")
    assert [k.text for k in page.kept] == [
        "The Iraqi government pledged to limit the group's work in the country.",
        "The group has had an office in Baghdad since 2018.", "Iraq's government met the group's envoy on Monday."]
    assert [d.reason for d in page.dropped if d.text.startswith("In full swing")] == ["related link"]


def test_the_titles_under_a_related_links_label_are_its_links_up_to_the_texts_next_sentence():
    """Persia Digest (the real pages' hundred-and-second batch) prints 'Read more:' and four titles, one a question,
    between its paragraphs, and a link to its section under the text; the paragraph after the titles is text."""
    page = read_page("Iraqi PM arrives in Tehran\n\nThe Prime Minister of Iraq arrived in Tehran on Saturday.\n\n"
                     "Read more:\n\nWhat Iraq gains in relations with Iran\n\nAgenda of President Rouhani’s visit to "
                     "Iraq\n\nWhy did Iraq's top cleric meet with Rouhani?\n\nAchievements of Iranian "
                     "President’s trip to Iraq\n\nAbdul-Mahdi is in Tehran on the eve of a regional tour.\n\n"
                     "Click here for more "
                     "political news.\n")
    assert [k.text for k in page.kept] == ["The Prime Minister of Iraq arrived in Tehran on Saturday.",
                                           "Abdul-Mahdi is in Tehran on the eve of a regional tour."]
    assert [d.reason for d in page.dropped if d.text.startswith(("What", "Agenda", "Why", "Achievements"))] == [
        "related link"] * 4


def test_a_related_link_label_whose_arrow_points_back_makes_the_line_above_it_the_link():
    """Middle East Eye (in the real pages) prints a related story's title, then 'Read More »' under it, between the
    paragraphs of its press review; a sentence above the label is the text's."""
    page = read_page("Iranian press review: Tehran ready to strike again\n\nThe IRGC warned Baghdad about three bases "
                     "on Friday.\n\nHow Israel is using Iraq's Kurdistan as a launchpad to attack Iran\nRead More »\n\n"
                     "Sharif added that the ambassador had warned Baghdad.\nRead More »\n\nThe papers agreed.\n")
    assert [k.text for k in page.kept] == ["The IRGC warned Baghdad about three bases on Friday.",
                                           "Sharif added that the ambassador had warned Baghdad.", "The papers agreed."]
    assert [d.reason for d in page.dropped if d.text.startswith("How Israel")] == ["related link"]


def test_a_sentence_that_opens_a_list_and_its_items_after_the_last_paragraph_are_text():
    """balert.org (in the real pages) ends its story with a sentence that opens a list, then the list's items, each
    of a few words after a dash: text, each item a paragraph, not a subheading; an item set off alone, between
    paragraphs, may be a subheading (AFP's '- Arrests and fines -'); a short label with a colon opens no list."""
    page = read_page("Iran's president begins a visit to Iraq\n\nPezeshkian arrived in Iraq on Wednesday, his first "
                     "trip abroad.\n\n- Talks and deals -\n\nHe will sign deals in Baghdad on Thursday.\nWhile in "
                     "Baghdad, President Pezeshkian is scheduled to meet key Iraqi leaders, including:\n- Prime Minister "
                     "Mohammed Shia al-Sudani\n- President Abdul Latif Rashid\n\nFollow us:\n- Facebook\n- X\n")
    assert [(k.kind, k.text) for k in page.kept] == [
        ("p", "Pezeshkian arrived in Iraq on Wednesday, his first trip abroad."), ("h2", "- Talks and deals -"),
        ("p", "He will sign deals in Baghdad on Thursday."),
        ("p", "While in Baghdad, President Pezeshkian is scheduled to meet key Iraqi leaders, including:"),
        ("p", "- Prime Minister Mohammed Shia al-Sudani"), ("p", "- President Abdul Latif Rashid")]


def test_a_line_that_goes_on_in_small_letters_on_the_next_is_no_subheading():
    """Iraq TradeLink (in the real pages) breaks its lead's sentence in two lines: the first, of a subheading's length,
    is a paragraph's start, not a subheading."""
    page = read_page("Iraq pays half its energy debts to Iran\n\nBaghdad/ Iraq TradeLink: Iranian Assistant to Iranian "
                     "energy minister Hamayoun Ha’iri disclosed \nthat Iraq is paying its debts in euros.\n\nHe said "
                     "so to Fars News Agency.\n")
    assert [k.kind for k in page.kept] == ["p", "p", "p"]


def test_an_address_that_drops_slashes_small_words_and_a_language_code_names_the_headline_printed_again_shortened():
    """The EEAS's pages (in the real pages): a section's label, the headline, whose address glues 'Iran/Iraq' into one
    word, leaves out 'by', 'at' and 'the' and ends in the language's code ('..._en'), the dateline, then the headline
    again with words left out: both printings are the headline's, the label no headline."""
    headline = ("Iran/Iraq : Speech by High Representative Josep Borrell at the European Parliament plenary debate "
                "on the situation in Iran and Iraq")
    page = read_page(f"Task Force Iran\n\n{headline}\n\nStrasbourg, 14/01/2020 - 19:33, UNIQUE ID: 200114_10\n\n"
                     "Iran/Iraq : Speech at the European Parliament plenary debate on the situation in Iran and Iraq\n\n"
                     "Mr President, Honourable Members, the region is at a dangerous point.\n",
                     url="https://eeas.europa.eu/delegations/iran/73003/iraniraq-speech-high-representative-josep-"
                         "borrell-european-parliament-plenary_en")
    assert page.headline == headline and page.date == dt.date(2020, 1, 14)
    assert [k.text for k in page.kept] == ["Mr President, Honourable Members, the region is at a dangerous point."]
    assert [d.reason for d in page.dropped] == ["before the headline", "headline", "dateline", "headline"]


def test_a_summary_that_the_paragraph_after_the_headline_printed_again_opens_with_is_read_once():
    """Iranian Diplomacy (in the real pages): a summary, the headline printed again, then the paragraph that opens
    with the summary's words and goes on: the paragraph is the text, the summary its cut copy."""
    summary = "In an interview with four news agencies, the Iraqi prime minister lays out his views on ties."
    page = read_page(f"We will deal with the next president in good faith\n\n06 June 2021 | 17:25\n{summary}\n"
                     f"We will deal with the next president in good faith\n\n{summary} The full transcript follows.\n")
    assert [k.text for k in page.kept] == [f"{summary} The full transcript follows."]


def test_a_line_ending_with_a_short_heading_is_not_a_breadcrumb():
    """Only a headline of four words or more is read after a breadcrumb: a subheading of two is not."""
    page = read_page("Iraq and Iran sign a deal\nMarch 19, 2023\nThe two sides met. Gas Deal\nGas Deal\n"
                     "They signed it in Baghdad.\n")
    assert page.headline == "Iraq and Iran sign a deal"


def test_a_deck_longer_than_the_headline_is_not_the_headline():
    page = read_page("Iran, Iraq ink deal for security cooperation over border region\n"
                     "Agreement comes months after Iran attacked Kurdish rebels in northern Iraq; Tehran says pact "
                     "will end attacks by Kurdish groups\nMarch 19, 2023\nThe two sides signed a deal on Sunday.\n")
    assert page.headline == "Iran, Iraq ink deal for security cooperation over border region"


KICKER_PAGE = ("First foreign visit since taking office\nIran's president to visit the Kurdistan Region during an Iraq "
               "trip\nSeptember 11, 2024\nThe president will visit Erbil.\n")


def test_the_pages_address_tells_the_headline_from_a_kicker_above_it():
    page = read_page(KICKER_PAGE, url="https://example.org/news/2024/iran-president-to-visit-kurdistan-region")
    assert page.headline == "Iran's president to visit the Kurdistan Region during an Iraq trip"


def test_without_an_address_the_first_headline_like_line_is_the_headline():
    """A kicker above the headline and a standfirst below it have the same shape; the first line stands, and the
    other stays in the text (nothing is lost either way)."""
    page = read_page(KICKER_PAGE)
    assert page.headline == "First foreign visit since taking office"
    assert page.kept[0].text.startswith("Iran's president")
    page = read_page("Fuad Hussein meets his Iranian counterpart\nIraq's Foreign Minister visits Tehran for talks\n"
                     "BAGHDAD, September 13 — The foreign minister arrived in Tehran on Wednesday.\n")
    assert page.headline == "Fuad Hussein meets his Iranian counterpart"


def test_a_headline_scraped_without_its_capital_before_the_dateline():
    page = read_page("to broker a new round of talks between Riyadh and Tehran, the premier heads to Tehran tomorrow\n"
                     "2022-11-27 13:55Font\nThe prime minister will be heading to Tehran tomorrow.\n")
    assert page.headline.startswith("to broker a new round")
    assert page.date == dt.date(2022, 11, 27)


def test_a_headline_printed_as_a_sentence_above_the_pages_date_is_the_headline():
    """The page's first line, one short sentence with its full stop, then the date (one that reads two ways too):
    the headline. A sentence with a paragraph or another line of text before the date, or two sentences, or a
    sentence after another line of text, is text."""
    page = read_page("Iraq reveals a dangerous plan from Iran about water.\n\n09:52 - 08/05/2022\n\n"
                     "Iraq's water resources minister has strongly criticized Iran's water policy.\n\n48 View\n",
                     url="https://example.org/en/Details.aspx?jimare=1174")
    assert page.headline == "Iraq reveals a dangerous plan from Iran about water."
    assert [k.text for k in page.kept] == ["Iraq's water resources minister has strongly criticized Iran's water policy."]
    page = read_page("Iraq and Iran sign a water deal.\nMay 8, 2022\nThe two ministers met in Baghdad.\n")
    assert page.headline == "Iraq and Iran sign a water deal." and page.date == dt.date(2022, 5, 8)
    for text, sentence in (
            ("Iraq and Iran met. They signed a water deal.\nMay 8, 2022\nThe two ministers met in Baghdad.\n",
             "Iraq and Iran met. They signed a water deal."),
            ("Iraq and Iran sign a water deal.\nThe two ministers met in Baghdad.\nMay 8, 2022\n",
             "Iraq and Iran sign a water deal."),
            ("Water deal signed\nIraq and Iran sign a water deal.\nMay 8, 2022\nThe ministers met in Baghdad.\n",
             "Iraq and Iran sign a water deal.")):
        page = read_page(text)
        assert page.headline != sentence and sentence in [k.text for k in page.kept], text


def test_a_lists_short_item_is_a_paragraph_like_its_siblings_not_a_subheading():
    page = read_page("Iran's Kurdish opposition groups\nMay 8, 2024\nThe opposition comprises several parties.\n"
                     "About the parties\n"
                     "• Komala Party of Iranian Kurdistan: Founded in 1969, led by Abdullah Mohtadi\n"
                     "• Kurdistan Freedom Party (PAK): Founded in 1991, led by Hussein Yazdanpanah\n"
                     "The parties were disarmed in 2023.\n")
    assert [(k.kind, k.text[:10]) for k in page.kept] == [("p", "The opposi"), ("h2", "About the "),
                                                          ("p", "• Komala P"), ("p", "• Kurdista"), ("p", "The partie")]


def test_text_printed_in_short_lines_is_text_not_a_headline_or_subheadings():
    """A page that prints its text in short lines, each sentence carried over to the next line: a line that goes on
    with the sentence of the line above is neither the headline nor a subheading."""
    page = read_page(" date 2019-02-11 2019/02/11 | 00:50\nParliament Speaker Mohamed al-Halbousi met with\n"
                     "Iranian Ambassador in Baghdad Iraj Masjedi, during his visit to the Iranian\n"
                     "Embassy on Saturday to greet Masjedi on the occasion of Iran's National Day.\n",
                     title="Halbousi visits Iran embassy, extends greetings over National Day")
    assert page.headline is None and [(k.line, k.kind) for k in page.kept] == [(2, "p"), (3, "p"), (4, "p")]


def test_a_caption_printed_twice_is_kept_once_and_a_byline_is_not_the_lead():
    page = read_page("By Jane Doe.\nIraq and Iran sign a deal\nMarch 19, 2023\n"
                     "Officials sign the deal in Baghdad on Sunday. (AP Photo/Hadi Mizban)\n"
                     "Officials sign the deal in Baghdad on Sunday. (AP Photo/Hadi Mizban)\n"
                     "The two sides signed a deal on Sunday.\n")
    assert [k.kind for k in page.kept] == ["caption", "p"]
    assert [(d.text, d.reason) for d in page.dropped][0] == ("By Jane Doe.", "byline")
    assert page.dropped[-1].reason == "repeated caption"


def test_the_address_names_a_headline_of_any_shape_but_not_a_lead_that_holds_its_words():
    page = read_page("In pictures: Iraqis converge on Baghdad airport to remember the slain on assassination anniv.\n"
                     "Iraqi people converged on Baghdad airport on Saturday night.\n",
                     url="https://example.org/in-pictures-iraqis-converge-on-baghdad-airport-to-remember-the-slain-on-"
                         "assassination-anniv/")
    assert page.headline.startswith("In pictures")
    page = read_page("Iran's foreign minister will begin a visit to Baghdad tomorrow, Sunday.\n"
                     "He will meet Iraqi officials.\n", url="https://example.org/news/minister-to-visit-baghdad")
    assert page.headline is None


def test_a_date_printed_before_the_headline_on_its_line():
    page = read_page("date 2023-12-26 Biden orders strikes against Iran-backed militias after attack on troops\n"
                     "President Biden ordered retaliatory airstrikes on Monday.\n")
    assert page.headline == "Biden orders strikes against Iran-backed militias after attack on troops"
    assert page.date == dt.date(2023, 12, 26) and page.dropped[0].reason == "headline"


def test_where_the_curator_names_another_title_a_standfirst_after_the_date_stays_in_the_text():
    """Iran Daily (in the hundred-and-eighteenth batch), its headline not scraped: the standfirst after the scrape's
    date, longer than a headline usually is, is the text's where the curator's title is another; a short line after
    the date ('Shafaq News- Baghdad', the outlet and its dateline's place) is dropped, and a headline the title prints
    is read as before."""
    text = (" date 2017-05-08 Dubbed 'Iran Film Week', a recent film festival in Baghdad showcased an array of Iranian "
            "films to the Iraqi audience\n\nThe aim of the event is to boost cultural ties, according to Reuters.\n")
    title = "Iran Film Week in Baghdad showcases Iranian films to Iraqi audience"
    page = read_page(text, title)
    assert page.kept[0].text.startswith(" date 2017-05-08 Dubbed 'Iran Film Week'") and page.headline is None
    assert page.date == dt.date(2017, 5, 8)
    assert read_page(text).headline.startswith("Dubbed 'Iran Film Week'")  # no title given: as before
    short = read_page(" date 2026-01-06 Shafaq News- Baghdad\n\nIraq's government met Iran's envoy in Baghdad on "
                      "Monday, officials said.\n", "Tehran briefs Baghdad")
    assert [d.reason for d in short.dropped] == ["dateline's place"]
    page = read_page(" date 2023-12-26 Biden orders strikes against Iran-backed militias after attack on troops in "
                     "Jordan and in Iraq and in Syria this week\nPresident Biden ordered airstrikes on Monday.\n",
                     "Biden orders strikes against Iran-backed militias after attack on troops in Jordan and in Iraq and "
                     "in Syria this week")
    assert page.headline.startswith("Biden orders strikes") and page.kept[0].text.startswith("President Biden")


def test_a_date_printed_before_the_lead_on_its_line_dates_the_page_and_stays_in_the_text():
    page = read_page("Iran's minister visits Baghdad\ndate 2020-12-29 Cairo: Iran's energy minister arrived in Baghdad "
                     "on Tuesday.\n")
    assert page.date == dt.date(2020, 12, 29)
    assert page.kept[0].text.startswith("date 2020-12-29 Cairo:")


def test_a_day_with_its_year_and_a_colon_before_the_lead_dates_the_page_and_stays_in_the_text():
    """'June 22, 2025: The Middle East is bracing ...': the day, with no place or outlet, run into the first line."""
    page = read_page("June 22, 2025: The Middle East is bracing for a new wave of instability after the strikes.\n"
                     "Iraq's prime minister ordered heightened security in Baghdad.\n")
    assert page.date == dt.date(2025, 6, 22) and page.kept[0].text.startswith("June 22, 2025: The Middle East")
    assert read_page("Iraq and Iran hold talks on the border\n\n22 June 2025 — Iraq and Iran held talks on "
                     "Sunday.\n").date == dt.date(2025, 6, 22)
    # no year, or a sentence that goes on after the day: no date
    assert read_page("Iraq and Iran hold talks on the border\n\nJune 22: Iraq and Iran held talks on Sunday.\n").date \
        is None
    assert read_page("Iraq and Iran hold talks on the border\n\nJune 22, 2025 was the day Iraq and Iran held "
                     "talks.\n").date is None


def test_a_day_stamped_after_the_text_dates_a_page_that_prints_no_other():
    """MSNBC's video page (in the real pages): its description ends with the day, after its last sentence; the text is
    kept whole. A day told in a sentence, or a page with a date of its own, is no stamp."""
    page = read_page("Militia leader killed in Baghdad\n\nA militia leader was killed in a Baghdad airstrike, officials "
                     "said. Iran vowed revenge. Jan. 4, 2024\n")
    assert page.date == dt.date(2024, 1, 4) and page.kept[0].text.endswith("Jan. 4, 2024")
    assert read_page("Militia leader killed in Baghdad\n\nA militia leader was killed in Baghdad on Jan. 4, 2024, "
                     "officials said.\n").date is None
    dated = read_page("Strike in Baghdad\n\nMarch 1, 2024\n\nThe strike killed a militia leader and two others, officials "
                      "said. Iran vowed revenge. Jan. 4, 2024\n")
    assert dated.date == dt.date(2024, 3, 1)


def test_a_wire_dateline_with_its_year_dates_the_page_and_stays_in_the_text():
    """'BAGHDAD, Nov 3, 2025 (AFP) –': the wire's label holds the day, with its year (a copy of an AFP story)."""
    page = read_page("Iran Watches Closely as Iraq Prepares for Elections\n\nBAGHDAD, Nov 3, 2025 (AFP) – Iraq will hold "
                     "parliamentary elections on November 11.\n")
    assert page.date == dt.date(2025, 11, 3) and page.kept[0].text.startswith("BAGHDAD, Nov 3, 2025 (AFP) –")
    assert read_lead_label("TEHRAN, Nov. 29 (MNA) – Iran's minister", {}).date is None  # no year: no date


def test_a_known_place_and_its_country_before_the_date_on_its_line_is_a_dateline():
    assert read_dateline("Baghdad- Iraq  27/08/2020").date == dt.date(2020, 8, 27)  # a24na.com
    assert read_dateline("Baghdad, Iraq 27/08/2020").date == dt.date(2020, 8, 27)
    assert read_dateline("Section 27/08/2020") is None  # no place of the region's: no dateline
    assert read_dateline("Tehran 5 people died") is None


def test_a_known_place_and_its_region_or_a_wires_credit_before_a_date_that_opens_with_its_month_is_a_dateline():
    """KRG Iran's and Solar Daily's (in the real pages): the region of two words, the wire's credit in brackets, the
    month's name first; where the word after the place is no known place, the line is a title ('Iran Update, August 7,
    2023', the Institute for the Study of War's reports), and a place and a country alone date nothing."""
    assert read_dateline("Erbil, Kurdistan Region, January 26, 2021").date == dt.date(2021, 1, 26)
    assert read_dateline("Al-Faw, Iraq (AFP) Dec 6, 2021").date == dt.date(2021, 12, 6)
    assert read_dateline("TEHRAN (FNA) May 5, 2020").date == dt.date(2020, 5, 5)
    assert read_dateline("Iran Update, August 7, 2023") is None
    assert read_dateline("Iran Update, 7/8/2023") is None
    assert read_dateline("Najaf, Iraq") is None
    assert [furniture_reason(line) for line in ("Iraq, Iran", "Tehran, IR", "Tehran, Iran, talks")] == [None] * 3


def test_a_date_of_year_day_and_months_name_after_a_site_builders_placeholder():
    assert read_dateline("I'm an image! 2021 / 18 / Oct").date == dt.date(2021, 10, 18)  # Rewaq Baghdad
    assert read_dateline("2021 / 18 / Oct").date == dt.date(2021, 10, 18)


def test_a_headline_longer_than_usual_over_its_authors_name_is_the_headline_not_the_name():
    """An essay's page (in the real pages): a headline of 17 words, the author's name alone under it, the date, then
    the text; the address spells no words. With a headline of a usual length above it, the name stays no headline
    either way, and a longer deck under a usual headline is still passed over."""
    headline = ("Specters of Influence and the Mirage of Power: Iran and Iraq in the Maze of Geopolitical "
                "Transformations")
    body = "\n\nBotan Zebari\n2025 / 4 / 11\n\nIn the heart of the upheavals, Iran emerges as an entity in doubt.\n"
    page = read_page(headline + body, url="https://example.org/eng/show.art.asp?aid=4308")
    assert page.headline == headline
    assert page.kept[0].text.startswith("In the heart")
    page = read_page("Iran and Iraq in the maze\n\n" + headline + body)
    assert page.headline == "Iran and Iraq in the maze"


def test_a_date_in_figures_year_first_with_spaced_slashes_is_a_dateline():
    """An essay site's date under its byline (in the real pages: 'Botan Zębarî', then '2025 / 4 / 11'): year, month,
    day, as year-first figures always are; not a span of years in a sentence, nor a month or day out of range."""
    assert read_dateline("2025 / 4 / 11").date == dt.date(2025, 4, 11)
    assert read_dateline("2025 / 4 / 11 - 14:20").date == dt.date(2025, 4, 11)
    assert read_dateline("Between 2019 / 20 and 2021") is None
    assert read_dateline("2019 / 13 / 40") is None
    page = read_page("Specters of Influence: Iran and Iraq in the Maze of Transformations\n\nBotan Zebari\n"
                     "2025 / 4 / 11\n\nIn the heart of the upheavals that buffet the region, Iran emerges as an "
                     "entity oscillating between influence and collapse.\n")
    assert page.date == dt.date(2025, 4, 11)


def test_a_known_places_dateline_glued_to_the_lead_by_a_dash_dates_the_page_and_stays_in_the_text():
    page = read_page("Militias assassinate Iraqi journalist amid nationwide protests\n\nIraq, January 11, 2020—"
                     "Paramilitary forces with ties to the regime murdered a journalist.\n")
    assert page.date == dt.date(2020, 1, 11) and page.kept[0].text.startswith("Iraq, January 11, 2020—")
    page = read_page("Iran and Iraq Olympic committees meet\n\nTehran, Iran, June 6, 2023: Top officials of the two "
                     "committees met in Tehran.\n")  # the Olympic Council of Asia's: the place, its country, a colon
    assert page.date == dt.date(2023, 6, 6) and page.kept[0].text.startswith("Tehran, Iran, June 6, 2023: Top")
    page = read_page("A headline of the day for the test\n\nRemember, January 11, 2020—the day the talks began.\n")
    assert page.date is None  # 'Remember' is no place: no dateline


def test_a_wires_dateline_of_two_places_dates_the_page():
    """'NAJAF/TEHRAN, 14 October 2019 (IRCS) –': the Iranian Red Crescent's wire label, with its year."""
    label = read_lead_label("NAJAF/TEHRAN, 14 October 2019 (IRCS) – A few days ahead of Arbaeen", {})
    assert (label.outlet, label.place, label.date.date) == ("IRCS", "NAJAF/TEHRAN", dt.date(2019, 10, 14))


def test_a_month_first_date_with_a_twelve_hour_clock():
    assert read_dateline("7/12/2023 8:22:46 AM").date == dt.date(2023, 7, 12)
    assert read_dateline("03.16.2019 14:14 730").date == dt.date(2019, 3, 16)  # with a page's view count


def test_a_sites_date_bar_above_the_storys_date_is_not_the_publication_date():
    """A date bar prints the day the page was served; the story's own date, printed below it, is earlier."""
    page = read_page("Sunday, 19 July 2020\nSaturday, 18 July 2020 11:27 PM\n\nIraq's PM to meet Iran's FM on Sunday\n\n"
                     "The Iraqi prime minister is set to receive the Iranian foreign minister on Sunday.\n")
    assert page.date == dt.date(2020, 7, 18)
    page = read_page("Nov 21, 2024\nNews ID: 368072\n11 September 2024 - 11:06\n\nThe president lands in Iraq\n\n"
                     "The president began his three-day visit to Iraq on Wednesday morning.\n")
    assert page.date == dt.date(2024, 9, 11)
    # an update printed above the first date is still not the publication date
    page = read_page("Updated: 20 July 2020\nSaturday, 18 July 2020\n\nA deal is signed in Baghdad\n\n"
                     "The two ministers signed the deal on Saturday.\n")
    assert page.date == dt.date(2020, 7, 18)


def test_a_summary_printed_before_the_headline_is_text():
    """'TEHRAN (IQNA) – ...' first, then the headline, then the rest: the summary stays in the text."""
    page = read_page("8:44 - October 26, 2020\nNews ID: 3472930\nTEHRAN (IQNA) – The secretary-general of the movement "
                     "is due in Tehran today for talks with senior Iranian officials.\n\nMovement’s Chief Due in Tehran\n\n"
                     "He will hold meetings with top political and military officials during his visit.\n")
    assert page.headline == "Movement’s Chief Due in Tehran"
    assert [k.line for k in page.kept] == [3, 7]


def test_a_caption_printed_twice_is_not_a_headline_printed_twice():
    """Asharq Al-Awsat prints the headline and the photo's caption twice each: the headline is the headline."""
    page = read_page("Qaani in Baghdad 2 Days after Iran's Strikes on Erbil\n\nEsmail Qaani. (AFP file photo)\n"
                     "Esmail Qaani. (AFP file photo)\n\nQaani in Baghdad 2 Days after Iran's Strikes on Erbil\n\n"
                     "The commander of the Quds Force arrived in Baghdad on Tuesday.\n")
    assert page.headline == "Qaani in Baghdad 2 Days after Iran's Strikes on Erbil"


def test_a_headline_printed_as_a_lists_item_is_read_without_its_bullet():
    page = read_page("Mar 07, 2021 06:26 UTC\n  • US allows transactions on Iranian funds in Iraq: Reports\n\n"
                     "Media reports have suggested that an Iraqi bank has been allowed to process transactions.\n")
    assert page.headline == "US allows transactions on Iranian funds in Iraq: Reports"
    assert [(d.line, d.reason) for d in page.dropped] == [(1, "dateline"), (2, "headline")]


def test_a_subheading_after_the_second_paragraph_of_a_page_with_no_headline_is_text():
    """A page that starts at its first paragraph: a headline-like line after two paragraphs is the text's subheading
    (wayarcdaily.com), where one right after the first paragraph is the headline, after a summary (above)."""
    page = read_page("Iran’s top authority Ayatollah Ali Khamenei warned Iraq’s leader on Saturday.\n\n“Even the "
                     "presence of one American in Iraq is too much,” Khamenei told Rashid.\n\nWho is Ayatollah Ali "
                     "Khamenei\n\nIf you are interested in the history of Iran, you might want to know who he is.\n",
                     title="Iran's Supreme Leader says even one American in Iraq is too many")
    assert [k.line for k in page.kept] == [1, 3, 5, 7]


def test_a_summary_printed_before_the_headline_and_again_after_it_is_read_once_where_the_article_prints_it():
    page = read_page("A few hours ago, the prime minister entered the palace in Tehran.\nRaisi welcomes the Prime "
                     "Minister of Iraq\n29 Nov 2022 - 14:18\nA few hours ago, the prime minister entered the palace "
                     "in Tehran.\nThe prime minister arrived this morning at the head of a delegation.\n")
    assert page.headline == "Raisi welcomes the Prime Minister of Iraq"
    assert [k.line for k in page.kept] == [4, 5]
    assert (page.dropped[0].line, page.dropped[0].reason) == (1, "printed again")


def test_a_headline_glued_to_a_breadcrumb_before_it_is_not_text_however_it_reads():
    """'Home World' glued to a headline that reads as a clause: the line is the headline printed again."""
    page = read_page("Home World On 20 December, in Amman, the second regional summit on Iraq\n\nOn 20 December, in "
                     "Amman, the second regional summit on Iraq\n\nIraq's foreign minister announced yesterday that "
                     "the summit will be held in Amman.\n")
    assert page.headline == "On 20 December, in Amman, the second regional summit on Iraq"
    assert [k.line for k in page.kept] == [5]
    assert [d.reason for d in page.dropped] == ["headline", "headline"]


def test_a_wire_dateline_after_a_synopsis_and_key_points_names_the_outlet():
    page = read_page("Iraq and Iran discuss regional security\n\nSynopsis\n\nThe two ministers spoke by phone and "
                     "discussed the talks.\n\nKey Takeaways\n\n  • They spoke on Tuesday.\n  • They discussed the "
                     "talks.\n  • They will meet.\n\nBaghdad, April 15 (NationPress) Iraqi Foreign Minister Fuad "
                     "Hussein spoke by phone with his Iranian counterpart.\n")
    assert (page.lead_label.outlet, page.lead_label.place) == ("NationPress", "Baghdad")


def test_a_place_the_outlets_initials_and_the_day_before_the_lead_date_the_page():
    """'Tehran, NOC, 27 Jul 2019: ...' (a sports committee's site): the place, the outlet's initials and the day, each
    after a comma, open the lead after a standfirst; not where the place is unknown or the middle word is a place."""
    page = read_page("Minister visits the committee\n\nThe minister met the committee's president.\n\nTehran, NOC, 27 Jul "
                     "2019: Last week the minister visited the museum and held talks.\n\nThey agreed to cooperate.\n")
    assert (page.date, page.outlet) == (dt.date(2019, 7, 27), "NOC")
    assert [k.line for k in page.kept] == [3, 5, 7]
    assert read_lead_label("Tehran, IRAN, 27 Jul 2019: Last week the minister came.", {"IRAN": "place"}) is None
    assert read_lead_label("Springfield, NOC, 27 Jul 2019: Last week the minister came.", {}) is None


def test_a_wire_dateline_with_its_year_dates_the_page():
    page = read_page("Iraq and Iran sign a security agreement\n\nBaghdad, 20 March 2023 (TDI): Iraq's national "
                     "security adviser and Iran's signed the agreement in Baghdad.\n\nIt covers the border.\n")
    assert (page.date, page.outlet) == (dt.date(2023, 3, 20), "TDI")
    assert [k.line for k in page.kept] == [3, 5]  # the label stays in the text


def test_a_headline_ending_in_an_abbreviation_is_a_headline_and_an_address_id_is_no_headline_words():
    """'... Targeted by U.S.': the point ends the abbreviation, not a sentence. The address's last part is an ID
    ('0000017f-debd-...'), so its words are the part before."""
    page = read_page("Abu Mahdi al-Muhandis, Head of pro-Iranian Kataib Hezbollah Targeted by U.S.\n\nJamal Jaafar "
                     "Ibrahimi is the leader of the militia, whose targets were struck by the U.S. He has amassed "
                     "25,000 fighters.\n\nThe strikes came days before the year began.\n",
                     url="https://example.com/news/2020-01-03/abu-mahdi-al-muhandis-iran-kataib-hezbollah-u-s-strike"
                         "/0000017f-debd-df62-a9ff-deffb1170000")
    assert page.headline == "Abu Mahdi al-Muhandis, Head of pro-Iranian Kataib Hezbollah Targeted by U.S."
    assert [k.line for k in page.kept] == [3, 5]


@pytest.mark.parametrize("last", ["the U.S.", "the Americans"])
def test_a_headline_printed_twice_may_end_in_an_abbreviation(last):
    """A headline in a sentence's case, printed twice (the second time with the site's name after it), is the
    headline whether it ends in a word or in an abbreviation's point: neither copy stays in the body."""
    headline = f"Iraqi militia leaders say they will not be cowed by the strikes and will answer {last}"
    page = read_page(f"Iraqi militias\n\n{headline}\n\n{headline} | The Daily Example\n\n"
                     "The envoy met the leaders in Baghdad on Monday, officials said. They discussed the strikes.\n\n"
                     "More talks are planned for next week, the officials said.\n")
    assert page.headline == headline
    assert [k.line for k in page.kept] == [7, 9]


def test_a_counter_or_a_label_printed_twice_is_no_headline_where_the_headline_is_printed_twice_too():
    """A page's head and foot each print a counter ('0 Persons') and a label ('Tags') around the headline printed
    twice (IRNA, in the real pages): the headline is the headline, and the label alone is furniture."""
    page = read_page("Nov 13, 2024, 6:47 PM\nNews ID: 85658886\n0 Persons\n\nTags\n\n"
                     "Iran ready to enhance trade with Iraq: minister\n\nNov 13, 2024, 6:47 PM\n"
                     "Iran ready to enhance trade with Iraq: minister\n\n"
                     "Tehran, IRNA – Iran is ready to expand its trade with Iraq, the minister said on Wednesday.\n\n"
                     "The two sides will meet again next month in Baghdad.\n\n0 Persons\n\nTags\n")
    assert (page.headline, page.date) == ("Iran ready to enhance trade with Iraq: minister", dt.date(2024, 11, 13))
    assert [k.line for k in page.kept] == [12, 14]
    assert ("Tags", "tags") in {(d.text, d.reason) for d in page.dropped}


def test_a_name_alone_over_a_note_about_its_author_is_the_byline():
    page = read_page("Iran and Iraq reach a visa-free agreement\n\nJane Roe\nThe author has long experience in "
                     "investigative journalism.\n\nA visa-free agreement between Iran and Iraq has been decided, the "
                     "ministry said.\n\nAli Reza\n\nThe deal takes effect in April, officials said.\n")
    assert [(d.line, d.reason) for d in page.dropped] == [(1, "headline"), (3, "byline"), (4, "author's note")]
    assert [k.line for k in page.kept] == [6, 8, 10]  # a name alone elsewhere stays, as a subheading may


def test_a_line_that_is_the_start_of_the_next_cut_is_read_once_as_the_next():
    """A picture's text cut short after the scrape's date, then its caption in full (radiomega.net, in the real
    pages): the caption is read, the cut copy is not; the date the first line opens with still dates the page."""
    text = (ROOT / "tests" / "fixtures" / "real" / "h8-radiomega-khamenei-meets-sudani.txt").read_text(encoding="utf-8")
    page = read_page(text, title="Khamenei meets Sudani")
    assert (page.dropped[0].line, page.dropped[0].reason) == (1, "printed again")
    assert page.kept[0].line == 3 and page.date == dt.date(2023, 11, 6)


def test_a_caption_printed_bare_then_with_its_credit_or_apostrophes_is_read_once_as_printed_the_second_time():
    page = read_page("Iraq and Iran sign a deal on gas\n\nThe deal was signed in Baghdad on Sunday by both sides.\n"
                     "Jamal Jaafar Ibrahimi during the funeral procession in Baghdad on December 31, 2019.\n"
                     "Jamal Jaafar Ibrahimi during the funeral procession in Baghdad on December 31, 2019.Credit: AFP\n"
                     "Irans president marks first trip abroad since taking office\n"
                     "Iran's president marks first trip abroad since taking office\n"
                     "The talks went on into the evening, the ministry said.\n")
    assert [k.line for k in page.kept] == [3, 5, 7, 8]
    assert [(d.line, d.reason) for d in page.dropped if d.line in (4, 6)] == [(4, "printed again"),
                                                                             (6, "printed again")]


@pytest.mark.parametrize("mark", ["’", "ʼ", "ʻ", "ʿ", "´", "′"])
def test_every_mark_printed_for_an_apostrophe_counts_as_one_in_a_caption_printed_again(mark):
    """The marks the names and the candidates read as an apostrophe (a transliteration's ayn, a prime) are one too
    where a caption is printed bare and then with its apostrophes."""
    page = read_page("Iraq and Iran sign a deal on gas\n\nThe deal was signed in Baghdad on Sunday by both sides.\n"
                     "Irans president marks first trip abroad since taking office\n"
                     f"Iran{mark}s president marks first trip abroad since taking office\n"
                     "The talks went on into the evening, the ministry said.\n")
    assert [(d.line, d.reason) for d in page.dropped if d.line == 4] == [(4, "printed again")]
    assert [k.line for k in page.kept] == [3, 5, 6]


def test_a_byline_and_a_date_before_the_lead_date_the_page_and_the_line_stays_whole():
    """'Sangar Ali | 7 April 2019 – HALABJA (Kurdistan 24) – ...' (MESOP, in the real pages): the date after the
    byline's bar is the page's; the line is the lead, as printed. A date that opens a sentence dates nothing."""
    lead = ("Sangar Ali Sangar Ali | 7 April 2019 – HALABJA (Kurdistan 24) – A delegation of representatives arrived "
            "in Sulaimani on Sunday to formalize five border crossings with Iran.")
    page = read_page(f"Iraqi delegates in Sulaimani to formalize border crossings with Iran\n\n{lead}\n\n"
                     "The gates are in the provinces of Sulaimani and Halabja, the source said.\n")
    assert page.date == dt.date(2019, 4, 7) and [k.text for k in page.kept][0] == lead
    page = read_page("Iraqi delegates formalize border crossings with Iran\n\n3 January 2020 – the day Soleimani "
                     "died – changed the region, officials said.\n")
    assert page.date is None


def test_a_date_run_onto_a_headline_dates_the_page_and_a_letterhead_in_another_script_is_no_summary():
    """A document's text on a document site (docslib, in the real pages): a letterhead in Hebrew, then the title with
    its date run onto its end. A date after 'on' ends a sentence, and dates nothing."""
    page = read_page("<<\n\nרמה כ ז מל ו תשר מה ו ד י ע י ן ( למ מ\" ) רמה כרמ כ ז ז מל מה ו\n\n"
                     "Asa’ib Ahl al-Haq, profile of an Iraqi Shiite militia January 8, 2020\n\nOverview\n\n"
                     "Asa’ib Ahl al-Haq is an Iraqi Shiite militia, the report says. It was founded in 2006.\n")
    assert (page.headline, page.date) == ("Asa’ib Ahl al-Haq, profile of an Iraqi Shiite militia", dt.date(2020, 1, 8))
    assert [k.line for k in page.kept] == [7, 9]
    page = read_page("Iran and Iraq sign a deal on gas\n\nIran and Iraq signed the gas deal in Baghdad on January 8, "
                     "2020\n\nThe talks went well, officials said.\n")
    assert page.date is None


def test_a_run_of_bulleted_labels_is_a_menu_and_bulleted_points_are_text():
    """A print page's menu ('Pages', then '  • First Page', '  • National & Int’l' ...; Iran Daily, in the real pages)
    is furniture, and the headline under it is read; key points that end as sentences stay."""
    menu = "Pages\n  • First Page\n  • National & Int’l\n  • Economy\n  • Deep Dive\n  • Iranica\n"
    page = read_page(menu + "\nSteel billet exports to Iraq surge as imports face curbs\n\nIran’s exports of steel "
                     "to Iraq have jumped, the head of the chamber said on Monday.\n", url="https://example.com/news/1")
    assert page.headline == "Steel billet exports to Iraq surge as imports face curbs"
    assert {d.reason for d in page.dropped if d.line <= 6} == {"section menu"}
    points = ("Iran and Iraq agree on gas payments\n\nKey points\n  • Iraq will pay.\n  • Iran will deliver.\n"
              "  • Talks go on.\n  • Banks will help.\n\nIraq and Iran agreed on Monday to settle the debt.\n")
    assert [k.line for k in read_page(points).kept] == [3, 4, 5, 6, 7, 9]


def test_a_byline_after_a_standfirst_is_dropped_and_one_shaped_subheading_after_the_text_stays():
    """'• by Web Desk' under a standfirst that ends without a full stop (Jang, in the real pages) stands before the
    text's first sentence: a byline. After it, a line of that shape ('By the Numbers') is a subheading."""
    page = read_page("Iran's president embarks on first foreign trip to Iraq\n\nIran's president marks his first trip "
                     "abroad since taking office on September 11, 2024\n\n  • by Web Desk\n\nIran’s new president "
                     "flew to Iraq on Wednesday to deepen ties, officials said.\n\nBy the Numbers\n\nTrade reached "
                     "ten billion dollars last year, the ministry said.\n")
    assert [(d.line, d.reason) for d in page.dropped] == [(1, "headline"), (5, "byline")]
    assert [k.line for k in page.kept] == [3, 7, 9, 11]


def test_tab_labels_printed_twice_are_no_headline_and_no_text():
    """Amwaj (in the real pages): the date, the headline printed once, a section path, then two tabs' labels printed
    twice ('Bottom Line', 'Go Deep'). A headline of four words or more printed twice is still the headline."""
    page = read_page("Oct. 25, 2022\n\nIraqi Kurdistan emerges as arena for Iranian, Turkish drones\n\nIraq/Security\n"
                     "Bottom Line\nGo Deep\nBottom Line\nGo Deep\n\nIraqi Kurdistan has become an arena for regional "
                     "states, officials said.\n")
    assert page.headline == "Iraqi Kurdistan emerges as arena for Iranian, Turkish drones"
    assert [k.line for k in page.kept] == [11]
    assert {d.reason for d in page.dropped if 6 <= d.line <= 9} == {"tab labels"}


def test_a_date_bar_over_the_headline_and_a_standfirst_is_not_the_storys_date():
    """President.ir (in the real pages): the day the page was served at the top ('Wed Aug 10, 2022'), then the
    headline, a standfirst, and the story's own date ('Tue 17 - August 2021') over the text: the earlier is the
    story's."""
    page = read_page("Wed Aug 10, 2022 15:27:53\n\nIran-Iraq ties go beyond neighbouring states\n\nThe President "
                     "described the relations between Iran and Iraq as more than neighbourly, his office said.\n\n"
                     "Tue 17 - August 2021 - 18:25\n\nSpeaking on Tuesday with the Prime Minister of Iraq by "
                     "telephone, the President offered his condolences.\n")
    assert page.date == dt.date(2021, 8, 17)


@pytest.mark.parametrize("stamp, date", [
    ("2024-05-06 13:54:00", dt.date(2024, 5, 6)),
    ("[11/مارس/2019]", dt.date(2019, 3, 11)),  # in brackets, an Arabic month's name (Saba News Agency)
])
def test_a_page_scraped_into_one_line_gives_its_headline_and_date_and_stays_text(stamp, date):
    line = (f"'Election' visit from the president to Iran {stamp} NEWS CENTER - The regional president is "
            "in Iran to attend official meetings, and it was stated that he would meet the country's leaders in the "
            "capital over the next two days.")
    page = read_page(line + "\n")
    assert (page.headline, page.date) == ("'Election' visit from the president to Iran", date)
    assert [k.text for k in page.kept] == [line]


def test_the_sites_name_glued_to_the_headline_by_a_hyphen_is_the_page_title_not_the_headline():
    """Xinhua's page, in the real pages: its title ('...-Xinhua'), then the headline without the site's name; the
    headline is the line without it and the outlet the word after the hyphen. A hyphenated word that ends a headline
    printed once stays in it."""
    text = ("Iran, Iraq sign 4-bln-USD contract on technological, engineering services-Xinhua\n\n"
            "Iran, Iraq sign 4-bln-USD contract on technological, engineering services\n\nSource: Xinhua\n\n"
            "Editor: huaxia\n\nTEHRAN, Nov. 30 (Xinhua) -- Iran has signed a contract with Iraq. It is worth 4 billion "
            "U.S. dollars.\n\nThe contract can help cover some of the shortfall, he said.\n")
    page = read_page(text)
    assert page.headline == "Iran, Iraq sign 4-bln-USD contract on technological, engineering services"
    assert page.outlet == "Xinhua"
    assert [k.text[:6] for k in page.kept] == ["TEHRAN", "The co"]
    page = read_page("Protesters in Baghdad march against Iran-Iraq deal\n\nProtesters marched in Baghdad on Friday. "
                     "They said the deal was bad.\n")
    assert page.headline == "Protesters in Baghdad march against Iran-Iraq deal"


def test_the_sites_teasers_of_other_stories_after_the_text_are_no_part_of_it():
    """IFP News, in the real pages: after the article, the site's teasers of its other stories, each cut off with an
    ellipsis. A paragraph of the text that ends with an ellipsis, alone, stays."""
    text = ("Iran sympathizes with Iraq over Zakho attack\n\nIran's foreign minister called his Iraqi counterpart on "
            "Thursday. He condemned the attack.\n\nThe Iraqi minister thanked him. He said the inquiry goes on...\n\n"
            "Blasts rang out across Ukraine’s capital Kyiv and other cities early on Sunday, as Russia…\n\n"
            "Outgoing US President Joe Biden met Chinese President Xi Jinping in Lima, Peru, to discuss…\n")
    page = read_page(text)
    assert [k.text[:14] for k in page.kept] == ["Iran's foreign", "The Iraqi mini"]
    page = read_page(text.rsplit("\n\nOutgoing", 1)[0] + "\n")
    assert [k.text[:14] for k in page.kept][-1] == "Blasts rang ou"


def test_a_teasers_title_printed_whole_above_it_is_no_part_of_the_text():
    """eu-iraq.org (the hundred-and-sixth batch): after the text and its source line, a report's title whole, then the
    same title cut off with an ellipsis and two more teasers: the title goes with them. A paragraph of the text above
    teasers that do not begin with its words stays."""
    text = (ROOT / "tests" / "fixtures" / "real" / "h106-euiraq-baghdad-condemns-iranian-envoys-threats.txt"
            ).read_text(encoding="utf-8")
    page = read_page(text)
    assert [k.line for k in page.kept][-1] == 23
    assert [d.reason for d in page.dropped if d.line == 27] == ["after the end of the article"]
    text = ("Iran sympathizes with Iraq over Zakho attack\n\nIran's foreign minister called his Iraqi counterpart on "
            "Thursday. He condemned the attack.\n\nThe Iraqi minister thanked him in a call on Thursday night.\n\n"
            "Blasts rang out across Ukraine’s capital Kyiv and other cities early on Sunday, as Russia…\n\n"
            "Outgoing US President Joe Biden met Chinese President Xi Jinping in Lima, Peru, to discuss…\n")
    assert [k.text[:14] for k in read_page(text).kept] == ["Iran's foreign", "The Iraqi mini"]


def test_a_headline_in_a_share_box_after_the_text_and_the_next_story_under_it():
    """Arab News's Pakistan edition (in the real pages): the story's five paragraphs first, then the headline, its
    short link and the headline again, the standfirst as a bullet, then the next story (its headline, a bullet and two
    paragraphs under another lead label, 'DAMASCUS:'): the headline is read off the box, the five paragraphs and the
    standfirst are the text, and the next story is not."""
    text = (ROOT / "tests" / "fixtures" / "real" / "h74-arabnews-iran-tells-iraq-politicians-halt-infighting.txt"
            ).read_text(encoding="utf-8")
    page = read_page(text)
    assert page.headline == "Iran tells politicians in Iraq to halt their infighting"
    assert [k.line for k in page.kept] == [1, 2, 3, 4, 5, 9]
    assert not any(k.line >= 10 for k in page.kept)


def test_a_second_lead_label_under_a_headline_like_line_begins_another_story():
    """An article has one lead label: 'BAGHDAD: ...' under a headline-like line, after 'TEHRAN: ...', is another
    story's; a paragraph that names a place with a colon inside the text ('He said: ...') is not a label."""
    page = read_page("Iran and Iraq sign a trade deal\n\nTEHRAN: Iran and Iraq signed a trade deal on Monday.\n"
                     "The minister said: the deal covers gas and power.\nOfficials in both capitals welcomed it.\n\n"
                     "Baghdad floods leave thousands homeless\nBAGHDAD: Heavy rain flooded the capital on Sunday.\n"
                     "Rescue teams were sent to the eastern districts.\n")
    assert page.headline == "Iran and Iraq sign a trade deal"
    assert [k.line for k in page.kept] == [3, 4, 5]


@pytest.mark.parametrize("page, kept, again", [
    # a caption printed twice under the headline and twice again under its second printing: read once, first
    ("h74-asharq-syria-fm-visit-iraq-new-chapter", [3, 12, 14], [4, 9, 10]),
    # a standfirst above the story's lead label ('ERBIL (Kurdistan 24) –'), printed again as a paragraph of the story:
    # read where the story prints it
    ("kurdistan24-halboosi-in-tehran", [7, 10, 12, 14, 16], [5])])
def test_a_paragraph_or_caption_printed_whole_again_is_read_once(page, kept, again):
    text = (ROOT / "tests" / "fixtures" / "real" / f"{page}.txt").read_text(encoding="utf-8")
    read = read_page(text)
    assert [k.line for k in read.kept][:len(kept)] == kept
    assert sorted(d.line for d in read.dropped if d.reason == "printed again") == again


@pytest.mark.parametrize("line, tags", [
    ("Iraq News Mohammad Shia Al-Sudani", True), ("PUK President Bafel Iran", True), ("Iran Press TV", True),
    ("USA World", True), ("Bafel Jalal Talabani & Ali Bagheri", False), ("Qasem Soleimani", False),
    ("Iraqi Prime Minister Meets Iranian President In Tehran", False), ("Kurdistan Region", False),
    ("Iran Iraq", False), ("Tehran, Iran", False), ("Iraq and Iran sign a deal", False),
    # a label's '&' between words that are no given names (the Atlantic Council's, in the real pages)
    ("Geopolitics & Energy Security Iran Iraq Middle East Security & Defense", True), ("Iran & Iraq", False),
    ("AT&T Iran Iraq", False)])
def test_a_line_of_names_set_side_by_side_with_a_country_is_a_line_of_tags(line, tags):
    """Labels and tags between the headline and the text (Shafaq News, PUK Media, Press TV's copies, in the real
    pages); not a caption of names joined by '&' or of one name, a headline in a title's capitals, a place's name."""
    assert is_tag_line(line) is tags


def test_a_line_of_tags_above_the_date_is_no_headline_and_the_headline_under_it_is():
    """The Atlantic Council (in the real pages) prints its tags, then its blog's name and the date, then the headline:
    the tags are not the headline, which does not stay in the text."""
    name = "h125-atlanticcouncil-balancing-acts-breaking-points.txt"
    page = read_page((ROOT / "tests" / "fixtures" / "real" / name).read_text(encoding="utf-8"), None, None, name,
                     "https://www.atlanticcouncil.org/?p=857116")
    assert page.headline == "Balancing acts and breaking points: Iraq’s US-Iran dilemma"
    assert [k.line for k in page.kept][:3] == [8, 10, 12]


def test_a_line_of_tags_between_the_headline_and_the_text_is_furniture():
    text = (ROOT / "tests" / "fixtures" / "real" / "shafaq-sudani-heads-to-tehran.txt").read_text(encoding="utf-8")
    page = read_page(text)
    assert [(d.line, d.reason) for d in page.dropped if d.line == 3] == [(3, "tags")]
    assert page.kept[0].text.startswith("Shafaq News/ Iraq’s new Prime Minister")


def test_an_appeal_for_money_under_its_prompt_is_furniture_up_to_the_texts_next_paragraph():
    """The Media Line (in the real pages) prints its appeal between the first paragraph and the rest, with no empty line
    around it: 'This holiday season, give to:' and five short lines under it; the text's next paragraph, longer, is
    the text again."""
    text = (ROOT / "tests" / "fixtures" / "real" / "h45-medialine-iran-requests-extradition-38-separatists.txt"
            ).read_text(encoding="utf-8")
    page = read_page(text)
    assert [d.line for d in page.dropped if d.reason == "promotion"] == [3, 4, 5, 6, 7, 8]
    assert [k.line for k in page.kept][:3] == [2, 9, 10]
    assert furniture_reason("Please donate to:") == "promotion" and furniture_reason("He said to give:") is None


def test_the_sentence_that_hands_over_to_a_report_is_text_and_an_empty_threads_count_is_not():
    """Iraq Business News's copy of an Al Jazeera video (the hundred-and-eighth batch): the text's last line hands over
    to the report the scrape left out ('... has this report from Baghdad:'); 'No comments yet.' under it is the
    site's."""
    text = (ROOT / "tests" / "fixtures" / "real" / "h108-iraqbusinessnews-iraq-depends-on-iran-imports.txt"
            ).read_text(encoding="utf-8")
    page = read_page(text)
    assert [k.line for k in page.kept] == [2, 3, 4, 5]
    assert [d.reason for d in page.dropped if d.line == 6] == ["comment policy"]


def test_a_caption_printed_again_with_the_head_printed_again_is_read_once():
    """Asharq Al-Awsat (the hundred-and-ninth batch; so in the hundred-and-fifth): the headline, the picture's caption
    twice, then the headline again and the caption twice more before the text. The caption is read once, where it is
    first printed."""
    text = (ROOT / "tests" / "fixtures" / "real" / "h109-aawsat-sadrist-iran-fears-iraq-rapprochement-gulf.txt"
            ).read_text(encoding="utf-8")
    page = read_page(text)
    assert [(k.line, k.kind) for k in page.kept][:2] == [(3, "caption"), (12, "p")]
    assert [d.reason for d in page.dropped if d.line in (9, 10)] == ["printed again", "printed again"]


def test_a_news_code_in_persian_figures_is_the_pages_news_id():
    """ILNA (the hundred-and-eighth batch) prints its news code in Persian figures under the headline."""
    assert read_news_id("News code : ۱۰۶۵۶۹۹") == "۱۰۶۵۶۹۹"
    assert read_news_id("News code : 1065699") == "1065699"
    text = (ROOT / "tests" / "fixtures" / "real" / "h108-ilna-iran-welcomes-iraqi-mediation.txt").read_text(
        encoding="utf-8")
    assert 4 not in [k.line for k in read_page(text).kept]


def test_a_caption_cut_where_its_more_link_opens_it_gives_way_to_the_caption_whole():
    """Reuters's picture of the week (the hundred-and-eighth batch): the caption cut at '...more', the page's link to
    the rest, then the caption whole: the whole is read, once."""
    text = (ROOT / "tests" / "fixtures" / "real" / "h108-reuters-photos-of-the-week-soleimani-funeral.txt"
            ).read_text(encoding="utf-8")
    page = read_page(text)
    assert [k.line for k in page.kept] == [3]
    assert [d.reason for d in page.dropped if d.line == 1] == ["printed again"]


def test_a_title_run_into_the_summary_before_the_headline_is_read_where_each_is_printed():
    """NPR's interview page (the hundred-and-eighth batch): its first line is the title, then the summary, run into
    one; the headline and the summary follow, each on its own line. The first line is not text; nor are the audio
    player's controls and frame under them."""
    text = (ROOT / "tests" / "fixtures" / "real" / "h108-npr-irans-powerful-influence-in-iraq.txt").read_text(
        encoding="utf-8")
    page = read_page(text)
    assert page.headline == "Iran's Powerful Influence In Iraq"
    assert [k.line for k in page.kept][:2] == [11, 14]
    assert [d.reason for d in page.dropped if d.line == 1] == ["printed again"]


def test_a_title_fields_label_before_the_headline_is_no_part_of_it():
    """Matzav (the hundred-and-seventh batch) prints its headline as a field, with its label: 'Title: U.S. Treasury
    Designates ...'. A headline that only opens with the word ('Title IX: ...') keeps it."""
    text = (ROOT / "tests" / "fixtures" / "real" / "h107-matzav-treasury-designates-iran-backed-militias.txt"
            ).read_text(encoding="utf-8")
    assert read_page(text).headline == ("U.S. Treasury Designates Iran-Backed Militias Responsible for Attacks in Iraq "
                                        "and Syria")
    body = ("\n\nIran and Iraq signed a deal on Monday to extend gas supplies to Baghdad for two more years, officials "
            "said.\n")
    assert read_page("Headline: Iran and Iraq sign a deal on gas" + body).headline == "Iran and Iraq sign a deal on gas"
    assert read_page("Title IX: Iran and Iraq sign a deal on gas" + body).headline == \
        "Title IX: Iran and Iraq sign a deal on gas"


def test_the_authors_picture_and_name_before_a_date_are_its_byline():
    """Alhurra (in the hundred-and-sixth batch): the author's picture by its alternative text, the name again, the date
    in figures glued to it, month first (the day is over 12). The name must be the same twice; a date in figures that
    reads two ways stays no date."""
    assert read_dateline("Ghassan Taqi's avatar Ghassan Taqi01-27-2026").date == dt.date(2026, 1, 27)
    assert read_dateline("Ghassan Taqi’s avatar Ghassan Taqi 27 January 2026").date == dt.date(2026, 1, 27)
    assert read_dateline("Ghassan Taqi's avatar Ghassan Taqi01-02-2026") is None
    assert read_dateline("Ghassan Taqi's avatar Ali Hassan 01-27-2026") is None
    text = (ROOT / "tests" / "fixtures" / "real" / "h106-alhurra-state-department-rejects-role-for-militias.txt"
            ).read_text(encoding="utf-8")
    assert read_page(text).date == dt.date(2026, 1, 27)


def test_a_reading_time_glued_before_the_date_and_the_name_above_them_are_the_date_and_the_byline():
    """Medium (in the real pages): 'Max J. Joseph', then '25 min readNov 10, 2023' under the headline; the name's given
    name is none of the region's, its line right above the date makes it the byline."""
    assert read_dateline("2 min readJan 18, 2021").date == dt.date(2021, 1, 18)
    assert read_dateline("5 min read · Mar 3, 2024").date == dt.date(2024, 3, 3)
    assert read_dateline("3 min read") is None
    # the label without its minutes, as a scrape loses them (Stratfor, in the hundred-and-nineteenth batch)
    assert read_dateline("MIN READJul 8, 2021 | 21:35 GMT").date == dt.date(2021, 7, 8)
    text = (ROOT / "tests" / "fixtures" / "real" / "h75-medium-in-the-shadow-of-god-assyrians.txt").read_text(
        encoding="utf-8")
    page = read_page(text)
    assert {d.line: d.reason for d in page.dropped}[5] == "byline"
    assert page.date == dt.date(2023, 11, 10)


def test_the_headline_with_a_pictures_number_is_the_headline_printed_again():
    """Fakti (in the real pages) prints the headline, the standfirst, the date, then the picture's label: the headline
    and '  - 1'. The headline is the first; the label is no longer headline, nor text."""
    text = (ROOT / "tests" / "fixtures" / "real" / "h75-fakti-iraqi-militias-ready-to-disarm.txt").read_text(
        encoding="utf-8")
    page = read_page(text, url="https://fakti.bg./en/world/962303-iraqi-militias-backed-by-iran-are-ready-to-disarm-to"
                               "-avoid-conflict-with-the-us")
    assert page.headline == "Iraqi militias backed by Iran are ready to disarm to avoid conflict with the US"
    assert {d.line: d.reason for d in page.dropped}[9] == "headline"
    assert [k.line for k in page.kept][:2] == [5, 11]


def test_an_item_of_a_digests_headline_is_its_subheading_and_the_series_note_is_furniture():
    """NIAC's digest (in the real pages): the headline lists the items ('A, B, C, and More'), the first item's
    subheading is one of them, not the headline printed again; 'Iran Unfiltered is a digest tracking ...' is the
    series' note on itself."""
    text = (ROOT / "tests" / "fixtures" / "real" / "h75-niac-iran-us-manage-escalation.txt").read_text(encoding="utf-8")
    page = read_page(text)
    assert page.headline.startswith("Iran and U.S. Try to Manage Escalation in the Middle East, Raisi Meets")
    assert page.kept[0].line == 7 and page.kept[0].text == "Iran and U.S. Try to Manage Escalation in the Middle East"
    assert {d.line: d.reason for d in page.dropped}[5] == "author's note"


def test_a_reports_title_dated_after_a_comma_a_dash_led_slogan_and_a_name_under_the_headline():
    """Free Republic's copy of ISW (in the real pages) opens with 'Iran Update, November 5, 2023': the report's title,
    dated, the page's date; Four Winds 10 opens with its slogan, '- Delivering Truth Around the World', no headline,
    and prints the writer's name under the headline, above its text-size controls: the byline."""
    real = ROOT / "tests" / "fixtures" / "real"
    page = read_page((real / "h76-freerepublic-kataib-hezbollah-threatens-us.txt").read_text(encoding="utf-8"))
    assert page.date == dt.date(2023, 11, 5) and page.headline == "Iran Update, November 5, 2023"
    # after a colon too (a copy of JINSA's brief, in the hundred-and-nineteenth batch)
    page = read_page("NatSec Brief: October 23, 2023\nAri Cicurel\nAttacks in Iraq and Syria on October 18-22 "
                     "targeted U.S. forces in the Middle East.\nThe attacks were condemned by the United States.\n")
    assert page.date == dt.date(2023, 10, 23) and page.headline == "NatSec Brief: October 23, 2023"
    page = read_page((real / "h76-fourwinds10-iraq-october-revolution-iran-us-conflict.txt").read_text(
        encoding="utf-8"))
    assert page.headline == "Iraq: The October Revolution of 2019 and the Iran-US Conflict"
    reasons = {d.line: d.reason for d in page.dropped}
    assert reasons[6] == "byline" and reasons[8] == "site controls" and reasons[2] == "site controls"


def test_a_pictures_credit_that_names_a_site_by_its_address_is_furniture():
    """TL;DR Daily (in the real pages) prints 'Photo: BBC.com' under its headline; a sentence after 'Photo:' is not a
    credit."""
    assert furniture_reason("Photo: BBC.com") == "photo credit"
    assert furniture_reason("Photo: The minister arrived in Baghdad.") is None


def test_a_line_of_tags_after_the_standfirst_and_the_caption_before_the_lead_label_is_furniture():
    """Kurdistan 24 (in the real pages) prints its tags under the standfirst and the picture's caption, above 'ERBIL
    (Kurdistan 24) – ...'."""
    text = (ROOT / "tests" / "fixtures" / "real" / "kurdistan24-halboosi-in-tehran.txt").read_text(encoding="utf-8")
    assert {d.line: d.reason for d in read_page(text).dropped}[8] == "tags"


def test_more_videos_heads_the_sites_other_videos_after_a_video_pages_text():
    """TRT World (in the real pages) prints 'More Videos' and ten other videos' titles under its video's description:
    the article ends at the heading."""
    text = (ROOT / "tests" / "fixtures" / "real" / "h77-trtworld-turkey-iran-at-odds-over-iraq.txt").read_text(
        encoding="utf-8")
    assert not any(k.line >= 8 for k in read_page(text).kept)
    assert furniture_reason("More Videos") == "related links" and furniture_reason("More videos are needed.") is None


def test_labels_between_the_headline_and_the_date_are_the_pages_and_a_standfirst_there_is_text():
    """The Middle East Policy Council (in the real pages) prints '• Middle East Policy', its journal's blurb and 'Policy
    Brief Program' between the headline and the date, the brief after the date: the labels are furniture; a standfirst
    above the date is text, and so is all that stands above a date printed after the text."""
    real = ROOT / "tests" / "fixtures" / "real"
    page = read_page((real / "h78-mepc-iraqi-banks-barred-dealing-dollars.txt").read_text(encoding="utf-8"))
    reasons = {d.line: d.reason for d in page.dropped}
    assert reasons[3] == reasons[7] == "label above the date" and 12 in {k.line for k in page.kept}
    page = read_page("Iraq and Iran sign a rail deal\n\nAnalysis\n\nThe two neighbours agreed to link Basra and "
                     "Shalamcheh by rail.\n\nMarch 3, 2023\n\nThe ministers signed the deal in Tehran on Friday.")
    assert [k.line for k in page.kept] == [5, 9] and {d.line: d.reason for d in page.dropped}[3] == \
        "label above the date"
    page = read_page("Iraq and Iran sign a rail deal\n\nBasra Rail Link\n\nThe ministers signed the deal in Tehran on "
                     "Friday.\n\nMarch 3, 2023")
    assert [k.line for k in page.kept] == [3, 5]  # no text after the date: the short line may be a subheading


def test_the_one_hour_alone_before_the_text_is_when_the_page_was_put_up_a_live_blogs_are_its_text():
    """Walaw (in the real pages) prints '11:00' and the picture's 'Zoom' under its headline; a live blog prints an hour
    over each entry (the layouts' golden file keeps them)."""
    text = (ROOT / "tests" / "fixtures" / "real" / "h78-walaw-iraq-denies-iranian-oil-smuggling.txt").read_text(
        encoding="utf-8")
    reasons = {d.line: d.reason for d in read_page(text).dropped}
    assert reasons[5] == "the hour it was put up" and reasons[7] == "site controls"
    page = read_page("Iraq and Iran sign a rail deal\n\n18:40 GMT\nThe ministers signed.\n\n16:05 GMT\nThey met in "
                     "Tehran on Friday.")
    assert [k.line for k in page.kept] == [3, 4, 6, 7]
    assert furniture_reason("Zoom") == "site controls" and furniture_reason("Zoom talks resumed.") is None


def test_a_press_releases_label_with_its_colon_is_furniture_and_without_it_may_be_the_headline():
    """Iraq's foreign ministry (in the real pages) opens a statement with 'Press Release:'; another page prints 'Press
    Release' as its only headline, and keeps it."""
    assert furniture_reason("Press Release:") == "document label"
    assert furniture_reason("Press Release") is None
    assert furniture_reason("Press release: the ministry said it would reply.") is None
    real = ROOT / "tests" / "fixtures" / "real"
    page = read_page((real / "h78-mofa-iraq-rejects-acts-iran-consulate-karbala.txt").read_text(encoding="utf-8"))
    assert {d.line: d.reason for d in page.dropped}[1] == "document label" and page.kept[0].line == 3
    page = read_page((real / "h52-iraqnewsgazette-unhcr-asylum-seeker-death.txt").read_text(encoding="utf-8"))
    assert page.headline == "Press Release"


@pytest.mark.parametrize("line, expected", [
    ("0 Persons", True), (", 13 news, 3 views", True),  # an aggregator's counts under its headline (ournet, real)
    ("3 views, 0 comments", True),
    ("32 Likes 10 Comments", True),  # side by side, no comma between (a video's page, in the real pages)
    ("10 killed, 20 wounded", False),  # counts of what the news is about, not of the page's readers
    ("12 killed 30 wounded", False),
    ("Iran, Iraq, Syria", False),
])
def test_a_pages_counts_are_counters(line, expected):
    assert is_counter(line) is expected


def test_a_reports_title_dated_after_a_comma_gives_way_to_the_line_that_says_when_it_was_posted():
    """ISW News (in the real pages) heads its round-up 'Latest Updates on Iraq, 3 December 2020', the day it reports
    on, and prints 'Friday 4 December 2020 - 15:35' under it, when it was posted: the page's date."""
    text = (ROOT / "tests" / "fixtures" / "real" / "h81-iswnews-latest-updates-iraq-3-december-2020.txt").read_text(
        encoding="utf-8")
    page = read_page(text)
    assert page.date == dt.date(2020, 12, 4) and page.headline == "Latest Updates on Iraq, 3 December 2020"


def test_a_headline_then_its_day_after_a_dash_is_the_headline_not_an_issue_line():
    """The KRG's representation in the US (in the real pages) heads its page 'Webinar: Kurdistan Between Iran’s Hammer
    and Iraq’s Anvil – July 20, 2022': the headline, dated. A print edition's issue line (its number spelt out) and a
    byline before the day stay datelines."""
    text = (ROOT / "tests" / "fixtures" / "real" / "h83-dckurd-kurdistan-between-iran-hammer-iraq-anvil.txt"
            ).read_text(encoding="utf-8")
    page = read_page(text)
    assert (page.headline, page.date) == ("Webinar: Kurdistan Between Iran’s Hammer and Iraq’s Anvil",
                                          dt.date(2022, 7, 20))
    assert read_dateline("Number Seven Thousand Two Hundred and Eighty Seven - 09 May 2023").date == dt.date(2023, 5, 9)
    assert read_dateline("By Jane Doe and John Roe - May 3, 2021").date == dt.date(2021, 5, 3)
    assert read_dateline("Iraq and Iran sign a deal on gas - May 3, 2021") is None


def test_a_first_line_too_long_for_a_headlines_shape_is_the_headline_where_nothing_else_is():
    """Iraq's foreign ministry (in the real pages) heads a page with a summary of 43 words that ends no sentence, over
    a paragraph that does: its headline. A first line that ends a sentence is the text's, and the page asks for one."""
    text = (ROOT / "tests" / "fixtures" / "real" / "h83-mofa-fm-from-tehran-dialogues-realistic.txt").read_text(
        encoding="utf-8")
    page = read_page(text)
    assert page.headline.startswith("Foreign Minister from Tehran: Our dialogues were realistic")
    assert page.kept[0].text.startswith("Foreign Minister Mr. Fuad Hussein led a delegation")
    long = " ".join(["The minister said that the talks went well"] * 4)
    assert read_page(f"{long}.\n\nThe two sides will meet again next month in Baghdad.\n").headline is None


def test_the_day_the_lead_opens_with_dates_a_page_that_prints_no_other():
    """Iraq's foreign ministry (in the real pages) prints no date but opens its lead with 'On Tuesday, August 10,
    2021, Foreign Minister ...'. A weekday that is not that day's dates nothing, nor does a day that opens a later
    paragraph, nor one the lead does not open with."""
    text = (ROOT / "tests" / "fixtures" / "real" / "h81-mofa-fm-delivers-raisi-invitation-kadhimi.txt").read_text(
        encoding="utf-8")
    assert read_page(text).date == dt.date(2021, 8, 10)
    head = "Minister receives the envoy\n\n"
    assert read_page(head + "On 10 August 2021, the minister received the envoy.").date == dt.date(2021, 8, 10)
    assert read_page(head + "Tuesday, August 10, 2021, was the day he came.").date is None  # the subject
    assert read_page(head + "10 August 2021, the day he came, changed much.").date is None  # the subject
    assert read_page(head + "On Monday, August 10, 2021, the minister received the envoy.").date is None
    assert read_page(head + "The minister received the envoy.\n\nOn August 10, 2021, they met again.").date is None
    assert read_page(head + "The minister said that on August 10, 2021, they met.").date is None


def test_the_day_the_lead_gives_its_today_dates_a_page_that_prints_no_other():
    """Shafaqna (in the real pages) prints no date but its lead's 'this evening (29 Nov 2022)'."""
    text = (ROOT / "tests" / "fixtures" / "real" / "h79-shafaqna-sudani-met-supreme-leader.txt").read_text(
        encoding="utf-8")
    assert read_page(text).date == dt.date(2022, 11, 29)
    assert read_page("Talks in Tehran\n\nThe ministers met in Tehran today, March 3, 2023, and agreed.").date == \
        dt.date(2023, 3, 3)
    assert read_page("Talks in Tehran\n\nThe ministers met in Tehran (March 3, 2023) and agreed.").date is None


def test_a_list_of_people_each_over_what_they_are_is_the_texts_and_no_subheadings():
    """An event's page (the Middle East Institute's and the Institute for Peace & Diplomacy's, in the real pages)
    lists its speakers, each name alone over what they are, a blank line between or not: the list is the text's to its
    end, its names no subheadings; one name over one post is not a list, and a subheading over a paragraph is one."""
    real = ROOT / "tests" / "fixtures" / "real"
    page = read_page((real / "h88-mei-deal-or-no-deal-us-iran-talks.txt").read_text(encoding="utf-8"),
                     title="Deal or no deal")
    kept = {k.line: k.kind for k in page.kept}
    assert [kept.get(n) for n in (12, 13, 15, 16, 18, 19, 21, 22)] == ["p"] * 8
    page = read_page((real / "h88-peacediplomacy-new-government-in-iraq.txt").read_text(encoding="utf-8"))
    assert {k.line: k.kind for k in page.kept if 14 <= k.line <= 28} == {n: "p" for n in range(14, 29, 2)}
    text = ("Talks in Baghdad\n\nThe envoys met in Baghdad on Monday and talked for hours about the border.\n\n"
            "Michael Rubin\nResident scholar, American Enterprise Institute\n\n")
    assert [k.line for k in read_page(text).kept] == [3]  # one name over one post after the text: its author's box
    text = "Talks in Baghdad\n\nThe envoys met in Baghdad on Monday.\n\nRising Tensions\n\nThe talks broke off."
    assert [k.kind for k in read_page(text).kept] == ["p", "h2", "p"]


def test_a_date_after_two_paragraphs_of_the_text_dates_what_the_text_lists_not_the_page():
    """The Atlantic Council's review of 2021 (the real pages' eighty-ninth batch) prints its day under the tags, then
    cards of its stories of the year, each with its own day ('Jan 1, 2021'): the earliest of the page's dates is its
    own only while no two paragraphs of the text stand before them."""
    real = ROOT / "tests" / "fixtures" / "real"
    page = read_page((real / "h89-atlanticcouncil-2021-year-in-middle-east.txt").read_text(encoding="utf-8"))
    assert page.date == dt.date(2021, 12, 17)
    head = "Talks in Baghdad\n\nJune 9, 2022\n\n"
    text = head + "The envoys met on Monday.\n\nThey agreed on a date.\n\nJune 1, 2022\n\nThey met again."
    assert read_page(text).date == dt.date(2022, 6, 9)
    text = head + "The envoys met on Monday.\n\nJune 1, 2022\n\nThey met again."  # a date bar under a standfirst
    assert read_page(text).date == dt.date(2022, 6, 1)



def test_a_digests_excerpt_and_its_credit_above_the_story_it_quotes_are_not_its_text():
    """Iraq Oil Report's daily brief (the real pages' eighty-ninth batch) prints an excerpt of The Wall Street Journal's
    story (its first paragraph and more, cut), then 'Ghassan Adnan and Isabel Coles write for The Wall Street
    Journal:', then the story: the story is read once, where it is printed whole; the credit ends nothing."""
    real = ROOT / "tests" / "fixtures" / "real"
    page = read_page((real / "h89-iraqoilreport-iran-works-keep-iraq-open-business.txt").read_text(encoding="utf-8"))
    assert [k.line for k in page.kept] == [9, 11, 13]
    assert {d.line: d.reason for d in page.dropped}[7] == "the quoted story's credit"
    assert furniture_reason("Jane Arraf writes for The New York Times:") == "the quoted story's credit"
    assert furniture_reason("The minister writes for Al-Monitor about it.") is None


def test_a_list_of_people_under_a_date_is_a_teasers_authors_and_carries_no_text():
    """Chatham House's page of an event (the real pages' eighty-third batch) ends with a teaser of another item: its
    headline, its date, then its authors, each over what they are. Where a date stands over the list, the text does
    not go on to its end; with no date over it, the list is the text's."""
    post = ("Senior Research Fellow, Middle East and North Africa Programme; Project Director, Iraq Initiative at the "
            "institute in London")
    tail = f"Dr Renad Mansour\n\n{post}\n\nBen Robin-D'Cruz\n\nResearcher on Iraqi Politics, University of Edinburgh"
    head = "Talks in Baghdad\n\nThe envoys met in Baghdad on Monday and agreed on a date.\n\n"
    dated = read_page(head + "June 1, 2022\n\n" + tail)
    assert not any(k.text.startswith(("Ben Robin", "Researcher on")) for k in dated.kept)
    undated = read_page(head + tail)
    assert [k.text for k in undated.kept][-2:] == ["Ben Robin-D'Cruz",
                                                   "Researcher on Iraqi Politics, University of Edinburgh"]


def test_an_episodes_running_time_before_its_posting_date_and_a_travel_logs_day_and_place_are_datelines():
    """A podcast's page (the real pages' ninety-second batch) prints the episode's length, then when it was posted; a
    travel log stamps each entry with its day, where it was written and the weather. Prose that holds a date is none."""
    assert read_dateline("1 hour 17 minutes Posted Jan 8, 2020 at 12:00 am.").date == dt.date(2020, 1, 8)
    assert read_dateline("45 min Published March 2, 2021").date == dt.date(2021, 3, 2)
    assert read_dateline("17 minutes after the strike on Jan 8, 2020") is None
    assert read_dateline("December 3, 2022 in Iraq ⋅ ⛅ 15 °C").date == dt.date(2022, 12, 3)
    assert read_dateline("December 3, 2022 in Basra").date == dt.date(2022, 12, 3)
    assert read_dateline("December 3, 2022 in Something") is None  # no place anyone knows
    assert read_dateline("Talks on December 3, 2022 in Iraq") is None
    real = ROOT / "tests" / "fixtures" / "real"
    page = read_page((real / "h92-podbay-pod-save-the-world-iran-retaliates-soleimani.txt").read_text(encoding="utf-8"))
    assert page.date == dt.date(2020, 1, 8)
    page = read_page((real / "h92-findpenguins-reflections-impressions-iran-iraq.txt").read_text(encoding="utf-8"))
    assert page.date == dt.date(2022, 12, 3)


def test_a_paragraph_ending_on_a_players_label_is_text_and_a_teaser_leading_into_its_link_is_not():
    """21st Century Wire's page of a radio interview (the ninety-second batch) ends its second paragraph with
    'Listen:', over the player the scrape left out: the paragraph is the text's. A teaser after the article that ends
    with a colon ('... consider what such a result would actually entail:') still ends nothing of the text."""
    real = ROOT / "tests" / "fixtures" / "real"
    page = read_page((real / "h92-21stcenturywire-marandi-americas-miscalculation-iran.txt").read_text(
        encoding="utf-8"))
    assert [k.line for k in page.kept] == [5, 7]
    page = read_page((real / "h83-mosaic-protests-iraq-turned-against-iran.txt").read_text(encoding="utf-8"))
    assert [k.line for k in page.kept] == [3, 5, 7, 9]


def test_a_headline_printed_after_a_breadcrumb_from_home_is_read_without_it():
    """'Home » World » Sudanese in Tehran: A Diplomatic Visit ...' (the ninety-second batch): the last crumb is the
    headline; a headline that only holds a slash is kept whole."""
    real = ROOT / "tests" / "fixtures" / "real"
    page = read_page((real / "h92-worldtodaynews-sudanese-in-tehran-diplomatic-visit.txt").read_text(encoding="utf-8"))
    assert page.headline == "Sudanese in Tehran: A Diplomatic Visit Seeking Solutions in the Final Hours"
    page = read_page("Iraq / Iran: talks resume in Baghdad after a pause\n\n"
                     "The envoys met in Baghdad on Monday and agreed on a date for the next round.")
    assert page.headline == "Iraq / Iran: talks resume in Baghdad after a pause"


def test_a_line_printed_twice_on_consecutive_lines_under_the_headline_is_a_caption_not_the_headline():
    """The PMOI's page (the ninety-second batch): the headline, then a picture's caption printed twice, one line under
    the other. The headline printed once is the headline; the caption is read once."""
    real = ROOT / "tests" / "fixtures" / "real"
    page = read_page((real / "h92-mojahedin-truth-behind-zarif-remarks-iraq.txt").read_text(encoding="utf-8"))
    assert page.headline == "The truth behind Zarif’s remarks about Iraq"
    assert [k.line for k in page.kept][:2] == [5, 10]


def test_a_headline_spelt_with_marked_letters_is_found_by_an_address_spelt_without_them():
    """Amaraia's page (the real pages' ninety-second batch) heads its text with a long headline in a transliteration's
    letters ('As-Sūdānī to Ra’īsī: ...', a sentence's full stop at its end); its address spells the same words without
    the marks ('.../as-sudani-to-raisi-the-attack-...'): the line is the headline. Without the address it is not."""
    real = ROOT / "tests" / "fixtures" / "real"
    text = (real / "h92-amaraia-as-sudani-to-raisi-attack-consulate.txt").read_text(encoding="utf-8")
    url = ("https://amaraia.com/en/as-sudani-to-raisi-the-attack-against-h-the-consulate-came-in-result-of-the-"
           "continuous-failure-of-the-entity-against-the-resistance/")
    page = read_page(text, url=url)
    assert page.headline_line == 1 and page.headline.startswith("As-Sūdānī to Ra’īsī: The attack")
    assert [k.line for k in page.kept][0] == 5
    assert read_page(text).headline is None


def test_a_posts_date_before_its_sections_is_a_dateline_and_a_headline_in_capitals_above_it_is_a_headline():
    """A blog's copy of a story (the real pages' ninety-fifth batch): the story's date, then the sections it is filed
    under, dates the page; the story's own headline just above that date, in a headline's capitals under the post's,
    is no paragraph. Kept apart: one word after 'in' that names no known place, a sentence with the date in it, a
    standfirst (a sentence) above the date, a picture's credited caption there."""
    assert read_dateline("27th February 2026 in Iraq Banking & Finance News, Iraq Industry & Trade News, Security"
                         ).date == dt.date(2026, 2, 27)
    assert read_dateline("February 27, 2026 in News, Politics").date == dt.date(2026, 2, 27)
    assert read_dateline("December 3, 2022 in Something") is None
    assert read_dateline("Talks on December 3, 2022 in Iraq Banking, Security") is None
    page = read_page((ROOT / "tests" / "fixtures" / "real" / "h95-dinarrecaps-iqd-crossfire-trump-iran-conflict.txt"
                      ).read_text(encoding="utf-8"))
    assert page.date == dt.date(2026, 2, 27)
    assert [d.line for d in page.dropped if d.reason == "headline above the date"] == [3]
    assert page.kept[0].line == 7
    body = "Iraq spends roughly $900 million a month on Iranian goods, most of it on electricity and gas."
    for above in ("Iraq and Iran weigh the cost of a war that neither wants.",
                  "Baghdad, Iraq, 11/1/2019 © Eng. Bilal Izaddin / Shutterstock"):
        page = read_page(f"Iraq Economic News and Points To Ponder\n\n{above}\n\n27th February 2026 in News, Security"
                         f"\n\n{body}\n\n{body}\n")
        assert page.kept[0].text == above


def test_a_sections_label_before_a_date_in_figures_text_size_buttons_and_a_desks_note_on_a_breaking_story():
    """Pages of 2026 (the real pages' ninety-sixth batch): Annahar prints 'Opinion 02-02-2026 | 14:02' under its
    headline, a section's label before a day in figures (as before one with its month's name), and its text size
    buttons, 'Smaller Bigger'; Shafaq News ends a story with 'This is a breaking story...'. Kept apart: a day in figures
    that reads two ways, a sentence that opens with the label and the day, a sentence about a story."""
    assert read_dateline("Opinion 02-02-2026 | 14:02").date == dt.date(2026, 2, 2)
    assert read_dateline("Politics 02/02/2026, 09:15").date == dt.date(2026, 2, 2)
    assert read_dateline("Politics 02/02/2026") is None  # no time after it: as 'Section 27/08/2020'
    assert read_dateline("Opinion 12-02-2026 | 14:02") is None  # the 12th of February or the 2nd of December
    assert read_dateline("Opinion 02-02-2026 is a date we remember") is None
    assert furniture_reason("Smaller Bigger") == "site controls"
    assert furniture_reason("Smaller states and bigger ones") is None
    assert furniture_reason("This is a breaking story...") == "editor's note"
    assert furniture_reason("This story is developing.") == "editor's note"
    assert furniture_reason("This is a breaking story about how Iraq and Iran fought for eight years.") is None
    real = ROOT / "tests" / "fixtures" / "real"
    page = read_page((real / "h96-annahar-nouri-al-malikis-comeback-iraq-tehran-washington-gulf.txt"
                      ).read_text(encoding="utf-8"))
    assert page.date == dt.date(2026, 2, 2)
    assert "Smaller Bigger" not in [k.text for k in page.kept]
    page = read_page((real / "h96-shafaq-badr-back-iran-war.txt").read_text(encoding="utf-8"))
    assert page.kept[-1].text != "This is a breaking story..."


def test_a_timestamp_alone_a_headline_printed_again_as_a_breadcrumbs_item_and_a_disclaimers_heading():
    """Pages of 2026 (the real pages' ninety-seventh batch): Shafaq News prints its date as a machine's timestamp alone
    on its line; i24NEWS prints its headline as the last item of a breadcrumb of dashed items, then again; MENAFN ends
    its text with 'Legal Disclaimer:' over its terms. Kept apart: a timestamp of no real day, the breadcrumb's other
    items, a sentence on a disclaimer."""
    assert read_dateline("2026-02-22T11:19:18+00:00").date == dt.date(2026, 2, 22)
    assert read_dateline("2026-13-22T11:19:18Z") is None
    assert furniture_reason("Legal Disclaimer:") == "disclaimer" and furniture_reason("Disclaimer") == "disclaimer"
    assert furniture_reason("The disclaimer was read to the court.") is None
    real = ROOT / "tests" / "fixtures" / "real"
    page = read_page((real / "h97-shafaq-iraqs-next-prime-minister-hostage-us-iran-standoff.txt").read_text(
        encoding="utf-8"))
    assert page.date == dt.date(2026, 2, 22)
    page = read_page((real / "h97-i24news-iraq-set-to-elect-new-president-deeper-iranian-influence.txt").read_text(
        encoding="utf-8"))
    assert page.headline == "Iraq set to elect new president as vote paves way for deeper Iranian influence"
    assert [(d.line, d.reason) for d in page.dropped if d.line <= 5] == [
        (1, "before the headline"), (2, "before the headline"), (3, "before the headline"), (4, "headline"),
        (5, "headline")]  # the breadcrumb's other items are no printing of it
    assert page.kept[0].line == 6
    page = read_page((real / "h97-menafn-iraq-closes-airspace-tensions-israel-iran.txt").read_text(encoding="utf-8"))
    assert not any("without warranty" in k.text for k in page.kept)


def test_a_label_shorter_than_a_headline_over_the_date_gives_way_to_the_headline_under_it():
    """A blog's page (Elder of Ziyon's, in the real pages): its menu's 'Pages', the date, then a headline of twenty
    words that asks a question and credits its author in brackets, so that it reads as two sentences and is longer
    than a usual headline. The label is not the headline; a lead that ends its sentence is not taken in its place."""
    headline = ("If Baghdad Is So Critical To Stability In The Gulf, Why Is It Warming Up To Tehran? "
                "(Dana Amos)")
    text = (f"Pages\n\nFriday, May 13, 2022\n\n{headline}\n\n\nBy Dana Amos\n\n\n"
            "Baghdad seems to be important to US interests.\n\nThe ministers met on Sunday.\n")
    page = read_page(text)
    assert page.headline == headline
    assert [k.text for k in page.kept] == ["Baghdad seems to be important to US interests.",
                                           "The ministers met on Sunday."]
    lead = ("The ministers of the two countries met in Baghdad on Sunday to discuss the border, trade and the water of "
            "the rivers they share.")
    page = read_page(f"Pages\n\nFriday, May 13, 2022\n\n{lead}\n\nThey agreed to meet again in Tehran.\n")
    assert page.headline != lead
    assert lead in [k.text for k in page.kept]


def test_a_blog_theme_s_author_box_ends_the_article():
    """Famagusta Gazette (in the real pages): under the text, the theme's box on its author, headed by the author's name
    and how many articles they wrote, then the author's note on itself; neither is the article's. A sentence that
    opens with 'About' and a count is text."""
    page = read_page("Iraq, Iran sign deal on gas supply\n\nIraq imports Iranian gas to feed its power stations.\n\n"
                     "About 300 articles were published on the deal.\n\nAbout Famagusta Gazette 9486 Articles\n"
                     "In addition to our Mediterranean perspective, Famagusta Gazette publish extensive coverage of "
                     "world news. Follow us on Twitter @FamagustaG\n")
    assert [k.text for k in page.kept] == ["Iraq imports Iranian gas to feed its power stations.",
                                           "About 300 articles were published on the deal."]


def test_a_metered_wall_ends_the_text_and_a_disclaimer_with_its_text_is_furniture():
    """Business Standard's page of a wire story (in the real pages): three paragraphs, the wire's disclaimer, then the
    wall's count of free articles and its plans, none of them the article's. A disclaimer line before the text does
    not end it."""
    page = read_page("Iraq's pro-Iran factions\n\nIraq's security forces include units trained by Iran.\n"
                     "These factions make up the bulk of the Hashed al-Shaabi.\n"
                     "Disclaimer: No Business Standard Journalist was involved in creation of this content\n"
                     "You’ve reached your limit of {{free_limit}} free articles this month.\n"
                     "Subscribe now for unlimited access.\nSmart Quarterly\n₹900\n")
    assert [k.text for k in page.kept] == ["Iraq's security forces include units trained by Iran.",
                                           "These factions make up the bulk of the Hashed al-Shaabi."]
    page = read_page("Leaders meet in Baghdad\n\nDisclaimer: The views of the writers are their own.\n\n"
                     "The leaders of Egypt, Jordan and Iraq met in Baghdad on Sunday.\n")
    assert [k.text for k in page.kept] == ["The leaders of Egypt, Jordan and Iraq met in Baghdad on Sunday."]


def test_a_line_that_opens_with_the_outlet_credited_in_brackets_is_the_lead_not_the_headline():
    """Hatha al-Youm (in the real pages) prints no headline and opens its text with '(Hatha al-Youm | Iraq News)-':
    with the curator's title, which the page does not print, that line is the text's first, not a headline to drop."""
    name = "h124-hathalyoum-salih-receives-ahl-al-bayt-delegation.txt"
    text = (ROOT / "tests" / "fixtures" / "real" / name).read_text(encoding="utf-8")
    page = read_page(text, "Salih receives Iranian delegation of Ahl al-Bayt World Assembly", None, name,
                     "https://english.hathalyoum.net/articles/2353-salih-receives-iranian-delegation-ahl-bayt-world-"
                     "assembly-")
    assert {d.line: d.reason for d in page.dropped} == {1: "dateline"}
    assert page.kept[0].line == 2 and page.kept[0].text.startswith("(Hatha al-Youm | Iraq News)- Iraqi President")
