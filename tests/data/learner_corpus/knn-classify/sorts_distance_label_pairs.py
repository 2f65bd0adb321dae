"""wrong: sorts (distance, label) pairs to find the neighbours, so rows at equal distance are ordered by label instead of by row index."""
import numpy as np


def knn_predict(k, X, y, x):
    """Majority label of the k training rows of X nearest to x (Euclidean distance).

    Equal distances: the lower row index comes first. Equal vote counts: the smallest label wins.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    x = np.asarray(x, dtype=float)
    d = np.sqrt(((X - x) ** 2).sum(axis=1))
    pairs = sorted(zip(d.tolist(), y.tolist()))[:k]
    labels = np.array([lab for _, lab in pairs])
    values, counts = np.unique(labels, return_counts=True)
    return int(values[np.argmax(counts)])
