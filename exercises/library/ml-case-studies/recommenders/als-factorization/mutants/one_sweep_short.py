"""Your factors look like one sweep too few. A sweep is a user half-step followed by an item half-step; make exactly `sweeps` of them."""
# Mistake: off by one, the loop runs sweeps - 1 times.
import numpy as np


def als(R, mask, V0, lam, sweeps):
    R = np.asarray(R, dtype=float)
    M = np.asarray(mask, dtype=float)
    V = np.array(V0, dtype=float)
    k = V.shape[1]
    U = np.zeros((R.shape[0], k))
    for _ in range(sweeps - 1):
        for i in range(R.shape[0]):
            seen = M[i] > 0
            Vo = V[seen]
            U[i] = np.linalg.solve(Vo.T @ Vo + lam * np.eye(k), Vo.T @ R[i, seen])
        for j in range(R.shape[1]):
            seen = M[:, j] > 0
            Uo = U[seen]
            V[j] = np.linalg.solve(Uo.T @ Uo + lam * np.eye(k), Uo.T @ R[seen, j])
    return U, V
