"""Your weights look one update behind, as if steps - 1 updates were made: return w after exactly steps updates, starting from zero."""
# Mistake: an off-by-one loop that performs steps - 1 updates.
import numpy as np


def logistic_regression_gd(X, y, lr, steps):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(X)), X])
    w = np.zeros(A.shape[1])
    for _ in range(1, steps):
        p = 1.0 / (1.0 + np.exp(-(A @ w)))
        w = w - lr * A.T @ (p - y) / len(y)
    return w
