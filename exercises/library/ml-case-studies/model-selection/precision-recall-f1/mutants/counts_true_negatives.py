"""Your true-positive count seems to include every correct prediction, true negatives too. TP counts only examples that are both predicted and actually positive."""
# Mistake: counts every correct prediction (true negatives included) as a "true positive".
import numpy as np


def precision_recall_f1(y_true, y_pred, positive):
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    actual = y_true == positive
    predicted = y_pred == positive
    tp = int(np.sum(y_true == y_pred))
    fp = int(np.sum(predicted & ~actual))
    fn = int(np.sum(~predicted & actual))
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return precision, recall, f1
