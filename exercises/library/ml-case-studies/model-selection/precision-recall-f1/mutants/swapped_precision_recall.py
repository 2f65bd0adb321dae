"""Your precision and recall seem swapped. Precision divides TP by the predicted positives (TP + FP); recall divides TP by the actual positives (TP + FN)."""
# Mistake: precision and recall swapped: precision divided by the actual positives (TP + FN)
# and recall by the predicted positives (TP + FP).
import numpy as np


def precision_recall_f1(y_true, y_pred, positive):
    actual = np.asarray(y_true) == positive
    predicted = np.asarray(y_pred) == positive
    tp = int(np.sum(predicted & actual))
    fp = int(np.sum(predicted & ~actual))
    fn = int(np.sum(~predicted & actual))
    precision = tp / (tp + fn) if tp + fn > 0 else 0.0
    recall = tp / (tp + fp) if tp + fp > 0 else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return precision, recall, f1
