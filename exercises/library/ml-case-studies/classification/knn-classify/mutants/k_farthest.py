"""You seem to let the k farthest training points vote. The neighbours are the k rows with the smallest distances to the query."""
# Mistake: sorts the distances in decreasing order, so the k FARTHEST rows vote.
import numpy as np


def knn_predict(k, X, y, x):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    x = np.asarray(x, dtype=float)
    distances = np.sqrt(((X - x) ** 2).sum(axis=1))
    nearest = np.argsort(-distances, kind="stable")[:k]
    labels, counts = np.unique(y[nearest], return_counts=True)
    return int(labels[np.argmax(counts)])
