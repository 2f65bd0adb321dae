import numpy as np


def select_threshold(p_val, y_val):
    """The threshold epsilon (a flag is p < epsilon) with the best F1 on the labelled validation
    set; candidates: the distinct densities; ties: the smallest epsilon. Returns (epsilon, f1)."""
    p_val = np.asarray(p_val, dtype=float)
    fraud = np.asarray(y_val) == 1
    # TODO: for every distinct value eps of p_val, flag p_val < eps, compute F1 (0 when there is
    # no true positive), and keep the best eps (the smallest one on ties).
    return float(p_val.min()), 0.0
