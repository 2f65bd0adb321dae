"""Your off-diagonal entries seem to be zero: the mixed partial derivatives d^2 f / dx_i dx_j, for i different from j, are usually nonzero and need the four-point formula too."""
# Mistake: computes only the pure second derivatives d^2 f / dx_i^2 and leaves the mixed
# partial derivatives at zero.
import numpy as np


def numerical_hessian(f, x, h):
    x = np.array(x, dtype=float)
    n = x.size
    H = np.zeros((n, n))
    fx = f(x)
    for i in range(n):
        e = np.zeros(n)
        e[i] = h
        H[i, i] = (f(x + e) - 2 * fx + f(x - e)) / h**2
    return H
