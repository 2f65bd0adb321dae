"""Your average precision seems to miss the recall gained at the first threshold, as if np.diff(recall) started from R_1 rather than from R_0 = 0. The sum runs over every threshold, k = 1..K."""
# Mistake: np.diff(recall) * precision[1:] drops the first term (R_1 - 0) * P_1.
import numpy as np


def evaluate_detector(scores, y_true, thresholds):
    scores = np.asarray(scores, dtype=float)
    fraud = np.asarray(y_true) == 1
    thresholds = np.asarray(thresholds, dtype=float)
    flagged = scores[None, :] >= thresholds[:, None]
    tp = np.sum(flagged & fraud, axis=1)
    fp = np.sum(flagged & ~fraud, axis=1)
    fn = np.sum(~flagged & fraud, axis=1)
    tn = np.sum(~flagged & ~fraud, axis=1)
    precision = np.where(tp + fp > 0, tp / np.maximum(tp + fp, 1), 0.0)
    recall = tp / (tp + fn)
    f1 = np.where(tp > 0, 2 * tp / np.maximum(2 * tp + fp + fn, 1), 0.0)
    accuracy = (tp + tn) / len(scores)
    ap = float(np.sum(np.diff(recall) * precision[1:]))
    return precision, recall, f1, accuracy, ap
