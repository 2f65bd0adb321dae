"""Your average precision looks like the area under straight lines joining the points of the curve (the trapezoid rule). AP is a step sum: each gain in recall is weighted by the precision at that same threshold, sum of (R_k - R_(k-1)) P_k."""
# Mistake: AP by the trapezoid rule, averaging P_(k-1) and P_k over each recall step (from the
# point (0, 1)), which interpolates linearly and over-rates the detector.
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
    r = np.concatenate([[0.0], recall])
    p = np.concatenate([[1.0], precision])
    ap = float(np.sum(np.diff(r) * (p[1:] + p[:-1]) / 2))
    return precision, recall, f1, accuracy, ap
