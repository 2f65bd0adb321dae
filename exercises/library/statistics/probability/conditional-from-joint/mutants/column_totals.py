"""Your rows seem not to sum to 1, as if you divided by the column totals: that gives P(X = i | Y = j), whereas conditioning on X = i divides each row by its own total."""
# Mistake: divides by the column totals, which gives P(X = i | Y = j) instead of P(Y = j | X = i).
import numpy as np


def conditional_given_row(joint):
    joint = np.asarray(joint, dtype=float)
    return joint / joint.sum(axis=0, keepdims=True)
