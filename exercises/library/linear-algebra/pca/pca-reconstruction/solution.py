import numpy as np


def pca_reconstruct(X, k):
    """Project the rows of X (N samples, D features) onto the top-k principal components."""
    X = np.asarray(X, dtype=float)
    N = X.shape[0]
    mu = X.mean(axis=0)                 # mean sample, shape (D,)
    Xc = X - mu
    C = Xc.T @ Xc / N                   # (D, D) covariance
    lam, V = np.linalg.eigh(C)          # ascending eigenvalues
    Uk = V[:, ::-1][:, :k]              # eigenvectors of the k largest (works for k = 0 too)
    return Xc @ Uk @ Uk.T + mu
