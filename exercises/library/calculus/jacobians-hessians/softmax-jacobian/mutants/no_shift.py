"""Your result seems to become nan for large (or very negative) scores: e^z overflows there, so compute the softmax from z - max(z), which leaves it unchanged."""
# Mistake: exponentiates the raw scores, which overflows (inf / inf = nan) for large scores
# and underflows (0 / 0) for very negative ones.
import numpy as np


def softmax_jacobian(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(z)
    s = e / np.sum(e)
    return np.diag(s) - np.outer(s, s)
