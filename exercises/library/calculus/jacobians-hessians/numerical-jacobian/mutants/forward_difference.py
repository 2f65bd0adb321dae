"""Your columns look like one-sided forward differences (F(x + h e_j) - F(x))/h, with an error of order h; the central difference uses both x + h e_j and x - h e_j."""
# Mistake: uses forward differences (F(x + h e_j) - F(x)) / h, whose error is O(h).
import numpy as np


def numerical_jacobian(F, x, h):
    x = np.array(x, dtype=float)
    Fx = np.asarray(F(x), dtype=float)
    J = np.zeros((Fx.size, x.size))
    for j in range(x.size):
        e = np.zeros_like(x)
        e[j] = 1.0
        J[:, j] = (np.asarray(F(x + h * e), dtype=float) - Fx) / h
    return J
