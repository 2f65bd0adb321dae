"""Takes the left eigenvector (rows summing to 1) although P is column-stochastic (statement: P_ij = Pr(next = i | now = j), P pi = pi)."""
import numpy as np


def stationary_distribution(P):
    P = np.asarray(P, dtype=float)
    values, vectors = np.linalg.eig(P.T)
    v = np.real(vectors[:, np.argmin(np.abs(values - 1.0))])
    return np.abs(v) / np.abs(v).sum()
