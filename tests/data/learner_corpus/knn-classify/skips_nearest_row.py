"""wrong: takes argsort(...)[1:k+1], skipping the nearest row as if the query were itself a training point (leave-one-out habit)."""
import numpy as np


def knn_predict(k, X, y, x):
    """Majority label of the k training rows of X nearest to x (Euclidean distance).

    Equal distances: the lower row index comes first. Equal vote counts: the smallest label wins.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    x = np.asarray(x, dtype=float)
    d = np.sqrt(((X - x) ** 2).sum(axis=1))
    nearest = np.argsort(d, kind="stable")[1:k + 1]
    values, counts = np.unique(y[nearest], return_counts=True)
    return int(values[np.argmax(counts)])
