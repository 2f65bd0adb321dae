"""Your answer seems wrong only for k = 0, where nothing gets projected away. Keeping zero directions should collapse every point onto the mean."""
# Mistake: selects the top-k eigenvectors with V[:, -k:]. Right for k >= 1, but for k = 0 the
# slice -0: is the WHOLE matrix, so nothing is projected away.
import numpy as np


def pca_reconstruct(X, k):
    X = np.asarray(X, dtype=float)
    mu = X.mean(axis=0)
    Xc = X - mu
    lam, V = np.linalg.eigh(Xc.T @ Xc / X.shape[0])
    Uk = V[:, -k:]
    return Xc @ Uk @ Uk.T + mu
