"""Your answer seems to come out uniform, as if the rows of P were the probability vectors. Here each column sums to 1, so pi is the eigenvector of P itself for eigenvalue 1."""
# Mistake: treats the ROWS as the probability vectors and takes the eigenvector of P^T for
# eigenvalue 1. For a column-stochastic P that is always the all-ones vector: the answer
# comes out uniform.
import numpy as np


def stationary_distribution(P):
    lam, V = np.linalg.eig(np.asarray(P, dtype=float).T)
    v = np.real(V[:, np.argmin(np.abs(lam - 1.0))])
    return v / v.sum()
