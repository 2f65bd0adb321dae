"""Your vote seems to fail on negative labels: np.bincount counts only non-negative integers, but labels may be any integers. Count the votes per distinct label, e.g. with np.unique(labels, return_counts=True)."""
# Mistake: counts the votes with np.bincount, which raises on negative labels.
import numpy as np


def knn_predict(k, X, y, x):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    x = np.asarray(x, dtype=float)
    distances = np.sqrt(((X - x) ** 2).sum(axis=1))
    nearest = np.argsort(distances, kind="stable")[:k]
    return int(np.argmax(np.bincount(y[nearest])))
