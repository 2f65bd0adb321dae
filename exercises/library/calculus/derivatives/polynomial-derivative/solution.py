import numpy as np


def poly_derivative(coeffs):
    """Coefficients (ascending powers) of the derivative of c0 + c1 x + ... + cn x**n."""
    c = np.asarray(coeffs, dtype=float)
    n = len(c) - 1
    if n == 0:
        return np.zeros(1)  # the derivative of a constant is the zero polynomial
    return np.arange(1, n + 1) * c[1:]
