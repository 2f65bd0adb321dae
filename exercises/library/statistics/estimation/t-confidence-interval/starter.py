import numpy as np
from scipy import stats


def t_confidence_interval(x, alpha):
    """Two-sided t confidence interval (low, high) of level 1 - alpha for the mean of x."""
    x = np.asarray(x, dtype=float)
    m = np.mean(x)
    # TODO: m -/+ t quantile * standard error.
    return m, m
