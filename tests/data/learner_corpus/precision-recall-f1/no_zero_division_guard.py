"""wrong: divides without checking for zero denominators, so when nothing is predicted (or actually) positive the numpy counts give nan instead of the 0.0 convention."""
import numpy as np


def precision_recall_f1(y_true, y_pred, positive):
    """Precision, recall and F1 of the class `positive`; a ratio with denominator 0 is 0.0."""
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    tp = np.sum((y_pred == positive) & (y_true == positive))
    fp = np.sum((y_pred == positive) & (y_true != positive))
    fn = np.sum((y_pred != positive) & (y_true == positive))
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)
    return float(precision), float(recall), float(f1)
