import numpy as np


def numerical_jacobian(F, x, h):
    """Central-difference Jacobian (m x n) of F: R^n -> R^m at x."""
    x = np.array(x, dtype=float)
    m = np.asarray(F(x)).size
    J = np.zeros((m, x.size))
    # TODO: fill column j with the central difference in coordinate j.
    return J
