"""You seem to fit every entry of R, treating the placeholders of missing ratings as real ratings. Each user's regression uses only the items that user rated; the mask says which."""
# Mistake: ignores the mask and solves the full (unmasked) ridge systems.
import numpy as np


def als(R, mask, V0, lam, sweeps):
    R = np.asarray(R, dtype=float)
    V = np.array(V0, dtype=float)
    k = V.shape[1]
    U = np.zeros((R.shape[0], k))
    for _ in range(sweeps):
        U = np.linalg.solve(V.T @ V + lam * np.eye(k), V.T @ R.T).T
        V = np.linalg.solve(U.T @ U + lam * np.eye(k), U.T @ R).T
    return U, V
