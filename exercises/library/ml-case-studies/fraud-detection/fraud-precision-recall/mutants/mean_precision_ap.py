"""Your average precision seems to be the plain mean of the precisions. AP weights each precision by the recall gained at that threshold, so thresholds that catch no new fraud count for nothing."""
# Mistake: AP = mean of the precisions over the thresholds.
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
    ap = float(np.mean(precision))
    return precision, recall, f1, accuracy, ap
