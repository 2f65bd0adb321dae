import numpy as np


def stationary_distribution(P):
    """Return pi with P @ pi = pi, pi >= 0, sum(pi) = 1, for a column-stochastic P."""
    P = np.asarray(P, dtype=float)
    n = P.shape[0]
    # TODO: find the eigenvector of P for the eigenvalue 1 and scale it to sum to 1.
    pi = np.zeros(n)
    pi[0] = 1.0
    return pi
