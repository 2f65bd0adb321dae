# Mistake: A ** k raises every ENTRY to the power k; the matrix power is A @ A @ ... @ A.
import numpy as np


def power_by_diagonalization(A, k):
    return np.asarray(A, dtype=float) ** k
