"""wrong: picks the winner with max over (count, label) pairs, so when several labels share the highest count the largest label wins instead of the smallest."""
import numpy as np


def knn_predict(k, X, y, x):
    """Majority label of the k training rows of X nearest to x (Euclidean distance).

    Equal distances: the lower row index comes first. Equal vote counts: the smallest label wins.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    x = np.asarray(x, dtype=float)
    d = np.sqrt(((X - x) ** 2).sum(axis=1))
    nearest = np.argsort(d, kind="stable")[:k]
    values, counts = np.unique(y[nearest], return_counts=True)
    best_count, best_label = max(zip(counts.tolist(), values.tolist()))
    return int(best_label)
