"""You seem to keep the directions of smallest variance, perhaps because eigenvalues are often listed in increasing order. Keep the eigenvectors of the k largest eigenvalues."""
# Mistake: forgets that eigh sorts the eigenvalues in ASCENDING order and takes the first k
# columns: the directions of SMALLEST variance.
import numpy as np


def pca_reconstruct(X, k):
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=0)
    Xc = X - mu
    lam, V = np.linalg.eigh(Xc.T @ Xc / X.shape[0])
    Uk = V[:, :k]
    return Xc @ Uk @ Uk.T + mu
