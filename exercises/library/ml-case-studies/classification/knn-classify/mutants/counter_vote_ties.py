"""When labels tie in the vote, you seem to pick the label of the nearer neighbour. The rule is that among labels with the same highest count, the smallest label wins."""
# Mistake: votes with collections.Counter.most_common, which breaks equal counts in favour of
# the label met first (that of the nearer neighbour), not the smallest label.
from collections import Counter

import numpy as np


def knn_predict(k, X, y, x):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    x = np.asarray(x, dtype=float)
    distances = np.sqrt(((X - x) ** 2).sum(axis=1))
    nearest = np.argsort(distances, kind="stable")[:k]
    return int(Counter(y[nearest].tolist()).most_common(1)[0][0])
