"""wrong: computes the sample variance with the one-pass shortcut (sum x^2 - n mean^2) / (n - 1), which loses its digits when the values are large and close together."""
import numpy as np


def summary_stats(x):
    """Return (mean, median, sample variance with the n - 1 denominator) of the sample x."""
    x = np.asarray(x, dtype=float)
    n = x.size
    mean = np.mean(x)
    var = (np.sum(x ** 2) - n * mean ** 2) / (n - 1)
    return float(mean), float(np.median(x)), float(var)
