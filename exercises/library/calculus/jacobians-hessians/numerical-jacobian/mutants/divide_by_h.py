"""Your Jacobian looks twice too large: the points x + h e_j and x - h e_j are 2h apart, so each central difference divides by 2h."""
# Mistake: divides the central difference by h instead of 2h.
import numpy as np


def numerical_jacobian(F, x, h):
    x = np.array(x, dtype=float)
    m = np.asarray(F(x)).size
    J = np.zeros((m, x.size))
    for j in range(x.size):
        e = np.zeros_like(x)
        e[j] = 1.0
        J[:, j] = (np.asarray(F(x + h * e), dtype=float) - np.asarray(F(x - h * e), dtype=float)) / h
    return J
