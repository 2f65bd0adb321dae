"""Your choice differs on a tie: two thresholds with the same F1 as a fraction (like 6/9 and 10/15) got different floats, because 2PR/(P + R) rounds P and R first. Compute F1 as 2 TP / (2 TP + FP + FN) from the integer counts, so equal fractions give equal floats and the smaller epsilon wins."""
# Mistake: F1 = 2PR / (P + R) from the rounded precision and recall, which can put two equal
# fractions one unit in the last place apart and so break an exact tie the wrong way.
import numpy as np


def select_threshold(p_val, y_val):
    p_val = np.asarray(p_val, dtype=float)
    fraud = np.asarray(y_val) == 1
    best_eps, best_f1 = None, -1.0
    for eps in np.unique(p_val):
        flagged = p_val < eps
        tp = int(np.sum(flagged & fraud))
        fp = int(np.sum(flagged & ~fraud))
        fn = int(np.sum(~flagged & fraud))
        precision = tp / (tp + fp) if tp + fp > 0 else 0.0
        recall = tp / (tp + fn) if tp + fn > 0 else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
        if f1 > best_f1:
            best_eps, best_f1 = float(eps), f1
    return best_eps, best_f1
