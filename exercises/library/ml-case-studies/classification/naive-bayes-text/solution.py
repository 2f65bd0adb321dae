import numpy as np


def naive_bayes_predict(X_train, y_train, X_test, alpha):
    """Multinomial naive Bayes with additive (Laplace) smoothing alpha.

    Returns (labels, posteriors): the predicted label of each test document and the (m, C)
    matrix of posterior probabilities, columns in increasing order of the class labels.
    """
    X = np.asarray(X_train, dtype=float)
    y = np.asarray(y_train)
    T = np.asarray(X_test, dtype=float)
    classes = np.unique(y)                      # sorted class labels
    V = X.shape[1]
    log_prior = np.log(np.array([np.mean(y == c) for c in classes]))
    counts = np.array([X[y == c].sum(axis=0) for c in classes])            # (C, V)
    log_theta = np.log(counts + alpha) - np.log(counts.sum(axis=1, keepdims=True) + alpha * V)
    scores = T @ log_theta.T + log_prior                                    # (m, C) log joints
    shifted = scores - scores.max(axis=1, keepdims=True)                    # log-sum-exp trick
    posteriors = np.exp(shifted)
    posteriors /= posteriors.sum(axis=1, keepdims=True)
    labels = classes[np.argmax(scores, axis=1)]   # first maximum: the smallest label on a tie
    return labels, posteriors
