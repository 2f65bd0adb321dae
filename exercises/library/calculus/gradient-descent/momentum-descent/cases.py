import numpy as np


def half_square_grad(x):
    # f(x) = 0.5 ||x||^2
    return x


def elongated_bowl_grad(x):
    # f(x, y) = 0.5 x^2 + 25 y^2, a narrow valley along x
    return np.array([x[0], 50.0 * x[1]])


def make_quadratic_grad(A, b):
    def quadratic_grad(x):
        return A @ x - b
    return quadratic_grad


def rosenbrock_grad(p):
    x, y = p
    return np.array([-2.0 * (1.0 - x) - 400.0 * x * (y - x * x), 200.0 * (y - x * x)])


def make_logistic_grad(X, y):
    def logistic_grad(w):
        p = 1.0 / (1.0 + np.exp(-(X @ w)))
        return X.T @ (p - y) / len(y) + 0.05 * w
    return logistic_grad


def _spd(rng, n, low, high):
    Q, _ = np.linalg.qr(rng.normal(size=(n, n)))
    eig = np.concatenate([[low, high], rng.uniform(low, high, size=n - 2)])
    return Q @ np.diag(eig) @ Q.T


def cases(rng):
    out = [
        {"name": "f(x) = x^2 / 2 from x0 = 1, 3 iterations (worked example)", "public": True,
         "args": {"grad": half_square_grad, "x0": [1.0], "learning_rate": 0.1, "beta": 0.9,
                  "num_iterations": 3}},
        {"name": "narrow valley f = 0.5 x^2 + 25 y^2 from (10, 1), 30 iterations", "public": True,
         "args": {"grad": elongated_bowl_grad, "x0": np.array([10.0, 1.0]),
                  "learning_rate": 0.02, "beta": 0.8, "num_iterations": 30}},
        {"name": "beta = 0 is plain gradient descent", "public": True,
         "args": {"grad": elongated_bowl_grad, "x0": np.array([10.0, 1.0]),
                  "learning_rate": 0.02, "beta": 0.0, "num_iterations": 10}},
    ]

    n = int(rng.integers(3, 7))
    A = _spd(rng, n, 0.5, 30.0)
    out.append({"name": "ill-conditioned quadratic 0.5 x^T A x - b^T x", "args": {
        "grad": make_quadratic_grad(A, rng.normal(size=n)), "x0": rng.normal(0.0, 2.0, size=n),
        "learning_rate": 1.0 / 30.0, "beta": float(rng.uniform(0.7, 0.9)),
        "num_iterations": int(rng.integers(20, 60))}})

    out.append({"name": "Rosenbrock from (-1.2, 1), small learning rate", "args": {
        "grad": rosenbrock_grad, "x0": np.array([-1.2, 1.0]), "learning_rate": 2e-4,
        "beta": 0.9, "num_iterations": int(rng.integers(30, 80))}})

    m, d = int(rng.integers(30, 60)), int(rng.integers(2, 5))
    X = rng.normal(size=(m, d))
    y = (rng.uniform(size=m) < 0.5).astype(float)
    out.append({"name": "regularised logistic-regression loss from zero weights", "args": {
        "grad": make_logistic_grad(X, y), "x0": np.zeros(d), "learning_rate": 0.5,
        "beta": float(rng.uniform(0.5, 0.95)), "num_iterations": int(rng.integers(10, 40))}})

    n = int(rng.integers(2, 5))
    out.append({"name": "f(x) = ||x||^2 / 2 from an integer start, high momentum", "args": {
        "grad": half_square_grad, "x0": [int(v) for v in rng.integers(-9, 10, size=n)],
        "learning_rate": 0.05, "beta": 0.99, "num_iterations": int(rng.integers(15, 40))}})

    n = int(rng.integers(2, 5))
    out.append({"name": "zero iterations", "args": {
        "grad": half_square_grad, "x0": rng.normal(size=n), "learning_rate": 0.1, "beta": 0.9,
        "num_iterations": 0}})
    return out
