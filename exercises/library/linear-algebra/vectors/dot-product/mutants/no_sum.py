"""You seem to return the vector of products u_i v_i. The dot product is one number: those products still need to be added up."""
# Mistake: returns the elementwise product (a vector) and forgets to add the entries up.
import numpy as np


def dot(u, v):
    return np.asarray(u, dtype=float) * np.asarray(v, dtype=float)
