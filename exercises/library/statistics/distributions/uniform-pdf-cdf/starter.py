import numpy as np


def uniform_pdf_cdf(x, a, b):
    """Density and cdf of Uniform(a, b) at every point of x: return (pdf, cdf)."""
    x = np.asarray(x, dtype=float)
    # TODO: a flat density on [a, b]; a cdf rising linearly from 0 to 1.
    return np.zeros_like(x), np.zeros_like(x)
