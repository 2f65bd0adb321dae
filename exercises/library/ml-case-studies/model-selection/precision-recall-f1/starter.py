import numpy as np


def precision_recall_f1(y_true, y_pred, positive):
    """Precision, recall and F1 of the class `positive`; a ratio with denominator 0 is 0.0."""
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    # TODO: count the true positives, false positives and false negatives, then combine them.
    precision = 0.0
    recall = 0.0
    f1 = 0.0
    return precision, recall, f1
