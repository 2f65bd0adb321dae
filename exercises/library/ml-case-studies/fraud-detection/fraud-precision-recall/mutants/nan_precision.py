"""Your precision seems to be nan at a threshold that flags nothing (0/0). By the convention it is 0 there; a threshold above every score is a normal point of the curve, not an error."""
# Mistake: divides TP by TP + FP without guarding the 0/0 of a threshold that flags nothing.
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
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    f1 = np.where(tp > 0, 2 * tp / np.maximum(2 * tp + fp + fn, 1), 0.0)
    accuracy = (tp + tn) / len(scores)
    ap = float(np.sum(np.diff(recall, prepend=0.0) * precision))
    return precision, recall, f1, accuracy, ap
