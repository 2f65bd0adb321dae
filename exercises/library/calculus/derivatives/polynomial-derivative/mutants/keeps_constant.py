"""Your result seems one entry too long, starting with a 0: the constant c_0 disappears and each k·c_k moves down to the power x^(k-1), so the list gets one shorter."""
# Mistake: multiplies each coefficient by its power but does not shift it down, so the
# result has a leading 0 and is one entry too long.
import numpy as np


def poly_derivative(coeffs):
    c = np.asarray(coeffs, dtype=float)
    return np.arange(len(c)) * c
