"""wrong: centres the caller's array in place with x -= mu (np.asarray does not copy a float array), so the input is modified even though the returned estimates are right."""
import numpy as np


def gaussian_mle(x):
    """Maximum-likelihood (mu, sigma) of a normal sample x."""
    x = np.asarray(x, dtype=float)
    mu = float(np.mean(x))
    x -= mu
    sigma = float(np.sqrt(np.mean(x ** 2)))
    return mu, sigma
