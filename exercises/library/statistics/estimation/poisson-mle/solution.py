import numpy as np


def poisson_mle(counts):
    """Maximum-likelihood rate of Poisson counts and its Fisher standard error: (lam_hat, se)."""
    counts = np.asarray(counts, dtype=float)
    n = len(counts)
    lam = np.mean(counts)            # where the score sum(k)/lam - n vanishes
    se = np.sqrt(lam / n)            # Fisher information I(lam) = n / lam
    return float(lam), float(se)
