"""For a constant polynomial you seem to return no coefficients; its derivative is the zero polynomial, which has one coefficient, 0."""
# Mistake: returns an empty list for a constant polynomial instead of the zero polynomial [0.0].
import numpy as np


def poly_derivative(coeffs):
    c = np.asarray(coeffs, dtype=float)
    return np.arange(1, len(c)) * c[1:]
