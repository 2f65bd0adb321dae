import numpy as np


def stationary_distribution(P):
    """Return pi with P @ pi = pi, pi >= 0, sum(pi) = 1, for a column-stochastic P."""
    P = np.asarray(P, dtype=float)
    n = P.shape[0]
    # (P - I) pi = 0 has rank n - 1; replace its last equation by sum(pi) = 1.
    M = P - np.eye(n)
    M[-1, :] = 1.0
    rhs = np.zeros(n)
    rhs[-1] = 1.0
    pi = np.linalg.solve(M, rhs)
    pi = np.clip(pi, 0.0, None)   # remove tiny negative rounding
    return pi / pi.sum()
