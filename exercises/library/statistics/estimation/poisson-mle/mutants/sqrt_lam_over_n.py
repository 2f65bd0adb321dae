"""Your standard error looks like sqrt(lambda)/n: the variance of the estimate is lambda/n, so the standard error is sqrt(lambda/n), with n inside the square root."""
# Mistake: divides by n outside the square root: sqrt(lam) / n instead of sqrt(lam / n).
import numpy as np


def poisson_mle(counts):
    counts = np.asarray(counts, dtype=float)
    lam = np.mean(counts)
    return float(lam), float(np.sqrt(lam) / len(counts))
