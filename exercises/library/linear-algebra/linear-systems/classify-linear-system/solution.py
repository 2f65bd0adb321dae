import numpy as np


def classify_system(A, b):
    """Return "unique", "none" or "infinite": the number of solutions of A x = b."""
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    n = A.shape[1]                                   # number of unknowns
    rank_a = np.linalg.matrix_rank(A)                # tolerant to rounding noise
    rank_ab = np.linalg.matrix_rank(np.column_stack([A, b]))
    if rank_ab > rank_a:
        return "none"
    return "unique" if rank_a == n else "infinite"
