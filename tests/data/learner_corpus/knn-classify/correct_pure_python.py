"""correct: pure Python, sorting row indices by the key (distance, index) and counting votes in a dict, then choosing the smallest label among those with the highest count."""
import math


def knn_predict(k, X, y, x):
    """Majority label of the k training rows of X nearest to x (Euclidean distance).

    Equal distances: the lower row index comes first. Equal vote counts: the smallest label wins.
    """
    rows = [[float(v) for v in row] for row in X]
    labels = [int(v) for v in y]
    q = [float(v) for v in x]
    dist = [math.sqrt(sum((a - b) ** 2 for a, b in zip(row, q))) for row in rows]
    order = sorted(range(len(rows)), key=lambda i: (dist[i], i))
    votes = {}
    for i in order[:k]:
        votes[labels[i]] = votes.get(labels[i], 0) + 1
    top = max(votes.values())
    return min(label for label, count in votes.items() if count == top)
