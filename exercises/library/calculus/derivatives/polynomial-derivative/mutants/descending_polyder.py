"""Your coefficients look differentiated as if listed from the highest power down; here they are in ascending powers, c_0 first, so c_k belongs to x^k."""
# Mistake: hands the ascending coefficients to np.polyder, which expects descending powers.
import numpy as np


def poly_derivative(coeffs):
    c = np.asarray(coeffs, dtype=float)
    if len(c) == 1:
        return np.zeros(1)
    return np.polyder(c)
