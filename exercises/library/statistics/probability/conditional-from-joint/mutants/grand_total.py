# Mistake: normalises by the grand total: that is the joint distribution, not the conditional.
import numpy as np


def conditional_given_row(joint):
    joint = np.asarray(joint, dtype=float)
    return joint / joint.sum()
