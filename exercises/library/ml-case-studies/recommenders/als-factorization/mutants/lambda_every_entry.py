"""Your systems seem to add lambda to every entry of the k x k matrix (Vo^T Vo + lam) instead of to its diagonal (Vo^T Vo + lam I). The two agree only when k = 1."""
# Mistake: Fo.T @ Fo + lam broadcasts lam onto every entry instead of lam * np.eye(k).
import numpy as np


def als(R, mask, V0, lam, sweeps):
    R = np.asarray(R, dtype=float)
    M = np.asarray(mask, dtype=float)
    V = np.array(V0, dtype=float)
    U = np.zeros((R.shape[0], V.shape[1]))
    for _ in range(sweeps):
        for i in range(R.shape[0]):
            seen = M[i] > 0
            Vo = V[seen]
            U[i] = np.linalg.solve(Vo.T @ Vo + lam, Vo.T @ R[i, seen])
        for j in range(R.shape[1]):
            seen = M[:, j] > 0
            Uo = U[seen]
            V[j] = np.linalg.solve(Uo.T @ Uo + lam, Uo.T @ R[seen, j])
    return U, V
