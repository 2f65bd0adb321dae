"""Your threshold does not seem to be one of the validation densities, as if you tried an evenly spaced grid between the smallest and the largest. The candidates are the distinct values of p_val: they are the only places where the flagged set changes, and a grid can step over them."""
# Mistake: tries 1000 evenly spaced thresholds between min(p_val) and max(p_val) (a common
# course recipe) instead of the distinct densities.
import numpy as np


def select_threshold(p_val, y_val):
    p_val = np.asarray(p_val, dtype=float)
    fraud = np.asarray(y_val) == 1
    best_eps, best_f1 = None, -1.0
    for eps in np.linspace(p_val.min(), p_val.max(), 1000):
        flagged = p_val < eps
        tp = int(np.sum(flagged & fraud))
        fp = int(np.sum(flagged & ~fraud))
        fn = int(np.sum(~flagged & fraud))
        f1 = 2 * tp / (2 * tp + fp + fn) if tp > 0 else 0.0
        if f1 > best_f1:
            best_eps, best_f1 = float(eps), f1
    return best_eps, best_f1
