"""Your statistics may be right, but the sample you were given seems to come back sorted. Sort a copy (np.sort(x) or sorted(x)) and leave the caller's data in its original order."""
# Mistake: sorts the caller's array in place to find the median (np.asarray does not copy a
# float array, so x.sort() reorders the argument).
import numpy as np


def summary_stats(x):
    x = np.asarray(x, dtype=float)
    x.sort()
    n = len(x)
    middle = x[n // 2] if n % 2 == 1 else (x[n // 2 - 1] + x[n // 2]) / 2
    return float(np.mean(x)), float(middle), float(np.var(x, ddof=1))
