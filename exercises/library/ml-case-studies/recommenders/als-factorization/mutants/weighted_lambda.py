"""Your penalty seems to grow with the number of ratings (lambda * n_i * I, the 'weighted' ALS variant). In this model the penalty is lambda * I for every user and every item."""
# Mistake: regularises with lam * n_i * I (ALS-WR) instead of lam * I.
import numpy as np


def als(R, mask, V0, lam, sweeps):
    R = np.asarray(R, dtype=float)
    M = np.asarray(mask, dtype=float)
    V = np.array(V0, dtype=float)
    k = V.shape[1]
    U = np.zeros((R.shape[0], k))
    for _ in range(sweeps):
        for i in range(R.shape[0]):
            seen = M[i] > 0
            Vo = V[seen]
            U[i] = np.linalg.solve(Vo.T @ Vo + lam * max(1, seen.sum()) * np.eye(k),
                                   Vo.T @ R[i, seen])
        for j in range(R.shape[1]):
            seen = M[:, j] > 0
            Uo = U[seen]
            V[j] = np.linalg.solve(Uo.T @ Uo + lam * max(1, seen.sum()) * np.eye(k),
                                   Uo.T @ R[seen, j])
    return U, V
