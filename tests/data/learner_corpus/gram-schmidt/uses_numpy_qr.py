"""wrong: returns Q from np.linalg.qr, whose columns may have the opposite sign and which never produces the zero columns required for dependent vectors."""
import numpy as np


def gram_schmidt(A):
    """Orthonormalise the columns of A in order; dependent columns become zero columns."""
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q_qr, _ = np.linalg.qr(A)
    Q = np.zeros((m, n))
    r = min(m, n)
    Q[:, :r] = Q_qr[:, :r]
    return Q
