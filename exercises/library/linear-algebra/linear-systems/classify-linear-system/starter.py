import numpy as np


def classify_system(A, b):
    """Return "unique", "none" or "infinite": the number of solutions of A x = b."""
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    # TODO: compare rank(A), rank([A | b]) and the number of unknowns.
    return "unique"
