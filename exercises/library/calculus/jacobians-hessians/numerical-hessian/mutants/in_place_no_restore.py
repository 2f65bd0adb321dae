"""Your entries seem evaluated around a drifting point, and your x seems modified: every entry must be computed around the original x, which must be unchanged afterwards."""
# Mistake: shifts the caller's array in place (np.asarray does not copy a float array) and
# does not undo the shifts correctly, so later entries are evaluated around a wrong point
# and x is left modified.
import numpy as np


def numerical_hessian(f, x, h):
    x = np.asarray(x, dtype=float)
    n = x.size
    H = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            x[i] += h; x[j] += h
            fpp = f(x)
            x[j] -= 2 * h
            fpm = f(x)
            x[i] -= 2 * h
            fmm = f(x)
            x[j] += 2 * h
            fmp = f(x)
            H[i, j] = (fpp - fpm - fmp + fmm) / (4 * h**2)
    return H
