"""Long e-mails seem to give nan or 0 posteriors: multiplying many small probabilities underflows. Add log-probabilities instead, and subtract the largest score before exponentiating."""
# Mistake: multiplies the probabilities directly instead of adding logs. Long documents
# underflow to 0 for every class and the normalisation becomes 0 / 0.
import numpy as np


def naive_bayes_predict(X_train, y_train, X_test, alpha):
    X = np.asarray(X_train, dtype=float)
    y = np.asarray(y_train)
    T = np.asarray(X_test, dtype=float)
    classes = np.unique(y)
    V = X.shape[1]
    prior = np.array([np.mean(y == c) for c in classes])
    counts = np.array([X[y == c].sum(axis=0) for c in classes])
    theta = (counts + alpha) / (counts.sum(axis=1, keepdims=True) + alpha * V)
    joint = np.array([[prior[c] * np.prod(theta[c] ** t) for c in range(len(classes))]
                      for t in T])
    with np.errstate(invalid="ignore"):
        posteriors = joint / joint.sum(axis=1, keepdims=True)
    return classes[np.argmax(joint, axis=1)], posteriors
