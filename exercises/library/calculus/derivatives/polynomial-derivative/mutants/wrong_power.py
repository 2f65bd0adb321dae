"""Your coefficients look multiplied by the new power k - 1 instead of the old power k: the derivative of c_k x^k is k c_k x^(k-1)."""
# Mistake: multiplies by the new power k - 1 instead of the old power k.
import numpy as np


def poly_derivative(coeffs):
    c = np.asarray(coeffs, dtype=float)
    n = len(c) - 1
    if n == 0:
        return np.zeros(1)
    return np.arange(0, n) * c[1:]
