import numpy as np


def gaussian_pdf(x, mu, sigma):
    """Density of N(mu, sigma^2) at x (a number or an array, evaluated elementwise)."""
    x = np.asarray(x, dtype=float)
    z = (x - mu) / sigma
    result = np.exp(-0.5 * z**2) / (sigma * np.sqrt(2.0 * np.pi))
    return result[()]  # a 0-d array becomes a plain number; arrays keep their shape
