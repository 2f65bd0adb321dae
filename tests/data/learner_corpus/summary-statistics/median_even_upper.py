"""wrong: always takes sorted[n // 2] as the median, which for an even n is the upper of the two middle values instead of their average."""
import numpy as np


def summary_stats(x):
    """Return (mean, median, sample variance with the n - 1 denominator) of the sample x."""
    x = np.asarray(x, dtype=float)
    s = np.sort(x)
    median = s[x.size // 2]
    return float(np.mean(x)), float(median), float(np.var(x, ddof=1))
