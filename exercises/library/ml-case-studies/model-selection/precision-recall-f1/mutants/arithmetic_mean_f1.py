"""Your F1 looks like the arithmetic mean (P + R)/2. F1 is the harmonic mean, 2PR/(P + R), which is pulled towards the smaller of the two."""
# Mistake: F1 as the arithmetic mean (P + R) / 2 instead of the harmonic mean 2PR / (P + R).
import numpy as np


def precision_recall_f1(y_true, y_pred, positive):
    actual = np.asarray(y_true) == positive
    predicted = np.asarray(y_pred) == positive
    tp = int(np.sum(predicted & actual))
    fp = int(np.sum(predicted & ~actual))
    fn = int(np.sum(~predicted & actual))
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    return precision, recall, (precision + recall) / 2
