"""Your table looks like the joint distribution, divided by the grand total: to condition on X = i, divide each row by its own row total so that it sums to 1."""
# Mistake: normalises by the grand total: that is the joint distribution, not the conditional.
import numpy as np


def conditional_given_row(joint):
    joint = np.asarray(joint, dtype=float)
    return joint / joint.sum()
