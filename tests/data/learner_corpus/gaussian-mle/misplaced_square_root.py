"""wrong: misplaces the division, taking sqrt(sum of squared deviations) / n instead of sqrt(sum / n)."""
import numpy as np


def gaussian_mle(x):
    """Maximum-likelihood (mu, sigma) of a normal sample x."""
    x = np.asarray(x, dtype=float)
    n = x.size
    mu = x.sum() / n
    sigma = np.sqrt(np.sum((x - mu) ** 2)) / n
    return float(mu), float(sigma)
