"""You seem to flag the transactions with p <= epsilon. A transaction is flagged when its density is strictly below epsilon, so the candidate equal to the smallest density flags nothing, and each candidate flags the transactions below it, not at it."""
# Mistake: flags p <= eps instead of p < eps, which shifts every candidate's flagged set by one
# density value.
import numpy as np


def select_threshold(p_val, y_val):
    p_val = np.asarray(p_val, dtype=float)
    fraud = np.asarray(y_val) == 1
    best_eps, best_f1 = None, -1.0
    for eps in np.unique(p_val):
        flagged = p_val <= eps
        tp = int(np.sum(flagged & fraud))
        fp = int(np.sum(flagged & ~fraud))
        fn = int(np.sum(~flagged & fraud))
        f1 = 2 * tp / (2 * tp + fp + fn) if tp > 0 else 0.0
        if f1 > best_f1:
            best_eps, best_f1 = float(eps), f1
    return best_eps, best_f1
