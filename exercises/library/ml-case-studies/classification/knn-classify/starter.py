import numpy as np


def knn_predict(k, X, y, x):
    """Majority label of the k training rows of X nearest to x (Euclidean distance).

    Equal distances: the lower row index comes first. Equal vote counts: the smallest label wins.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    x = np.asarray(x, dtype=float)
    # TODO: compute the distances from x to every row of X, keep the k nearest rows
    # (ties: lower row index first) and return their most frequent label (ties: smallest label).
    return int(y[0])
