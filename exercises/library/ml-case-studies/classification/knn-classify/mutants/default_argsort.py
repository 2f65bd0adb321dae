"""Among rows at the same distance, your neighbours seem not to be the ones with the lowest row indices. np.argsort's default algorithm does not keep equal values in their original order; ask for a stable sort, np.argsort(distances, kind="stable")."""
# Mistake: np.argsort with its default (unstable) algorithm: equal distances need not keep
# the row order, so the wrong tied rows can become neighbours.
import numpy as np


def knn_predict(k, X, y, x):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    x = np.asarray(x, dtype=float)
    distances = np.sqrt(((X - x) ** 2).sum(axis=1))
    nearest = np.argsort(distances)[:k]
    labels, counts = np.unique(y[nearest], return_counts=True)
    return int(labels[np.argmax(counts)])
