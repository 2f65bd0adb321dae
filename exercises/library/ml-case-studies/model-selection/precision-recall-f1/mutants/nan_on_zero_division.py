"""You seem to get nan when nothing is predicted positive or there is no actual positive. By the convention, a ratio whose denominator is 0 is 0."""
# Mistake: divides without testing the denominators, so "no predicted positives" (or no actual
# positives) gives nan instead of the convention 0.0.
import numpy as np


def precision_recall_f1(y_true, y_pred, positive):
    actual = np.asarray(y_true) == positive
    predicted = np.asarray(y_pred) == positive
    tp = np.sum(predicted & actual).astype(float)
    fp = np.sum(predicted & ~actual).astype(float)
    fn = np.sum(~predicted & actual).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)
    return float(precision), float(recall), float(f1)
