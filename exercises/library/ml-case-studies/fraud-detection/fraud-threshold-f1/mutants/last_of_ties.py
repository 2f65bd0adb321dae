"""When two thresholds reach the same F1, yours seems to keep the larger one. The rule keeps the smallest epsilon among the tied ones: it raises fewer alarms for the same score."""
# Mistake: replaces the best on >= instead of >, so the LAST (largest) tied epsilon wins.
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
        f1 = 2 * tp / (2 * tp + fp + fn) if tp > 0 else 0.0
        if f1 >= best_f1:
            best_eps, best_f1 = float(eps), f1
    return best_eps, best_f1
