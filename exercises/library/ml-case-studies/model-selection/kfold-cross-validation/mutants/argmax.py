"""Your best index seems to point at the largest CV error. The best penalty is the one whose average held-out error is smallest."""
# Mistake: returns the index of the LARGEST cross-validation error.
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
            fold_mses.append(np.mean((y[val] - X[val] @ w) ** 2))
        cv_errors.append(np.mean(fold_mses))
    cv_errors = np.array(cv_errors)
    return int(np.argmax(cv_errors)), cv_errors
