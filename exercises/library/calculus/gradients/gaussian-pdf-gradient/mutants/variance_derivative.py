"""Your second output looks like the derivative with respect to the variance sigma^2 rather than sigma itself; by the chain rule the two differ by a factor 2 sigma."""
# Mistake: differentiates with respect to the variance v = sigma^2 instead of sigma:
# df/dv = f ((x - mu)^2 - sigma^2) / (2 sigma^4).
import numpy as np


def gaussian_pdf_grad(x, mu, sigma):
    x = np.asarray(x, dtype=float)
    f = np.exp(-((x - mu) ** 2) / (2 * sigma**2)) / (sigma * np.sqrt(2 * np.pi))
    return (f * (x - mu) / sigma**2)[()], (f * ((x - mu) ** 2 - sigma**2) / (2 * sigma**4))[()]
