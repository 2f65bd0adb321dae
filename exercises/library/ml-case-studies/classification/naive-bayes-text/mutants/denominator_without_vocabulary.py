"""Your smoothing seems to add alpha only once to the denominator, so a class's word probabilities no longer sum to 1. Adding alpha to each of the V words adds alpha V to the total."""
# Mistake: smooths the numerator but adds alpha only once to the denominator,
# (counts + alpha) / (total + alpha), so a class's word probabilities no longer sum to 1.
import numpy as np


def naive_bayes_predict(X_train, y_train, X_test, alpha):
    X = np.asarray(X_train, dtype=float)
    y = np.asarray(y_train)
    T = np.asarray(X_test, dtype=float)
    classes = np.unique(y)
    log_prior = np.log(np.array([np.mean(y == c) for c in classes]))
    counts = np.array([X[y == c].sum(axis=0) for c in classes])
    log_theta = np.log(counts + alpha) - np.log(counts.sum(axis=1, keepdims=True) + alpha)
    scores = T @ log_theta.T + log_prior
    shifted = scores - scores.max(axis=1, keepdims=True)
    posteriors = np.exp(shifted)
    posteriors /= posteriors.sum(axis=1, keepdims=True)
    return classes[np.argmax(scores, axis=1)], posteriors
