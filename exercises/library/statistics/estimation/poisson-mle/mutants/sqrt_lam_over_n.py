# Mistake: divides by n outside the square root: sqrt(lam) / n instead of sqrt(lam / n).
import numpy as np


def poisson_mle(counts):
    counts = np.asarray(counts, dtype=float)
    lam = np.mean(counts)
    return float(lam), float(np.sqrt(lam) / len(counts))
