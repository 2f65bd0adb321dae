import numpy as np


def make_quadratic(A, b):
    # f(x) = 0.5 x^T A x - b^T x
    def quadratic_grad(x):
        return A @ x - b

    def quadratic_hess(x):
        return A
    return quadratic_grad, quadratic_hess


def rosenbrock_grad(p):
    x, y = p
    return np.array([-2.0 * (1.0 - x) - 400.0 * x * (y - x * x), 200.0 * (y - x * x)])


def rosenbrock_hess(p):
    x, y = p
    return np.array([[2.0 - 400.0 * (y - 3.0 * x * x), -400.0 * x], [-400.0 * x, 200.0]])


def make_logistic(X, y, lam):
    # mean cross-entropy of logistic regression + lam/2 ||w||^2
    n = len(y)

    def logistic_grad(w):
        p = 1.0 / (1.0 + np.exp(-(X @ w)))
        return X.T @ (p - y) / n + lam * w

    def logistic_hess(w):
        p = 1.0 / (1.0 + np.exp(-(X @ w)))
        return (X.T * (p * (1.0 - p))) @ X / n + lam * np.eye(X.shape[1])
    return logistic_grad, logistic_hess


def make_soft_quadratic(A, c):
    # f(x) = sum log cosh(x_i - c_i) + 0.5 x^T A x (A symmetric positive definite)
    def soft_grad(x):
        return np.tanh(x - c) + A @ x

    def soft_hess(x):
        return np.diag(1.0 - np.tanh(x - c) ** 2) + A
    return soft_grad, soft_hess


def make_flat_quartic(a):
    # f(x) = sum (x_i - a_i)^4: the Hessian vanishes at the minimum a, so Newton converges
    # only linearly (each error shrinks by 2/3 per step) and a loose tol stops visibly short.
    def flat_quartic_grad(x):
        return 4.0 * (x - a) ** 3

    def flat_quartic_hess(x):
        return np.diag(12.0 * (x - a) ** 2)
    return flat_quartic_grad, flat_quartic_hess


def _spd(rng, n, low, high):
    Q, _ = np.linalg.qr(rng.normal(size=(n, n)))
    eig = np.concatenate([[low, high], rng.uniform(low, high, size=n - 2)])
    A = Q @ np.diag(eig) @ Q.T
    return (A + A.T) / 2


def cases(rng):
    g_q, h_q = make_quadratic(np.array([[3.0, 1.0], [1.0, 2.0]]), np.array([1.0, 1.0]))
    X = np.array([[1.0, 0.5], [1.0, -1.0], [1.0, 2.0], [1.0, 0.0], [1.0, 1.5]])
    y = np.array([1.0, 0.0, 1.0, 0.0, 0.0])
    g_l, h_l = make_logistic(X, y, 0.1)
    out = [
        {"name": "quadratic 0.5 x^T A x - b^T x with A = [[3, 1], [1, 2]], b = (1, 1)", "public": True,
         "args": {"grad": g_q, "hess": h_q, "x0": np.array([5.0, -5.0]), "tol": 1e-12,
                  "max_iter": 20}},
        {"name": "Rosenbrock from (-1.2, 1)", "public": True,
         "args": {"grad": rosenbrock_grad, "hess": rosenbrock_hess, "x0": np.array([-1.2, 1.0]),
                  "tol": 1e-12, "max_iter": 50}},
        {"name": "regularised logistic regression on 5 points (intercept + 1 feature)", "public": True,
         "args": {"grad": g_l, "hess": h_l, "x0": [0.0, 0.0], "tol": 1e-12, "max_iter": 50}},
    ]

    n = int(rng.integers(3, 7))
    g, h = make_quadratic(_spd(rng, n, 0.01, 100.0), rng.normal(size=n))
    out.append({"name": "badly conditioned quadratic, a single step allowed", "args": {
        "grad": g, "hess": h, "x0": rng.normal(size=n), "tol": 1e-12, "max_iter": 1}})

    m, d = int(rng.integers(40, 80)), int(rng.integers(3, 6))
    X = np.column_stack([np.ones(m), rng.normal(size=(m, d - 1))])
    y = (rng.uniform(size=m) < 1.0 / (1.0 + np.exp(-X @ rng.normal(size=d)))).astype(float)
    g, h = make_logistic(X, y, 0.01)
    out.append({"name": "logistic regression (IRLS) on random data", "args": {
        "grad": g, "hess": h, "x0": np.zeros(d), "tol": 1e-12, "max_iter": 50}})

    n = int(rng.integers(3, 6))
    g, h = make_soft_quadratic(_spd(rng, n, 0.5, 3.0), rng.uniform(-3.0, 3.0, size=n))
    out.append({"name": "log cosh(x - c) + 0.5 x^T A x from an integer start", "args": {
        "grad": g, "hess": h, "x0": [int(v) for v in rng.integers(-2, 3, size=n)], "tol": 1e-12,
        "max_iter": 50}})

    out.append({"name": "Rosenbrock with a budget of 3 steps", "args": {
        "grad": rosenbrock_grad, "hess": rosenbrock_hess,
        "x0": np.array([float(rng.uniform(-1.5, -0.5)), float(rng.uniform(0.5, 1.5))]),
        "tol": 1e-12, "max_iter": 3}})

    # The stopping rule, the same in every variant. With a loose tol the right loop stops
    # visibly short of the minimum, so running the whole budget, testing the step before
    # taking it, or testing another norm (the largest entry: 3 times smaller here, with 9
    # equal entries), ||grad f||, or a relative step instead, each land somewhere else.
    a = np.linspace(-1.0, 1.0, 9)
    g, h = make_flat_quartic(a)
    out.append({"name": "sum (x_i - a_i)^4 in 9 variables from a + 1, tol = 1e-3", "fixed": True,
                "args": {"grad": g, "hess": h, "x0": a + 1.0, "tol": 1e-3, "max_iter": 200}})
    a = np.array([20.0, 25.0, 30.0])
    g, h = make_flat_quartic(a)
    out.append({"name": "sum (x_i - a_i)^4 with a = (20, 25, 30) (far from 0), tol = 1e-3",
                "fixed": True,
                "args": {"grad": g, "hess": h, "x0": a + 1.0, "tol": 1e-3, "max_iter": 200}})
    out.append({"name": "Rosenbrock from (-1.2, 1) with a loose tol = 0.1", "fixed": True,
                "args": {"grad": rosenbrock_grad, "hess": rosenbrock_hess,
                         "x0": np.array([-1.2, 1.0]), "tol": 0.1, "max_iter": 50}})
    out.append({"name": "Rosenbrock from (-1.2, 1) with a budget of 2 steps", "fixed": True,
                "args": {"grad": rosenbrock_grad, "hess": rosenbrock_hess,
                         "x0": np.array([-1.2, 1.0]), "tol": 1e-12, "max_iter": 2}})
    return out
