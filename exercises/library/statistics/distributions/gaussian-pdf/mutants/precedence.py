"""Your exponent seems to multiply by sigma^2 instead of dividing by it: it is -(x - mu)^2/(2 sigma^2), so check how your expression groups the division."""
# Mistake: operator precedence. -(x - mu)**2 / 2 * sigma**2 means
# (-(x - mu)**2 / 2) * sigma**2: sigma**2 multiplies instead of dividing.
import numpy as np


def gaussian_pdf(x, mu, sigma):
    x = np.asarray(x, dtype=float)
    return np.exp(-((x - mu) ** 2) / 2 * sigma**2) / (sigma * np.sqrt(2 * np.pi))
