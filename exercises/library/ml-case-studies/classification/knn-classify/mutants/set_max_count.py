"""When labels tie in the vote, your winner seems to depend on the order in which a set lists them, not on the labels themselves. Among labels with the same highest count, the smallest label wins."""
# Mistake: max(set(labels), key=labels.count) returns the first tied label in the set's
# iteration order, which is not the smallest one (set([2, -1]) iterates 2 first).
import numpy as np


def knn_predict(k, X, y, x):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    x = np.asarray(x, dtype=float)
    distances = np.sqrt(((X - x) ** 2).sum(axis=1))
    labels = [int(v) for v in y[np.argsort(distances, kind="stable")[:k]]]
    return max(set(labels), key=labels.count)
