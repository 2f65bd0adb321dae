"""Rows at the same distance seem to be ordered by their label. Equal distances must keep the row order: the lower row index comes first."""
# Mistake: sorts (distance, label) pairs, so equal distances are broken by the smaller LABEL
# instead of the lower row index.
import numpy as np


def knn_predict(k, X, y, x):
    X = np.asarray(X, dtype=float)
    x = np.asarray(x, dtype=float)
    distances = np.sqrt(((X - x) ** 2).sum(axis=1))
    pairs = sorted(zip(distances.tolist(), list(np.asarray(y).tolist())))
    labels, counts = np.unique([label for _, label in pairs[:k]], return_counts=True)
    return int(labels[np.argmax(counts)])
