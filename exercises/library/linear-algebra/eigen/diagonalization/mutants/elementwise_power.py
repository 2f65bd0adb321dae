"""You seem to raise each entry of A to the power k. A^k means multiplying the matrix by itself k times, which V Lambda^k V^-1 gives without the repeated products."""
# Mistake: A ** k raises every ENTRY to the power k; the matrix power is A @ A @ ... @ A.
import numpy as np


def power_by_diagonalization(A, k):
    return np.asarray(A, dtype=float) ** k
