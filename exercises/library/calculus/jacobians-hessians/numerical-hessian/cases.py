import numpy as np


def cubic(p):
    x, y = p
    return x**2 * y + y**3


def exp_linear(p):
    return float(np.exp(p[0] + 2.0 * p[1]))


def sine(p):
    return float(np.sin(p[0]))


def rosenbrock(x):
    return float(np.sum(100.0 * (x[1:] - x[:-1] ** 2) ** 2 + (1.0 - x[:-1]) ** 2))


def log_sum_exp(x):
    m = np.max(x)
    return float(m + np.log(np.sum(np.exp(x - m))))


def make_quadratic(A):
    def quadratic(x):
        return float(x @ A @ x)
    return quadratic


def make_logistic_loss(X, y):
    def logistic_loss(w):
        t = X @ w
        return float(np.mean(np.logaddexp(0.0, t) - y * t))
    return logistic_loss


def cases(rng):
    out = [
        {"name": "f(x, y) = x^2 y + y^3 at (1, 2)", "public": True,
         "args": {"f": cubic, "x": [1.0, 2.0], "h": 1e-3}},
        {"name": "f(x) = exp(x1 + 2 x2) at (0, 0)", "public": True,
         "args": {"f": exp_linear, "x": np.array([0.0, 0.0]), "h": 1e-3}},
        {"name": "f(x) = sin(x) at x = 1 (one variable)", "public": True,
         "args": {"f": sine, "x": np.array([1.0]), "h": 1e-3}},
    ]

    n = int(rng.integers(3, 6))
    out.append({"name": "n-dimensional Rosenbrock near its minimum", "args": {
        "f": rosenbrock, "x": 1.0 + rng.normal(0.0, 0.3, size=n), "h": 1e-3}})

    n = int(rng.integers(3, 6))
    out.append({"name": "quadratic x^T A x with a non-symmetric A (H = A + A^T)", "args": {
        "f": make_quadratic(rng.normal(size=(n, n))), "x": rng.normal(size=n), "h": 1e-3}})

    n = int(rng.integers(3, 6))
    out.append({"name": "log-sum-exp at a random point", "args": {
        "f": log_sum_exp, "x": rng.normal(0.0, 1.0, size=n), "h": 1e-3}})

    n, d = int(rng.integers(20, 40)), int(rng.integers(2, 5))
    X = rng.normal(size=(n, d))
    y = (rng.uniform(size=n) < 0.5).astype(float)
    out.append({"name": "logistic-regression loss of the weights", "args": {
        "f": make_logistic_loss(X, y), "x": rng.normal(0.0, 0.5, size=d), "h": 1e-3}})

    out.append({"name": "exp(x1 + 2 x2) at a random integer point", "args": {
        "f": exp_linear, "x": [int(v) for v in rng.integers(-1, 2, size=2)], "h": 1e-3}})
    return out
