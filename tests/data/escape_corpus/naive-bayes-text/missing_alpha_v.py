"""Smooths the numerator but divides by the plain word total, without alpha V (statement: theta = (n_cw + alpha) / (sum n_cw' + alpha V))."""
import numpy as np
from scipy.special import logsumexp


def naive_bayes_predict(X_train, y_train, X_test, alpha):
    X = np.asarray(X_train, dtype=float)
    y = np.asarray(y_train)
    T = np.asarray(X_test, dtype=float)
    classes = np.unique(y)
    counts = np.vstack([X[y == c].sum(axis=0) for c in classes])
    theta = (counts + alpha) / counts.sum(axis=1, keepdims=True)
    scores = np.log([np.mean(y == c) for c in classes]) + T @ np.log(theta).T
    posteriors = np.exp(scores - logsumexp(scores, axis=1, keepdims=True))
    return classes[np.argmax(scores, axis=1)], posteriors
