import numpy as np


def evaluate_detector(scores, y_true, thresholds):
    """Precision, recall, F1 and accuracy of the rule `score >= t` at every threshold t (given
    in decreasing order), and the average precision of that curve."""
    scores = np.asarray(scores, dtype=float)
    fraud = np.asarray(y_true) == 1
    thresholds = np.asarray(thresholds, dtype=float)
    flagged = scores[None, :] >= thresholds[:, None]        # (K, n): one row per threshold
    tp = np.sum(flagged & fraud, axis=1)
    fp = np.sum(flagged & ~fraud, axis=1)
    fn = np.sum(~flagged & fraud, axis=1)
    tn = np.sum(~flagged & ~fraud, axis=1)
    precision = np.where(tp + fp > 0, tp / np.maximum(tp + fp, 1), 0.0)   # 0/0 counts as 0
    recall = tp / (tp + fn)                                  # at least one fraud: never 0/0
    f1 = np.where(tp > 0, 2 * tp / np.maximum(2 * tp + fp + fn, 1), 0.0)
    accuracy = (tp + tn) / len(scores)
    recall_gained = np.diff(recall, prepend=0.0)             # R_k - R_(k-1), with R_0 = 0
    ap = float(np.sum(recall_gained * precision))
    return precision, recall, f1, accuracy, ap
