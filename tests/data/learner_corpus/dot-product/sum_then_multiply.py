"""wrong: adds up each vector first and multiplies the two sums, (sum u)(sum v), instead of summing the products u_i v_i."""
import numpy as np


def dot(u, v):
    """Return the dot product of the equal-length vectors u and v."""
    return float(np.sum(u) * np.sum(v))
