"""Your columns seem to span the right spaces but some have flipped signs, and dependent columns are not zero. Each q_k must satisfy q_k·a_k > 0, and a column with no new direction becomes 0."""
# Mistake: returns Q from np.linalg.qr. Its columns span the right spaces, but numpy may flip
# their signs (R has negative diagonal entries) and it never produces zero columns.
import numpy as np


def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    q, _ = np.linalg.qr(A, mode="complete" if n > m else "reduced")
    return q[:, :n]
