"""You seem to choose the threshold with the best accuracy. With few frauds, accuracy rewards flagging little or nothing; the threshold is chosen by F1, which only counts how well the frauds are found."""
# Mistake: maximises accuracy (TP + TN) / n instead of F1 (and reports that accuracy).
import numpy as np


def select_threshold(p_val, y_val):
    p_val = np.asarray(p_val, dtype=float)
    fraud = np.asarray(y_val) == 1
    best_eps, best_acc = None, -1.0
    for eps in np.unique(p_val):
        flagged = p_val < eps
        acc = float(np.mean(flagged == fraud))
        if acc > best_acc:
            best_eps, best_acc = float(eps), acc
    return best_eps, best_acc
