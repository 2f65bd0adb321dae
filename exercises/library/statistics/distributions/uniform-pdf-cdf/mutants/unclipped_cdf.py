"""Your cdf seems to go below 0 left of a and above 1 right of b: a probability P(X <= x) stays at 0 before a and at 1 after b."""
# Mistake: uses (x - a) / (b - a) everywhere, so the "cdf" is negative left of a and
# larger than 1 right of b.
import numpy as np


def uniform_pdf_cdf(x, a, b):
    x = np.asarray(x, dtype=float)
    inside = (x >= a) & (x <= b)
    return np.where(inside, 1.0 / (b - a), 0.0), (x - a) / (b - a)
