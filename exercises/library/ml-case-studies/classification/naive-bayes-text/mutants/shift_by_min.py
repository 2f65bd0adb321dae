"""Your posteriors seem to become nan when one class's score is far above another's: subtracting the smallest score leaves exponents of hundreds or thousands, which overflow. Subtract the largest score, so that every exponent is at most 0."""
# Mistake: the log-sum-exp shift subtracts the MINIMUM score: exp(s - s_min) overflows to inf
# as soon as two scores are more than about 709 apart, and inf / inf is nan.
import numpy as np


def naive_bayes_predict(X_train, y_train, X_test, alpha):
    X = np.asarray(X_train, dtype=float)
    y = np.asarray(y_train)
    T = np.asarray(X_test, dtype=float)
    classes = np.unique(y)
    V = X.shape[1]
    log_prior = np.log(np.array([np.mean(y == c) for c in classes]))
    counts = np.array([X[y == c].sum(axis=0) for c in classes])
    log_theta = np.log(counts + alpha) - np.log(counts.sum(axis=1, keepdims=True) + alpha * V)
    scores = T @ log_theta.T + log_prior
    with np.errstate(over="ignore", invalid="ignore"):
        shifted = np.exp(scores - scores.min(axis=1, keepdims=True))
        posteriors = shifted / shifted.sum(axis=1, keepdims=True)
    return classes[np.argmax(scores, axis=1)], posteriors
