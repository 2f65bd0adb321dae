"""Your ridge systems seem to use every item's vector in V^T V, not only the items the user rated. Both sides of the system, the k x k matrix and the right-hand side, are sums over the observed ratings of that user (and, for an item, over the users who rated it)."""
# Mistake: the Gram matrix V^T V is taken over ALL items (the right-hand side is masked), as if
# every unrated item had been rated 0.
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
            U[i] = np.linalg.solve(V.T @ V + lam * np.eye(k), V[seen].T @ R[i, seen])
        for j in range(R.shape[1]):
            seen = M[:, j] > 0
            V[j] = np.linalg.solve(U.T @ U + lam * np.eye(k), U[seen].T @ R[seen, j])
    return U, V
