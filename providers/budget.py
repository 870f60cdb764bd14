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

    @property
    def seconds(self):
        return self.requests / self.per_second if self.per_second > 0 else 0.0

    def words(self):
        """"about 36,000 requests, roughly 40 minutes"."""
        return f"about {round_figure(self.requests):,} request{'s' if self.requests != 1 else ''}, " \
               f"{duration_words(self.seconds)}"

    def question(self):
        """The sentence the panel asks above the soft limit."""
        return f"This {self.service} search needs {self.words()} — search anyway?"

    def refusal(self, hard_limit):
        return InvalidInputError(
            f"The area of interest needs {self.words()} ({self.service} searches at most "
            f"{round_figure(hard_limit):,} requests): {self.advice}", parameter="aoi", service=self.service)

    def unconfirmed(self, parameter):
        """Processing's refusal above the soft limit, when ``parameter`` is not set."""
        return InvalidInputError(
            f"The area of interest needs {self.words()}: {self.advice}, or set {parameter} to search anyway",
            parameter="aoi", service=self.service)


def round_figure(count):
    """Two significant figures: 36,412 → 36,000; small counts as they are."""
    count = int(count)
    if count < 100:
        return count
    scale = 10 ** (int(math.log10(count)) - 1)
    return int(round(count / scale) * scale)


def duration_words(seconds):
    if seconds < 60:
        return "under a minute"
    minutes = seconds / 60
    if minutes < 90:
        return f"roughly {round_figure(max(1, round(minutes)))} minute{'s' if round(minutes) > 1 else ''}"
    hours = minutes / 60
    if hours < 48:
        return f"roughly {round(hours)} hours"
    return f"roughly {round(hours / 24):,} days"


def check(estimate, soft_limit=DEFAULT_SOFT_LIMIT, hard_limit=DEFAULT_HARD_LIMIT):
    """Refuse above the hard limit; True when the estimate is above the soft
    limit, so the caller asks (the panel) or wants a flag (Processing)."""
    if estimate.requests > hard_limit:
        raise estimate.refusal(hard_limit)
    return estimate.requests > soft_limit


def polygon_parts(area):
    """The polygons of a shapely Polygon or MultiPolygon."""
    return list(getattr(area, "geoms", [area]))
