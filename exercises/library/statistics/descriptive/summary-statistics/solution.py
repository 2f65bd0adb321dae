import numpy as np


def summary_stats(x):
    """Return (mean, median, sample variance with the n - 1 denominator) of the sample x."""
    x = np.asarray(x, dtype=float)
    mean = np.mean(x)
    median = np.median(x)                # sorts a copy; averages the two middle values if n is even
    variance = np.var(x, ddof=1)         # two-pass: sum((x - mean)**2) / (n - 1)
    return float(mean), float(median), float(variance)
