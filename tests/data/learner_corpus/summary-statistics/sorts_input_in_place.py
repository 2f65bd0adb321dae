"""wrong: calls x.sort() on the caller's list or array to find the median, so the input is reordered even though the three returned values are right."""
import numpy as np


def summary_stats(x):
    """Return (mean, median, sample variance with the n - 1 denominator) of the sample x."""
    x.sort()
    s = np.asarray(x, dtype=float)
    n = s.size
    if n % 2 == 1:
        median = s[n // 2]
    else:
        median = 0.5 * (s[n // 2 - 1] + s[n // 2])
    return float(np.mean(s)), float(median), float(np.var(s, ddof=1))
