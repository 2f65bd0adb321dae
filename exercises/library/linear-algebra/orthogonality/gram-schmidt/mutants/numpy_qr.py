# Mistake: returns Q from np.linalg.qr. Its columns span the right spaces, but numpy may flip
# their signs (R has negative diagonal entries) and it never produces zero columns.
import numpy as np


def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    q, _ = np.linalg.qr(A, mode="complete" if n > m else "reduced")
    return q[:, :n]
