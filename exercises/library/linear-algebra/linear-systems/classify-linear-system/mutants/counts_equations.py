"""You seem to compare the rank with the number of equations m. Uniqueness depends on the number of unknowns n: the solution is unique when rank A = n."""
# Mistake: compares the rank with the number of EQUATIONS m (rows) instead of the number of
# unknowns n (columns).
import numpy as np


def classify_system(A, b):
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    rank_a = np.linalg.matrix_rank(A)
    if np.linalg.matrix_rank(np.column_stack([A, b])) > rank_a:
        return "none"
    return "unique" if rank_a == A.shape[0] else "infinite"
