import numpy as np


def _orthogonal(rng, n):
    q, r = np.linalg.qr(rng.normal(size=(n, n)))
    return q * np.sign(np.diag(r))


def _diagonalizable(rng, n, lam):
    """P diag(lam) P^{-1} with a well-conditioned, non-orthogonal P."""
    P = _orthogonal(rng, n) @ np.diag(rng.uniform(0.6, 1.6, size=n)) @ _orthogonal(rng, n)
    return P @ np.diag(lam) @ np.linalg.inv(P)


def cases(rng):
    out = [
        {"name": "worked example, k = 3", "public": True, "args": {
            "A": np.array([[4.0, 1.0], [2.0, 3.0]]), "k": 3}},
        {"name": "symmetric, k = 5", "public": True, "args": {
            "A": np.array([[2.0, 1.0], [1.0, 2.0]]), "k": 5}},
        {"name": "k = 0 gives the identity", "public": True, "args": {
            "A": np.array([[1.0, 2.0], [0.0, 3.0]]), "k": 0}},
        {"name": "a Markov matrix, k = 20", "public": True, "args": {
            "A": np.array([[0.9, 0.2], [0.1, 0.8]]), "k": 20}},
    ]

    n = int(rng.integers(3, 6))
    lam = rng.uniform(-1.5, 1.5, size=n)
    out.append({"name": "random, positive and negative eigenvalues", "args": {
        "A": _diagonalizable(rng, n, lam), "k": int(rng.integers(4, 10))}})

    n = int(rng.integers(3, 6))
    Q = _orthogonal(rng, n)
    out.append({"name": "random symmetric", "args": {
        "A": Q @ np.diag(rng.uniform(-1.5, 1.5, size=n)) @ Q.T, "k": int(rng.integers(3, 9))}})

    n = int(rng.integers(3, 6))
    out.append({"name": "k = 1 gives A back", "args": {
        "A": _diagonalizable(rng, n, rng.uniform(-2.0, 2.0, size=n)), "k": 1}})

    n = int(rng.integers(3, 6))
    lam = np.concatenate([[1.0], rng.uniform(0.1, 0.9, size=n - 1)])
    out.append({"name": "eigenvalue 1 and decaying modes, large k", "args": {
        "A": _diagonalizable(rng, n, lam), "k": int(rng.integers(30, 60))}})

    n = int(rng.integers(3, 6))
    lam = np.concatenate([[0.0], rng.uniform(0.5, 1.5, size=n - 1)])
    out.append({"name": "singular matrix (eigenvalue 0)", "args": {
        "A": _diagonalizable(rng, n, lam), "k": int(rng.integers(2, 6))}})

    n = int(rng.integers(3, 6))
    lam = rng.permutation(np.concatenate([[2.0, 2.0], rng.uniform(-1.0, 1.0, size=n - 2)]))
    out.append({"name": "repeated eigenvalue with a full eigenbasis", "args": {
        "A": _diagonalizable(rng, n, lam), "k": int(rng.integers(3, 8))}})

    out.append({"name": "diagonal matrix", "args": {
        "A": np.diag(rng.uniform(-2.0, 2.0, size=4)), "k": int(rng.integers(2, 7))}})
    return out
