"""Your result seems to drop trailing zero coefficients: the derivative of a list of n + 1 coefficients has exactly n, zeros included, even when the highest ones are 0."""
# Mistake: strips the trailing zeros of the derivative (as one would to "normalise" it).
import numpy as np


def poly_derivative(coeffs):
    c = np.asarray(coeffs, dtype=float)
    if len(c) == 1:
        return np.zeros(1)
    d = np.trim_zeros(np.arange(1, len(c)) * c[1:], "b")
    return d if d.size else np.zeros(1)
