import numpy as np


def cases(rng):
    out = [
        {"name": "(2, 3) times (3, 2)", "public": True, "args": {
            "A": np.array([[1.0, 2.0, 0.0], [-1.0, 3.0, 1.0]]),
            "B": np.array([[2.0, 1.0], [0.0, -1.0], [4.0, 5.0]])}},
        {"name": "2x2 matrices that do not commute", "public": True, "args": {
            "A": np.array([[1.0, 1.0], [0.0, 1.0]]), "B": np.array([[1.0, 0.0], [1.0, 1.0]])}},
        {"name": "row times column: a (1, 1) result", "public": True, "args": {
            "A": np.array([[1.0, 2.0, 3.0]]), "B": np.array([[4.0], [-5.0], [6.0]])}},
        {"name": "column times row: an outer product", "public": True, "args": {
            "A": np.array([[1.0], [2.0]]), "B": np.array([[3.0, -1.0, 0.5]])}},
    ]

    m, n, p = (int(x) for x in rng.integers(2, 9, size=3))
    out.append({"name": "random rectangular", "args": {
        "A": rng.normal(size=(m, n)), "B": rng.normal(size=(n, p))}})

    n = int(rng.integers(3, 7))
    out.append({"name": "random square", "args": {
        "A": rng.normal(size=(n, n)), "B": rng.normal(size=(n, n))}})

    n = int(rng.integers(3, 7))
    out.append({"name": "identity on the left", "args": {
        "A": np.eye(n), "B": rng.normal(size=(n, n + 2))}})

    m, n = int(rng.integers(2, 6)), int(rng.integers(2, 6))
    out.append({"name": "zero matrix", "args": {
        "A": rng.normal(size=(m, n)), "B": np.zeros((n, 3))}})

    m, n, p = (int(x) for x in rng.integers(2, 6, size=3))
    out.append({"name": "integer matrices", "args": {
        "A": rng.integers(-5, 6, size=(m, n)), "B": rng.integers(-5, 6, size=(n, p))}})

    n = int(rng.integers(3, 6))
    out.append({"name": "different magnitudes", "args": {
        "A": rng.normal(size=(n, n)) * 10.0 ** rng.integers(-3, 4, size=(n, 1)),
        "B": rng.normal(size=(n, 2)) * 10.0 ** rng.integers(-3, 4, size=(1, 2))}})
    return out
