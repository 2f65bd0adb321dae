"""wrong: uses the unbiased sample standard deviation np.std(x, ddof=1), dividing by n - 1, which is not the maximum-likelihood estimate."""
import numpy as np


def gaussian_mle(x):
    """Maximum-likelihood (mu, sigma) of a normal sample x."""
    x = np.asarray(x, dtype=float)
    return float(np.mean(x)), float(np.std(x, ddof=1))
