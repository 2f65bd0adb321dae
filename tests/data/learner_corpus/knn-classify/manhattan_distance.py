"""wrong: measures closeness with the Manhattan distance sum |X_ij - x_j| instead of the Euclidean distance."""
import numpy as np


def knn_predict(k, X, y, x):
    """Majority label of the k training rows of X nearest to x (Euclidean distance).

    Equal distances: the lower row index comes first. Equal vote counts: the smallest label wins.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    x = np.asarray(x, dtype=float)
    d = np.abs(X - x).sum(axis=1)
    nearest = np.argsort(d, kind="stable")[:k]
    values, counts = np.unique(y[nearest], return_counts=True)
    return int(values[np.argmax(counts)])
