"""Your weights look fitted with twice the lambda, as if the derivative of (lambda/2) w_j^2 were 2 lambda w_j: the 1/2 cancels the 2, giving lambda w_j."""
# Mistake: differentiates lam/2 * ||w||^2 as 2 * lam * w (forgetting the 1/2), which minimises
# the objective for twice the intended lambda. Newton's method otherwise correct.
import numpy as np


def fit_logistic_l2(X, y, lam):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(y)
    A = np.column_stack([np.ones(n), X])
    penalty = np.full(A.shape[1], 2.0 * lam)
    penalty[0] = 0.0
    w = np.zeros(A.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(A @ w)))
        grad = A.T @ (p - y) / n + penalty * w
        hessian = (A.T * (p * (1 - p))) @ A / n + np.diag(penalty)
        w = w - np.linalg.solve(hessian, grad)
    return w
