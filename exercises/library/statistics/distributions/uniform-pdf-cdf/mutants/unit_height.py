"""Your density seems to be 1 on [a, b]: the total area under it must be 1, so the height is 1/(b - a)."""
# Mistake: the density is 1 on [a, b]; the total area is then b - a, not 1.
import numpy as np


def uniform_pdf_cdf(x, a, b):
    x = np.asarray(x, dtype=float)
    inside = (x >= a) & (x <= b)
    return np.where(inside, 1.0, 0.0), np.clip((x - a) / (b - a), 0.0, 1.0)
