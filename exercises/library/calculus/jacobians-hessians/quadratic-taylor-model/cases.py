import numpy as np


def _spd(rng, n, low, high):
    Q, _ = np.linalg.qr(rng.normal(size=(n, n)))
    return Q @ np.diag(rng.uniform(low, high, size=n)) @ Q.T


def cases(rng):
    out = [
        {"name": "exp(x) cos(y) around (0, 0), at (0.1, 0.2) and (-0.1, 0.3)", "public": True,
         "args": {"f0": 1.0, "g": np.array([1.0, 0.0]), "H": np.array([[1.0, 0.0], [0.0, -1.0]]),
                  "x0": np.array([0.0, 0.0]), "X": np.array([[0.1, 0.2], [-0.1, 0.3]])}},
        {"name": "away from the origin", "public": True,
         "args": {"f0": 2.0, "g": np.array([1.0, -1.0]), "H": np.array([[2.0, 1.0], [1.0, 4.0]]),
                  "x0": np.array([1.0, 2.0]), "X": np.array([[2.0, 2.0], [1.0, 3.0], [0.0, 0.0]])}},
        {"name": "one variable", "public": True,
         "args": {"f0": 0.0, "g": np.array([3.0]), "H": np.array([[-2.0]]),
                  "x0": np.array([1.0]), "X": np.array([[1.0], [2.0], [4.0]])}},
    ]

    n, k = int(rng.integers(3, 7)), int(rng.integers(5, 12))
    x0 = rng.normal(0.0, 2.0, size=n)
    out.append({"name": "random convex model, random points", "args": {
        "f0": float(rng.normal()), "g": rng.normal(size=n), "H": _spd(rng, n, 0.5, 5.0),
        "x0": x0, "X": x0 + rng.normal(size=(k, n))}})

    n, k = int(rng.integers(2, 5)), int(rng.integers(3, 8))
    S = rng.normal(size=(n, n))
    x0 = rng.uniform(5.0, 10.0, size=n)
    out.append({"name": "indefinite Hessian (a saddle), far from the origin", "args": {
        "f0": float(rng.normal()), "g": rng.normal(size=n), "H": S + S.T,
        "x0": x0, "X": x0 + rng.normal(0.0, 0.5, size=(k, n))}})

    n = int(rng.integers(2, 6))
    x0 = rng.normal(size=n)
    out.append({"name": "a single point", "args": {
        "f0": float(rng.normal()), "g": rng.normal(size=n), "H": _spd(rng, n, 1.0, 3.0),
        "x0": x0, "X": (x0 + rng.normal(size=n))[None, :]}})

    n, k = int(rng.integers(2, 5)), int(rng.integers(2, 5))
    x0 = rng.normal(size=n)
    out.append({"name": "points equal to x0 give f0", "args": {
        "f0": float(rng.normal()), "g": rng.normal(size=n), "H": _spd(rng, n, 1.0, 3.0),
        "x0": x0, "X": np.tile(x0, (k, 1))}})

    n, k = int(rng.integers(2, 5)), int(rng.integers(4, 8))
    x0 = rng.normal(size=n)
    out.append({"name": "zero gradient (at a minimum)", "args": {
        "f0": float(rng.uniform(-3.0, 3.0)), "g": np.zeros(n), "H": _spd(rng, n, 0.1, 10.0),
        "x0": x0, "X": x0 + rng.normal(0.0, 2.0, size=(k, n))}})
    return out
