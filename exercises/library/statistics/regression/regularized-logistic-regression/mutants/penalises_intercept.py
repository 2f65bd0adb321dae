"""Your intercept seems to be penalised too: the penalty covers only the slopes w_1, ..., w_d, so w_0 gets no lambda term in the gradient or the Hessian."""
# Mistake: penalises the intercept too (lam/2 * ||w||^2 over ALL the weights).
import numpy as np
from scipy import optimize


def fit_logistic_l2(X, y, lam):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(y)), X])

    def objective(w):
        s = A @ w
        return np.mean(np.logaddexp(0.0, s) - y * s) + 0.5 * lam * np.sum(w**2)

    def gradient(w):
        p = 1.0 / (1.0 + np.exp(-(A @ w)))
        return A.T @ (p - y) / len(y) + lam * w

    w0 = np.zeros(A.shape[1])
    return optimize.minimize(objective, w0, jac=gradient, method="BFGS", options={"gtol": 1e-10}).x
