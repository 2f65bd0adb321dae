"""wrong: takes F1 as the arithmetic mean (P + R) / 2 instead of the harmonic mean 2PR / (P + R)."""
import numpy as np


def precision_recall_f1(y_true, y_pred, positive):
    """Precision, recall and F1 of the class `positive`; a ratio with denominator 0 is 0.0."""
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    tp = int(np.sum((y_pred == positive) & (y_true == positive)))
    fp = int(np.sum((y_pred == positive) & (y_true != positive)))
    fn = int(np.sum((y_pred != positive) & (y_true == positive)))
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    f1 = (precision + recall) / 2
    return precision, recall, f1
