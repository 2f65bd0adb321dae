"""Your variance looks too small by a factor (n - 1)/n: the sample variance divides the sum of squared deviations by n - 1, not n."""
# Mistake: np.var's default ddof=0 divides by n (the population variance), not by n - 1.
import numpy as np


def summary_stats(x):
    x = np.asarray(x, dtype=float)
    return float(np.mean(x)), float(np.median(x)), float(np.var(x))
