"""Your matrix looks transposed: J has one row per output and one column per input, so the difference for input j fills column j, giving shape m x n."""
# Mistake: stores the differences as rows, returning the n x m transpose of the Jacobian.
import numpy as np


def numerical_jacobian(F, x, h):
    x = np.array(x, dtype=float)
    rows = []
    for j in range(x.size):
        e = np.zeros_like(x)
        e[j] = 1.0
        rows.append((np.asarray(F(x + h * e)) - np.asarray(F(x - h * e))) / (2 * h))
    return np.array(rows, dtype=float)
