"""What the benchmarks share: the median time of an action over a number of runs."""

from __future__ import annotations

import statistics
import time


def median_seconds(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)
