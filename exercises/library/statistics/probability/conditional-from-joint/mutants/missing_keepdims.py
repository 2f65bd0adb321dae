# Mistake: the row totals lose their axis, so broadcasting divides COLUMN j by the total of
# row j. Silent (and wrong) for a square table, an error for a non-square one.
import numpy as np


def conditional_given_row(joint):
    joint = np.asarray(joint, dtype=float)
    return joint / joint.sum(axis=1)
