import numpy as np


def cases(rng):
    out = [
        {"name": "two real eigenvalues", "public": True, "args": {
            "A": np.array([[4.0, 1.0], [2.0, 3.0]])}},
        {"name": "complex pair", "public": True, "args": {
            "A": np.array([[1.0, -2.0], [1.0, 3.0]])}},
        {"name": "repeated eigenvalue", "public": True, "args": {
            "A": np.array([[2.0, 1.0], [0.0, 2.0]])}},
        {"name": "symmetric", "public": True, "args": {
            "A": np.array([[2.0, 1.0], [1.0, 2.0]])}},
    ]

    P = rng.normal(size=(2, 2)) + 2.0 * np.eye(2)
    lam = rng.uniform(-5.0, 5.0, size=2)
    out.append({"name": "random, real eigenvalues", "args": {
        "A": P @ np.diag(lam) @ np.linalg.inv(P)}})

    r, t = rng.uniform(0.5, 3.0), rng.uniform(0.3, 2.8)
    P = rng.normal(size=(2, 2)) + 2.0 * np.eye(2)
    R = r * np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    out.append({"name": "random, complex eigenvalues", "args": {"A": P @ R @ np.linalg.inv(P)}})

    out.append({"name": "rotation by a quarter turn", "args": {
        "A": np.array([[0.0, -1.0], [1.0, 0.0]])}})

    out.append({"name": "zero matrix", "args": {"A": np.zeros((2, 2))}})

    a, b = rng.uniform(-4.0, 4.0, size=2)
    out.append({"name": "lower triangular", "args": {"A": np.array([[a, 0.0], [rng.normal(), b]])}})

    x = rng.normal()
    out.append({"name": "trace zero", "args": {"A": np.array([[x, 2.0], [3.0, -x]])}})

    out.append({"name": "large entries", "args": {"A": 1e3 * rng.normal(size=(2, 2))}})

    out.append({"name": "both eigenvalues negative", "args": {
        "A": np.array([[-3.0, 1.0], [rng.uniform(-1.0, 1.0), -5.0]])}})
    return out
