"""You never seem to answer none: you look only at A. A solution exists only if b lies in the column space, i.e. appending b does not raise the rank."""
# Mistake: only looks at A: full column rank means "unique", anything else "infinite".
# It never notices an inconsistent right-hand side.
import numpy as np


def classify_system(A, b):
    A = np.asarray(A, dtype=float)
    return "unique" if np.linalg.matrix_rank(A) == A.shape[1] else "infinite"
