"""correct: computes the counts with numpy boolean masks and F1 through the equivalent count form 2TP / (2TP + FP + FN)."""
import numpy as np


def precision_recall_f1(y_true, y_pred, positive):
    """Precision, recall and F1 of the class `positive`; a ratio with denominator 0 is 0.0."""
    actual = np.asarray(y_true) == positive
    predicted = np.asarray(y_pred) == positive
    tp = int(np.count_nonzero(actual & predicted))
    fp = int(np.count_nonzero(~actual & predicted))
    fn = int(np.count_nonzero(actual & ~predicted))
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp > 0 else 0.0
    return precision, recall, f1
