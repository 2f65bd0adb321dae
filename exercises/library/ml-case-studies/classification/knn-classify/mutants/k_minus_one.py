"""Only k - 1 neighbours seem to vote. Count exactly k of the nearest rows in the vote."""
# Mistake: off by one the other way: the slice stops one short, so only k - 1 neighbours vote
# (the single nearest one when k = 1).
import numpy as np


def knn_predict(k, X, y, x):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    x = np.asarray(x, dtype=float)
    distances = np.sqrt(((X - x) ** 2).sum(axis=1))
    nearest = np.argsort(distances, kind="stable")[: max(k - 1, 1)]
    labels, counts = np.unique(y[nearest], return_counts=True)
    return int(labels[np.argmax(counts)])
