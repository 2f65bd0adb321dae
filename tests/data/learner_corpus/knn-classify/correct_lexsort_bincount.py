"""correct: orders the rows with np.lexsort on (row index, distance) and counts votes with np.unique, taking the first (smallest) label among the maximal counts."""
import numpy as np


def knn_predict(k, X, y, x):
    """Majority label of the k training rows of X nearest to x (Euclidean distance).

    Equal distances: the lower row index comes first. Equal vote counts: the smallest label wins.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    x = np.asarray(x, dtype=float)
    d = np.linalg.norm(X - x, axis=1)
    order = np.lexsort((np.arange(len(d)), d))
    values, counts = np.unique(y[order[:k]], return_counts=True)
    return int(values[counts == counts.max()].min())
