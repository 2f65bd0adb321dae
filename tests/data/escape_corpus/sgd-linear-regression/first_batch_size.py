"""Divides every batch gradient by the first batch's size (statement: batches may have different sizes; divide by |B|)."""
import numpy as np


def sgd_linear_regression(X, y, w0, b0, learning_rate, batches):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.array(w0, dtype=float)
    b = float(b0)
    batch_size = len(batches[0]) if len(batches) else 1
    for batch in batches:
        rows = list(batch)
        r = X[rows] @ w + b - y[rows]
        w, b = w - learning_rate * X[rows].T @ r / batch_size, b - learning_rate * r.sum() / batch_size
    return w, b
