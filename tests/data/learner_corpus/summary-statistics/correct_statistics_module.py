"""correct: uses the standard library's statistics.fmean, statistics.median and statistics.variance (which divides by n - 1)."""
import statistics

import numpy as np


def summary_stats(x):
    """Return (mean, median, sample variance with the n - 1 denominator) of the sample x."""
    values = [float(v) for v in np.asarray(x, dtype=float).ravel()]
    return (float(statistics.fmean(values)),
            float(statistics.median(values)),
            float(statistics.variance(values)))
