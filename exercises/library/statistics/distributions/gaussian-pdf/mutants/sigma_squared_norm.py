"""Your normalising constant seems to divide by sigma^2 instead of sigma: the factor is 1/(sigma·sqrt(2 pi)) = 1/sqrt(2 pi sigma^2)."""
# Mistake: divides by sigma**2 instead of sigma in the normalising constant
# (mixing up 1/sqrt(2*pi*sigma**2) with 1/(sqrt(2*pi)*sigma**2)).
import numpy as np


def gaussian_pdf(x, mu, sigma):
    x = np.asarray(x, dtype=float)
    return np.exp(-((x - mu) ** 2) / (2 * sigma**2)) / (sigma**2 * np.sqrt(2 * np.pi))
