"""Your second output looks like the variance lambda/n of the estimate rather than its standard error, which is the square root of it."""
# Mistake: returns the variance lam / n of the estimate instead of its standard error sqrt(lam / n).
import numpy as np


def poisson_mle(counts):
    counts = np.asarray(counts, dtype=float)
    lam = np.mean(counts)
    return float(lam), float(lam / len(counts))
