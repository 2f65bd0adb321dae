"""You seem to measure the error on the training rows, which always favours the smallest penalty. Each fold's error must be computed on the held-out rows the model never saw."""
# Mistake: measures the error on the training rows instead of the held-out fold, which
# always favours the smallest penalty.
import numpy as np


def ridge_weights(X, y, lam):
    """Ridge without intercept: w = (X^T X + lam I)^(-1) X^T y."""
    return np.linalg.solve(X.T @ X + lam * np.eye(X.shape[1]), X.T @ y)


def kfold_cv_ridge(X, y, lams, k):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(y)
    folds = np.array_split(np.arange(n), k)
    cv_errors = []
    for lam in lams:
        fold_mses = []
        for val in folds:
            train = np.setdiff1d(np.arange(n), val)
            w = ridge_weights(X[train], y[train], lam)
            fold_mses.append(np.mean((y[train] - X[train] @ w) ** 2))
        cv_errors.append(np.mean(fold_mses))
    cv_errors = np.array(cv_errors)
    return int(np.argmin(cv_errors)), cv_errors
