import numpy as np


def _ridge_rows(R, M, F, lam):
    """For every row r of R: the ridge solution x of min sum over observed j of (r_j - x.F_j)^2
    + lam |x|^2, i.e. x = (F_o^T F_o + lam I)^-1 F_o^T r_o on the observed columns o."""
    k = F.shape[1]
    X = np.zeros((R.shape[0], k))
    for i in range(R.shape[0]):
        seen = M[i] > 0
        Fo = F[seen]
        X[i] = np.linalg.solve(Fo.T @ Fo + lam * np.eye(k), Fo.T @ R[i, seen])
    return X


def als(R, mask, V0, lam, sweeps):
    """Alternating least squares for R ~ U V^T on the observed entries, with ridge penalty lam:
    `sweeps` times, every user from the current V, then every item from the new U."""
    R = np.asarray(R, dtype=float)
    M = np.asarray(mask, dtype=float)
    V = np.array(V0, dtype=float)                # a copy: the caller's V0 stays unchanged
    U = np.zeros((R.shape[0], V.shape[1]))
    for _ in range(sweeps):
        U = _ridge_rows(R, M, V, lam)            # users, from the current V
        V = _ridge_rows(R.T, M.T, U, lam)        # items, from the new U
    return U, V
