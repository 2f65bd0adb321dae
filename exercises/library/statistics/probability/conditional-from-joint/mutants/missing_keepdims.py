"""Your table seems to divide column j by the total of row j: each entry must be divided by the total of its own row."""
# Mistake: the row totals lose their axis, so broadcasting divides COLUMN j by the total of
# row j. Silent (and wrong) for a square table, an error for a non-square one.
import numpy as np


def conditional_given_row(joint):
    joint = np.asarray(joint, dtype=float)
    return joint / joint.sum(axis=1)
