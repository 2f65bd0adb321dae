import numpy as np


def conditional_given_row(joint):
    """Row i of the result is P(Y = . | X = i), computed from the joint table (or counts)."""
    joint = np.asarray(joint, dtype=float)
    row_totals = joint.sum(axis=1, keepdims=True)   # P(X = i), shape (r, 1)
    return joint / row_totals
