import numpy as np


def select_threshold(p_val, y_val):
    """The threshold epsilon (a flag is p < epsilon) with the best F1 on the labelled validation
    set; candidates: the distinct densities; ties: the smallest epsilon. Returns (epsilon, f1)."""
    p_val = np.asarray(p_val, dtype=float)
    fraud = np.asarray(y_val) == 1
    best_eps, best_f1 = None, -1.0
    for eps in np.unique(p_val):                 # distinct values, increasing
        flagged = p_val < eps
        tp = int(np.sum(flagged & fraud))
        fp = int(np.sum(flagged & ~fraud))
        fn = int(np.sum(~flagged & fraud))
        f1 = 2 * tp / (2 * tp + fp + fn) if tp > 0 else 0.0
        if f1 > best_f1:                         # strictly better: ties keep the smaller epsilon
            best_eps, best_f1 = float(eps), f1
    return best_eps, best_f1
