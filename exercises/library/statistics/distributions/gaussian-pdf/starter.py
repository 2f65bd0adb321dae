import numpy as np


def gaussian_pdf(x, mu, sigma):
    """Density of N(mu, sigma^2) at x (a number or an array, evaluated elementwise)."""
    x = np.asarray(x, dtype=float)
    # TODO: evaluate the normal density formula.
    return np.zeros_like(x)
