import numpy as np


def back_substitution(U, b):
    """Solve U x = b for an upper triangular U with non-zero diagonal; return x."""
    U = np.asarray(U)
    n = U.shape[0]
    x = np.zeros(n)
    # TODO: fill x from the last entry up to the first.
    return x
