"""Your exponent seems to miss the 1/2: the density decays like exp(-z^2/2), so your curve is too narrow away from the mean, even though its peak is right."""
# Mistake: forgets the 1/2 in the exponent, exp(-z^2) instead of exp(-z^2 / 2).
import numpy as np


def gaussian_pdf(x, mu, sigma):
    x = np.asarray(x, dtype=float)
    z = (x - mu) / sigma
    return np.exp(-(z**2)) / (sigma * np.sqrt(2 * np.pi))
