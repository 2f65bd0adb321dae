"""Subtracts the smallest score instead of the largest, so scores far apart overflow to inf/inf (statement: subtract s_max)."""
import numpy as np


def naive_bayes_predict(X_train, y_train, X_test, alpha):
    X = np.asarray(X_train, dtype=float)
    y = np.asarray(y_train)
    T = np.asarray(X_test, dtype=float)
    classes = np.unique(y)
    V = X.shape[1]
    scores = np.zeros((T.shape[0], len(classes)))
    for c_index, c in enumerate(classes):
        n_cw = X[y == c].sum(axis=0)
        theta = (n_cw + alpha) / (n_cw.sum() + alpha * V)
        scores[:, c_index] = np.log(np.mean(y == c)) + T @ np.log(theta)
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(scores - scores.min(axis=1, keepdims=True))
        posteriors = e / e.sum(axis=1, keepdims=True)
    return classes[scores.argmax(axis=1)], posteriors
