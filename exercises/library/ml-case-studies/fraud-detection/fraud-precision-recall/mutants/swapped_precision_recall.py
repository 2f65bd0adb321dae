"""Your precision and recall seem swapped. Precision divides TP by the alarms (TP + FP); recall divides TP by the frauds (TP + FN)."""
# Mistake: precision = TP / (TP + FN) and recall = TP / (TP + FP).
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
    precision = tp / (tp + fn)
    recall = np.where(tp + fp > 0, tp / np.maximum(tp + fp, 1), 0.0)
    f1 = np.where(tp > 0, 2 * tp / np.maximum(2 * tp + fp + fn, 1), 0.0)
    accuracy = (tp + tn) / len(scores)
    ap = float(np.sum(np.diff(recall, prepend=0.0) * precision))
    return precision, recall, f1, accuracy, ap
