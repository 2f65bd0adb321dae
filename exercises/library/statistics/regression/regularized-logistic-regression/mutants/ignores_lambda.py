"""Your weights seem to ignore the penalty, growing large on separable data: the objective adds (lambda/2) times the sum of squared slopes, whose gradient is lambda times each slope."""
# Mistake: forgets the penalty entirely (plain maximum likelihood), here with 2000 steps of
# gradient descent. On (nearly) separable data the weights keep growing.
import numpy as np


def fit_logistic_l2(X, y, lam):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(y)), X])
    w = np.zeros(A.shape[1])
    for _ in range(2000):
        p = 1.0 / (1.0 + np.exp(-(A @ w)))
        w = w - 1.0 * A.T @ (p - y) / len(y)
    return w
