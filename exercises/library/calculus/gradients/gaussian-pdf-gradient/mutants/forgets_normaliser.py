"""Your df/dsigma seems to miss the -f/sigma term: sigma also sits in the normalising factor 1/(sigma·sqrt(2 pi)), so the product rule gives f·(z^2 - 1)/sigma."""
# Mistake: differentiates only the exponent with respect to sigma and forgets that sigma also
# appears in the normalising factor 1 / (sigma sqrt(2 pi)), so the -f/sigma term is missing.
import numpy as np


def gaussian_pdf_grad(x, mu, sigma):
    x = np.asarray(x, dtype=float)
    f = np.exp(-((x - mu) ** 2) / (2 * sigma**2)) / (sigma * np.sqrt(2 * np.pi))
    return (f * (x - mu) / sigma**2)[()], (f * (x - mu) ** 2 / sigma**3)[()]
