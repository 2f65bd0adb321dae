"""When labels tie in the vote, the largest of them seems to win. The rule is the opposite: among labels with the same highest count, the smallest label wins."""
# Mistake: takes the maximum over (count, label) pairs, so a vote tie goes to the LARGEST label.
import numpy as np


def knn_predict(k, X, y, x):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    x = np.asarray(x, dtype=float)
    distances = np.sqrt(((X - x) ** 2).sum(axis=1))
    nearest = np.argsort(distances, kind="stable")[:k]
    labels, counts = np.unique(y[nearest], return_counts=True)
    return int(max(zip(counts, labels))[1])
