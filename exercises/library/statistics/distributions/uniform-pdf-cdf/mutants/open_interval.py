"""Your density seems to be 0 at the ends a and b themselves. The density is 1/(b - a) on the closed interval [a, b], ends included: test a <= x <= b."""
# Mistake: strict inequalities a < x < b for the density, so the ends get density 0.
import numpy as np


def uniform_pdf_cdf(x, a, b):
    x = np.asarray(x, dtype=float)
    inside = (x > a) & (x < b)
    return np.where(inside, 1.0 / (b - a), 0.0), np.clip((x - a) / (b - a), 0.0, 1.0)
