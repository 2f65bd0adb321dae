# Mistake: takes the middle element of the sample as given, without sorting it first
# (and without averaging the two middle values when n is even).
import numpy as np


def summary_stats(x):
    x = np.asarray(x, dtype=float)
    return float(np.mean(x)), float(x[len(x) // 2]), float(np.var(x, ddof=1))
