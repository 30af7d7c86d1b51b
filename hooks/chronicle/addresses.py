"""The one check of a source address, for the build and the import command alike: an http(s) address with none of
the characters an address cannot hold as they are (a space, a double quote, an angle bracket, a control character),
so that it is a link, not a guess at one. An apostrophe may stand in an address's path, as some sites' headlines
put it there ('.../iran-i139560-iran's_parliament_spox_...'): every page, feed and download escapes it where it is
printed."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"\x00-\x1f\x7f-\x9f]+", re.I)


def is_web_address(text: str) -> bool:
    """Whether `text` is a whole http:// or https:// address."""
    return _WEB_ADDRESS.fullmatch(text) is not None


# A day in an address's path, as blogs and news sites file their stories: '/2020/01/06/drone-strike/'.
_DAY_IN_PATH = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)(?=/|$)")


def day_in_address(address: str, today: dt.date) -> dt.date | None:
    """The day an address files its page under ('.../2020/01/06/...'), where its path holds one real day, no later
    than today; None where it holds none, or more than one."""
    days = set()
    for year, month, day in _DAY_IN_PATH.findall(urlsplit(address).path):
        try:
            days.add(dt.date(int(year), int(month), int(day)))
        except ValueError:
            return None
    if len(days) != 1 or (found := days.pop()) > today:
        return None
    return found


def prints_day(address: str, day: dt.date) -> bool:
    """The address's path prints the day, as a path's folders or glued into an id ('/2022/07/11/', '2022-07-11',
    '/en/202207115448'): a second witness for a page's date that reads two ways."""
    path = urlsplit(address).path
    return any(f"{day:{form}}" in path for form in ("%Y/%m/%d", "%Y-%m-%d", "%Y_%m_%d", "%Y%m%d"))
