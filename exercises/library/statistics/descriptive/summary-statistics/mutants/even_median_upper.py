"""For an even n your median seems to be the upper of the two middle values: it is their average, (x_(n/2) + x_(n/2+1))/2."""
# Mistake: sorts, but for an even n returns the upper of the two middle values
# instead of their average.
import numpy as np


def summary_stats(x):
    x = np.asarray(x, dtype=float)
    s = np.sort(x)
    return float(np.mean(x)), float(s[len(s) // 2]), float(np.var(x, ddof=1))
