"""Your prior seems to be each class's share of all words rather than of documents. pi_c is the fraction of training documents that belong to class c."""
# Mistake: the prior is the share of all WORDS that belong to class c instead of the share
# of training DOCUMENTS; classes with longer documents get a bigger prior.
import numpy as np


def naive_bayes_predict(X_train, y_train, X_test, alpha):
    X = np.asarray(X_train, dtype=float)
    y = np.asarray(y_train)
    T = np.asarray(X_test, dtype=float)
    classes = np.unique(y)
    V = X.shape[1]
    counts = np.array([X[y == c].sum(axis=0) for c in classes])
    log_prior = np.log(counts.sum(axis=1) / counts.sum())
    log_theta = np.log(counts + alpha) - np.log(counts.sum(axis=1, keepdims=True) + alpha * V)
    scores = T @ log_theta.T + log_prior
    shifted = scores - scores.max(axis=1, keepdims=True)
    posteriors = np.exp(shifted)
    posteriors /= posteriors.sum(axis=1, keepdims=True)
    return classes[np.argmax(scores, axis=1)], posteriors
