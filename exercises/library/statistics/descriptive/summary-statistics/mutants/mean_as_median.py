"""Your median seems equal to the mean: the median is the middle of the sorted sample, and the two differ whenever the sample is not symmetric."""
# Mistake: uses the mean where the median is asked for (they only agree for symmetric samples).
import numpy as np


def summary_stats(x):
    x = np.asarray(x, dtype=float)
    return float(np.mean(x)), float(np.mean(x)), float(np.var(x, ddof=1))
