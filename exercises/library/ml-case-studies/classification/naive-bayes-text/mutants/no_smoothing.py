"""A word never seen in a class seems to give it probability 0 and wipe it out. Smoothing adds alpha to every word count (and alpha V to the total) so no probability is 0."""
# Mistake: forgets the smoothing, theta = counts / total, so a word never seen in a class
# gets probability 0 (log 0 = -inf) and wipes out that class.
import numpy as np


def naive_bayes_predict(X_train, y_train, X_test, alpha):
    X = np.asarray(X_train, dtype=float)
    y = np.asarray(y_train)
    T = np.asarray(X_test, dtype=float)
    classes = np.unique(y)
    log_prior = np.log(np.array([np.mean(y == c) for c in classes]))
    counts = np.array([X[y == c].sum(axis=0) for c in classes])
    with np.errstate(divide="ignore", invalid="ignore"):
        log_theta = np.log(counts) - np.log(counts.sum(axis=1, keepdims=True))
        scores = T @ log_theta.T + log_prior
        shifted = scores - scores.max(axis=1, keepdims=True)
        posteriors = np.exp(shifted)
        posteriors /= posteriors.sum(axis=1, keepdims=True)
    return classes[np.argmax(scores, axis=1)], posteriors
