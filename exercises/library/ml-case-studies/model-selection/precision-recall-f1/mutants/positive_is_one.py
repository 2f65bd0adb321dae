"""You seem to treat the label 1 as positive regardless of the positive argument. The positive class is whatever label is passed in, possibly a string."""
# Mistake: ignores the `positive` argument and always treats the label 1 as the positive class.
import numpy as np


def precision_recall_f1(y_true, y_pred, positive):
    actual = np.asarray(y_true) == 1
    predicted = np.asarray(y_pred) == 1
    tp = int(np.sum(predicted & actual))
    fp = int(np.sum(predicted & ~actual))
    fn = int(np.sum(~predicted & actual))
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return precision, recall, f1
