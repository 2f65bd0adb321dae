"""Your two outputs look swapped: the derivative with respect to mu comes first, then the one with respect to sigma."""
# Mistake: returns the two partial derivatives in the wrong order (sigma first).
import numpy as np


def gaussian_pdf_grad(x, mu, sigma):
    x = np.asarray(x, dtype=float)
    f = np.exp(-((x - mu) ** 2) / (2 * sigma**2)) / (sigma * np.sqrt(2 * np.pi))
    return (f * ((x - mu) ** 2 / sigma**3 - 1 / sigma))[()], (f * (x - mu) / sigma**2)[()]
