import numpy as np


def worked_example(x):
    return x[0] ** 2 * x[1] + np.sin(x[1])


def sum_of_exponentials(x):
    return float(np.sum(np.exp(2.0 * x)))


def rosenbrock(x):
    return float(np.sum(100.0 * (x[1:] - x[:-1] ** 2) ** 2 + (1.0 - x[:-1]) ** 2))


def log_sum_exp(x):
    m = np.max(x)
    return float(m + np.log(np.sum(np.exp(x - m))))


def product_of_squares(x):
    return float(np.prod(1.0 + x**2))


def make_quadratic(A, b):
    def quadratic(x):
        return float(x @ A @ x + b @ x)
    return quadratic


def cases(rng):
    out = [
        {"name": "f(x) = x1^2 x2 + sin(x2) at (1, 0)", "public": True,
         "args": {"f": worked_example, "x": np.array([1.0, 0.0]), "h": 1e-4}},
        {"name": "f(x) = sum(exp(2 x_i)) at integer point [0, 1, 2]", "public": True,
         "args": {"f": sum_of_exponentials, "x": [0, 1, 2], "h": 1e-4}},
        {"name": "Rosenbrock f(x) = 100 (x2 - x1^2)^2 + (1 - x1)^2 at (-1.2, 1)", "public": True,
         "args": {"f": rosenbrock, "x": np.array([-1.2, 1.0]), "h": 1e-3}},
    ]

    n = int(rng.integers(4, 9))
    out.append({"name": "n-dimensional Rosenbrock at a random point", "args": {
        "f": rosenbrock, "x": rng.uniform(-1.5, 1.5, size=n), "h": 1e-4}})

    n = int(rng.integers(3, 7))
    A = rng.normal(size=(n, n))  # not symmetric: the gradient is (A + A^T) x + b
    out.append({"name": "quadratic x^T A x + b^T x with a non-symmetric A", "args": {
        "f": make_quadratic(A, rng.normal(size=n)), "x": rng.normal(size=n), "h": 1e-3}})

    n = int(rng.integers(3, 8))
    out.append({"name": "log-sum-exp at a random point", "args": {
        "f": log_sum_exp, "x": rng.normal(0.0, 3.0, size=n), "h": 1e-4}})

    n = int(rng.integers(2, 6))
    out.append({"name": "sum(exp(2 x_i)) at an integer point", "args": {
        "f": sum_of_exponentials, "x": [int(v) for v in rng.integers(-2, 3, size=n)], "h": 1e-3}})

    out.append({"name": "product of (1 + x_i^2), one variable", "args": {
        "f": product_of_squares, "x": np.array([float(rng.uniform(1.0, 3.0))]), "h": 1e-3}})

    n = int(rng.integers(3, 6))
    out.append({"name": "product of (1 + x_i^2) with a large step", "args": {
        "f": product_of_squares, "x": rng.uniform(-2.0, 2.0, size=n), "h": 0.1}})
    return out
