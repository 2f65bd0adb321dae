"""Your result seems off only when batches differ in size, as if every gradient were divided by the first batch's size: each batch gradient averages over its own |B| rows."""
# Mistake: divides every batch gradient by the size of the first batch, which is wrong for a
# smaller last batch.
import numpy as np


def sgd_linear_regression(X, y, w0, b0, learning_rate, batches):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w, b = np.array(w0, dtype=float), float(b0)
    if len(batches) == 0:
        return w, b
    size = len(batches[0])
    for idx in batches:
        idx = np.asarray(idx, dtype=int)
        r = X[idx] @ w + b - y[idx]
        w, b = w - learning_rate * X[idx].T @ r / size, b - learning_rate * np.sum(r) / size
    return w, b
