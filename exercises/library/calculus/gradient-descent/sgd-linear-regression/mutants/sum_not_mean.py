"""Your steps look |B| times too large: the batch loss averages over its rows, so the batch gradient carries the factor 1/|B|."""
# Mistake: sums the per-example gradients over the batch instead of averaging them.
import numpy as np


def sgd_linear_regression(X, y, w0, b0, learning_rate, batches):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w, b = np.array(w0, dtype=float), float(b0)
    for idx in batches:
        idx = np.asarray(idx, dtype=int)
        r = X[idx] @ w + b - y[idx]
        w, b = w - learning_rate * X[idx].T @ r, b - learning_rate * np.sum(r)
    return w, b
