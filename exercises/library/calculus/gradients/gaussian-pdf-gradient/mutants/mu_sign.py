"""Your df/dmu looks to have the wrong sign: differentiating -(x - mu)^2 with respect to mu gives +2(x - mu), so df/dmu = f·(x - mu)/sigma^2, positive when x > mu."""
# Mistake: the inner derivative of -(x - mu)^2 with respect to mu gets the wrong sign,
# giving f (mu - x) / sigma^2.
import numpy as np


def gaussian_pdf_grad(x, mu, sigma):
    x = np.asarray(x, dtype=float)
    f = np.exp(-((x - mu) ** 2) / (2 * sigma**2)) / (sigma * np.sqrt(2 * np.pi))
    return (f * (mu - x) / sigma**2)[()], (f * ((x - mu) ** 2 / sigma**3 - 1 / sigma))[()]
