"""Uses numpy's QR, whose columns may have the opposite sign and are not zero for dependent columns (statement: exactly one answer, signs included)."""
import numpy as np


def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q, R = np.linalg.qr(A, mode="reduced")
    out = np.zeros((m, n))
    k = min(m, n)
    out[:, :k] = Q[:, :k]
    return out
