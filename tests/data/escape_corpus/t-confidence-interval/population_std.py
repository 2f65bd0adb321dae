"""Estimates sigma with the n denominator (statement: s with n - 1)."""
import numpy as np
from scipy import stats


def t_confidence_interval(x, alpha):
    x = np.asarray(x, dtype=float)
    n = len(x)
    half = stats.t.ppf(1 - alpha / 2, n - 1) * np.std(x) / np.sqrt(n)
    return float(np.mean(x) - half), float(np.mean(x) + half)
