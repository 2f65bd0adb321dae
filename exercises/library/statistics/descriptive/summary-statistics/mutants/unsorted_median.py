"""Your median seems to be the middle entry of the sample in the given order: the values must be sorted first (and the two middle ones averaged when n is even)."""
# Mistake: takes the middle element of the sample as given, without sorting it first
# (and without averaging the two middle values when n is even).
import numpy as np


def summary_stats(x):
    x = np.asarray(x, dtype=float)
    return float(np.mean(x)), float(x[len(x) // 2]), float(np.var(x, ddof=1))
