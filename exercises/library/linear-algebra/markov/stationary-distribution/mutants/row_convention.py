# Mistake: treats the ROWS as the probability vectors and takes the eigenvector of P^T for
# eigenvalue 1. For a column-stochastic P that is always the all-ones vector: the answer
# comes out uniform.
import numpy as np


def stationary_distribution(P):
    lam, V = np.linalg.eig(np.asarray(P, dtype=float).T)
    v = np.real(V[:, np.argmin(np.abs(lam - 1.0))])
    return v / v.sum()
