"""wrong: returns np.var(x) with its default ddof=0, dividing by n instead of n - 1."""
import numpy as np


def summary_stats(x):
    """Return (mean, median, sample variance with the n - 1 denominator) of the sample x."""
    x = np.asarray(x, dtype=float)
    return float(np.mean(x)), float(np.median(x)), float(np.var(x))
