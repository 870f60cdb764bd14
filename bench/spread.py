"""Three runs of a figure: ``repeat(function)`` times it RUNS times and gives a
:class:`Spread` (min / median / max) that prints as "a / b / c" with any
format spec and does arithmetic on each of the three, so a benchmark's
f-strings read as for one figure."""

import statistics
import time

RUNS = 3


class Spread:
    def __init__(self, values):
        values = sorted(values)
        self.values = (values[0], statistics.median(values), values[-1])

    def _each(self, function):
        return Spread([function(value) for value in self.values])

    def _pair(self, other, function):
        if isinstance(other, Spread):
            return Spread([function(a, b) for a, b in zip(self.values, other.values)])
        return self._each(lambda value: function(value, other))

    def __mul__(self, other):
        return self._pair(other, lambda a, b: a * b)

    __rmul__ = __mul__

    def __truediv__(self, other):
        return self._pair(other, lambda a, b: a / b)

    def __rtruediv__(self, other):
        return self._each(lambda value: other / value)

    def __sub__(self, other):
        return self._pair(other, lambda a, b: a - b)

    def __format__(self, spec):
        return " / ".join(format(value, spec) for value in self.values)


def repeat(function, runs=RUNS, calls=1):
    """(Spread of seconds per call, the last result): ``runs`` runs of ``calls`` calls each."""
    seconds, result = [], None
    for _ in range(runs):
        began = time.perf_counter()
        for _ in range(calls):
            result = function()
        seconds.append((time.perf_counter() - began) / calls)
    return Spread(seconds), result
