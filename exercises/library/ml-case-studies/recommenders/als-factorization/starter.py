import numpy as np


def als(R, mask, V0, lam, sweeps):
    """Alternating least squares for R ~ U V^T on the observed entries, with ridge penalty lam:
    `sweeps` times, every user from the current V, then every item from the new U."""
    R = np.asarray(R, dtype=float)
    M = np.asarray(mask, dtype=float)
    V = np.array(V0, dtype=float)
    U = np.zeros((R.shape[0], V.shape[1]))
    # TODO: repeat `sweeps` times: solve the ridge system of every user (items they rated only),
    # then the ridge system of every item with the new U.
    return U, V
