"""The request budget of a search, known before the search starts.

Each service estimates how many requests an area will cost (cells × expected
pages) by arithmetic on the area's bounds, never by building the cells. Above
a soft limit the user is asked ("about 36,000 requests, roughly 40 minutes —
search anyway?"); above a hard limit the search is refused with a sentence that
says what to change. The limits are plugin settings; the defaults are here.
"""

import math
from dataclasses import dataclass

from .errors import InvalidInputError

#: above this many requests the user confirms first
DEFAULT_SOFT_LIMIT = 1_000
#: above this many requests a search is refused
DEFAULT_HARD_LIMIT = 50_000


@dataclass(frozen=True)
class Estimate:
    """What a search will cost: ``requests`` at ``per_second`` requests a second."""

    service: str
    requests: int
    per_second: float = 5.0
    #: what the user can change to make it smaller, as the end of a sentence
    advice: str = "draw a smaller area"
    #: ``advice`` as a sentence key (core/sentences.SENTENCES), None when it has none
    advice_key: str = "budget.smaller_area"

    @property
    def seconds(self):
        return self.requests / self.per_second if self.per_second > 0 else 0.0

    def words(self):
        """"about 36,000 requests, roughly 40 minutes"."""
        return self.cost()[2]

    def cost(self):
        """``words()`` as a keyed phrase: (key, values, English)."""
        requests = round_figure(self.requests)
        duration = duration_phrase(self.seconds)
        english = f"about {requests:,} request{'s' if requests != 1 else ''}, {duration[2]}"
        return "budget.cost", {"requests": ("budget.requests", {"n": requests}),
                               "duration": duration[:2]}, english

    def question(self):
        """The sentence the panel asks above the soft limit."""
        return f"This {self.service} search needs {self.words()} — search anyway?"

    def question_key(self):
        """:meth:`question` as (key, values) for the QGIS side to translate."""
        return "budget.question", {"service": self.service, "cost": self.cost()[:2]}

    def refusal(self, hard_limit):
        return InvalidInputError(
            f"The area of interest needs {self.words()} ({self.service} searches at most "
            f"{round_figure(hard_limit):,} requests): {self.advice}", parameter="aoi", service=self.service,
            key="budget.refusal" if self.advice_key else None,
            values={"cost": self.cost()[:2], "service": self.service, "limit": round_figure(hard_limit),
                    "advice": (self.advice_key, {})})

    def unconfirmed(self, parameter):
        """Processing's refusal above the soft limit, when ``parameter`` is not set."""
        return InvalidInputError(
            f"The area of interest needs {self.words()}: {self.advice}, or set {parameter} to search anyway",
            parameter="aoi", service=self.service, key="budget.unconfirmed" if self.advice_key else None,
            values={"cost": self.cost()[:2], "advice": (self.advice_key, {}), "parameter": parameter})


def round_figure(count):
    """Two significant figures: 36,412 → 36,000; small counts as they are."""
    count = int(count)
    if count < 100:
        return count
    scale = 10 ** (int(math.log10(count)) - 1)
    return int(round(count / scale) * scale)


def duration_words(seconds):
    return duration_phrase(seconds)[2]


def duration_phrase(seconds):
    """(key, values, English) of a duration, for ``Estimate.cost``."""
    if seconds < 60:
        return "budget.under_a_minute", {}, "under a minute"
    minutes = seconds / 60
    if minutes < 90:
        count = round_figure(max(1, round(minutes)))
        return "budget.minutes", {"n": count}, f"roughly {count} minute{'s' if round(minutes) > 1 else ''}"
    hours = minutes / 60
    if hours < 48:
        return "budget.hours", {"n": round(hours)}, f"roughly {round(hours)} hours"
    days = round(hours / 24)
    return "budget.days", {"n": days}, f"roughly {days:,} days"


def check(estimate, soft_limit=DEFAULT_SOFT_LIMIT, hard_limit=DEFAULT_HARD_LIMIT):
    """Refuse above the hard limit; True when the estimate is above the soft
    limit, so the caller asks (the panel) or wants a flag (Processing)."""
    if estimate.requests > hard_limit:
        raise estimate.refusal(hard_limit)
    return estimate.requests > soft_limit


def polygon_parts(area):
    """The polygons of a shapely Polygon or MultiPolygon."""
    return list(getattr(area, "geoms", [area]))
