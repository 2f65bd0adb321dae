import numpy as np


def summary_stats(x):
    """Return (mean, median, sample variance with the n - 1 denominator) of the sample x."""
    x = np.asarray(x, dtype=float)
    # TODO: compute the mean, the median (middle of the sorted values) and the sample variance.
    return 0.0, 0.0, 0.0
