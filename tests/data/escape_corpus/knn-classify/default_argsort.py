"""Orders the rows with np.argsort's default (unstable) quicksort, so equal distances need not keep row order (statement: ties keep the lower row index first, as a stable sort does)."""
import numpy as np


def knn_predict(k, X, y, x):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    x = np.asarray(x, dtype=float)
    d = np.sqrt(((X - x) ** 2).sum(axis=1))
    labels = y[np.argsort(d)[:k]]
    values, counts = np.unique(labels, return_counts=True)
    return int(values[np.argmax(counts)])
