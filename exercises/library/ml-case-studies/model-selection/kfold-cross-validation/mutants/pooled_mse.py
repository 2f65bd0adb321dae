"""Your CV error seems to pool all held-out residuals into one mean, so bigger folds weigh more. Take each fold's own MSE, then the plain average of the k fold errors."""
# Mistake: pools all validation residuals into one MSE (weighting folds by their size)
# instead of averaging the k fold MSEs.
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
            fold_mses.extend((y[val] - X[val] @ w) ** 2)
        cv_errors.append(np.mean(fold_mses))
    cv_errors = np.array(cv_errors)
    return int(np.argmin(cv_errors)), cv_errors
