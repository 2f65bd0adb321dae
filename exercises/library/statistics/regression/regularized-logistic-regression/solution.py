import numpy as np


def _objective(A, y, w, penalty):
    s = A @ w
    # mean cross-entropy written stably: log(1 + e^s) - y s
    return np.mean(np.logaddexp(0.0, s) - y * s) + 0.5 * np.sum(penalty * w**2)


def fit_logistic_l2(X, y, lam):
    """Minimiser (intercept first) of the mean cross-entropy + lam/2 * ||slopes||^2, by Newton's method."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(y)
    A = np.column_stack([np.ones(n), X])
    penalty = np.full(A.shape[1], float(lam))
    penalty[0] = 0.0                                   # the intercept is not penalised
    w = np.zeros(A.shape[1])
    for _ in range(200):
        p = 1.0 / (1.0 + np.exp(-(A @ w)))
        grad = A.T @ (p - y) / n + penalty * w
        if np.max(np.abs(grad)) < 1e-12:
            break
        hessian = (A.T * (p * (1.0 - p))) @ A / n + np.diag(penalty)
        step = np.linalg.solve(hessian, grad)
        t, current = 1.0, _objective(A, y, w, penalty)
        while _objective(A, y, w - t * step, penalty) > current and t > 1e-10:
            t /= 2.0                                   # backtracking keeps every step downhill
        w = w - t * step
    return w
