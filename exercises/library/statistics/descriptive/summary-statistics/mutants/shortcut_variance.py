"""Your variance seems inaccurate for large values with a small spread, as with the shortcut (sum of x^2 - n·mean^2)/(n - 1), which cancels catastrophically: sum squared deviations from the mean."""
# Mistake: the one-pass shortcut (sum(x^2) - n*mean^2) / (n - 1). Algebraically right, but it
# cancels catastrophically when the values are large compared with their spread.
import numpy as np


def summary_stats(x):
    x = np.asarray(x, dtype=float)
    n = len(x)
    mean = np.mean(x)
    variance = (np.sum(x**2) - n * mean**2) / (n - 1)
    return float(mean), float(np.median(x)), float(variance)
