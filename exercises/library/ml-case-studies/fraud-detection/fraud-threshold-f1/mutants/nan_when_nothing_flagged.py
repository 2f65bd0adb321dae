"""Your F1 seems to become nan when a threshold flags nothing (precision 0/0) or there is no fraud (recall 0/0), and np.argmax then picks the nan. By the convention such an F1 is 0."""
# Mistake: computes precision and recall without guarding the 0/0 cases; the nan F1 of the
# smallest candidate (nothing flagged) is what np.argmax returns.
import numpy as np


def select_threshold(p_val, y_val):
    p_val = np.asarray(p_val, dtype=float)
    fraud = np.asarray(y_val) == 1
    candidates = np.unique(p_val)
    f1s = []
    for eps in candidates:
        flagged = p_val < eps
        tp = np.sum(flagged & fraud)
        fp = np.sum(flagged & ~fraud)
        fn = np.sum(~flagged & fraud)
        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1s.append(2 * precision * recall / (precision + recall))
    best = int(np.argmax(f1s))
    return float(candidates[best]), float(f1s[best])
