import numpy as np


def poly_derivative(coeffs):
    """Coefficients (ascending powers) of the derivative of c0 + c1 x + ... + cn x**n."""
    c = np.asarray(coeffs, dtype=float)
    # TODO: apply the power rule to every term.
    return np.zeros(max(len(c) - 1, 1))
