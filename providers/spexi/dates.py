"""Dates as Spexi reads and writes them: "any valid JavaScript date format".

The API takes ``captured_at`` in whatever ``new Date(text)`` reads (its page
shows "2023-01-01T00:00:00Z", "2023-01-01" and "Jan 1, 2023") and types
``capturedAt`` in answers as a bare string, so a server may send any form
JavaScript's ``Date`` prints: ISO (``toISOString``, ``toJSON``), ``toString``
("Fri May 03 2024 17:22:51 GMT+0000 (Coordinated Universal Time)"),
``toUTCString`` ("Fri, 03 May 2024 17:22:51 GMT"), ``toDateString`` ("Fri May
03 2024"), the en-US locale forms ("5/3/2024, 5:22:51 PM", "Jan 1, 2023") or
epoch milliseconds. :func:`read_date` reads all of them; a text without a zone
is taken as UTC (JavaScript would take the server's local time, which we
cannot know).
"""

import re
from datetime import datetime, timedelta, timezone

MONTHS = {name: number for number, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for name in names}
WEEKDAYS = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_TIME = (r"(?:[ T]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.(?P<fraction>\d{1,9}))?)?"
         r"\s*(?P<ampm>[ap]\.?m\.?)?)?")
_ZONE = r"\s*(?P<zone>z|utc|gmt|ut)?\s*(?P<offset>[+-]\d{1,2}(?::?\d{2})?)?"
_FORMS = [
    # May 03 2024 [time] / January 1 2023
    re.compile(r"(?P<month_name>[a-z]+)\.?\s+(?P<day>\d{1,2})\s+(?P<year>\d{4})" + _TIME + _ZONE),
    # 03 May 2024 [time] (toUTCString)
    re.compile(r"(?P<day>\d{1,2})\s+(?P<month_name>[a-z]+)\.?\s+(?P<year>\d{4})" + _TIME + _ZONE),
    # 5/3/2024 [time] (en-US)
    re.compile(r"(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})" + _TIME + _ZONE),
    # 2024/05/03 [time]
    re.compile(r"(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})" + _TIME + _ZONE),
]


class DateText:
    """What :func:`read_date` found: the instant (UTC) and whether the text
    named a time of day (a bare date means the whole day)."""

    __slots__ = ("when", "has_time")

    def __init__(self, when, has_time):
        self.when, self.has_time = when, has_time

    @property
    def day_start(self):
        return self.when.replace(hour=0, minute=0, second=0, microsecond=0)

    @property
    def day_end(self):
        return self.day_start + timedelta(days=1, milliseconds=-1)


def _iso(text):
    candidate = text[:-1] + "+00:00" if text[-1:] in "zZ" else text
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return DateText(parsed.astimezone(timezone.utc), len(text) > 10)


def _offset(text):
    if not text:
        return timedelta(0)
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = (int(digits), 0) if len(digits) <= 2 else (int(digits[:-2]), int(digits[-2:]))
    return sign * timedelta(hours=hours, minutes=minutes)


def _spoken(text):
    text = re.sub(r"\([^)]*\)", " ", text.lower())  # "(Coordinated Universal Time)"
    text = re.sub(r"^\s*" + WEEKDAYS + r"[\s,]+", "", text).replace(",", " ")
    text = re.sub(r"\s+", " ", text).strip()
    for form in _FORMS:
        match = form.fullmatch(text)
        if match is None:
            continue
        parts = match.groupdict()
        month = MONTHS.get(parts["month_name"]) if parts.get("month_name") else int(parts["month"])
        if month is None:
            return None
        hour, minute = int(parts["hour"] or 0), int(parts["minute"] or 0)
        if parts["ampm"]:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if parts["ampm"].startswith("p") else 0)
        second = int(parts["second"] or 0)
        micro = int((parts["fraction"] or "0")[:6].ljust(6, "0"))
        try:
            local = datetime(int(parts["year"]), month, int(parts["day"]), hour, minute, second, micro,
                             tzinfo=timezone.utc)
            return DateText(local - _offset(parts["offset"]), parts["hour"] is not None)
        except (ValueError, OverflowError):
            return None
    return None


def read_date(value):
    """A :class:`DateText` from a JavaScript-readable date text or epoch
    milliseconds; None when ``Date`` could not read it either."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        try:
            return DateText(datetime.fromtimestamp(value / 1000.0, tz=timezone.utc), True)
        except (ValueError, OverflowError, OSError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    return _iso(text) if re.match(r"\d{4}-\d{2}-\d{2}", text) else _spoken(text)
