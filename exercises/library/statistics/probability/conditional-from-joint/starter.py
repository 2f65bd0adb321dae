import numpy as np


def conditional_given_row(joint):
    """Row i of the result is P(Y = . | X = i), computed from the joint table (or counts)."""
    joint = np.asarray(joint, dtype=float)
    # TODO: divide every row by its own total.
    return np.zeros_like(joint)
