"""k + 1 neighbours seem to vote, one more than asked. Count exactly k of the nearest rows in the vote."""
# Mistake: off by one in the slice, so k + 1 neighbours vote.
import numpy as np


def knn_predict(k, X, y, x):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    x = np.asarray(x, dtype=float)
    distances = np.sqrt(((X - x) ** 2).sum(axis=1))
    nearest = np.argsort(distances, kind="stable")[: k + 1]
    labels, counts = np.unique(y[nearest], return_counts=True)
    return int(labels[np.argmax(counts)])
