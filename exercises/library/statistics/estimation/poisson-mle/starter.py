import numpy as np


def poisson_mle(counts):
    """Maximum-likelihood rate of Poisson counts and its Fisher standard error: (lam_hat, se)."""
    counts = np.asarray(counts, dtype=float)
    # TODO: maximise the Poisson log-likelihood; SE = sqrt(1 / Fisher information).
    return 0.0, 0.0
