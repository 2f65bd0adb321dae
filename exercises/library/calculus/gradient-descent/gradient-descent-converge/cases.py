import numpy as np


def parabola_grad(x):
    # f(x) = (x - 3)^2 in one variable
    return 2.0 * (x - 3.0)


def elongated_bowl_grad(x):
    # f(x, y) = 0.5 x^2 + 5 y^2 - x - y, minimum at (1, 0.1)
    return np.array([x[0] - 1.0, 10.0 * x[1] - 1.0])


def make_quadratic_grad(A, b):
    def quadratic_grad(x):
        return A @ x - b
    return quadratic_grad


def make_logistic_grad(X, y, lam):
    def logistic_grad(w):
        p = 1.0 / (1.0 + np.exp(-(X @ w)))
        return X.T @ (p - y) / len(y) + lam * w
    return logistic_grad


def make_smooth_grad(c):
    # f(x) = sum log cosh(x_i - c_i) + 0.5 * 0.2 * ||x||^2
    def smooth_grad(x):
        return np.tanh(x - c) + 0.2 * x
    return smooth_grad


def make_bowl_grad(c):
    # f(x) = 0.5 ||x - c||^2, minimum at c
    def bowl_grad(x):
        return x - c
    return bowl_grad


def _spd(rng, n, low, high):
    Q, _ = np.linalg.qr(rng.normal(size=(n, n)))
    eig = np.concatenate([[low, high], rng.uniform(low, high, size=n - 2)])
    return Q @ np.diag(eig) @ Q.T


def cases(rng):
    out = [
        {"name": "f(x) = (x - 3)^2 from x0 = 0", "public": True, "args": {
            "grad": parabola_grad, "x0": [0.0], "learning_rate": 0.1, "tol": 1e-8,
            "max_iter": 1000}},
        {"name": "f(x, y) = 0.5 x^2 + 5 y^2 - x - y from (0, 0), small learning rate", "public": True,
         "args": {"grad": elongated_bowl_grad, "x0": np.array([0.0, 0.0]), "learning_rate": 0.01,
                  "tol": 1e-6, "max_iter": 5000}},
        {"name": "f(x, y) = 0.5 x^2 + 5 y^2 - x - y, budget of 5 steps", "public": True, "args": {
            "grad": elongated_bowl_grad, "x0": np.array([3.0, -2.0]), "learning_rate": 0.05,
            "tol": 1e-9, "max_iter": 5}},
    ]

    n = int(rng.integers(3, 6))
    A = _spd(rng, n, 1.0, 40.0)
    out.append({"name": "ill-conditioned quadratic 0.5 x^T A x - b^T x", "args": {
        "grad": make_quadratic_grad(A, rng.normal(size=n)), "x0": rng.normal(size=n),
        "learning_rate": 1.0 / 40.0, "tol": 1e-9, "max_iter": 20000}})

    n = int(rng.integers(2, 5))
    A = _spd(rng, n, 1.0, 3.0)
    out.append({"name": "well-conditioned quadratic, small learning rate", "args": {
        "grad": make_quadratic_grad(A, rng.normal(0.0, 3.0, size=n)),
        "x0": rng.normal(size=n), "learning_rate": 0.005, "tol": 1e-7, "max_iter": 20000}})

    m, d = int(rng.integers(30, 60)), int(rng.integers(2, 5))
    X = rng.normal(size=(m, d))
    y = (rng.uniform(size=m) < 1.0 / (1.0 + np.exp(-X @ rng.normal(size=d)))).astype(float)
    out.append({"name": "L2-regularised logistic-regression loss", "args": {
        "grad": make_logistic_grad(X, y, 0.1), "x0": np.zeros(d), "learning_rate": 1.0,
        "tol": 1e-9, "max_iter": 20000}})

    n = int(rng.integers(2, 6))
    c = rng.uniform(-3.0, 3.0, size=n)
    out.append({"name": "sum of log cosh(x - c) + 0.1 ||x||^2 from an integer start", "args": {
        "grad": make_smooth_grad(c), "x0": [int(v) for v in rng.integers(-5, 6, size=n)],
        "learning_rate": 0.5, "tol": 1e-10, "max_iter": 20000}})

    n = int(rng.integers(2, 5))
    A = _spd(rng, n, 1.0, 4.0)
    x_star = rng.normal(size=n)
    out.append({"name": "starting exactly at the minimum", "args": {
        "grad": make_quadratic_grad(A, A @ x_star), "x0": x_star.copy(),
        "learning_rate": 0.2, "tol": 1e-6, "max_iter": 100}})

    n = int(rng.integers(2, 5))
    A = _spd(rng, n, 0.2, 10.0)
    out.append({"name": "the budget runs out before convergence", "args": {
        "grad": make_quadratic_grad(A, rng.normal(size=n)), "x0": rng.normal(0.0, 5.0, size=n),
        "learning_rate": 0.05, "tol": 1e-12, "max_iter": int(rng.integers(10, 30))}})

    # The stopping rule, the same in every variant. With a loose tol the right loop stops
    # visibly short of the minimum, so running the whole budget, or testing another quantity
    # (the largest gradient entry: 3 times smaller here, with 9 equal entries; the squared
    # norm; the step; a gradient relative to the first one), each land somewhere else.
    out.append({"name": "f(x) = (x - 3)^2 from x0 = 0 with a loose tol = 1e-2", "fixed": True,
                "args": {"grad": parabola_grad, "x0": np.array([0.0]), "learning_rate": 0.1,
                         "tol": 1e-2, "max_iter": 1000}})
    c = np.linspace(-2.0, 2.0, 9)
    out.append({"name": "f(x) = ||x - c||^2 / 2 in 9 variables from c + 1, tol = 1e-3",
                "fixed": True,
                "args": {"grad": make_bowl_grad(c), "x0": c + 1.0, "learning_rate": 0.1,
                         "tol": 1e-3, "max_iter": 1000}})
    return out
