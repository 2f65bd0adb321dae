"""wrong: takes the middle element(s) of the sample in its given order, forgetting to sort it before picking the median."""
import numpy as np


def summary_stats(x):
    """Return (mean, median, sample variance with the n - 1 denominator) of the sample x."""
    x = np.asarray(x, dtype=float)
    n = x.size
    if n % 2 == 1:
        median = x[n // 2]
    else:
        median = 0.5 * (x[n // 2 - 1] + x[n // 2])
    return float(np.mean(x)), float(median), float(np.var(x, ddof=1))
