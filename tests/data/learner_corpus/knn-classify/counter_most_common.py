"""wrong: takes the vote winner from collections.Counter(...).most_common(1), which breaks equal counts by first appearance among the neighbours instead of by the smallest label."""
from collections import Counter

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
    label, _ = Counter(y[nearest].tolist()).most_common(1)[0]
    return int(label)
