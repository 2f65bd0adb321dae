"""Your later columns seem computed at a shifted point and your x seems modified: each column must perturb only coordinate j of the original x, which must be unchanged afterwards."""
# Mistake: perturbs the caller's array in place (np.asarray does not copy a float array) and
# never puts coordinate j back, so later columns are computed at a shifted point and the
# caller's x is left changed.
import numpy as np


def numerical_jacobian(F, x, h):
    x = np.asarray(x, dtype=float)
    m = np.asarray(F(x)).size
    J = np.zeros((m, x.size))
    for j in range(x.size):
        x[j] += h
        f_plus = np.asarray(F(x), dtype=float)
        x[j] -= 2 * h
        f_minus = np.asarray(F(x), dtype=float)
        J[:, j] = (f_plus - f_minus) / (2 * h)
    return J
