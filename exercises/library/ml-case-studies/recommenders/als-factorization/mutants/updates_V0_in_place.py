"""Your factors look right, but the caller's V0 seems to be changed as well: np.asarray returns the very same array when V0 already is a float array, and writing the new item vectors into it overwrites the caller's start. Work on a copy."""
# Mistake: V = np.asarray(V0, dtype=float) is V0 itself for a float array, and the item rows are
# then written into it.
import numpy as np


def als(R, mask, V0, lam, sweeps):
    R = np.asarray(R, dtype=float)
    M = np.asarray(mask, dtype=float)
    V = np.asarray(V0, dtype=float)
    k = V.shape[1]
    U = np.zeros((R.shape[0], k))
    for _ in range(sweeps):
        for i in range(R.shape[0]):
            seen = M[i] > 0
            Vo = V[seen]
            U[i] = np.linalg.solve(Vo.T @ Vo + lam * np.eye(k), Vo.T @ R[i, seen])
        for j in range(R.shape[1]):
            seen = M[:, j] > 0
            Uo = U[seen]
            V[j] = np.linalg.solve(Uo.T @ Uo + lam * np.eye(k), Uo.T @ R[seen, j])
    return U, V
